using System.Collections.Frozen;

namespace EntityScreen.Text;

/// <summary>
/// A key for a Latin token written as Chinese syllables in Hanyu Pinyin or in Wade-Giles without its apostrophes, so
/// that the two systems meet: Deng / Teng, Xiaoping / Hsiaoping, Jiang / Chiang, Zedong / Tsetung, Jingguo / Chingkuo.
/// Each syllable is read as pinyin when it is a pinyin syllable (<see cref="Readings.WadeGiles.FromSyllable"/> gives its
/// Wade-Giles spelling), else kept when it is a Wade-Giles one; the key is the Wade-Giles syllables joined by dots,
/// after a <c>%</c> that no other key starts with. Wade-Giles without apostrophes writes two pinyin initials alike (p
/// for b and p, t for d and t, ch for zh, ch, j and q), so the key joins them too: it says two spellings may write the
/// same Chinese name, which is evidence, not proof. A token of one to <see cref="MaxSyllables"/> syllables gets a key;
/// the scorer uses keys only when every word of both persons' names has one (<see cref="Matching.NameScorer"/>).
/// </summary>
internal static class ChineseRomanization
{
    /// <summary>Most syllables of a keyed token: a Chinese given name has one or two, a compound family name two.</summary>
    internal const int MaxSyllables = 3;

    /// <summary>The key's mark.</summary>
    internal const char Mark = '%';

    private const char Separator = '.';

    /// <summary>Every pinyin and Wade-Giles syllable (lower case, no apostrophes), with the Wade-Giles syllable it is read as.</summary>
    private static readonly FrozenDictionary<string, string> s_canonical = BuildCanonical();

    /// <summary>Per Wade-Giles syllable of a key, every spelling read as it (teng: deng, teng; chiang: jiang, qiang, chiang).</summary>
    private static readonly FrozenDictionary<string, string[]> s_spellings = s_canonical
        .GroupBy(kv => kv.Value, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(kv => kv.Key).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_canonical.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Longest syllable in either system (chuang, hsiung: six letters).</summary>
    private const int MaxSyllableLength = 6;

    /// <summary>
    /// The key of a lower-case ASCII token, or null when it is no sequence of one to <see cref="MaxSyllables"/>
    /// syllables. The segmentation takes the fewest syllables, the longest first syllable among equals.
    /// </summary>
    internal static string? Key(ReadOnlySpan<char> token)
    {
        if (token.Length is < 1 or > MaxSyllables * MaxSyllableLength || token.ContainsAnyExceptInRange('a', 'z'))
        {
            return null;
        }

        // Fewest syllables from each position to the end, the longest first syllable among equals.
        Span<int> fewest = stackalloc int[token.Length + 1];
        Span<int> next = stackalloc int[token.Length + 1];
        fewest[token.Length] = 0;
        for (var i = token.Length - 1; i >= 0; i--)
        {
            fewest[i] = -1;
            for (var length = Math.Min(MaxSyllableLength, token.Length - i); length >= 1; length--)
            {
                if (fewest[i + length] >= 0 && s_lookup.ContainsKey(token.Slice(i, length)) && (fewest[i] < 0 || fewest[i + length] + 1 < fewest[i]))
                {
                    fewest[i] = fewest[i + length] + 1;
                    next[i] = length;
                }
            }
        }

        if (fewest[0] is < 1 or > MaxSyllables)
        {
            return null;
        }

        var parts = new string[fewest[0]];
        var at = 0;
        for (var k = 0; k < parts.Length; k++)
        {
            s_lookup.TryGetValue(token.Slice(at, next[at]), out parts[k]!);
            at += next[at];
        }

        return Mark + string.Join(Separator, parts);
    }

    /// <summary>True for a key made by <see cref="Key"/>.</summary>
    internal static bool IsKey(string? key) => key is [Mark, ..];

    /// <summary>The key of two keyed tokens written as one (hsiao + ping → the key of hsiaoping when it segments so).</summary>
    internal static string Concat(string first, string second) => first + Separator + second[1..];

    /// <summary>
    /// Every token spelling <paramref name="key"/> (or the part of it from syllable <paramref name="from"/> on, up to
    /// <paramref name="to"/>): the product of each syllable's spellings, at most a few dozen.
    /// </summary>
    internal static IEnumerable<string> Spellings(string key, int from = 0, int to = int.MaxValue)
    {
        var syllables = key[1..].Split(Separator);
        to = Math.Min(to, syllables.Length);
        IEnumerable<string> result = [string.Empty];
        for (var k = from; k < to; k++)
        {
            var spellings = s_spellings.TryGetValue(syllables[k], out var s) ? s : [];
            result = result.SelectMany(prefix => spellings.Select(x => prefix + x)).ToList();
        }

        return result;
    }

    /// <summary>Syllables in a key.</summary>
    internal static int Syllables(string key) => key.AsSpan(1).Count(Separator) + 1;

    private static FrozenDictionary<string, string> BuildCanonical()
    {
        // Every pinyin syllable: the bare ones and initial + final, as Readings.WadeGiles accepts them.
        var pinyin = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var initial in new[] { "", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh", "r", "z", "c", "s", "y", "w" })
        {
            foreach (var final in Finals())
            {
                var syllable = initial + final;
                if (Readings.WadeGiles.FromSyllable(syllable) is { } wade && !pinyin.ContainsKey(syllable))
                {
                    pinyin[syllable] = wade;
                }
            }
        }

        // A Wade-Giles syllable that is no pinyin syllable is read as itself (hsiao, chiang, tsung).
        var result = new Dictionary<string, string>(pinyin, StringComparer.Ordinal);
        foreach (var wade in pinyin.Values.Distinct(StringComparer.Ordinal))
        {
            result.TryAdd(wade, wade);
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);

        static IEnumerable<string> Finals() =>
        [
            "a", "ai", "an", "ang", "ao", "e", "ei", "en", "eng", "er", "i", "ia", "ian", "iang", "iao", "ie", "in", "ing",
            "iong", "iu", "o", "ong", "ou", "u", "ua", "uai", "uan", "uang", "ue", "ui", "un", "uo", "v", "ve",
        ];
    }
}
