namespace EntityScreen;

/// <summary>What a side of an ownership edge turned out to be.</summary>
public enum OwnershipNodeKind
{
    /// <summary>A party of the given lists (by its id, by its normalized primary name, or by screening).</summary>
    Listed = 0,

    /// <summary>An entity of the ownership file itself: an <c>owned</c> value (or <c>owned_id</c>), listed nowhere.</summary>
    FileEntity = 1,

    /// <summary>An owner that is neither listed nor owned in the file (an unlisted person or company).</summary>
    Unlisted = 2,

    /// <summary>
    /// An owner whose name fits several listed parties or entities of the files equally well (<see cref="OwnershipNode.Candidates"/>):
    /// never guessed. A rule counts its holdings as a covered owner's when every candidate is a listed owner of the
    /// rule or covered; when only some are, what it holds is a red flag (<see cref="RedFlagReason.AmbiguousOwner"/>).
    /// </summary>
    Ambiguous = 3,
}

/// <summary>An owner or owned entity of an ownership graph.</summary>
/// <param name="Kind">Listed party, entity of the file, unlisted owner, or ambiguous owner.</param>
/// <param name="Name">The listed party's primary name, or the name as the file writes it (the first one, for an entity the file names several ways).</param>
/// <param name="Id">The listed party's id, or the file's <c>owned_id</c>; null when none.</param>
/// <param name="Party">The listed party, for <see cref="OwnershipNodeKind.Listed"/>.</param>
public sealed record OwnershipNode(OwnershipNodeKind Kind, string Name, string? Id, ListedParty? Party)
{
    /// <summary>
    /// The other names the files give it, in file order, without <see cref="Name"/> and without names that differ from
    /// one already given only in case and spaces: the <c>owned</c> values of the rows with its <c>owned_id</c> (and,
    /// for an owned name resolved to a listed party, the name as the file writes it). Each resolves as an owner name.
    /// Empty when the files name it one way.
    /// </summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Its country as an ISO 3166 alpha-2 code, as the files give it (<c>owned_country</c>, the first given); null when not given.</summary>
    public string? Country { get; init; }

    /// <summary>For <see cref="OwnershipNodeKind.Ambiguous"/>: the listed parties or entities of the files its name fits; empty otherwise.</summary>
    public IReadOnlyList<OwnershipNode> Candidates { get; init; } = [];

    /// <summary>
    /// The name, with the party's id and list for a listed party (<c>Example Holding (SDN:1, SDN)</c>), the candidates
    /// for an ambiguous owner (<c>Example (ambiguous: one of A (SDN:1, SDN); B (EL:2, EL))</c>).
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Party is not null ? $"{Name} ({Party.Id}, {Party.List.Code})"
        : Kind == OwnershipNodeKind.Ambiguous ? $"{Name} (ambiguous: one of {string.Join("; ", Candidates)})"
        : Id is not null ? $"{Name} ({Id})"
        : Name;
}

/// <summary>One holding: <see cref="Owner"/> holds <see cref="Share"/> of <see cref="Owned"/>, as <see cref="Edge"/> states.</summary>
/// <param name="Owner">The owner.</param>
/// <param name="Owned">The owned entity.</param>
/// <param name="Share">The share, as it counts under the options (a range may count as one of its bounds).</param>
/// <param name="Edge">The file's row.</param>
public sealed record OwnershipHop(OwnershipNode Owner, OwnershipNode Owned, OwnershipShare Share, OwnershipEdge Edge)
{
    /// <summary>The hop as text: <c>Owner -50%-&gt; Owned</c>, or for control <c>Owner -director-&gt; Owned</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Owner} -{Label}-> {Owned}";

    /// <summary>The share, or for a control edge its relation (<c>director</c>).</summary>
    internal string Label => Edge.Relation == OwnershipRelation.Ownership ? Share.ToString() : OwnershipRelations.Name(Edge.Relation);
}

