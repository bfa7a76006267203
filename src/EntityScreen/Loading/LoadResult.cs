namespace EntityScreen;

/// <summary>What a format loader produced from one source: parties, per-file reports and the data's as-of date.</summary>
internal sealed record LoadResult(
    IReadOnlyList<ListedParty> Parties,
    IReadOnlyList<FileLoadReport> Files,
    string Sha256,
    DateOnly? AsOf);

/// <summary>Counts and rejections of one file while it is read.</summary>
internal sealed class FileTally(SourceFile file)
{
    private readonly List<RowRejection> _rejections = [];

    /// <summary>Records the CSV parser skipped for malformed quoting; made rejections by <see cref="ToReport"/>.</summary>
    private readonly List<MalformedCsvRecord> _malformed = [];

    /// <summary>Rejections per kind: how many were seen, to keep the first <see cref="KeepPerKind"/> and count the rest.</summary>
    private readonly Dictionary<string, long> _perKind = new(StringComparer.Ordinal);

    /// <summary>Rejections counted but not kept, per kind, in the order the kinds first went over the cap.</summary>
    private readonly Dictionary<string, long> _omitted = new(StringComparer.Ordinal);

    public SourceFile File { get; } = file;

    /// <summary>The file's dates of birth, identifiers and other facts.</summary>
    public FactTally Facts { get; } = new(file.Path);

    public long RowsRead { get; private set; }

    public long RowsLoaded { get; private set; }

    /// <summary>
    /// The names of the file's columns (its header, or the documented layout of a header-less file), used to name the
    /// column of a malformed record; null names columns by 1-based number.
    /// </summary>
    public IReadOnlyList<string>? ColumnNames { get; set; }

    /// <summary>
    /// Rejections kept in full per kind (the first ones of each); the rest are only counted, per kind, in
    /// <see cref="FileLoadReport.RejectionsOmitted"/>, so a file of millions of bad rows does not hold millions of
    /// rejections. Null (the default): every rejection is kept.
    /// </summary>
    public int? KeepPerKind { get; init; }

    public void Loaded()
    {
        RowsRead++;
        RowsLoaded++;
    }

    /// <summary>A rejected row; <paramref name="kind"/> groups rejections for <see cref="KeepPerKind"/> (default: the reason).</summary>
    public void Reject(long line, string? column, string reason, string? kind = null)
    {
        RowsRead++;
        if (Keep(kind ?? reason))
        {
            _rejections.Add(new RowRejection(File.Path, line, column, reason));
        }
    }

    /// <summary>A record the CSV parser skipped: read and rejected, with its place and reason.</summary>
    public void Malformed(MalformedCsvRecord record)
    {
        RowsRead++;
        if (Keep("malformed CSV quoting: " + record.Reason.ToString()))
        {
            _malformed.Add(record);
        }
    }

    /// <summary>Counts a rejection of <paramref name="kind"/>; false when it is over the cap and only counted.</summary>
    private bool Keep(string kind)
    {
        if (KeepPerKind is not { } cap)
        {
            return true;
        }

        var seen = _perKind[kind] = _perKind.GetValueOrDefault(kind) + 1;
        if (seen <= cap)
        {
            return true;
        }

        _omitted[kind] = _omitted.GetValueOrDefault(kind) + 1;
        return false;
    }

    /// <summary>The first malformed record starting at or before <paramref name="line"/>, if any (a broken header).</summary>
    public MalformedCsvRecord? MalformedAtOrBefore(long line)
    {
        foreach (var record in _malformed)
        {
            if (record.Line <= line)
            {
                return record;
            }
        }

        return null;
    }

    public FileLoadReport ToReport()
    {
        IEnumerable<RowRejection> rejections = _rejections;
        if (_malformed.Count > 0)
        {
            // The parser reports malformed records as it scans ahead: merge them in line order.
            rejections = _rejections
                .Concat(_malformed.Select(m => new RowRejection(File.Path, m.Line, m.Column(ColumnNames), m.Describe())))
                .OrderBy(r => r.Line);
        }

        return new()
        {
            File = File.Path,
            Sha256 = File.Sha256,
            RowsRead = RowsRead,
            RowsLoaded = RowsLoaded,
            Rejections = rejections.ToArray(),
            RejectionsOmitted = _omitted.Count == 0 ? FileLoadReport.NoneOmitted : new Dictionary<string, long>(_omitted, StringComparer.Ordinal),
            Facts = Facts.ToReport(),
        };
    }
}
