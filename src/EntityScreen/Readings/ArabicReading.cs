using AnyAscii;

namespace EntityScreen.Readings;

/// <summary>
/// Reads Arabic-script names (Arabic and Persian): organisation vocabulary (بنك / بانک bank, شركة company) and the
/// commonest name words and particles (محمد muhammad, بن bin) from a glossary; the article ال is read as <c>al</c>
/// before the word it is written on; the rest is romanized.
/// </summary>
internal static class ArabicReading
{
    internal const string GlossaryResource = "EntityScreen.Readings.arabic-glossary.tsv";

    private static readonly Lazy<Glossary> s_glossary = new(() => Glossary.FromResource(GlossaryResource, Fold));

    internal static Glossary Terms => s_glossary.Value;

    internal static void Read(ReadOnlySpan<char> run, List<ReadingSegment> output) =>
        WordReading.Read(run, Terms, Fold, Unknown, output);

    /// <summary>Arabic letters in one shape: hamza carriers and alef forms as alef, Persian yeh / kaf as Arabic, diacritics and tatweel removed.</summary>
    internal static string Fold(string word)
    {
        var chars = new char[word.Length];
        var n = 0;
        foreach (var c in word)
        {
            if (c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640')
            {
                continue; // harakat, superscript alef, tatweel
            }

            chars[n++] = c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' or 'ی' or 'ې' => 'ي',
                'ک' => 'ك',
                'ة' => 'ه',
                'ؤ' => 'و',
                'ئ' => 'ي',
                _ => c,
            };
        }

        return new string(chars, 0, n);
    }

    /// <summary>
    /// A word the glossary lacks: the article ال split off as <c>al</c> (الحسن → al hasan when the rest is known), the rest
    /// romanized without vowels (AnyAscii: بشار → bshr) and marked for comparison on its consonant skeleton.
    /// </summary>
    private static void Unknown(string word, List<ReadingSegment> output)
    {
        if (word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal))
        {
            output.Add(ReadingSegment.Single("ال", "al"));
            word = word[2..];
            if (Terms.Find(word) is { } known)
            {
                output.Add(ReadingSegment.Of(known) with { Source = word });
                return;
            }
        }

        // Persian writes compound given names as one word (محمدجواد Mohammad Javad, امیرعلی Amir Ali, غلامحسین
        // Gholam Hossein): a known name at the start of an unknown word, with at least three letters after it, is read
        // as a name of its own.
        for (var length = Math.Min(word.Length - 3, 6); length >= 3; length--)
        {
            if (Terms.Find(word.AsSpan(0, length)) is { Kind: TermKind.Person } first)
            {
                output.Add(ReadingSegment.Of(first) with { Source = word[..length] });
                var rest = word[length..];
                if (Terms.Find(rest) is { } known)
                {
                    output.Add(ReadingSegment.Of(known) with { Source = rest });
                }
                else
                {
                    Unknown(rest, output); // shorter each time: عبدالرضا → abd, then الرضا → al reza
                }

                return;
            }
        }

        AddSkeleton(word, output);
    }

    private static void AddSkeleton(string word, List<ReadingSegment> output)
    {
        var latin = new string([.. word.Transliterate().ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
        if (latin.Length > 0)
        {
            output.Add(new ReadingSegment(word, [latin], TermKind.Person, Skeleton: true));
        }
    }
}
