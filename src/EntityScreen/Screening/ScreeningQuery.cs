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
}
