namespace EntityScreen;

/// <summary>The identity of a loaded alias overlay: enough to say exactly which overlay added a name.</summary>
/// <param name="Source">The file's path as given, or <c>embedded:…</c> for the overlay shipped in the library.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="Rows">Data rows read (comments and the header excluded; rejected rows included).</param>
public sealed record AliasOverlayIdentity(string Source, string Sha256, int Rows)
{
    /// <inheritdoc />
    public override string ToString() => $"{Source} (sha256 {Sha256[..Math.Min(12, Sha256.Length)]}, {Rows} rows)";
}

/// <summary>One usable row of an alias overlay: which party it names, and the name it adds.</summary>
/// <param name="Line">1-based physical line of the row in the file.</param>
/// <param name="ListCode">The list code the party must be on (e.g. <c>EL</c>), or null for any list.</param>
/// <param name="EntityId">The party's id (<c>EL:…</c>, as the loaders assign it) or the list's own row id, or null.</param>
/// <param name="ListedName">A name the party is listed under, compared after the library's name normalization, or null.</param>
/// <param name="Name">The name to add, in any script.</param>
/// <param name="Kind">How the added name relates to the party (never <see cref="NameKind.Primary"/>).</param>
/// <param name="Citation">Where the name comes from: a URL or another public citation.</param>
public sealed record AliasOverlayRow(
    long Line,
    string? ListCode,
    string? EntityId,
    string? ListedName,
    string Name,
    NameKind Kind,
    string Citation);

/// <summary>What became of an overlay row when it was applied to lists.</summary>
public enum OverlayRowOutcome
{
    /// <summary>The row named exactly one party, and its name was added (or the party already had it).</summary>
    Applied = 0,

    /// <summary>The row named no loaded party.</summary>
    Unmatched = 1,

    /// <summary>The row's listed name named more than one party; nothing was added.</summary>
    Ambiguous = 2,

    /// <summary>The row could not be read (missing name or source, bad kind, wrong field count ...).</summary>
    Rejected = 3,
}

/// <summary>An overlay row that added nothing, and why.</summary>
/// <param name="File">The overlay's source.</param>
/// <param name="Line">1-based physical line of the row.</param>
/// <param name="Column">The column to blame, or null.</param>
/// <param name="Outcome">Unmatched, ambiguous or rejected.</param>
/// <param name="Reason">What happened.</param>
public sealed record OverlayRowIssue(string File, long Line, string? Column, OverlayRowOutcome Outcome, string Reason)
{
    /// <inheritdoc />
    public override string ToString() =>
        Column is null ? $"{File}:{Line}: {Reason}" : $"{File}:{Line}, column {Column}: {Reason}";
}

/// <summary>
/// What applying one overlay to a set of lists did. Always:
/// <see cref="RowsRead"/> = <see cref="RowsApplied"/> + <see cref="RowsUnmatched"/> + <see cref="RowsRejected"/>.
/// </summary>
public sealed record AliasOverlayReport
{
    /// <summary>Which overlay.</summary>
    public required AliasOverlayIdentity Identity { get; init; }

    /// <summary>Data rows read.</summary>
    public int RowsRead => Identity.Rows;

    /// <summary>Rows that named exactly one party.</summary>
    public int RowsApplied { get; init; }

    /// <summary>Rows that named no party, or (by listed name) more than one: see <see cref="Issues"/>.</summary>
    public int RowsUnmatched { get; init; }

    /// <summary>Rows that could not be read: see <see cref="Issues"/>.</summary>
    public int RowsRejected { get; init; }

    /// <summary>Names added to parties (an applied row whose name the party already had adds none).</summary>
    public int NamesAdded { get; init; }

    /// <summary>Distinct parties that received at least one name.</summary>
    public int PartiesAffected { get; init; }

    /// <summary>Every unmatched, ambiguous and rejected row, in file order.</summary>
    public IReadOnlyList<OverlayRowIssue> Issues { get; init; } = [];
}

/// <summary>Lists with the names of one or more overlays added, and what each overlay did.</summary>
/// <param name="Lists">
/// The snapshots: a snapshot none of whose parties received a name is the one given; the others are copies with the
/// same identity and report whose affected parties carry the added names after their own.
/// </param>
/// <param name="Overlays">One report per overlay, in the order given.</param>
public sealed record OverlaidLists(IReadOnlyList<ListSnapshot> Lists, IReadOnlyList<AliasOverlayReport> Overlays);
