using EntityScreen.Text;

namespace EntityScreen.Matching;

/// <summary>A normalized name bound to a <see cref="TokenTable"/>: a query, or a listed name being explained.</summary>
internal sealed class CompiledName
{
    /// <summary>Compiles a name; a token the table lacks weighs <paramref name="unknownWeight"/>'s answer for it, else the table's unknown weight.</summary>
    /// <param name="normalized">The normalized name.</param>
    /// <param name="table">The token table.</param>
    /// <param name="unknownWeight">Weight of a token the table lacks; null for the table's unknown weight.</param>
    /// <param name="text">The name as written, for its person-name parts (<see cref="PersonNameParts"/>); null for none.</param>
    /// <param name="skeletonTokens">Tokens read from Arabic script, compared on their consonant skeletons (<see cref="Skeleton"/>); null for none.</param>
    /// <param name="soundTokens">Tokens read from Chinese transliteration characters, with the sound key each is compared on (<see cref="SoundKey"/>); null for none.</param>
    /// <param name="familyOnly">The name is a foreign person's family name alone, as Chinese writes it (<see cref="NameView.FamilyOnly"/>).</param>
    /// <param name="familyProbe">The name is a query's Latin family name alone, searched against listed family names written in Chinese (<see cref="NameView.FamilyProbe"/>).</param>
    /// <param name="middleNamesUnwritten">The name is a Chinese reading of a foreign person's name (<see cref="NameView.MiddleNamesUnwritten"/>).</param>
    /// <param name="reading">The name is a reading of a name written in another script, a query's or a listed name's (<see cref="NameView.Reading"/>).</param>
    /// <param name="syllabic">The name is a reading of a name written in Hangul (<see cref="NameView.Syllabic"/>), whatever its normalized form says.</param>
    internal CompiledName(NormalizedName normalized, TokenTable table, Func<string, float>? unknownWeight = null, string? text = null, IReadOnlySet<string>? skeletonTokens = null, IReadOnlyDictionary<string, string>? soundTokens = null, bool familyOnly = false, bool familyProbe = false, bool middleNamesUnwritten = false, bool reading = false, bool syllabic = false)
    {
        Reading = reading;
        Syllabic = syllabic || normalized.Syllabic;
        MiddleNamesUnwritten = middleNamesUnwritten;
        Normalized = normalized;
        Middle = text is null ? 0 : PersonNameParts.MiddleMask(text, normalized.Tokens.Length, tokens: normalized.Tokens);
        Family = text is null ? -1 : PersonNameParts.FamilyIndex(text, normalized.Tokens.Length, tokens: normalized.Tokens);
        FamilyOnly = familyOnly && normalized.Tokens.Length == 1;
        FamilyProbe = familyProbe && normalized.Tokens.Length == 1;
        Table = table;
        Ids = new int[normalized.Tokens.Length];
        Weights = new float[Ids.Length];
        Keys = new string?[Ids.Length];
        for (var i = 0; i < Ids.Length; i++)
        {
            Ids[i] = table.Id(normalized.Tokens[i]);
            Weights[i] = Ids[i] >= 0 ? table.Weights[Ids[i]] : unknownWeight?.Invoke(normalized.Tokens[i]) ?? table.UnknownWeight;
            Keys[i] = SkeletonKey(normalized.Tokens[i], skeletonTokens) ?? SoundKeyOf(normalized.Tokens[i], soundTokens) ?? (Ids[i] >= 0 ? table.Keys[Ids[i]] : GivenNames.Key(normalized.Tokens[i]));
            TotalWeight += Weights[i];
        }

        // Latin tokens are also compared by sound with the listed names Chinese writes by sound (Gallagher / 加拉格尔).
        if (table.HasListedSounds)
        {
            Sounds = new string?[Ids.Length];
            for (var i = 0; i < Ids.Length; i++)
            {
                Sounds[i] = SoundKey.IsKey(Keys[i]) || Skeleton.IsKey(Keys[i]) ? null : table.QuerySound(normalized.Tokens[i], Ids[i]);
            }
        }

        // The consonant skeletons of the tokens the table lacks (the table keeps those of its own), for spelling variants.
        Skeletons = new string?[Ids.Length];
        ChineseKeys = new string?[Ids.Length];
        for (var i = 0; i < Ids.Length; i++)
        {
            Skeletons[i] = Ids[i] >= 0 ? null : TokenSimilarity.SpellingSkeleton(normalized.Tokens[i]);
            ChineseKeys[i] = Ids[i] >= 0 ? null : ChineseRomanization.Key(normalized.Tokens[i]);
        }

        HanChars = HanKeys.DistinctChars(normalized.HanCore);
        HanBigrams = HanKeys.DistinctBigrams(normalized.HanCore);
        HanTotalWeight = HanKeys.TotalWeight(HanChars, table);
    }

    internal NormalizedName Normalized { get; }

    /// <summary>The consonant-skeleton key a token is compared on when it is one of <paramref name="skeletonTokens"/> (read from Arabic script), else null.</summary>
    internal static string? SkeletonKey(string token, IReadOnlySet<string>? skeletonTokens) =>
        skeletonTokens is not null && skeletonTokens.Contains(token) ? Skeleton.Key(token) : null;

