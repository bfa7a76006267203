using AnyAscii;

namespace EntityScreen.Readings;

/// <summary>
/// Reads text whose words are separated by spaces (Cyrillic, Arabic script) against a glossary: the longest phrase of
/// whole words first (акционерное общество), then a word or the stem it begins with (институт*, завод*); a word the
/// glossary lacks is romanized by AnyAscii, as normalization does.
/// </summary>
internal static class WordReading
{
    /// <summary>Most words in one glossary phrase.</summary>
    private const int MaxPhraseWords = 6;

    /// <param name="run">The text.</param>
    /// <param name="glossary">The script's glossary.</param>
    /// <param name="lower">Folds a word as the glossary's terms are folded.</param>
    /// <param name="unknown">Appends the segments of a word the glossary lacks; null to romanize it by AnyAscii.</param>
    /// <param name="output">Segments read.</param>
    internal static void Read(ReadOnlySpan<char> run, Glossary glossary, Func<string, string> lower, Action<string, List<ReadingSegment>>? unknown, List<ReadingSegment> output)
    {
        var words = new List<string>();
        foreach (var range in run.SplitAny(" \u00A0«»\"„“”().,;:–—"))
        {
            // A zero-width non-joiner (Persian خامنه‌ای) and a tatweel only shape the letters: the word stays one.
            var w = run[range].Trim("-'’");
            if (!w.IsEmpty)
            {
                words.Add(lower(w.ToString().Replace("\u200C", string.Empty, StringComparison.Ordinal).Replace("\u0640", string.Empty, StringComparison.Ordinal)));
            }
        }

        var i = 0;
        while (i < words.Count)
        {
            GlossaryTerm? found = null;
            var used = 0;
            for (var n = Math.Min(MaxPhraseWords, words.Count - i); n >= 2 && found is null; n--)
            {
                found = glossary.Find(string.Join(' ', words.GetRange(i, n)));
                used = n;
            }

            if (found is null)
            {
                found = glossary.FindWord(words[i]);
                used = 1;
            }

            if (found is not null)
            {
                output.Add(ReadingSegment.Of(found) with { Source = string.Join(' ', words.GetRange(i, used)) });
                i += used;
                continue;
            }

            var word = words[i];
            if (unknown is not null)
            {
                unknown(word, output);
            }
            else
            {
                output.Add(ReadingSegment.Single(word, word.Transliterate().ToLowerInvariant()));
            }

            i++;
        }
    }
}

/// <summary>
/// Reads Russian (Cyrillic) organisation names as English: legal forms (АО, ПАО, ООО, акционерное общество,
/// федеральное государственное унитарное предприятие ...) become the Latin legal-form words the normalizer knows,
/// organisation vocabulary (концерн concern, завод plant, научно-исследовательский институт research institute)
/// becomes English, and the rest is romanized.
/// </summary>
internal static class CyrillicReading
{
    internal const string GlossaryResource = "EntityScreen.Readings.cyrillic-glossary.tsv";

    private static readonly Lazy<Glossary> s_glossary = new(() => Glossary.FromResource(GlossaryResource, Fold));

    internal static Glossary Terms => s_glossary.Value;

    internal static void Read(ReadOnlySpan<char> run, List<ReadingSegment> output)
    {
        var start = output.Count;
        WordReading.Read(run, Terms, Fold, null, output);

        // "имени Н. Е. Жуковского" (named after N. Ye. Zhukovsky) closes many Russian institutions' names; the English
        // often leaves it out: from it to the end, every part may be left out.
        for (var s = start; s < output.Count; s++)
        {
            if (output[s].Source is "имени" or "им")
            {
                for (var t = s; t < output.Count; t++)
                {
                    if (Array.IndexOf(output[t].Renderings, string.Empty) < 0)
                    {
                        output[t] = output[t] with { Renderings = [.. output[t].Renderings, string.Empty] };
                    }
                }

                break;
            }
        }
    }

    /// <summary>Lower case, ё as е (Russian writes both).</summary>
    internal static string Fold(string word) => word.ToLowerInvariant().Replace('ё', 'е');
}
