namespace EntityScreen.Matching;

/// <summary>
/// Similarity of two normalized tokens: exact, or a typo within an edit budget that grows with length. Short tokens
/// and tokens holding digits must match exactly.
/// </summary>
internal static class TokenSimilarity
{
    /// <summary>Shortest token that may differ by a typo: one edit turns most 4-letter words into other words.</summary>
    internal const int MinFuzzyLength = 5;

    /// <summary>Edits allowed between two tokens, by the shorter one's length: 0 below 5, 1 up to 9, 2 from 10.</summary>
    internal static int Budget(int shorterLength) => shorterLength < MinFuzzyLength ? 0 : shorterLength < 10 ? 1 : 2;

    /// <summary>
    /// Length of the short tokens that may still differ by one edit, for partial credit only, and only as far as both
    /// are rare (<see cref="ShortTypo"/>): Rask / Rusk, Fazl / Fazal, Rozi / Ruzi.
    /// </summary>
    internal const int ShortFuzzyLength = 4;

    /// <summary>Edits the candidate index looks for around a token of <paramref name="length"/> letters: <see cref="Budget"/>, and one for a short token.</summary>
    internal static int IndexBudget(int length) => length == ShortFuzzyLength ? 1 : Budget(length);

    /// <summary>
    /// Similarity of two tokens one edit apart of which the shorter has <see cref="ShortFuzzyLength"/> letters (0 for
    /// any other pair): 1 − 1 / length (0.75, 0.8 against five letters) times the rarity of the commoner of the two
    /// (<see cref="Rarity"/>). One edit turns most four-letter words into other words (Bank / Band, Hans / Hand), so
    /// the credit goes to tokens few listed names hold, as a misspelt rare name is: a common one is a word of its own.
    /// </summary>
    /// <param name="a">A token.</param>
    /// <param name="weightA">Its weight (the table's inverse document frequency).</param>
    /// <param name="b">The other token.</param>
    /// <param name="weightB">Its weight.</param>
    /// <param name="unknownWeight">The table's weight of a token no name holds.</param>
    internal static float ShortTypo(ReadOnlySpan<char> a, float weightA, ReadOnlySpan<char> b, float weightB, float unknownWeight)
    {
        var shorter = Math.Min(a.Length, b.Length);
        var longer = Math.Max(a.Length, b.Length);
        if (shorter != ShortFuzzyLength || longer > ShortFuzzyLength + 1 || HasDigit(a) || HasDigit(b) || LetterSetDifference(a, b) > 2)
        {
            return 0f;
        }

        var rarity = Rarity(Math.Min(weightA, weightB), unknownWeight);
        return rarity <= 0 || Distance(a, b, 1) > 1 ? 0f : (1f - (1f / longer)) * rarity;
    }

    /// <summary>
    /// How rare a token of weight <paramref name="weight"/> is, in [0, 1]: 1 when at most <see cref="RareNames"/> listed
    /// names hold it, 0 from <see cref="CommonNames"/> on, linear in the weight between. The weights are
    /// ln((N + 1) / (df + 0.5)) (<see cref="TokenTable"/>), so a document frequency df weighs the unknown weight U less
    /// ln(2 df + 1) whatever the size N of the lists.
    /// </summary>
    internal static float Rarity(float weight, float unknownWeight)
    {
        var rare = unknownWeight - MathF.Log((2 * RareNames) + 1);
        var common = unknownWeight - MathF.Log((2 * CommonNames) + 1);
        return Math.Clamp((weight - common) / (rare - common), 0f, 1f);
    }

    /// <summary>Listed names holding a short token up to which it counts as rare (<see cref="Rarity"/> 1).</summary>
    internal const int RareNames = 3;

    /// <summary>Listed names holding a short token from which it counts as common (<see cref="Rarity"/> 0).</summary>
    internal const int CommonNames = 100;

    /// <summary>
    /// Similarity in [0, 1]: 1 when equal; within the budget, 1 − edits / length up to 7 letters, and
    /// 1 − 7 × edits / length² beyond (one edit costs 1/7 of a seven-letter word, 0.07 of a ten-letter one: the longer
    /// the word, the less likely one edit turns it into a different real word); else 0.
    /// </summary>
    internal static float Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
        {
            return 1f;
        }

        var shorter = Math.Min(a.Length, b.Length);
        var longer = Math.Max(a.Length, b.Length);
        var budget = Budget(shorter);
        if (budget == 0 || longer - shorter > budget || HasDigit(a) || HasDigit(b) || LetterSetDifference(a, b) > 2 * budget)
        {
            return 0f;
        }

