using System.Text;

namespace EntityScreen.Readings;

/// <summary>
/// Reads Japanese kana (hiragana and katakana) as Hepburn romaji, long vowels folded as English names write them
/// (とうきょう / トーキョー → tokyo): the small ゃ ゅ ょ join the syllable before (きょ kyo), the small っ doubles the next
/// consonant, the long-vowel mark ー and a repeated vowel (ou, oo, uu) count once. A word (split at ・ or a space) is
/// segmented against the loanwords of kana-glossary.tsv (ソフトウエア software, システムズ systems); the kana between
/// them are one Latin word each.
/// </summary>
internal static class KanaReading
{
    internal const string GlossaryResource = "EntityScreen.Readings.kana-glossary.tsv";

    private static readonly Lazy<Glossary> s_glossary = new(() => Glossary.FromResource(GlossaryResource));

    internal static Glossary Terms => s_glossary.Value;

    // Hiragana ぁ (U+3041) to ゖ (U+3096), by code point; katakana are the same at +0x60.
    private static readonly string[] s_romaji =
    [
        "a", "a", "i", "i", "u", "u", "e", "e", "o", "o", // ぁあぃいぅうぇえぉお
        "ka", "ga", "ki", "gi", "ku", "gu", "ke", "ge", "ko", "go", // かがきぎくぐけげこご
        "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo", // さざしじすずせぜそぞ
        "ta", "da", "chi", "ji", "", "tsu", "zu", "te", "de", "to", "do", // ただちぢっつづてでとど
        "na", "ni", "nu", "ne", "no", // なにぬねの
        "ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he", "be", "pe", "ho", "bo", "po", // はばぱひびぴふぶぷへべぺほぼぽ
        "ma", "mi", "mu", "me", "mo", // まみむめも
        "ya", "ya", "yu", "yu", "yo", "yo", // ゃやゅゆょよ
        "ra", "ri", "ru", "re", "ro", // らりるれろ
        "wa", "wa", "i", "e", "o", "n", "vu", "ka", "ke", // ゎわゐゑをんゔゕゖ
    ];

    /// <summary>Appends the reading of a run of kana to <paramref name="output"/>.</summary>
    internal static void Read(ReadOnlySpan<char> run, List<ReadingSegment> output)
    {
        foreach (var range in run.SplitAny("・\u3000 "))
        {
            var word = run[range];
            if (word.IsEmpty)
            {
                continue;
            }

            // Loanwords of the glossary longest-first (ソフトウエア software); the kana between them as romaji.
            var glossary = Terms;
            var unknownStart = 0;
            var i = 0;
            while (i < word.Length)
            {
                if (glossary.LongestPrefix(word[i..]) is { } term)
                {
                    AddRomaji(word[unknownStart..i], output);
                    output.Add(ReadingSegment.Of(term));
                    i += term.Term.Length;
                    unknownStart = i;
                }
                else
                {
                    i++;
                }
            }

            AddRomaji(word[unknownStart..], output);
        }
    }

    private static void AddRomaji(ReadOnlySpan<char> kana, List<ReadingSegment> output)
    {
        var romaji = Romanize(kana);
        if (romaji.Length > 0)
        {
            output.Add(ReadingSegment.Single(kana.ToString(), romaji));
        }
    }

    /// <summary>Hepburn romaji of a kana word, long vowels folded.</summary>
    internal static string Romanize(ReadOnlySpan<char> kana)
    {
        var sb = new StringBuilder(kana.Length * 2);
        var doubleNext = false;
        foreach (var ch in kana)
        {
            var c = ch is >= '\u30A1' and <= '\u30F6' ? (char)(ch - 0x60) : ch;
            if (c is 'っ')
            {
                doubleNext = true;
                continue;
            }

            if (c is 'ー')
            {
                continue;
            }

            if (c is < '\u3041' or > '\u3096')
            {
                continue;
            }

            var r = s_romaji[c - 0x3041];
            if (c is 'ゃ' or 'ゅ' or 'ょ' && sb.Length > 0)
            {
                // きょ → kyo, しょ → sho, ちゃ → cha, じゅ → ju: the i of the syllable before gives way.
                var last = sb.Length - 1;
                if (sb[last] == 'i')
                {
                    sb.Length = last;
                    var prefixIsPalatal = sb.Length >= 2 && (sb[^1] == 'h' && sb[^2] is 's' or 'c') || (sb.Length >= 1 && sb[^1] == 'j');
                    sb.Append(prefixIsPalatal ? r[1..] : r);
                    continue;
                }
            }

            if (doubleNext && r.Length > 0)
            {
                sb.Append(r[0] == 'c' ? 't' : r[0]);
                doubleNext = false;
            }

            sb.Append(r);
        }

        // Long vowels: ou, oo, uu, ei count once (Tōkyō → tokyo, こういち koichi); but a u before an e starts a syllable
        // of its own (いのうえ i-no-ue: Inoue), as it does in names far more often than not.
        var folded = new StringBuilder(sb.Length);
        for (var i = 0; i < sb.Length; i++)
        {
            var c = sb[i];
            if (folded.Length > 0 && IsVowel(c) && c == folded[^1] && c != 'i')
            {
                continue;
            }

            if (c == 'u' && folded.Length > 0 && folded[^1] == 'o' && !(i + 1 < sb.Length && sb[i + 1] == 'e'))
            {
                continue;
            }

            folded.Append(c);
        }

        return folded.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
