using System.Text;

namespace EntityScreen.Readings;

/// <summary>
/// Reads Korean Hangul into the romanizations the lists use. Each syllable is decomposed into its letters (jamo) and
/// written twice: as the DPRK-style McCune–Reischauer the US lists use for North Korean names (정 jong, 은 un, 룡 ryong,
/// 평 pyong) and as South Korea's Revised Romanization (jeong, eun, ryong, pyeong). A name of two to four syllables
/// that starts with a family name is read as a person's: family name (김 kim, 리 ri, 박 pak ...), then each given-name
/// syllable as its own word (KIM, Jong Un). Otherwise organisation vocabulary comes from a glossary (조선 korea,
/// 은행 bank, 무역 trading) and each unknown run of syllables becomes one word (광선 kwangson).
/// </summary>
internal static class HangulReading
{
    internal const string GlossaryResource = "EntityScreen.Readings.hangul-glossary.tsv";

    private static readonly Lazy<Glossary> s_glossary = new(() => Glossary.FromResource(GlossaryResource));

    // Initial consonants (19), medial vowels (21), final consonants (28, the first none), in Unicode order.
    private static readonly string[] s_initialDprk = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "p", "h"];
    private static readonly string[] s_initialMr = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch", "k", "t", "p", "h"];
    private static readonly string[] s_initialRr = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
    private static readonly string[] s_medialDprk = ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"];
    private static readonly string[] s_medialRr = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];
    private static readonly string[] s_final = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    internal static Glossary Terms => s_glossary.Value;

    /// <summary>Appends the reading of a run of Hangul (with the spaces and hyphens inside it) to <paramref name="output"/>.</summary>
    /// <param name="run">The run.</param>
    /// <param name="mayBePerson">The run is the whole name and the name may be a person's.</param>
    /// <param name="output">Segments read.</param>
    internal static void Read(ReadOnlySpan<char> run, bool mayBePerson, List<ReadingSegment> output)
    {
        if (mayBePerson && TryReadPerson(run, output))
        {
            return;
        }

        var glossary = Terms;
        foreach (var range in run.SplitAny(" -\u00A0«»\"„“”"))
        {
            var word = run[range];

            // X성 is the Ministry of X (로동성 Ministry of Labour, 원유공업성 Ministry of Crude Oil Industry).
            if (word.Length >= 3 && word[^1] == '성' && glossary.Find(word) is null)
            {
                output.Add(ReadingSegment.Single("성", "ministry of"));
                word = word[..^1];
            }

            var unknownStart = -1;
            var i = 0;
            while (i < word.Length)
            {
                if (!IsSyllable(word[i]))
                {
                    FlushUnknown(word, ref unknownStart, i, output);
                    i++;
                    continue;
                }

                var term = glossary.LongestPrefix(word[i..]);
                if (term is not null && term.Kind != TermKind.Person)
                {
                    FlushUnknown(word, ref unknownStart, i, output);
                    output.Add(ReadingSegment.Of(term));
                    i += term.Term.Length;
                    continue;
                }

                if (unknownStart < 0)
                {
                    unknownStart = i;
                }

                i++;
            }

            FlushUnknown(word, ref unknownStart, word.Length, output);
        }
    }

    /// <summary>The DPRK-style (McCune–Reischauer, no diacritics) and Revised romanizations of a run of syllables, each as one word.</summary>
    internal static (string Dprk, string Revised) Romanize(ReadOnlySpan<char> syllables)
    {
        var (dprk, _, rr) = RomanizeAll(syllables);
        return (dprk, rr);
    }

    /// <summary>
    /// The DPRK-style romanization (ㅈ j, ㅌ th: 정 jong, 택 thaek), McCune–Reischauer without diacritics (ㅈ ch, ㅌ t:
    /// 제일 cheil, 통일 tongil) and Revised Romanization (jeil, tongil) of a run of syllables.
    /// </summary>
    internal static (string Dprk, string Mr, string Revised) RomanizeAll(ReadOnlySpan<char> syllables)
    {
        var dprk = new StringBuilder();
        var mr = new StringBuilder();
        var rr = new StringBuilder();
        foreach (var c in syllables)
        {
            if (!IsSyllable(c))
            {
                continue;
            }

            var s = c - 0xAC00;
            var initial = s / 588;
            var medial = s % 588 / 28;
            var final = s % 28;
            dprk.Append(s_initialDprk[initial]).Append(s_medialDprk[medial]).Append(s_final[final]);
            mr.Append(s_initialMr[initial]).Append(s_medialDprk[medial]).Append(s_final[final]);
            rr.Append(s_initialRr[initial]).Append(s_medialRr[medial]).Append(s_final[final]);
        }

        return (dprk.ToString(), mr.ToString(), rr.ToString());
    }

    internal static bool IsSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';

    /// <summary>Reads <paramref name="run"/> as a Korean person's name (family name, then given-name syllables), if it is one.</summary>
    internal static bool TryReadPerson(ReadOnlySpan<char> run, List<ReadingSegment> output)
    {
        Span<char> syllables = stackalloc char[8];
        var count = 0;
        foreach (var c in run)
        {
            if (IsSyllable(c))
            {
                if (count == syllables.Length)
                {
                    return false;
                }

                syllables[count++] = c;
            }
            else if (c is not (' ' or '-' or '\u00A0'))
            {
                return false;
            }
        }

        if (count is < 2 or > 4)
        {
            return false;
        }

        // Two-syllable family names (남궁, 황보, 제갈, 선우) first, then one syllable.
        GlossaryTerm? family = null;
        var glossary = Terms;
        for (var length = count >= 3 ? 2 : 1; length >= 1 && family is null; length--)
        {
            family = glossary.Find(syllables[..length]) is { Kind: TermKind.Person } f ? f : null;
        }

        if (family is null)
        {
            return false;
        }

        // Family name first, marked by a comma as the lists write it (KIM, Jong Un), then each given-name syllable as
        // its own word; both romanizations. The comma tells the person rules where the given name starts, so a list's
        // other person does not take one of the given syllables for a middle name (손흥민 is not SON, Min).
        var given = syllables[family.Term.Length..count];
        if (given.Length == 0)
        {
            return false;
        }

        output.Add(new ReadingSegment(family.Term, [.. family.Renderings.Select(r => r + ",")], TermKind.Person));
        var dprk = new StringBuilder();
        var rr = new StringBuilder();
        foreach (var c in given)
        {
            var (d, r) = Romanize([c]);
            dprk.Append(dprk.Length > 0 ? " " : string.Empty).Append(d);
            rr.Append(rr.Length > 0 ? " " : string.Empty).Append(r);
        }

        var renderings = dprk.Equals(rr) ? new[] { dprk.ToString() } : [dprk.ToString(), rr.ToString()];
        output.Add(new ReadingSegment(given.ToString(), renderings, TermKind.Person));
        return true;
    }

    private static void FlushUnknown(ReadOnlySpan<char> word, ref int start, int end, List<ReadingSegment> output)
    {
        if (start < 0)
        {
            return;
        }

        var run = word[start..end];
        var (dprk, mr, rr) = RomanizeAll(run);
        output.Add(new ReadingSegment(run.ToString(), [.. new[] { dprk, mr, rr }.Distinct(StringComparer.Ordinal)], TermKind.Place));
        start = -1;
    }
}
