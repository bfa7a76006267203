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

    public SourceFile File { get; } = file;

    public long RowsRead { get; private set; }

    public long RowsLoaded { get; private set; }

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

    public FileLoadReport ToReport() => new()
    {
        File = File.Path,
        Sha256 = File.Sha256,
        RowsRead = RowsRead,
        RowsLoaded = RowsLoaded,
        Rejections = _rejections.ToArray(),
    };
}
