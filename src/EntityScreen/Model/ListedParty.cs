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

    /// <summary>
    /// The dates of birth read as ranges of days (<see cref="BirthDate"/>), in the order of <see cref="DatesOfBirth"/>;
    /// a published date that could not be read is missing here and reported in the load report.
    /// </summary>
    public IReadOnlyList<BirthDate> BirthDates { get; init; } = [];

    /// <summary>ISO-2 codes of the nationalities and citizenships the list publishes (not the address countries).</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];

    /// <summary>The gender the list publishes, or <see cref="EntityScreen.Gender.Unknown"/>.</summary>
    public Gender Gender { get; init; }

    /// <summary>Typed identifiers: passports, registration and tax numbers, IMO numbers, digital currency addresses.</summary>
    public IReadOnlyList<PartyIdentifier> Identifiers { get; init; } = [];

    /// <summary>Other published facts, labelled as published: places of birth, websites, aircraft models, sanctions notes.</summary>
    public IReadOnlyList<PartyFact> Facts { get; init; } = [];

    /// <summary>
    /// Remarks items and <c>ids</c> entries that hold a number or a date but no label EntityScreen knows, kept as
    /// published (each is also counted in the load report); never matched.
    /// </summary>
    public IReadOnlyList<string> UnparsedFacts { get; init; } = [];

    /// <summary>The list's URL for this entry or its announcement.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Every source row id merged into this party (one row per address on the CSL, for instance).</summary>
    public IReadOnlyList<string> SourceRowIds { get; init; } = [];

    /// <summary>
    /// Every column of the source row(s) by header name, including those not mapped above, so nothing is lost.
    /// When rows were merged, differing values are joined with <c>"; "</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// For a party of an <see cref="AffiliateList"/>: what the ownership rules make of it (covered, with the rule, owners,
    /// paths, shares and licence terms; or a red flag only); null for a party of a published list.
    /// </summary>
    public Affiliation? Affiliation { get; init; }
}
