using System.Collections;

namespace EntityScreen;

/// <summary>
/// One ownership edge as a file states it: <see cref="Owner"/> holds <see cref="Share"/> of <see cref="Owned"/>. Names
/// and ids are as written; which party or entity each side is, is decided when an <see cref="OwnershipGraph"/> is built.
/// </summary>
/// <param name="Owner">The owner's name as written.</param>
/// <param name="OwnerId">The owner's id (<c>owner_id</c>): a listed party's id (<c>SDN:1234</c>) or an <c>owned_id</c> of the file; null when not given.</param>
/// <param name="Owned">The owned entity's name as written.</param>
/// <param name="OwnedId">The owned entity's id (<c>owned_id</c>); null when not given.</param>
/// <param name="Share">The share held, in percent (<see cref="OwnershipShare.Unknown"/> when the file gave none).</param>
/// <param name="Source">Where the file says the edge comes from (<c>source</c>); null when not given.</param>
/// <param name="AsOf">The date the edge was true on (<c>as_of</c>); null when not given or not a date.</param>
/// <param name="File">The file's path.</param>
/// <param name="Line">The 1-based line of the row.</param>
public sealed record OwnershipEdge(
    string Owner,
    string? OwnerId,
    string Owned,
    string? OwnedId,
    OwnershipShare Share,
    string? Source,
    DateOnly? AsOf,
    string File,
    long Line)
{
    /// <summary>
    /// What the row states (<c>relation</c>): ownership (the default), or control without ownership (a director, an
    /// officer, a board seat, other control), which never counts toward a share and covers nothing (a red flag only).
    /// </summary>
    public OwnershipRelation Relation { get; init; }

    /// <summary>The owned entity's country as an ISO 3166 alpha-2 code (<c>owned_country</c>); null when not given.</summary>
    public string? OwnedCountry { get; init; }
}

/// <summary>What an edge of an ownership file states: ownership, or one of the kinds of control without ownership.</summary>
public enum OwnershipRelation
{
    /// <summary>The owner holds a share of the owned entity (<c>ownership</c>, or an empty <c>relation</c>).</summary>
    Ownership = 0,

    /// <summary>Control otherwise stated (<c>control</c>): a right to direct the entity, a veto, a management agreement.</summary>
    Control = 1,

    /// <summary>The owner is a director of the entity (<c>director</c>).</summary>
    Director = 2,

    /// <summary>The owner is an officer (CEO, manager, secretary) of the entity (<c>officer</c>).</summary>
    Officer = 3,

    /// <summary>The owner holds or appoints board seats of the entity (<c>board</c>).</summary>
    Board = 4,
}

/// <summary>What loading one ownership file did: rows read, loaded and rejected (with reasons), its SHA-256, and warnings.</summary>
public sealed record OwnershipLoadReport
{
    /// <summary>The file, its SHA-256 and its rows: read = loaded + rejected, each rejection with its line, column and reason.</summary>
    public required FileLoadReport File { get; init; }

    /// <summary>Edges kept (one per loaded row).</summary>
    public int EdgesLoaded { get; init; }

    /// <summary>
    /// What the loader noticed without rejecting a row: shares that all look like fractions, dates it could not read.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Load time.</summary>
    public TimeSpan Elapsed { get; init; }
}

/// <summary>
/// The edges of one ownership file and its load report. Immutable; the edges are held compactly (each distinct name
/// once), and <see cref="Edges"/> shows them as <see cref="OwnershipEdge"/> records.
/// </summary>
public sealed class OwnershipFile
{
    internal OwnershipFile(OwnershipLoadReport report, string[] strings, OwnershipShare[] shares, EdgeRow[] rows)
    {
        Report = report;
        Strings = strings;
        Shares = shares;
        Rows = rows;
        Edges = new EdgeList(this);
    }

    /// <summary>What the load read, kept, rejected and noticed.</summary>
    public OwnershipLoadReport Report { get; }

    /// <summary>The edges, in file order.</summary>
    public IReadOnlyList<OwnershipEdge> Edges { get; }

    /// <summary>Every distinct string of the edges (names, ids, sources), each once; index 0 is the empty string.</summary>
    internal string[] Strings { get; }

    /// <summary>Every distinct share of the edges, each once.</summary>
    internal OwnershipShare[] Shares { get; }

    /// <summary>The edges as indexes into <see cref="Strings"/> and <see cref="Shares"/>.</summary>
    internal EdgeRow[] Rows { get; }

