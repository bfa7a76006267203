namespace EntityScreen;

/// <summary>The identity of a loaded list file: enough to say exactly which data decided a screening.</summary>
/// <param name="Source">File or folder path (or a caller-given name) the list was read from.</param>
/// <param name="Format">The format it was read as.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes (of the concatenated files, in name order, for a folder).</param>
/// <param name="AsOf">The data's as-of date where known (from the data, else the file's last write date).</param>
public sealed record ListIdentity(string Source, ListFormat Format, string Sha256, DateOnly? AsOf);

/// <summary>The list file formats EntityScreen reads.</summary>
public enum ListFormat
{
    /// <summary>Detect from the file's name and header.</summary>
    Auto = 0,

    /// <summary>trade.gov Consolidated Screening List CSV (29-column or older 28-column layout).</summary>
    Csl = 1,

    /// <summary>OFAC legacy files: a folder with sdn.csv (+ alt.csv, add.csv, sdn_comments.csv) or the cons_* twins, or sdn.csv alone.</summary>
    Ofac = 2,

    /// <summary>The EntityScreen China-list CSV (MOFCOM UEL, export-control lists, AFSL).</summary>
    ChinaList = 3,

    /// <summary>A generic CSV read through a column mapping.</summary>
    Generic = 4,

    /// <summary>
    /// Ownership data (an ownership CSV or FollowTheMoney JSON lines), or the affiliates the ownership rules derive from it
    /// (<see cref="AffiliateList"/>); not a list format the loaders read as parties.
    /// </summary>
    Ownership = 5,
}

/// <summary>
/// An immutable set of parties loaded from one list source, with its identity and load report.
/// </summary>
public sealed class ListSnapshot
{
    /// <summary>Creates a snapshot.</summary>
    /// <param name="identity">Which file and version.</param>
    /// <param name="parties">The parties loaded.</param>
    /// <param name="report">The load report.</param>
    public ListSnapshot(ListIdentity identity, IReadOnlyList<ListedParty> parties, LoadReport report)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(report);
        Identity = identity;
        Parties = parties;
        Report = report;
    }

    /// <summary>Which file and version this is.</summary>
    public ListIdentity Identity { get; }

    /// <summary>The parties, in file order.</summary>
    public IReadOnlyList<ListedParty> Parties { get; }

    /// <summary>What the load read, kept and rejected.</summary>
    public LoadReport Report { get; }

    /// <summary>
    /// For the snapshot of an <see cref="AffiliateList"/>: the ownership files, day and rules its parties come from
    /// (carried by every result as <see cref="ScreeningContext.Ownership"/>); null for a list loaded from a file.
    /// </summary>
    public OwnershipContext? Ownership { get; init; }
}
