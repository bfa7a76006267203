namespace EntityScreen;

/// <summary>
/// One listed party: a company, person, vessel or aircraft on a sanctions or export-control list, with every
/// name and fact the list publishes. Instances are immutable once loaded.
/// </summary>
public sealed record ListedParty
{
    /// <summary>Stable identifier, unique within its snapshot: e.g. <c>SDN:4632</c>, <c>EL:99ed1b…</c>, <c>UEL:…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The list this party is on.</summary>
    public required ListInfo List { get; init; }

    /// <summary>Organization, person, vessel, aircraft or unknown.</summary>
    public PartyType Type { get; init; }

    /// <summary>True when <see cref="Type"/> was inferred (e.g. Entity List rows carry no type).</summary>
    public bool TypeInferred { get; init; }

    /// <summary>All names: the primary name first, then aliases, each tagged with its kind and script.</summary>
    public required IReadOnlyList<ListedName> Names { get; init; }

    /// <summary>The primary name.</summary>
    public string PrimaryName => Names.Count > 0 ? Names[0].Value : string.Empty;

    /// <summary>Addresses, each with an ISO-2 country where known.</summary>
    public IReadOnlyList<PartyAddress> Addresses { get; init; } = [];

    /// <summary>ISO-2 country codes connected to the party (addresses, citizenship, nationality, list country).</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Sanctions programs (OFAC program codes, statutes).</summary>
    public IReadOnlyList<string> Programs { get; init; } = [];

    /// <summary>Legal citation: Federal Register notice(s) or announcement number.</summary>
    public string? LegalCitation { get; init; }

    /// <summary>Date the listing took effect, where published.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Date the listing ends, where published.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>Licence requirement text (Entity List, MEU).</summary>
    public string? LicenseRequirement { get; init; }

    /// <summary>Licence review policy text (Entity List, MEU).</summary>
    public string? LicensePolicy { get; init; }

    /// <summary>Remarks as published (OFAC remarks, DPL action, China-list measures).</summary>
    public string? Remarks { get; init; }

    /// <summary>Title of a person (OFAC).</summary>
    public string? Title { get; init; }

    /// <summary>Dates of birth as published (<c>YYYY-MM-DD</c>, <c>YYYY</c>, or free text).</summary>
    public IReadOnlyList<string> DatesOfBirth { get; init; } = [];

    /// <summary>Typed identifiers.</summary>
    public IReadOnlyList<PartyIdentifier> Identifiers { get; init; } = [];

    /// <summary>The list's URL for this entry or its announcement.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Every source row id merged into this party (one row per address on the CSL, for instance).</summary>
    public IReadOnlyList<string> SourceRowIds { get; init; } = [];

    /// <summary>
    /// Every column of the source row(s) by header name, including those not mapped above, so nothing is lost.
    /// When rows were merged, differing values are joined with <c>"; "</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();
}
