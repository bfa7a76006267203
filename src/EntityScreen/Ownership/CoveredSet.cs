namespace EntityScreen;

/// <summary>Why an entity is a red flag: worth a reviewer's look, never a match.</summary>
public enum RedFlagReason
{
    /// <summary>Covered owners hold under 50% in aggregate, but at least the minority share (default 25%).</summary>
    SignificantMinority = 0,

    /// <summary>
    /// Coverage cannot be decided: a share given as a range that spans 50%, a missing share from a covered owner, or an
    /// owner whose own coverage is undetermined. Never a silent cover or clear.
    /// </summary>
    Undetermined = 1,

    /// <summary>
    /// Owned 50% or more (in aggregate) by entities that are themselves red flags (a significant minority, or owned so
    /// in turn) together with its covered co-owners: an uncovered intermediary passes no ownership on, so the entity is
    /// not covered (what covered owners hold directly is under 50%).
    /// </summary>
    OwnedThroughUncoveredIntermediary = 2,

    /// <summary>
    /// An owner's name fits several listed parties or entities of the files (<see cref="OwnershipNodeKind.Ambiguous"/>)
    /// and only some of them feed the rule: if it is one of those, the entity would be covered, undetermined or a
    /// significant minority. Resolve the owner (give its <c>owner_id</c>) to decide; never a silent clear.
    /// </summary>
    AmbiguousOwner = 3,

    /// <summary>
    /// Control without ownership: a listed owner of the rule, or an entity it covers, controls the entity (a director,
    /// an officer, board seats, other control: the file's <c>relation</c>), and no ownership covers or flags it. Control
    /// is not ownership and never covers (OFAC's guidance; BIS's red flag of "other significant ties", supplement no. 3
    /// to part 732), but it is worth a reviewer's look. A red flag of another reason names such control in its description.
    /// </summary>
    Control = 4,

    /// <summary>
    /// Under the BIS Affiliates Rule only: owned 50% or more by covered owners but located in the United States
    /// (<c>owned_country</c> US), so not covered (the rule reaches foreign affiliates); what it holds still counts as
    /// its owners' indirect ownership.
    /// </summary>
    UsLocated = 5,
}

/// <summary>The licence terms an affiliate inherits under the BIS Affiliates Rule: the most restrictive of its listed owners'.</summary>
/// <param name="Requirement">The licence requirement text (<see cref="ListedParty.LicenseRequirement"/>), or null when no owner publishes one.</param>
/// <param name="RequirementFrom">The listed owner whose requirement it is.</param>
/// <param name="Policy">The licence review policy text (<see cref="ListedParty.LicensePolicy"/>), or null.</param>
/// <param name="PolicyFrom">The listed owner whose policy it is.</param>
/// <remarks>
/// "Most restrictive" is approximated from the text: a policy of denial or presumption of denial beats case-by-case
/// review, which beats any other text, which beats none; a requirement for all items subject to the EAR beats any
/// other text. Ties go to the text first in ordinal order, then the owner's id, so the result is deterministic.
/// </remarks>
public sealed record LicenseTerms(string? Requirement, ListedParty? RequirementFrom, string? Policy, ListedParty? PolicyFrom);

/// <summary>An entity a rule covers: the shares its covered owners hold sum to 50% or more.</summary>
public sealed class CoveredEntity
{
    private readonly CoveredSet _set;
    private readonly int _node;
    private IReadOnlyList<OwnershipHop>? _holdings;
    private IReadOnlyList<OwnershipPath>? _paths;

    internal CoveredEntity(CoveredSet set, int node, OwnershipShare share, IReadOnlyList<string> ownerLists, LicenseTerms? license)
    {
        _set = set;
        _node = node;
        Entity = set.Graph.Node(node);
        Share = share;
        OwnerLists = ownerLists;
        License = license;
    }

    /// <summary>The covered entity.</summary>
    public OwnershipNode Entity { get; }

    /// <summary>The entity's node in <see cref="CoveredSet.Graph"/>.</summary>
    internal int Node => _node;

