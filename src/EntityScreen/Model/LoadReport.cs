namespace EntityScreen;

/// <summary>A row the loader could not use, and why.</summary>
/// <param name="File">The file's path.</param>
/// <param name="Line">1-based physical line number where the record starts.</param>
/// <param name="Column">The offending column name (or 1-based index) where one is to blame, else null.</param>
/// <param name="Reason">What is wrong.</param>
public sealed record RowRejection(string File, long Line, string? Column, string Reason)
{
    /// <inheritdoc />
    public override string ToString() =>
        Column is null ? $"{File}:{Line}: {Reason}" : $"{File}:{Line}, column {Column}: {Reason}";
}

/// <summary>What loading one file did. Always: <see cref="RowsRead"/> = <see cref="RowsLoaded"/> + <see cref="RowsRejected"/>.</summary>
public sealed record FileLoadReport
{
    /// <summary>The file's path.</summary>
    public required string File { get; init; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Data records read (header excluded).</summary>
    public long RowsRead { get; init; }

    /// <summary>Records used.</summary>
    public long RowsLoaded { get; init; }

    /// <summary>
    /// Records rejected: each has an entry in <see cref="Rejections"/>, or, past a loader's cap on the rejections it
    /// keeps, is counted in <see cref="RejectionsOmitted"/>.
    /// </summary>
    public long RowsRejected => Rejections.Count + RejectionsOmitted.Values.Sum();

    /// <summary>Why each rejected record was rejected (for a loader that caps them, the first ones of each kind).</summary>
    public IReadOnlyList<RowRejection> Rejections { get; init; } = [];

    /// <summary>
    /// Rejections counted but not listed in <see cref="Rejections"/>, per kind of rejection (its reason, or a group
    /// such as <c>share</c>), for loaders that keep only the first ones of each kind (the ownership loader keeps
    /// 1,000); empty when every rejection is listed.
    /// </summary>
    public IReadOnlyDictionary<string, long> RejectionsOmitted { get; init; } = NoneOmitted;

    internal static IReadOnlyDictionary<string, long> NoneOmitted { get; } = new Dictionary<string, long>();

    /// <summary>The dates of birth, identifiers and other facts the file's rows carry: typed, or listed as unparsed.</summary>
    public FactsReport Facts { get; init; } = FactsReport.Empty;
}

/// <summary>The report of one list load: per file, and the parties that came out.</summary>
public sealed record LoadReport
{
    /// <summary>What was loaded.</summary>
    public required ListIdentity Identity { get; init; }

    /// <summary>One report per file read (a folder of OFAC files gives several).</summary>
    public required IReadOnlyList<FileLoadReport> Files { get; init; }

    /// <summary>Parties after merging rows that describe the same party.</summary>
    public int PartiesLoaded { get; init; }

    /// <summary>Parties per list code.</summary>
    public IReadOnlyDictionary<string, int> PartiesByList { get; init; } = new Dictionary<string, int>();

    /// <summary>Names (primary and aliases) across all parties.</summary>
    public int NamesLoaded { get; init; }

    /// <summary>Records read across all files.</summary>
    public long RowsRead => Files.Sum(f => f.RowsRead);

    /// <summary>Records used across all files.</summary>
    public long RowsLoaded => Files.Sum(f => f.RowsLoaded);

    /// <summary>Records rejected across all files.</summary>
    public long RowsRejected => Files.Sum(f => f.RowsRejected);

    /// <summary>Load time.</summary>
    public TimeSpan Elapsed { get; init; }
}