        var d = Distance(a, b, budget);
        return d > budget ? 0f : longer <= 7 ? 1f - ((float)d / longer) : 1f - (7f * d / (longer * longer));
    }

    /// <summary>
    /// Similarity of two tokens with their transliteration keys: 1 when equal, else the better of the typo similarity
    /// and, when the keys are equal, <see cref="KeyEqual"/>.
    /// </summary>
    internal static float Pair(string a, string? keyA, string b, string? keyB) => Pair(a, keyA, 0f, b, keyB, 0f, 1f);

    /// <summary>
    /// <see cref="Pair(string, string?, string, string?)"/> with the tokens' weights, so that two short tokens one edit
    /// apart get their credit by rarity (<see cref="ShortTypo"/>).
    /// </summary>
    internal static float Pair(string a, string? keyA, float weightA, string b, string? keyB, float weightB, float unknownWeight)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1f;
        }

        var sim = Similarity(a, b);
        if (sim == 0 && Math.Min(a.Length, b.Length) == ShortFuzzyLength)
        {
            sim = ShortTypo(a, weightA, b, weightB, unknownWeight);
        }

        if (keyA is null || !string.Equals(keyA, keyB, StringComparison.Ordinal))
        {
            return sim;
        }

        // A consonant skeleton of two letters (Assad ~sd, Diab ~db) is shared by many names: it weighs less.
        return Math.Max(sim, Text.Skeleton.IsKey(keyA) && keyA.Length <= Text.Skeleton.MinSymbols + 1 ? ShortSkeletonEqual : Text.SoundKey.IsKey(keyA) ? SoundPair(keyA, a, b) : KeyEqual);
    }

    /// <summary>
    /// <paramref name="sim"/>, raised to the sound credit when the listed token was read from transliteration characters
    /// (<paramref name="listedSound"/>) and the query token's sound key (<paramref name="querySound"/>) equals it.
    /// </summary>
    internal static float WithListedSound(float sim, string? querySound, string? listedSound, string queryToken, string listedToken) =>
        querySound is not null && sim < 1f && string.Equals(querySound, listedSound, StringComparison.Ordinal) ? Math.Max(sim, SoundPair(querySound, listedToken, queryToken)) : sim;

    /// <summary>
    /// Similarity of a token read from transliteration characters (its pinyin, <paramref name="pinyin"/>) and a Latin
    /// token with the same sound key <paramref name="key"/> (<see cref="Text.SoundKey"/>): how well the Latin spells the
    /// characters (<see cref="Readings.HanTransliteration.Alignment"/>), <see cref="AlignedSoundEqual"/> letter for letter
    /// and <see cref="AlignmentSlope"/> less per unit of shortfall. A key of four classes or more is evidence on its own:
    /// never below <see cref="KeyEqual"/>. A shorter key is shared by tens of listed words (three classes) or hundreds
    /// (two, with their vowels): the alignment alone decides, nothing below <see cref="MinAlignment"/>, and two classes
    /// at most <see cref="KeyEqual"/> (Cruz 克鲁兹 and Navarro 纳瓦罗 align; Garnet and 肯尼迪 share a key, not a spelling).
    /// </summary>
    internal static float SoundPair(string key, ReadOnlySpan<char> pinyin, ReadOnlySpan<char> latin)
    {
        // Only an alignment that earns more than the key alone is worth finding out.
        var symbols = Text.SoundKey.Symbols(key);
        var least = symbols > Text.SoundKey.ShortSymbols ? 1 - ((AlignedSoundEqual - KeyEqual) / AlignmentSlope) : MinAlignment;
        var q = Readings.HanTransliteration.Alignment(pinyin, latin, least);
        var aligned = (float)(AlignedSoundEqual - (AlignmentSlope * (1 - q)));
        return symbols > Text.SoundKey.ShortSymbols ? Math.Max(KeyEqual, aligned)
            : q < least ? 0f
            : symbols <= Text.SoundKey.MaxVowelledSymbols ? Math.Min(KeyEqual, aligned)
            : aligned;
    }

    /// <summary>Similarity of a sound-key pair whose Latin spells the transliteration characters letter for letter.</summary>
    internal const float AlignedSoundEqual = 0.95f;

    /// <summary>What each unit of alignment shortfall costs below <see cref="AlignedSoundEqual"/>: an alignment of 0.9 costs 0.05.</summary>
    internal const double AlignmentSlope = 0.5;

    /// <summary>Least alignment a short sound key (<see cref="Text.SoundKey.ShortSymbols"/> classes or fewer) gets any credit with.</summary>
    internal const double MinAlignment = 0.75;

    /// <summary>Similarity of two tokens whose consonant skeleton (<see cref="Text.Skeleton"/>) is equal and only two consonants long.</summary>
    internal const float ShortSkeletonEqual = 0.8f;

    /// <summary>
    /// Similarity of two spellings with one transliteration key (Hussein / Husain, Pyotr / Petr): the same name
    /// romanized another way, closer than a typo, not quite equal (a key may still join two names).
    /// </summary>
    internal const float KeyEqual = 0.9f;

    internal static bool HasDigit(ReadOnlySpan<char> s) => s.IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>
    /// How many letters one token holds and the other does not (each counted once, whatever its count): at most twice
    /// the edit distance, since a substitution changes that set by two letters at most, an insertion or a deletion by
    /// one, and a transposition by none (letters share a bit by their code modulo 64, which only lowers the count). It
    /// rules out most pairs of different words before the distance is computed (an exact shortcut: no similarity changes).
    /// </summary>
    internal static int LetterSetDifference(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        System.Numerics.BitOperations.PopCount(LetterSet(a) ^ LetterSet(b));

    private static ulong LetterSet(ReadOnlySpan<char> s)
    {
        var set = 0UL;
        foreach (var c in s)
        {
            set |= 1UL << (c & 63);
        }

        return set;
    }

    /// <summary>Optimal-string-alignment distance (Levenshtein plus adjacent transposition), or budget + 1 once over it.</summary>
    internal static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int budget)
    {
        // Trim the common prefix and suffix: typical typos leave most of the token equal.
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        a = a[prefix..];
        b = b[prefix..];
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1])
        {
            a = a[..^1];
            b = b[..^1];
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        var n = a.Length;
        var m = b.Length;
        if (n > 62 || m > 62)
        {
            return budget + 1;
        }

        Span<int> prev2 = stackalloc int[m + 1];
        Span<int> prev = stackalloc int[m + 1];
        Span<int> cur = stackalloc int[m + 1];
        for (var j = 0; j <= m; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= n; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= m; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > budget)
            {
                return budget + 1;
            }

            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }

        return prev[m];
    }
}