    /// <summary>The rule that covers it.</summary>
    public OwnershipRule Rule => _set.Rule;

    /// <summary>
    /// The share its covered owners (listed owners of the rule and covered entities) hold in aggregate: the share that
    /// decided it, 50% or more (a range when ranges were given; its low bound is at least 50%).
    /// </summary>
    public OwnershipShare Share { get; }

    /// <summary>
    /// The lists of the listed owners its coverage comes from, directly or through covered entities (e.g. <c>SDN</c>;
    /// <c>SSI</c> alone means the SSI directives apply, not blocking).
    /// </summary>
    public IReadOnlyList<string> OwnerLists { get; }

    /// <summary>For <see cref="OwnershipRule.BisAffiliates"/>: the inherited licence terms; null for OFAC's rule.</summary>
    public LicenseTerms? License { get; }

    /// <summary>Its direct holdings by covered owners, in file order.</summary>
    public IReadOnlyList<OwnershipHop> Holdings => _holdings ??= _set.Holdings(_node, CoverageSolver.CoveredOwners);

    /// <summary>
    /// Paths from listed owners of the rule down to it through covered entities, at most
    /// <see cref="OwnershipDefaults.MaxPaths"/> (their number can grow exponentially).
    /// </summary>
    public IReadOnlyList<OwnershipPath> Paths => _paths ??= _set.Paths(_node, CoverageSolver.CoveredOwners);

    /// <summary>The entity, the share and the first path.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Entity}: covered, owned {Share} by covered owners ({(Paths.Count > 0 ? Paths[0].ToString() : "no path")})";
}

/// <summary>An entity worth a reviewer's look under a rule, never a match: why, the shares and the path(s).</summary>
public sealed class OwnershipRedFlag
{
    private readonly CoveredSet _set;
    private readonly int _node;
    private readonly NodeStatus[] _owners;
    private IReadOnlyList<OwnershipHop>? _holdings;
    private IReadOnlyList<OwnershipPath>? _paths;

    private readonly bool _control;

    internal OwnershipRedFlag(CoveredSet set, int node, RedFlagReason reason, OwnershipShare share, string description, NodeStatus[] owners, bool control = false)
    {
        _set = set;
        _node = node;
        _owners = owners;
        _control = control;
        Entity = set.Graph.Node(node);
        Reason = reason;
        Share = share;
        Description = description;
    }

    /// <summary>The entity.</summary>
    public OwnershipNode Entity { get; }

    /// <summary>The entity's node in <see cref="CoveredSet.Graph"/>.</summary>
    internal int Node => _node;

    /// <summary>The rule.</summary>
    public OwnershipRule Rule => _set.Rule;

    /// <summary>Why it is a red flag.</summary>
    public RedFlagReason Reason { get; }

    /// <summary>
    /// The share that raised the flag: held by covered owners (<see cref="RedFlagReason.SignificantMinority"/>), by
    /// covered and possibly covered owners (<see cref="RedFlagReason.Undetermined"/>, a range), by the red-flagged
    /// intermediaries and the covered co-owners together (<see cref="RedFlagReason.OwnedThroughUncoveredIntermediary"/>),
    /// or, for <see cref="RedFlagReason.AmbiguousOwner"/>, by covered and possibly covered owners counting the ambiguous ones.
    /// </summary>
    public OwnershipShare Share { get; }

    /// <summary>The reason in words, with the shares.</summary>
    public string Description { get; }

    /// <summary>
    /// The direct holdings that raised the flag, in file order; for <see cref="RedFlagReason.Control"/>, the control
    /// edges (each hop's <see cref="OwnershipEdge.Relation"/> says which; its share is unknown: control is no share).
    /// </summary>
    public IReadOnlyList<OwnershipHop> Holdings => _holdings ??= _control ? _set.ControlHops(_node) : _set.Holdings(_node, _owners);

    /// <summary>
    /// Paths from listed owners of the rule down to it, at most <see cref="OwnershipDefaults.MaxPaths"/>; for
    /// <see cref="RedFlagReason.Control"/>, down to the controlling party, then its control hop (<c>-director-&gt;</c>).
    /// </summary>
    public IReadOnlyList<OwnershipPath> Paths => _paths ??= _control ? _set.ControlPaths(_node) : _set.Paths(_node, _owners);

