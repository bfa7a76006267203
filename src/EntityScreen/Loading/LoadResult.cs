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

    public void Loaded()
    {
        RowsRead++;
        RowsLoaded++;
    }

    public void Reject(long line, string? column, string reason)
    {
        RowsRead++;
        _rejections.Add(new RowRejection(File.Path, line, column, reason));
    }

    /// <summary>A record the CSV parser skipped: read and rejected, with its place and reason.</summary>
    public void Malformed(MalformedCsvRecord record)
    {
        RowsRead++;
        _malformed.Add(record);
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
            Facts = Facts.ToReport(),
        };
    }
}