    /// <summary>The sound key a token is compared on when it is one of <paramref name="soundTokens"/> (read from Chinese transliteration characters), else null.</summary>
    internal static string? SoundKeyOf(string token, IReadOnlyDictionary<string, string>? soundTokens) =>
        soundTokens is not null && soundTokens.TryGetValue(token, out var sound) ? sound : null;

    internal TokenTable Table { get; }

    internal int[] Ids { get; }

    internal float[] Weights { get; }

    internal string?[] Keys { get; }

    internal float TotalWeight { get; }

    /// <summary>Per token, its sound key (<see cref="SoundKey"/>) to compare with listed names written by sound; null when the table has none.</summary>
    internal string?[]? Sounds { get; }

    internal char[] HanChars { get; }

    /// <summary>Per token the table lacks, its consonant skeleton when it may have spelling variants (<see cref="TokenSimilarity.SpellingSkeleton"/>); null for the table's own tokens.</summary>
    internal string?[] Skeletons { get; }

    /// <summary>Per token the table lacks, its key as Chinese syllables (<see cref="ChineseRomanization"/>); null for the table's own tokens.</summary>
    internal string?[] ChineseKeys { get; }

    internal int[] HanBigrams { get; }

    internal float HanTotalWeight { get; }

    internal uint Middle { get; }

    /// <summary>The index of the family-name token when the name is a person's (<see cref="NameView.Family"/>); -1 for none.</summary>
    internal int Family { get; }

    /// <summary>The name is a foreign person's family name alone, as Chinese writes it (<see cref="NameView.FamilyOnly"/>).</summary>
    internal bool FamilyOnly { get; }

    /// <summary>The name is a query's Latin family name alone (<see cref="NameView.FamilyProbe"/>).</summary>
    internal bool FamilyProbe { get; }

    /// <summary>The name is a Chinese reading of a foreign person's name (<see cref="NameView.MiddleNamesUnwritten"/>).</summary>
    internal bool MiddleNamesUnwritten { get; }

    /// <summary>The name is a reading of a name written in another script, a query's or a listed name's (<see cref="NameView.Reading"/>).</summary>
    internal bool Reading { get; }

    /// <summary>The name's tokens are the syllables of a Hangul name, written in Hangul or read from it (<see cref="NameView.Syllabic"/>).</summary>
    internal bool Syllabic { get; }

    internal bool IsEmpty => Ids.Length == 0 && HanChars.Length == 0;

    /// <summary>The name as a query: joins are looked for on its tokens as written.</summary>
    internal NameView View => new(Table, Ids, Normalized.Tokens, Keys, Normalized.RawTokens, Weights, TotalWeight, Normalized.Forms, HanChars, HanBigrams, HanTotalWeight, Normalized.Transliterated, Middle, Sounds, Family, FamilyOnly, FamilyProbe, MiddleNamesUnwritten, Skeletons, Syllabic, Reading, ChineseKeys);

    /// <summary>The name as a listed name: read exactly as the <see cref="NameStore"/> holds it (folded tokens only).</summary>
    internal NameView ListedView => new(Table, Ids, Normalized.Tokens, Keys, null, Weights, TotalWeight, Normalized.Forms, HanChars, HanBigrams, HanTotalWeight, Normalized.Transliterated, Middle, family: Family, middleNamesUnwritten: MiddleNamesUnwritten, skeletons: Skeletons, syllabic: Syllabic, reading: Reading, chineseKeys: ChineseKeys);
}

/// <summary>Keys of a Chinese core: distinct characters and distinct character bigrams, each sorted.</summary>
internal static class HanKeys
{
    internal static char[] DistinctChars(string han)
    {
        if (han.Length == 0)
        {
            return [];
        }

        var chars = han.ToCharArray();
        Array.Sort(chars);
        var n = 1;
        for (var i = 1; i < chars.Length; i++)
        {
            if (chars[i] != chars[n - 1])
            {
                chars[n++] = chars[i];
            }
        }

        return n == chars.Length ? chars : chars[..n];
    }

    internal static int[] DistinctBigrams(string han)
    {
        if (han.Length < 2)
        {
            return [];
        }

        var bigrams = new int[han.Length - 1];
        for (var i = 0; i + 1 < han.Length; i++)
        {
            bigrams[i] = Bigram(han[i], han[i + 1]);
        }

        Array.Sort(bigrams);
        var n = 1;
        for (var i = 1; i < bigrams.Length; i++)
        {
            if (bigrams[i] != bigrams[n - 1])
            {
                bigrams[n++] = bigrams[i];
            }
        }

        return n == bigrams.Length ? bigrams : bigrams[..n];
    }

    internal static float TotalWeight(ReadOnlySpan<char> chars, TokenTable table)
    {
        var total = 0f;
        foreach (var c in chars)
        {
            total += table.HanWeight(c);
        }

        return total;
    }

    internal static int Bigram(char a, char b) => (a << 16) | b;
}
