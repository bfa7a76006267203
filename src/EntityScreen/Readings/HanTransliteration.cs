using System.Collections.Frozen;
using System.Text;
using EntityScreen.Text;

namespace EntityScreen.Readings;

/// <summary>
/// The characters Chinese writes foreign names with by sound (洛克希德 Lockheed, 赛尼克斯 Synexxus), each spelt as the
/// English syllable it stands for (han-transliteration.tsv). A run of them is compared on the <see cref="SoundKey"/> of
/// its spelling, beside its pinyin: a Latin list never writes the pinyin (luokexide), while the English name and the
/// Chinese one share the sound key (Lockheed and lo-k-hi-d both ^LKT).
/// </summary>
internal static class HanTransliteration
{
    internal const string Resource = "EntityScreen.Readings.han-transliteration.tsv";

    private static readonly Lazy<Glossary> s_characters = new(() => Glossary.FromResource(Resource));

    /// <summary>Per pinyin syllable of a transliteration character, the English spellings those characters stand for (fei: fi, fe).</summary>
    private static readonly Lazy<FrozenDictionary<string, string[]>> s_spellingsBySyllable = new(SpellingsBySyllable, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Longest pinyin syllable in <see cref="s_spellingsBySyllable"/>.</summary>
    private const int MaxSyllable = 6;

    /// <summary>Fewest characters a run needs to be compared by sound: one character is a syllable, not a name.</summary>
    internal const int MinChars = 2;

    /// <summary>
    /// The sound key of a run of simplified Han characters, when it has at least <see cref="MinChars"/> characters, all of
    /// them transliteration characters; else null. A key of one class (霍利 Hawley, 科尔加 Kolga) is made too: no Latin
    /// word has one (<see cref="SoundKey.MinSymbols"/>), so it joins no candidate, but it marks the word as written by
    /// sound, to be aligned by spelling within a name that otherwise agrees (<see cref="Matching.NameScorer"/>).
    /// </summary>
    internal static string? Key(ReadOnlySpan<char> run) => Spell(run) is { } spelling ? SoundKey.OfSpelling(spelling, 1) : null;

    /// <summary>The English spelling of a run of transliteration characters (洛克希德 → lokhid), or null when a character is not one.</summary>
    internal static string? Spell(ReadOnlySpan<char> run)
    {
        if (run.Length < MinChars || run.Length > 24)
        {
            return null;
        }

        var table = s_characters.Value;
        var sb = new StringBuilder(run.Length * 3);
        for (var i = 0; i < run.Length; i++)
        {
            if (table.Find(run.Slice(i, 1)) is not { } term)
            {
                return null;
            }

            sb.Append(term.Renderings[0]);
        }

        return sb.ToString();
    }

    /// <summary>
    /// How well a Latin token spells a run of transliteration characters read as pinyin (feilate, 菲拉特, against firat):
    /// 1 − the cheapest phonetic edit cost of the token against any spelling of the run's syllables, per letter of the
    /// token, in [0, 1]; 0 when the pinyin does not split into transliteration syllables. The edits are priced as
    /// Chinese transliteration loses or blurs sounds: l / r, c / k / q, s / z / th, t / d, b / p, f / v / w, and vowels
    /// cost little, as do h, w and y; a doubled letter counts once; any other consonant costs a whole letter.
    /// </summary>
    /// <param name="pinyin">The characters' pinyin, one word (feilate).</param>
    /// <param name="latin">The Latin word, lower-case ASCII letters.</param>
    /// <param name="least">The least alignment the caller has a use for: below it the answer is 0, found sooner.</param>
    internal static double Alignment(ReadOnlySpan<char> pinyin, ReadOnlySpan<char> latin, double least = 0)
    {
        if (pinyin.Length is 0 or > 40 || latin.Length is 0 or > 40)
        {
            return 0;
        }

        Span<char> word = stackalloc char[latin.Length];
        var m = 0;
        foreach (var c in latin)
        {
            if (c is < 'a' or > 'z')
            {
                return 0;
            }

            if (m == 0 || word[m - 1] != c)
            {
                word[m++] = c;
            }
        }

        word = word[..m];
        var table = s_spellingsBySyllable.Value.GetAlternateLookup<ReadOnlySpan<char>>();

        // best[p][j]: the cheapest cost of spelling pinyin[..p] as word[..j]; rows kept per syllable boundary.
        var width = m + 1;
        var n = pinyin.Length;
        var cells = (n + 1) * width;
        Span<double> best = cells <= 1024 ? stackalloc double[cells] : new double[cells];
        best.Fill(double.PositiveInfinity);
        Span<double> wordDrop = stackalloc double[m];
        for (var j = 0; j < m; j++)
        {
            wordDrop[j] = WordDropCost(word, j);
        }

        // Costs over the budget can never come back under it: such cells count as unreachable.
        var budget = ((1 - least) * m) + 1e-9;
        for (var j = 0; j <= m; j++)
        {
            best[j] = j == 0 ? 0 : best[j - 1] + wordDrop[j - 1];
        }

        Span<double> row = stackalloc double[width];
        Span<double> next = stackalloc double[width];
        for (var p = 0; p < n; p++)
        {
            var from = best.Slice(p * width, width);
            if (Min(from) > budget)
            {
                continue;
            }

            for (var len = 1; len <= MaxSyllable && p + len <= n; len++)
            {
                if (!table.TryGetValue(pinyin.Slice(p, len), out var spellings))
                {
                    continue;
                }

                var to = best.Slice((p + len) * width, width);
                foreach (var spelling in spellings)
                {
                    from.CopyTo(row);
                    var alive = true;
                    foreach (var letter in spelling)
                    {
                        // One more letter of the spelling: matched to a letter of the word, or left out.
                        // A letter the word just spelt is the doubled letter of two syllables (肯尼 ken-ni, Kennedy): free.
                        var drop = DropCost(letter);
                        next[0] = row[0] + drop;
                        var rowMin = next[0];
                        for (var j = 1; j <= m; j++)
                        {
                            var v = Math.Min(row[j - 1] + SubstituteCost(letter, word[j - 1]), row[j] + (letter == word[j - 1] ? 0 : drop));
                            next[j] = Math.Min(v, next[j - 1] + wordDrop[j - 1]);
                            rowMin = Math.Min(rowMin, next[j]);
                        }

                        next.CopyTo(row);
                        if (rowMin > budget)
                        {
                            alive = false;
                            break;
                        }
                    }

                    if (!alive)
                    {
                        continue;
                    }

                    for (var j = 0; j <= m; j++)
                    {
                        to[j] = Math.Min(to[j], row[j]);
                    }
                }
            }
        }

        var cost = best[(n * width) + m];
        return cost > budget ? 0 : Math.Max(0, 1 - (cost / m));

        static double Min(ReadOnlySpan<double> r)
        {
            var min = double.PositiveInfinity;
            foreach (var v in r)
            {
                min = Math.Min(min, v);
            }

            return min;
        }
    }

    /// <summary>
    /// Cost of a letter of the Latin word that no syllable spells: as <see cref="DropCost"/>, but an r after a vowel and
    /// before no vowel is often not written (Packer 帕克, Roeder 罗德): it costs as a vowel; the -er of Carter (卡特) and a
    /// silent gh (Loughton 劳顿) less; and a letter after one transliteration does not tell it from (ck) is the same sound.
    /// </summary>
    private static double WordDropCost(ReadOnlySpan<char> word, int j) =>
        IsFinalEr(word, j) || IsSilentGh(word, j) ? 0.2
        : word[j] == 'r' && j > 0 && IsVowel(word[j - 1]) && (j + 1 == word.Length || !IsVowel(word[j + 1])) ? 0.4
        : j > 0 && SubstituteCost(word[j - 1], word[j]) <= 0.2 ? 0.2 // one sound spelt with two letters: ck, dt
        : DropCost(word[j]);

    /// <summary>True for the g or h of a gh after a vowel and before no vowel, which English does not sound (Loughton 劳顿, Houghton 霍顿).</summary>
    private static bool IsSilentGh(ReadOnlySpan<char> word, int j)
    {
        var g = word[j] == 'g' ? j : word[j] == 'h' && j > 0 && word[j - 1] == 'g' ? j - 1 : -1;
        return g > 0 && g + 1 < word.Length && word[g + 1] == 'h' && IsVowel(word[g - 1]) && (g + 2 == word.Length || !IsVowel(word[g + 2]));
    }

    /// <summary>True for the e or r of a final unstressed -er or -ers after a consonant, which Chinese leaves out (Carter 卡特, Parker 帕克).</summary>
    private static bool IsFinalEr(ReadOnlySpan<char> word, int j)
    {
        var end = word.Length > 3 && word[^1] == 's' ? word.Length - 1 : word.Length;
        var e = end - 2;
        return e >= 2 && (j == e || j == e + 1) && word[e] == 'e' && word[e + 1] == 'r' && !IsVowel(word[e - 1]);
    }

    /// <summary>Cost of a letter one side has and the other does not: a vowel or h, w, y is often lost or added; a consonant is not.</summary>
    private static double DropCost(char c) => c switch
    {
        'h' or 'w' or 'y' => 0.3,
        'a' or 'e' or 'i' or 'o' or 'u' => 0.4,
        _ => 1.0,
    };

    /// <summary>
    /// Cost of one letter written as another: 0 when equal; 0.2 within a pair transliteration does not tell apart
    /// (l / r, c / k / q, s / z, t / d, b / p, f / v, v / w) and for two vowels of a class (e / i / y, o / u); 0.4 for a
    /// and e or o (the English a is often either), 0.6 for other vowels; 0.4 for pairs it blurs less often (s / c as in
    /// Celia, s / t as in Smith; g / k; g / j / y; j / z; s / x); 0.6 for m / n, which Chinese keeps apart (姆 m, 恩 n)
    /// but a final ng blurs; 1 otherwise.
    /// </summary>
    private static double SubstituteCost(char a, char b)
    {
        if (a == b)
        {
            return 0;
        }

        if ((IsVowel(a) || a == 'y') && (IsVowel(b) || b == 'y'))
        {
            return VowelClass(a) == VowelClass(b) ? 0.2 : a == 'a' || b == 'a' ? (a is 'e' or 'o' || b is 'e' or 'o' ? 0.4 : 0.6) : 0.6;
        }

        var (x, y) = a < b ? (a, b) : (b, a);
        return (x, y) switch
        {
            ('l', 'r') or ('c', 'k') or ('c', 'q') or ('k', 'q') or ('s', 'z') or ('d', 't') or ('b', 'p') or ('f', 'v') or ('v', 'w') => 0.2,
            ('c', 's') or ('s', 't') or ('g', 'k') or ('g', 'j') or ('j', 'y') or ('g', 'y') or ('j', 'z') or ('s', 'x') or ('c', 'z') => 0.4,
            ('m', 'n') => 0.6,
            _ => 1.0,
        };
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>The vowel classes transliteration keeps apart: a; e, i, y; o, u.</summary>
    private static char VowelClass(char c) => c switch
    {
        'a' => 'a',
        'o' or 'u' => 'o',
        _ => 'e',
    };

    private static FrozenDictionary<string, string[]> SpellingsBySyllable()
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var term in s_characters.Value.ExactTerms)
        {
            var syllable = term.Term.Length == 1 ? HanReading.Pinyin(term.Term[0]) : string.Empty;
            if (syllable.Length is 0 or > MaxSyllable)
            {
                continue;
            }

            if (!map.TryGetValue(syllable, out var set))
            {
                map[syllable] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.UnionWith(term.Renderings.Where(r => r.Length > 0));
        }

        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }
}