    /// <summary>The same flag with the control of the entity named in its description.</summary>
    internal OwnershipRedFlag WithControl(string controllers) =>
        new(_set, _node, Reason, Share, $"{Description}; also controlled by {controllers} (control without ownership: a red flag, never a cover)", _owners, _control);

    /// <summary>The entity and the reason.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Entity}: red flag, {Description}";
}

/// <summary>
/// What one rule makes of an ownership graph on one day: the covered entities (each with its share, paths, owner
/// lists and, for BIS, inherited licence terms) and the red flags apart. Immutable.
/// </summary>
public sealed class CoveredSet
{
    private readonly NodeStatus[] _status;
    private readonly OwnershipShare[] _shares;

    internal CoveredSet(OwnershipGraph graph, OwnershipRule rule, DateOnly asOf, string? notInForce, NodeStatus[] status, OwnershipShare[] shares, IReadOnlyList<string> warnings)
    {
        Graph = graph;
        Rule = rule;
        AsOf = asOf;
        NotInForceReason = notInForce;
        _status = status;
        _shares = shares;
        Warnings = warnings;
    }

    /// <summary>The graph it was computed from (its files, resolutions and warnings).</summary>
    public OwnershipGraph Graph { get; }

    /// <summary>The rule.</summary>
    public OwnershipRule Rule { get; }

    /// <summary>The day the rule was applied on.</summary>
    public DateOnly AsOf { get; }

    /// <summary>True when the rule was in force on <see cref="AsOf"/> and was applied.</summary>
    public bool InForce => NotInForceReason is null;

    /// <summary>Why the rule was not applied (switched off, not yet effective, suspended), or null when it was.</summary>
    public string? NotInForceReason { get; }

    /// <summary>The ownership files (path, SHA-256, rows) the set comes from.</summary>
    public IReadOnlyList<OwnershipLoadReport> Sources => Graph.Sources;

    /// <summary>The covered entities, in the order the files first name them.</summary>
    public IReadOnlyList<CoveredEntity> Covered { get; internal set; } = [];

    /// <summary>The red flags, apart from the covered entities, in the order the files first name them.</summary>
    public IReadOnlyList<OwnershipRedFlag> RedFlags { get; internal set; } = [];

    /// <summary>The graph's warnings, and what the rule noticed (no listed owner of the rule in the data).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Direct holdings of <paramref name="node"/> by owners whose status is in <paramref name="owners"/> (or a listed owner of the rule).</summary>
    internal IReadOnlyList<OwnershipHop> Holdings(int node, NodeStatus[] owners)
    {
        var g = Graph;
        var hops = new List<OwnershipHop>();
        var owned = g.Node(node);
        for (var i = g.InStart[node]; i < g.InStart[node + 1]; i++)
        {
            var e = g.InEdges[i];
            var owner = g.EdgeOwner[e];
            if (_status[owner] == NodeStatus.Root || Array.IndexOf(owners, _status[owner]) >= 0)
            {
                hops.Add(new OwnershipHop(g.Node(owner), owned, _shares[g.EdgeShare[e]], g.Edge(e)));
            }
        }

        return hops;
    }

    /// <summary>The control edges into <paramref name="node"/> from listed owners of the rule and covered entities, as hops.</summary>
    internal IReadOnlyList<OwnershipHop> ControlHops(int node) => [.. Controls(node).Select(e => ControlHop(e, node))];

    /// <summary>For each controlling party: its paths (none for a listed owner of the rule), each followed by its control hop.</summary>
    internal IReadOnlyList<OwnershipPath> ControlPaths(int node)
    {
        var paths = new List<OwnershipPath>();
        foreach (var e in Controls(node))
        {
            var hop = ControlHop(e, node);
            var owner = Graph.ControlOwner[e];
            if (_status[owner] is NodeStatus.Root or NodeStatus.AmbiguousCovered)
            {
                paths.Add(new OwnershipPath([hop]));
            }
            else
            {
                paths.AddRange(Paths(owner, CoverageSolver.CoveredOwners).Select(p => new OwnershipPath([.. p.Hops, hop], p.IsTruncated)));
            }

            if (paths.Count >= OwnershipDefaults.MaxPaths)
            {
                break;
            }
        }

        return paths.Count > OwnershipDefaults.MaxPaths ? paths[..OwnershipDefaults.MaxPaths] : paths;
    }

