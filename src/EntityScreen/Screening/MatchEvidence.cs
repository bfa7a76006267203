namespace EntityScreen;

/// <summary>What one fact beyond the name did to a match.</summary>
public enum EvidenceEffect
{
    /// <summary>An identifier of the query equals a listed one: a match on its own, whatever the name.</summary>
    IdentifierMatch = 0,

    /// <summary>The fact agrees with the listed one (a date of birth lifts the score; a nationality or gender is shown only).</summary>
    Supports = 1,

    /// <summary>The fact disagrees with every listed one: the score is lowered (a date of birth or IMO number takes it out of the strong band).</summary>
    Contradicts = 2,

    /// <summary>Both sides give the fact but it cannot decide (another passport number: people hold several).</summary>
    NotComparable = 3,
}

/// <summary>One fact the query gave, compared with the listed party's.</summary>
/// <param name="Kind">What was compared: <c>date-of-birth</c>, <c>nationality</c>, <c>gender</c>, or <c>identifier:KIND</c> (<c>identifier:imo</c>).</param>
/// <param name="QueryValue">The query's value.</param>
/// <param name="ListedValue">The listed value it was compared with (the closest, or all of them joined with <c>; </c>).</param>
/// <param name="Effect">What it did.</param>
/// <param name="Change">How much it moved the score (positive lifts, negative lowers; the floors and caps applied after are not included).</param>
/// <param name="Detail">A short sentence a reviewer can act on.</param>
public sealed record MatchEvidence(string Kind, string QueryValue, string? ListedValue, EvidenceEffect Effect, double Change, string Detail);
