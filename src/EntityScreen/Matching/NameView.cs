using EntityScreen.Text;

namespace EntityScreen.Matching;

/// <summary>
/// A name as the scorer reads it, without owning anything: token ids into a <see cref="TokenTable"/> (a query may
/// also hold tokens the table lacks, id -1, whose text comes from <see cref="Tokens"/>), the Chinese core's distinct
/// characters and bigrams, totals and legal forms. Both listed names (from the flat <see cref="NameStore"/>) and
/// queries (<see cref="CompiledName"/>) are read through it, so one scorer serves both.
/// </summary>
internal readonly ref struct NameView
{
    internal NameView(
        TokenTable table,
        ReadOnlySpan<int> ids,
        string[]? tokens,
        string?[]? keys,
        string[]? rawTokens,
        ReadOnlySpan<float> weights,
        float totalWeight,
        LegalForms.Form forms,
        ReadOnlySpan<char> hanChars,
        ReadOnlySpan<int> hanBigrams,
        float hanTotalWeight,
        bool transliterated,
        uint middle = 0,
        string?[]? sounds = null,
        int family = -1,
        bool familyOnly = false,
        bool familyProbe = false,
        bool middleNamesUnwritten = false,
        string?[]? skeletons = null,
        bool syllabic = false,
        bool reading = false,
        string?[]? chineseKeys = null)
    {
        ChineseKeys = chineseKeys;
        Reading = reading;
        Syllabic = syllabic;
        Skeletons = skeletons;
        Table = table;
        Ids = ids;
        Tokens = tokens;
        Keys = keys;
        RawTokens = rawTokens;
        Weights = weights;
        TotalWeight = totalWeight;
        Forms = forms;
        HanChars = hanChars;
        HanBigrams = hanBigrams;
        HanTotalWeight = hanTotalWeight;
        Transliterated = transliterated;
        Middle = middle;
        Sounds = sounds;
        Family = family;
        FamilyOnly = familyOnly;
        FamilyProbe = familyProbe;
        MiddleNamesUnwritten = middleNamesUnwritten;
    }

    internal TokenTable Table { get; }

    internal ReadOnlySpan<int> Ids { get; }

    /// <summary>Token text for ids of -1 (queries only); null for listed names, whose tokens are all in the table.</summary>
    internal string[]? Tokens { get; }

    /// <summary>Transliteration keys for the tokens (queries); listed names take theirs from the table.</summary>
    internal string?[]? Keys { get; }

    /// <summary>The tokens as written before abbreviation folding (queries only; joins are looked for on them).</summary>
    internal string[]? RawTokens { get; }

    /// <summary>Per-token weights (queries only); listed names take theirs from the table.</summary>
    internal ReadOnlySpan<float> Weights { get; }

    internal float TotalWeight { get; }

    internal LegalForms.Form Forms { get; }

    internal ReadOnlySpan<char> HanChars { get; }

    internal ReadOnlySpan<int> HanBigrams { get; }

    internal float HanTotalWeight { get; }

    internal bool Transliterated { get; }

    /// <summary>Bit i set: token i stands where a person's middle name or patronymic would (<see cref="PersonNameParts"/>).</summary>
    internal uint Middle { get; }

    /// <summary>The index of the token that is a person's family name (<see cref="PersonNameParts.FamilyIndex"/>); -1 for none.</summary>
    internal int Family { get; }

    /// <summary>
    /// The name is a foreign person's family name alone, written in Chinese by sound the way Chinese names foreign
    /// persons (布朗巴克 for Sam Brownback): against a person's full name it is compared with the family name only.
    /// </summary>
    internal bool FamilyOnly { get; }

    /// <summary>
    /// The name is a query's Latin family name alone, searched against the listed persons Chinese names by the family
    /// name alone (<see cref="FamilyOnly"/>): it scores only where the two agree (<see cref="NameScorer.FamilyNamesAgree"/>).
    /// </summary>
    internal bool FamilyProbe { get; }

    /// <summary>
    /// The name is a Chinese reading of a foreign person's name (written with a middle dot, or with words written by
    /// sound): Chinese writes a foreign name as given name and family name and leaves the middle names out, so a middle
    /// name only the other side has costs no more than a middle initial (<see cref="NameScorer.InitialExtraDiscount"/>).
    /// </summary>
    internal bool MiddleNamesUnwritten { get; }

    /// <summary>Per-token sound keys of a query, compared with the listed tokens written by sound (<see cref="TokenTable.ListedSounds"/>); null for listed names.</summary>
    internal string?[]? Sounds { get; }

    /// <summary>The tokens are the syllables of a Hangul name (<see cref="NormalizedName.Syllabic"/>): a one-letter token is no initial.</summary>
    internal bool Syllabic { get; }

    /// <summary>
    /// The name is a reading of a name written in another script (Arabic, Chinese ...), a query's or a listed name's read
    /// at load: its words are the library's spellings of that script's words (الله llh), never initials the writer
    /// abbreviated, nor spelling variants to compare letter by letter (the readings vary the spellings already).
    /// </summary>
    internal bool Reading { get; }

    internal int Count => Ids.Length;

    internal bool IsEmpty => Ids.Length == 0 && HanChars.Length == 0;

    internal string Token(int i) => Ids[i] >= 0 ? Table.Tokens[Ids[i]] : Tokens![i];

    internal string? Key(int i) => Keys is not null ? Keys[i] : Table.Keys[Ids[i]];

    /// <summary>Per-token consonant skeletons of a query's tokens the table lacks (<see cref="Text.Skeleton"/>); null for listed names, whose skeletons are the table's.</summary>
    internal string?[]? Skeletons { get; }

    /// <summary>The token's consonant skeleton (<see cref="Text.Skeleton"/>), compared for a spelling variant (<see cref="TokenSimilarity.Spelling"/>); null for none.</summary>
    internal string? Skeleton(int i) => Ids[i] >= 0 ? Table.Skeletons[Ids[i]] : Skeletons?[i];

    /// <summary>Per-token keys as Chinese syllables of a query's tokens the table lacks (<see cref="ChineseRomanization"/>); null for listed names.</summary>
    internal string?[]? ChineseKeys { get; }

    /// <summary>The token's key as Chinese syllables in pinyin or Wade-Giles (<see cref="ChineseRomanization"/>), or null.</summary>
    internal string? ChineseKey(int i) => Ids[i] >= 0 ? Table.ChineseKey(Ids[i]) : ChineseKeys?[i];

    /// <summary>
    /// True when every word of the name reads as Chinese syllables (<see cref="ChineseKey"/>): a Chinese name written in
    /// pinyin or Wade-Giles (Deng Xiaoping, Teng Hsiao-ping), whose words are then compared on their keys too; never a
    /// name written in Hangul or read from it.
    /// </summary>
    internal bool IsSinitic()
    {
        // A Hangul name's syllables (gim jeong eun) are Korean, not pinyin, whatever letters they share.
        if (Count == 0 || Syllabic)
        {
            return false;
        }

        for (var i = 0; i < Count; i++)
        {
            if (ChineseKey(i) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The key token <paramref name="i"/> is compared on against a query token whose key is <paramref name="queryKey"/>:
    /// its consonant skeleton when the query's token was read from Arabic script (a skeleton key), its sound key when the
    /// query's token was read from Chinese transliteration characters (a sound key), else its transliteration key.
    /// </summary>
    internal string? KeyFor(int i, string? queryKey) =>
        Text.Skeleton.IsKey(queryKey) ? (Ids[i] >= 0 ? Table.Skeletons[Ids[i]] : Text.Skeleton.Key(Token(i)))
        : SoundKey.IsKey(queryKey) ? (Ids[i] >= 0 ? Table.Sounds[Ids[i]] : SoundKey.Key(Token(i)))
        : Key(i);

    /// <summary>The query token's sound key, or null (listed names, or a table without listed names written by sound).</summary>
    internal string? Sound(int i) => Sounds is null ? null : Sounds[i];

    internal float Weight(int i) => Weights.IsEmpty ? Table.Weight(Ids[i]) : Weights[i];
}
