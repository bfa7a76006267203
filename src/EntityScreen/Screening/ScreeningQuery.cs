namespace EntityScreen;

/// <summary>One name to screen, with optional filters and overrides.</summary>
public sealed record ScreeningQuery
{
    /// <summary>Creates a query for a name.</summary>
    /// <param name="name">The name to screen.</param>
    public ScreeningQuery(string name) => Name = name;

    /// <summary>The name to screen, in any script.</summary>
    public string Name { get; init; }

    /// <summary>Only parties of this type (unknown-type parties are always kept). Null for any.</summary>
    public PartyType? Type { get; init; }

    /// <summary>Only parties connected to this ISO-2 country (parties with no country are kept). Null for any.</summary>
    public string? Country { get; init; }

    /// <summary>Only these list codes. Null or empty for all lists.</summary>
    public IReadOnlyCollection<string>? ListCodes { get; init; }

    /// <summary>Overrides the screener's threshold for this query.</summary>
    public double? Threshold { get; init; }

    /// <summary>Overrides the screener's maximum results for this query.</summary>
    public int? MaxResults { get; init; }

    /// <summary>
    /// Dates of birth the counterparty is known by (an ID card's): one that agrees with a listed person's lifts the name
    /// match, one disjoint from every listed date takes it out of the strong band. Empty for none.
    /// </summary>
    public IReadOnlyList<BirthDate> DatesOfBirth { get; init; } = [];

    /// <summary>
    /// ISO-2 nationalities of the counterparty: evidence, unlike <see cref="Country"/>, which filters. A nationality no
    /// listed one shares lowers a score a little. Empty for none.
    /// </summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];

    /// <summary>The counterparty's gender, where known: one that differs from the listed one lowers a score a little.</summary>
    public Gender Gender { get; init; }

    /// <summary>
    /// Identifiers of the counterparty (IMO, passport, registration numbers, digital currency addresses, or bare
    /// numbers): one equal to a listed identifier is a match on its own, whatever the name. A query may give
    /// identifiers and no name. Empty for none.
    /// </summary>
    public IReadOnlyList<QueryIdentifier> Identifiers { get; init; } = [];

    /// <summary>True when the query gives any fact beyond its name.</summary>
    public bool HasFacts => DatesOfBirth.Count > 0 || Nationalities.Count > 0 || Gender != Gender.Unknown || Identifiers.Count > 0;
}
