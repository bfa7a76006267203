namespace EntityScreen;

/// <summary>How one query token lined up with one name token.</summary>
public enum AlignmentKind
{
    /// <summary>Identical after normalization.</summary>
    Exact = 0,

    /// <summary>Equal after expanding an abbreviation or folding a variant (Tech / Technology).</summary>
    Equivalent = 1,

    /// <summary>Close within the edit budget for the token's length (a typo).</summary>
    Fuzzy = 2,

    /// <summary>Two tokens on one side written together on the other (Hua Wei / Huawei).</summary>
    Joined = 3,

    /// <summary>A query token with no counterpart: costs its weight.</summary>
    QueryOnly = 4,

    /// <summary>A listed-name token with no counterpart: costs its weight.</summary>
    NameOnly = 5,

    /// <summary>A single letter on one side, the initial of a word on the other (J. / John).</summary>
    Initial = 6,

    /// <summary>One word on one side, the initials of every word of the other side's name (BUAA / Beijing University of Aeronautics and Astronautics).</summary>
    Acronym = 7,
}

/// <summary>One step of the token alignment behind a score.</summary>
/// <param name="QueryToken">The query's token(s), or null for a name-only token.</param>
/// <param name="NameToken">The listed name's token(s), or null for a query-only token.</param>
/// <param name="Kind">How they aligned.</param>
/// <param name="Similarity">Token similarity in [0, 1].</param>
/// <param name="QueryWeight">The query token's weight (rarity in the loaded lists).</param>
/// <param name="NameWeight">The name token's weight.</param>
public sealed record TokenAlignment(string? QueryToken, string? NameToken, AlignmentKind Kind, double Similarity, double QueryWeight, double NameWeight);

/// <summary>Why a name scored what it did.</summary>
public sealed record MatchExplanation
{
    /// <summary>The final score in [0, 1].</summary>
    public required double Score { get; init; }

    /// <summary>
    /// Which comparison decided: <c>latin</c>, <c>han</c> (Chinese in its own script), <c>transliterated</c>,
    /// <c>exact</c>, or <c>reading</c> (a name in another script read as Latin words: see <see cref="QueryReading"/> and
    /// <see cref="NameReading"/>).
    /// </summary>
    public required string Method { get; init; }

    /// <summary>The query's normalized core tokens.</summary>
    public required string NormalizedQuery { get; init; }

    /// <summary>The listed name's normalized core tokens.</summary>
    public required string NormalizedName { get; init; }

    /// <summary>Token alignment, with weights.</summary>
    public required IReadOnlyList<TokenAlignment> Tokens { get; init; }

    /// <summary>The token score before the legal-form adjustment.</summary>
    public double TokenScore { get; init; }

    /// <summary>Legal forms found in the query (canonical), e.g. <c>LTD</c>.</summary>
    public IReadOnlyList<string> QueryLegalForms { get; init; } = [];

    /// <summary>Legal forms found in the listed name (canonical).</summary>
    public IReadOnlyList<string> NameLegalForms { get; init; } = [];

    /// <summary>
    /// The multiplier applied when both names keep an unmatched word (read as one word substituted for another): 1
    /// when either side has every word matched.
    /// </summary>
    public double SubstitutionFactor { get; init; } = 1.0;

    /// <summary>
    /// True when both names were scored as persons' names (the listed party is a person and the query was not typed
    /// otherwise): a name part only one side has (a middle name, a patronymic) then costs a third of its weight.
    /// </summary>
    public bool PersonNameRules { get; init; }

    /// <summary>The multiplier the legal forms applied (1 when they agree or either side has none).</summary>
    public double LegalFormFactor { get; init; } = 1.0;

    /// <summary>
    /// The reading of the query that was scored, when the query is written in another script than the listed name
    /// (中国电子科技集团公司第五十四研究所 read as <c>china electronics technology group corporation 54th research
    /// institute</c>); null when the query was scored as written.
    /// </summary>
    public string? QueryReading { get; init; }

    /// <summary>The reading of the listed name that was scored (a name the list publishes only in another script); null when none.</summary>
    public string? NameReading { get; init; }

    /// <summary>A one-line human summary.</summary>
    public string Summary { get; init; } = string.Empty;

    /// <summary>
    /// The name's score before the query's facts moved it (equal to <see cref="Score"/> when the query gave none);
    /// 0 when an identifier alone found the party.
    /// </summary>
    public double NameScore { get; init; }

    /// <summary>
    /// The facts the query gave beside the name, compared with the party's (identifiers, dates of birth, nationality,
    /// gender), each with its effect; empty when the query gave none or the party publishes none of them.
    /// </summary>
    public IReadOnlyList<MatchEvidence> Evidence { get; init; } = [];
}