    /// <summary>
    /// Names the file gives an entity besides its rows' <c>owned</c> values, by <c>owned_id</c> (a loader of a format
    /// that lists an entity's names apart from its holdings fills it; the CSV loader leaves it empty). A graph adds
    /// them to the entity's aliases, each resolving as an owned name; names of ids no row owns are not used.
    /// </summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<string>> EntityNames { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// Loads one ownership file with the loader its extension calls for: FollowTheMoney JSON lines
    /// (<see cref="LoadFollowTheMoney"/>) for <c>.json</c>, <c>.jsonl</c> and <c>.ndjson</c>, the ownership CSV
    /// (<see cref="LoadCsv"/>) for any other extension (<c>.csv</c>). The extension is compared without regard to case.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The edges and the load report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ListFormatException">The file is missing, unreadable or empty, or (a CSV) lacks its header or a required column.</exception>
    public static OwnershipFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return IsFollowTheMoney(path) ? FollowTheMoneyLoader.Load(path) : OwnershipCsvLoader.Load(path);
    }

    /// <summary>Whether <see cref="Load"/> reads <paramref name="path"/> as FollowTheMoney JSON lines (by its extension).</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>True for <c>.json</c>, <c>.jsonl</c> and <c>.ndjson</c>.</returns>
    public static bool IsFollowTheMoney(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".json" or ".jsonl" or ".ndjson";

    /// <summary>
    /// Loads an ownership CSV (header <c>owner,owned,share</c>, optional <c>owner_id</c>, <c>owned_id</c>,
    /// <c>source</c>, <c>as_of</c>, <c>relation</c>, <c>owned_country</c>; see docs/ownership.md), streaming: the file is read once and never held whole.
    /// A bad row is a rejection in the report, never an exception; the first 1,000 rejections of each kind are kept in
    /// full, the rest counted (<see cref="FileLoadReport.RejectionsOmitted"/>).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The edges and the load report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ListFormatException">
    /// The file is missing, unreadable or empty, has no header (or a header that cannot be read as CSV), or lacks a
    /// required column.
    /// </exception>
    public static OwnershipFile LoadCsv(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return OwnershipCsvLoader.Load(path);
    }

    /// <summary>
    /// Loads FollowTheMoney entities as JSON lines (OpenSanctions' <c>entities.ftm.json</c>, or its nested form), one
    /// entity a line, streaming (see docs/ownership.md). Each <c>Ownership</c> entity is an edge: its <c>owner</c> owns
    /// its <c>percentage</c> of its <c>asset</c>, each side named by its entity's caption (or first <c>name</c>) and
    /// identified by its FtM id. Entities may come in any order. An ownership whose <c>endDate</c> is before today
    /// (UTC) has ended and is rejected: a holding that has ended does not count. Lines of other schemas are read and
    /// counted as loaded, never edges. A bad line (not JSON, not an entity, an ownership that cannot be an edge) is a
    /// rejection in the report with its line, never an exception.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The edges and the load report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ListFormatException">The file is missing, unreadable or empty.</exception>
    public static OwnershipFile LoadFollowTheMoney(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return FollowTheMoneyLoader.Load(path);
    }

    internal OwnershipEdge Edge(int index)
    {
        var row = Rows[index];
        return new OwnershipEdge(
            Strings[row.Owner],
            NullIfEmpty(row.OwnerId),
            Strings[row.Owned],
            NullIfEmpty(row.OwnedId),
            Shares[row.Share],
            NullIfEmpty(row.Source),
            row.AsOf,
            Report.File.File,
            row.Line)
        {
            Relation = row.Relation,
            OwnedCountry = NullIfEmpty(row.OwnedCountry),
        };

        string? NullIfEmpty(int i) => i == 0 ? null : Strings[i];
    }

    private sealed class EdgeList(OwnershipFile file) : IReadOnlyList<OwnershipEdge>
    {
        public int Count => file.Rows.Length;

        public OwnershipEdge this[int index] => file.Edge(index);

        public IEnumerator<OwnershipEdge> GetEnumerator()
        {
            for (var i = 0; i < file.Rows.Length; i++)
            {
                yield return file.Edge(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>One edge, compact: indexes into its file's string and share tables (0 = not given).</summary>
internal readonly record struct EdgeRow(int Owner, int OwnerId, int Owned, int OwnedId, int Share, int Source, DateOnly? AsOf, long Line, OwnershipRelation Relation = OwnershipRelation.Ownership, int OwnedCountry = 0);

/// <summary>The <c>relation</c> values of an ownership file and the ISO-2 form of an <c>owned_country</c>.</summary>
internal static class OwnershipRelations
{
    /// <summary>The relation of a <c>relation</c> value (case-insensitive; empty: ownership); false when it is none.</summary>
    public static bool TryParse(string text, out OwnershipRelation relation)
    {
        relation = text.Trim().ToUpperInvariant() switch
        {
            "" or "OWNERSHIP" => OwnershipRelation.Ownership,
            "CONTROL" => OwnershipRelation.Control,
            "DIRECTOR" => OwnershipRelation.Director,
            "OFFICER" => OwnershipRelation.Officer,
            "BOARD" => OwnershipRelation.Board,
            _ => (OwnershipRelation)(-1),
        };
        return Enum.IsDefined(relation);
    }

    /// <summary>The relation as the file writes it: <c>ownership</c>, <c>control</c>, <c>director</c>, <c>officer</c>, <c>board</c>.</summary>
    public static string Name(OwnershipRelation relation) => relation.ToString().ToLowerInvariant();
}

/// <summary>Gives each distinct string (or share) one index, so a name repeated on a million rows is held once.</summary>
internal sealed class InternTable<T>
    where T : notnull
{
    private readonly Dictionary<T, int> _index;
    private readonly List<T> _values = [];

    public InternTable(IEqualityComparer<T>? comparer = null, T? first = default)
    {
        _index = new Dictionary<T, int>(comparer);
        if (first is not null)
        {
            Add(first);
        }
    }

    public int Add(T value)
    {
        if (!_index.TryGetValue(value, out var i))
        {
            i = _values.Count;
            _index.Add(value, i);
            _values.Add(value);
        }

        return i;
    }

    public T[] ToArray() => [.. _values];
}