    private IEnumerable<int> Controls(int node)
    {
        var g = Graph;
        for (var i = g.ControlInStart[node]; i < g.ControlInStart[node + 1]; i++)
        {
            var e = g.ControlInEdges[i];
            if (_status[g.ControlOwner[e]] is NodeStatus.Root or NodeStatus.Covered or NodeStatus.AmbiguousCovered)
            {
                yield return e;
            }
        }
    }

    private OwnershipHop ControlHop(int edge, int node) =>
        new(Graph.Node(Graph.ControlOwner[edge]), Graph.Node(node), OwnershipShare.Unknown, Graph.ControlEdge(edge));

    /// <summary>
    /// Paths from listed owners of the rule down to <paramref name="target"/> through owners whose status is in
    /// <paramref name="owners"/>: a depth-first walk up the holdings that never visits an entity twice on one path,
    /// stops at a listed owner, and ends after <see cref="OwnershipDefaults.MaxPaths"/> paths or a fixed step budget.
    /// </summary>
    internal IReadOnlyList<OwnershipPath> Paths(int target, NodeStatus[] owners)
    {
        const int StepBudget = OwnershipDefaults.PathStepBudget;
        var g = Graph;
        var paths = new List<OwnershipPath>();
        var onPath = new HashSet<int> { target };
        var chosen = new List<int>();
        var frames = new Stack<(int Node, int Next)>();
        frames.Push((target, g.InStart[target]));
        var steps = 0;
        for (; frames.Count > 0 && paths.Count < OwnershipDefaults.MaxPaths && steps < StepBudget; steps++)
        {
            var (v, next) = frames.Pop();
            if (next >= g.InStart[v + 1])
            {
                if (v != target)
                {
                    onPath.Remove(v);
                    chosen.RemoveAt(chosen.Count - 1);
                }

                continue;
            }

            frames.Push((v, next + 1));
            var e = g.InEdges[next];
            var u = g.EdgeOwner[e];
            if (onPath.Contains(u))
            {
                continue;
            }

            // A path starts at a listed owner of the rule, or at an ambiguous owner whose holding counts here.
            if (_status[u] == NodeStatus.Root || (g.NodeKinds[u] == OwnershipNodeKind.Ambiguous && Array.IndexOf(owners, _status[u]) >= 0))
            {
                var hops = new List<OwnershipHop>(chosen.Count + 1) { Hop(e) };
                for (var i = chosen.Count - 1; i >= 0; i--)
                {
                    hops.Add(Hop(chosen[i]));
                }

                paths.Add(new OwnershipPath(hops));
                continue;
            }

            if (Array.IndexOf(owners, _status[u]) >= 0)
            {
                onPath.Add(u);
                chosen.Add(e);
                frames.Push((u, g.InStart[u]));
            }
        }

        if (paths.Count == 0 && steps >= StepBudget && chosen.Count > 0)
        {
            // The walk ran out of steps before any listed owner (a chain deeper than the budget): the chain walked so
            // far, its hops nearest the entity, rather than no path at all.
            var kept = Math.Min(chosen.Count, OwnershipDefaults.MaxTruncatedPathHops);
            var hops = new List<OwnershipHop>(kept);
            for (var i = kept - 1; i >= 0; i--)
            {
                hops.Add(Hop(chosen[i]));
            }

            paths.Add(new OwnershipPath(hops, truncated: true));
        }

        return paths;

        OwnershipHop Hop(int edge) =>
            new(g.Node(g.EdgeOwner[edge]), g.Node(g.EdgeOwned[edge]), _shares[g.EdgeShare[edge]], g.Edge(edge));
    }
}
