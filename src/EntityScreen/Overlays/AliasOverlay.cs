namespace EntityScreen;

/// <summary>
/// An alias overlay: names a user (or the library) adds to listed parties, each with its source. Lists publish the
/// names their authority uses; a party is often known by others (a Chinese company by its Chinese name, a brand)
/// that no reading of the listed name reaches. An overlay names the party by its id or by a name it is listed under,
/// so one overlay serves several versions of a list.
/// </summary>
/// <remarks>
/// <para>
/// The file is a UTF-8 CSV (BOM accepted) with a header row, RFC 4180 quoting, LF or CRLF. A line whose first
/// character is <c>#</c> is a comment, anywhere in the file, so a quoted field may not span lines. Columns, found by
/// header name (case-insensitive, any order; other columns are ignored):
/// </para>
/// <list type="table">
/// <item><term><c>list</c></term><description>optional: the list code the party must be on (<c>EL</c>, <c>MEU</c>, <c>SDN</c> ...).</description></item>
/// <item><term><c>entity_id</c></term><description>the party's id as the loaders assign it (<c>EL:99ed…</c>, <c>SDN:4632</c>) or the list's own row id (<c>_id</c>, <c>ent_num</c>).</description></item>
/// <item><term><c>listed_name</c></term><description>a name the party is listed under, compared after the library's name normalization (case, punctuation, legal-form spelling).</description></item>
/// <item><term><c>name</c></term><description>required: the name to add, any script.</description></item>
/// <item><term><c>kind</c></term><description>optional: <c>aka</c> (default), <c>fka</c>, <c>nka</c> or <c>weak</c>.</description></item>
/// <item><term><c>source</c></term><description>required: where the name comes from (a URL or another public citation).</description></item>
/// </list>
/// <para>
/// The header must hold <c>name</c>, <c>source</c> and at least one of <c>entity_id</c> and <c>listed_name</c>; each
/// row must fill at least one of those two. A row with an id is matched by id; when the id names no party and the row
/// also has a listed name, by name. A listed name is looked up among the parties' primary names first, then among
/// their aliases; in each, first as written (case, spacing and NFKC aside), then after the library's name
/// normalization (punctuation, legal-form spellings). Rows that name no party, or several, are reported, never
/// guessed (<see cref="AliasOverlayReport.Issues"/>). Instances are immutable and safe to share.
/// </para>
/// </remarks>
public sealed class AliasOverlay
{
    /// <summary>The file name of the overlay shipped in the library (and in the repository's <c>lists/</c> folder).</summary>
    public const string DefaultFileName = "overlay_cn_names.csv";

    private const string DefaultResourceName = "EntityScreen." + DefaultFileName;

    private static readonly Lazy<AliasOverlay> s_default = new(LoadDefault);

    private AliasOverlay(AliasOverlayIdentity identity, IReadOnlyList<AliasOverlayRow> rows, IReadOnlyList<OverlayRowIssue> rejections)
    {
        Identity = identity;
        Rows = rows;
        Rejections = rejections;
    }

    /// <summary>An overlay as read back from a screener's snapshot (see <c>Screener.Load</c>).</summary>
    internal static AliasOverlay FromParts(AliasOverlayIdentity identity, IReadOnlyList<AliasOverlayRow> rows, IReadOnlyList<OverlayRowIssue> rejections) =>
        new(identity, rows, rejections);

    /// <summary>
    /// The curated overlay shipped in the library: the Chinese names of well-known China-based parties of the Entity
    /// List and the MEU list, each keyed by the English name the list publishes and sourced (<c>lists/overlay_cn_names.csv</c>).
    /// </summary>
    public static AliasOverlay Default => s_default.Value;

    /// <summary>Source, SHA-256 and row count.</summary>
    public AliasOverlayIdentity Identity { get; }

    /// <summary>The usable rows, in file order.</summary>
    public IReadOnlyList<AliasOverlayRow> Rows { get; }

    /// <summary>The rows that could not be read, in file order (<see cref="OverlayRowOutcome.Rejected"/>).</summary>
    public IReadOnlyList<OverlayRowIssue> Rejections { get; }

    /// <summary>Loads an overlay file.</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The overlay; rows that cannot be read are in <see cref="Rejections"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ListFormatException">
    /// The file is missing, unreadable or empty, has no header, or its header lacks a required column (the message
    /// names the file, line and column).
    /// </exception>
    public static AliasOverlay Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return AliasOverlayReader.Read(SourceFile.Read(path));
    }

    /// <summary>Loads an overlay from a stream (read to its end, not closed).</summary>
    /// <param name="stream">The CSV content.</param>
    /// <param name="source">The name to identify the overlay by (a path or URL).</param>
    /// <returns>The overlay.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ListFormatException">The content is empty, has no header, or lacks a required column.</exception>
    public static AliasOverlay Load(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return AliasOverlayReader.Read(SourceFile.FromBytes(source, buffer.ToArray(), DateOnly.FromDateTime(DateTime.UtcNow)));
    }

    /// <summary>
    /// Adds the names of <paramref name="overlays"/> to the parties of <paramref name="lists"/>, each overlay matched
    /// against the names and ids the lists publish (never against names an earlier overlay added).
    /// </summary>
    /// <param name="lists">The list snapshots.</param>
    /// <param name="overlays">The overlays, applied in order.</param>
    /// <returns>The snapshots with the names added, and one report per overlay.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OverlaidLists Apply(IEnumerable<ListSnapshot> lists, IEnumerable<AliasOverlay> overlays)
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(overlays);
        return OverlayApplier.Apply([.. lists], [.. overlays]);
    }

    /// <inheritdoc />
    public override string ToString() => Identity.ToString();

    internal static AliasOverlay Create(AliasOverlayIdentity identity, IReadOnlyList<AliasOverlayRow> rows, IReadOnlyList<OverlayRowIssue> rejections) =>
        new(identity, rows, rejections);

    private static AliasOverlay LoadDefault()
    {
        using var stream = typeof(AliasOverlay).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {DefaultResourceName} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return AliasOverlayReader.Read(SourceFile.FromBytes("embedded:" + DefaultFileName, buffer.ToArray(), default));
    }
}
