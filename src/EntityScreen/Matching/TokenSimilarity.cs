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
    internal static float Pair(string a, string? keyA, float weightA, string b, string? keyB, float weightB, float unknownWeight) =>
        Pair(a, keyA, weightA, null, b, keyB, weightB, null, unknownWeight);

    /// <summary>
    /// <see cref="Pair(string, string?, float, string, string?, float, float)"/> with the tokens' consonant skeletons
    /// (<see cref="SpellingSkeleton"/>, null for none): two Latin spellings of one skeleton are compared letter by letter
    /// too (<see cref="Spelling"/>).
    /// </summary>
    internal static float Pair(string a, string? keyA, float weightA, string? skeletonA, string b, string? keyB, float weightB, string? skeletonB, float unknownWeight)
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

        if (sim < MaxSpelling)
        {
            sim = Math.Max(sim, SpellingPair(a, keyA, skeletonA, b, skeletonB));
        }

        if (keyA is null || !string.Equals(keyA, keyB, StringComparison.Ordinal))
        {
            return sim;
        }

        // A consonant skeleton of two letters (Assad ~sd, Diab ~db) is shared by many names: it weighs less.
        return Math.Max(sim, Text.Skeleton.IsKey(keyA) && keyA.Length <= Text.Skeleton.MinSymbols + 1 ? ShortSkeletonEqual : Text.SoundKey.IsKey(keyA) ? SoundPair(keyA, a, b) : KeyEqual);
    }

    /// <summary>
    /// <see cref="Spelling"/> of two tokens when they may be spelling variants: <paramref name="a"/> is compared on no
    /// special key (a skeleton or sound key of a reading's word) and both have one skeleton of
    /// <see cref="MinSpellingSymbols"/> symbols or more; else 0.
    /// </summary>
    internal static float SpellingPair(string a, string? keyA, string? skeletonA, string b, string? skeletonB) =>
        !Text.Skeleton.IsKey(keyA) && !Text.SoundKey.IsKey(keyA) && skeletonA is { Length: > MinSpellingSymbols } && string.Equals(skeletonA, skeletonB, StringComparison.Ordinal)
            ? Spelling(a, b)
            : 0f;

    /// <summary>Shortest token compared as a spelling variant (<see cref="Spelling"/>).</summary>
    internal const int MinSpellingLength = 3;

    /// <summary>
    /// Shortest token compared with every change <see cref="Spelling"/> allows; a shorter one (three or four letters)
    /// only with doubled letters and close vowels (<see cref="CloseVowelChange"/>): one other change is a quarter or a
    /// third of such a name, another name as often as not (Sa'd / Sa'id, Kurd / Kird).
    /// </summary>
    internal const int FullSpellingLength = 5;

    /// <summary>Least similarity a spelling variant gets any credit with: below it, the two are read as different names.</summary>
    internal const float MinSpelling = 0.8f;

    /// <summary>Most a spelling variant scores: as much as one transliteration key (<see cref="KeyEqual"/>).</summary>
    internal const float MaxSpelling = KeyEqual;

    /// <summary>What changing e, i or y for another of them, or o for u, costs (Hamed / Hamid, Mohamed / Muhamed), in letters.</summary>
    internal const float CloseVowelChange = 0.3f;

    /// <summary>What changing a for e costs (Ahmad / Ahmed, Rahman / Rehman).</summary>
    internal const float VowelChange = 0.5f;

    /// <summary>
    /// What any other vowel change costs: as much as any edit (Baker / Booker, Martin / Morton, Hassan / Hussain are
    /// other names; Kachanava / Kochanova is one name in two languages and still passes on its length).
    /// </summary>
    internal const float OtherVowelChange = 1f;

    /// <summary>What a vowel only one side writes costs (Ekaterina / Kateryna).</summary>
    internal const float VowelGap = 0.6f;

    /// <summary>What an h, w or y only one side writes costs (Kadhim / Kazim, Shabiha / Shabbihah).</summary>
    internal const float SoftGap = 0.5f;

    /// <summary>What changing one consonant for another of its class costs (Qasim / Kassem, Kadhim / Kazim); any other consonant change rules the pair out.</summary>
    internal const float ConsonantChange = 0.6f;

    /// <summary>
    /// The consonant skeleton (<see cref="Text.Skeleton"/>) a Latin token is compared on for spelling variants, or null
    /// when it is shorter than <see cref="MinSpellingLength"/>, holds anything but lower-case ASCII letters, or has a
    /// skeleton of fewer than <see cref="MinSpellingSymbols"/> symbols.
    /// </summary>
    /// <param name="token">The token.</param>
    /// <param name="skeleton">Its skeleton when already known (the table's), else null: made here.</param>
    internal static string? SpellingSkeleton(string token, string? skeleton = null) =>
        token.Length < MinSpellingLength || token.AsSpan().ContainsAnyExceptInRange('a', 'z') || (skeleton ?? Text.Skeleton.Key(token)) is not { Length: > MinSpellingSymbols } key ? null : key;

    /// <summary>
    /// The key two words share when they may be spelling variants under the strict rule of short words
    /// (<see cref="FullSpellingLength"/>): the word with doubled letters once and e, i, y written i and o, u written u,
    /// when that is three or four letters of a to z; else null. Two words with one key differ only where the strict
    /// rule allows, so the candidate index finds every such pair by it (Saad, Sad: sad; Omer, Umer: umir).
    /// </summary>
    internal static string? ShortSpellingKey(string token)
    {
        Span<char> key = stackalloc char[FullSpellingLength - 1];
        var n = ShortSpellingKey(token, key);
        return n == 0 ? null : new string(key[..n]);
    }

    /// <summary>
    /// <see cref="ShortSpellingKey(string)"/> written into <paramref name="key"/> (four characters or more); its length,
    /// or 0 for none. Allocates nothing, for the candidate index's per-token probes.
    /// </summary>
    internal static int ShortSpellingKey(ReadOnlySpan<char> token, Span<char> key)
    {
        if (token.Length < MinSpellingLength || token.Length > 40)
        {
            return 0;
        }

        Span<char> buffer = stackalloc char[token.Length];
        var n = Undouble(token, buffer);
        if (n < MinSpellingLength || n >= FullSpellingLength)
        {
            return 0;
        }

        for (var i = 0; i < n; i++)
        {
            key[i] = buffer[i] switch { 'e' or 'y' => 'i', 'o' => 'u', var c => c };
        }

        return n;
    }

    /// <summary>
    /// Fewest consonant symbols of a skeleton compared for spelling variants (a key's length less its mark): two, as
    /// Yusuf / Youssef (~ysf is ~sf: y is dropped) need; a skeleton of two symbols is shared by many listed words, which
    /// the letter-by-letter comparison then tells apart.
    /// </summary>
    internal const int MinSpellingSymbols = 2;

    /// <summary>
    /// Similarity of two spellings of one consonant skeleton (the caller checks the skeletons): the names' transliterations
    /// differ where the vowels, the half-vowels and the letters one source letter is written with do (Mohamed / Muhammad,
    /// Qasim / Kassem, Ekaterina / Kateryna, Kachanava / Kochanova). A weighted edit distance on the two tokens, doubled
    /// letters once: <see cref="CloseVowelChange"/>, <see cref="VowelChange"/>, <see cref="OtherVowelChange"/>,
    /// <see cref="VowelGap"/>, <see cref="SoftGap"/>, <see cref="ConsonantChange"/>; a consonant only one side has, a
    /// consonant for one of another class or against a vowel, or endings that differ (<see cref="SameEnding"/>) rule the
    /// pair out. The similarity is 1 less the cost per letter (of the two lengths' mean), 0 below <see cref="MinSpelling"/>
    /// (Hassan / Hussain, Mahmood / Mohammed, Martin / Morton are other names) and at most <see cref="MaxSpelling"/>.
    /// </summary>
    internal static float Spelling(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < MinSpellingLength || b.Length < MinSpellingLength || a.Length > 40 || b.Length > 40)
        {
            return 0f;
        }

        // A name of three or four letters: doubled letters and close vowels only (Saad / Sad, Sayf / Saif, Omer / Umer),
        // and not between two words that both read as Chinese syllables, which are other syllables (Chen / Chin, Lina /
        // Lena; the pinyin and Wade-Giles keys join the spellings of one: Text/ChineseRomanization).
        var strict = Math.Min(a.Length, b.Length) < FullSpellingLength;

        Span<char> x = stackalloc char[a.Length];
        Span<char> y = stackalloc char[b.Length];
        var n = Undouble(a, x);
        var m = Undouble(b, y);
        if (n < MinSpellingLength || m < MinSpellingLength || !SameEnding(x[..n], y[..m]))
        {
            return 0f;
        }

        // A short name's first letter e for i or y is another name (Egor / Igor, Emre / Imre); o / u is not (Omer / Umer).
        if (strict && x[0] != y[0] && (x[0] == 'e' || y[0] == 'e'))
        {
            return 0f;
        }

        // The least cost that can still earn credit; a row whose every cell is over it ends the search.
        var limit = (1 - MinSpelling) * (n + m) / 2f;
        Span<float> prev = stackalloc float[m + 1];
        Span<float> cur = stackalloc float[m + 1];
        prev[0] = 0;
        for (var j = 1; j <= m; j++)
        {
            prev[j] = prev[j - 1] + Gap(y[j - 1], strict);
        }

        for (var i = 1; i <= n; i++)
        {
            var ci = x[i - 1];
            cur[0] = prev[0] + Gap(ci, strict);
            var rowMin = cur[0];
            for (var j = 1; j <= m; j++)
            {
                var cj = y[j - 1];
                var v = Math.Min(prev[j] + Gap(ci, strict), cur[j - 1] + Gap(cj, strict));
                v = Math.Min(v, prev[j - 1] + Change(ci, cj, strict));
                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > limit + 1e-4f)
            {
                return 0f;
            }

            var t = prev;
            prev = cur;
            cur = t;
        }

        var sim = 1f - (prev[m] / ((n + m) / 2f));
        return sim < MinSpelling - 1e-4f || (strict && Text.ChineseRomanization.Key(a) is not null && Text.ChineseRomanization.Key(b) is not null)
            ? 0f
            : Math.Min(sim, MaxSpelling);

        // A consonant only one side writes, or a consonant against a vowel, is no spelling of one name: it costs more
        // than any credit allows (Aer oVironment / AeroVironment share a skeleton only because r-o-r runs together).
        static float Gap(char c, bool strict) => strict ? NoSpelling : IsSpellingVowel(c) ? VowelGap : c is 'h' or 'w' ? SoftGap : NoSpelling;

        static float Change(char c, char d, bool strict) =>
            c == d ? 0f
            : IsSpellingVowel(c) && IsSpellingVowel(d) ? (CloseVowels(c, d) ? CloseVowelChange : strict ? NoSpelling : c is 'a' or 'e' && d is 'a' or 'e' ? VowelChange : OtherVowelChange)
            : strict ? NoSpelling
            : ConsonantClass(c) is var k && k != '\0' && k == ConsonantClass(d) ? ConsonantChange
            : NoSpelling;

        // e, i and y; o and u: what transliterations of one vowel vary between (Hamed / Hamid, Yusuf / Yousuf).
        static bool CloseVowels(char c, char d) => (c is 'e' or 'i' or 'y' && d is 'e' or 'i' or 'y') || (c is 'o' or 'u' && d is 'o' or 'u');

        // The consonants one source letter is written with (the skeleton's merges, letter by letter): q / k / g / c,
        // p / b, and d / z, t / s for dh / z, th / s.
        static char ConsonantClass(char c) => c switch
        {
            'q' or 'k' or 'g' or 'c' => 'k',
            'p' or 'b' => 'b',
            'd' or 'z' => 'z',
            't' or 's' => 's',
            _ => '\0',
        };
    }

    /// <summary>
    /// True when two tokens (doubled letters once) may be spellings of one name by their endings: the same letter, or
    /// two of e, i and y (Sergei / Sergey), once a final h only one writes is dropped (Abdallah / Abdalla). A vowel only one
    /// writes at the end, or another vowel there, is an ending of another name: a feminine or a derived form (Daniel /
    /// Daniela, Maria / Mario, Abbas / Abbasi, Nasser / Naseri).
    /// </summary>
    private static bool SameEnding(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        // A final h only one side writes is dropped first (Abdallah / Abdalla, Shabiha / Shabbihah; not Abdul / Abdullah).
        if (a.Length > 1 && a[^1] == 'h' && b[^1] != 'h')
        {
            a = a[..^1];
        }
        else if (b.Length > 1 && b[^1] == 'h' && a[^1] != 'h')
        {
            b = b[..^1];
        }

        var (x, y) = (a[^1], b[^1]);
        return x == y || (x is 'e' or 'i' or 'y' && y is 'e' or 'i' or 'y');
    }

    /// <summary>The cost of an edit no spelling variant makes: more than any pair of tokens can afford.</summary>
    private const float NoSpelling = 100f;

    private static bool IsSpellingVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>Writes <paramref name="token"/> with doubled letters once into <paramref name="buffer"/>: its length, or -1 for a character that is no lower-case ASCII letter.</summary>
    private static int Undouble(ReadOnlySpan<char> token, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in token)
        {
            if (c is < 'a' or > 'z')
            {
                return -1;
            }

            if (n == 0 || buffer[n - 1] != c)
            {
                buffer[n++] = c;
            }
        }

        return n;
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