/// <summary>A chain of holdings from a listed owner (or an ambiguous owner) down to an entity, first hop first.</summary>
public sealed class OwnershipPath
{
    internal OwnershipPath(IReadOnlyList<OwnershipHop> hops, bool truncated = false)
    {
        Hops = hops;
        IsTruncated = truncated;
    }

    /// <summary>
    /// The hops: the first one's owner is a listed party of the rule (or an ambiguous owner whose candidates feed it),
    /// the last one's owned entity the entity. For a truncated path, the hops nearest the entity only.
    /// </summary>
    public IReadOnlyList<OwnershipHop> Hops { get; }

    /// <summary>
    /// True when the chain was too long to follow to its listed owner (a walk of <see cref="OwnershipDefaults.PathStepBudget"/>
    /// steps found none): the hops are the chain's last ones, nearest the entity, at most
    /// <see cref="OwnershipDefaults.MaxTruncatedPathHops"/>; its first owner is not a listed party.
    /// </summary>
    public bool IsTruncated { get; }

    /// <summary>The path as text: <c>X (EL:1, EL) -100%-&gt; A -100%-&gt; B</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (Hops.Count == 0)
        {
            return string.Empty;
        }

        var text = new System.Text.StringBuilder(IsTruncated ? "... -> " : string.Empty).Append(Hops[0].Owner.ToString());
        foreach (var hop in Hops)
        {
            text.Append(" -").Append(hop.Label).Append("-> ").Append(hop.Owned.ToString());
        }

        return text.ToString();
    }
}

/// <summary>How an owner's name or id was resolved.</summary>
public enum OwnerResolutionMethod
{
    /// <summary><c>owner_id</c> is a listed party's id.</summary>
    ListedId = 0,

    /// <summary>The owner is an entity of the file (its <c>owner_id</c> is an <c>owned_id</c>, or its name an <c>owned</c> value).</summary>
    FileEntity = 1,

    /// <summary>One listed party's primary name normalizes to the owner's name, word for word.</summary>
    NormalizedName = 2,

    /// <summary>Screening found one listed party at or above <see cref="OwnershipDefaults.ResolutionThreshold"/>.</summary>
    Screening = 3,

    /// <summary>
    /// Several parties or entities fit equally well: reported, never guessed; the owner is an
    /// <see cref="OwnershipNodeKind.Ambiguous"/> node (an owned name so: an entity of the files).
    /// </summary>
    Ambiguous = 4,

    /// <summary>Nothing fits: an unlisted owner.</summary>
    NotFound = 5,
}

/// <summary>How one owner (a distinct name and id of the files) was resolved, and from which row first.</summary>
/// <param name="Owner">The owner's name as written.</param>
/// <param name="OwnerId">The owner's id as written, or null.</param>
/// <param name="Method">How it was resolved.</param>
/// <param name="Party">The listed party it resolved to, if any.</param>
/// <param name="Score">The screening score, for <see cref="OwnerResolutionMethod.Screening"/>.</param>
/// <param name="Candidates">For <see cref="OwnerResolutionMethod.Ambiguous"/>: the parties or entities that tie (as text).</param>
/// <param name="File">The file of the first row naming the owner.</param>
/// <param name="Line">The line of that row.</param>
/// <param name="Note">What else is worth knowing (an <c>owner_id</c> that matched nothing), or null.</param>
public sealed record OwnerResolution(
    string Owner,
    string? OwnerId,
    OwnerResolutionMethod Method,
    ListedParty? Party,
    double? Score,
    IReadOnlyList<string> Candidates,
    string File,
    long Line,
    string? Note)
{
    /// <summary>
    /// True when the name resolved is an <c>owned</c> value without <c>owned_id</c> (resolved against the lists by
    /// name, as an owner is, without screening), not an owner.
    /// </summary>
    public bool IsOwnedSide { get; init; }
}
