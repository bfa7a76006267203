using System.Globalization;

namespace EntityScreen;

/// <summary>What a rule makes of one node.</summary>
internal enum NodeStatus : byte
{
    /// <summary>Neither covered nor a red flag.</summary>
    None = 0,

    /// <summary>A listed party of a list that feeds the rule.</summary>
    Root = 1,

    /// <summary>Covered: covered parties hold 50% or more.</summary>
    Covered = 2,

    /// <summary>Possibly covered, not surely: a red flag.</summary>
    Undetermined = 3,

    /// <summary>Covered parties hold a significant minority: a red flag.</summary>
    Minority = 4,

    /// <summary>Owned 50% or more by red-flagged intermediaries (with covered co-owners): a red flag.</summary>
    Through = 5,

    /// <summary>An ambiguous owner every candidate of which is a listed owner of the rule or covered: holds as a covered owner.</summary>
    AmbiguousCovered = 6,

    /// <summary>An ambiguous owner some candidate of which is, or may be, covered: holds as a possibly covered owner.</summary>
    AmbiguousPossible = 7,

    /// <summary>
    /// Not covered, undetermined or a significant minority, but a significant minority if an ambiguous owner is one of
    /// its candidates that feed the rule: a red flag.
    /// </summary>
    AmbiguousMinority = 8,

    /// <summary>Neither covered nor otherwise flagged, but controlled (a director, an officer, board seats) by a listed owner of the rule or a covered entity: a red flag.</summary>
    Control = 9,
}

/// <summary>
/// Computes a rule's covered set by fixpoint, in decimal, and its red flags. Every step is a worklist pass in which a
/// node changes state at most a bounded number of times, so cycles end the computation instead of looping:
/// <list type="number">
/// <item>Covered: from the listed owners of the rule, each newly covered node adds the low bound of each of its holdings
/// to the entity it holds; an entity is covered once that sum reaches 50%. Each node is covered once, so each edge is
/// summed once: O(nodes + edges). An ambiguous owner holds as a covered one once its last candidate is covered.</item>
/// <item>Possibly covered: the same with high bounds (an unknown share counts as 100%) from listed, covered and possibly
/// covered owners, and ambiguous owners with a possibly covered candidate; possibly but not surely covered is
/// undetermined.</item>
/// <item>Significant minority: not covered, not undetermined, with holdings by covered owners whose high sum reaches the
/// minority share (or, only with ambiguous owners counted, a red flag for the ambiguous owner).</item>
/// <item>Through an uncovered intermediary: from the minority red flags, entities whose red-flagged owners together
/// with their covered co-owners hold 50% or more (high bounds), transitively.</item>
/// <item>Owner lists and (BIS) licence terms: each reaches the covered entities below its listed owners once, in
/// order of restrictiveness, so the first to reach an entity is its most restrictive: linear.</item>
/// </list>
/// </summary>
internal static class CoverageSolver
{
    internal static readonly NodeStatus[] CoveredOwners = [NodeStatus.Covered, NodeStatus.AmbiguousCovered];
    internal static readonly NodeStatus[] PossibleOwners = [NodeStatus.Covered, NodeStatus.Undetermined, NodeStatus.AmbiguousCovered, NodeStatus.AmbiguousPossible];
    internal static readonly NodeStatus[] FlaggedOwners = [NodeStatus.Covered, NodeStatus.AmbiguousCovered, NodeStatus.Minority, NodeStatus.AmbiguousMinority, NodeStatus.Through];
    internal static readonly NodeStatus[] AmbiguousOwners = [NodeStatus.Covered, NodeStatus.AmbiguousCovered, NodeStatus.AmbiguousPossible];
    private static readonly NodeStatus[] s_intermediaries = [NodeStatus.Minority, NodeStatus.AmbiguousMinority, NodeStatus.Through];
    private static readonly NodeStatus[] s_ambiguousOnly = [NodeStatus.AmbiguousPossible];
    private static readonly NodeStatus[] s_controllers = [NodeStatus.Root, NodeStatus.Covered, NodeStatus.AmbiguousCovered];

    public static CoveredSet Solve(OwnershipGraph graph, OwnershipRule rule, OwnershipOptions options)
    {
        var date = options.EffectiveDate();
        var schedule = options.Schedule(rule);
        var n = graph.NodeCount;
        var status = new NodeStatus[n];
        var shares = Array.ConvertAll(graph.ShareTable, s => Collapse(s, options.RangeBound));
        var warnings = new List<string>(graph.Warnings);
        if (!schedule.InForce(date, out var why))
        {
            return new CoveredSet(graph, rule, date, $"{Name(rule)}: {why}; not applied", status, shares, warnings);
        }

        // Roots: parties of the rule's lists, and parties of its program lists under one of its programs (SDN parties
        // of the programs of 15 CFR 744.8(a)(1), for BIS). Their list codes are the owner lists a cover can carry.
        var isRoot = new bool[n];
        var programRoot = new bool[n];
        for (var v = 0; v < n; v++)
        {
            if (graph.NodeParties[v] is { } listed && !OwnershipDefaults.NeverOwnerLists.Contains(listed.List.Code, StringComparer.OrdinalIgnoreCase) && schedule.Feeds(listed))
            {
                isRoot[v] = true;
                programRoot[v] = !schedule.OwnerLists.Contains(listed.List.Code, StringComparer.OrdinalIgnoreCase);
            }
        }

        var codes = schedule.OwnerLists
            .Concat(Enumerable.Range(0, n).Where(v => programRoot[v]).Select(v => graph.NodeParties[v]!.List.Code))
            .Where(c => !OwnershipDefaults.NeverOwnerLists.Contains(c, StringComparer.OrdinalIgnoreCase))
            .Select(c => c.ToUpperInvariant())
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        // Ambiguous owners: which ambiguous nodes each candidate is one of, and how many candidates are not covered yet.
        var candidateOf = new Dictionary<int, List<int>>();
        var remaining = new int[n];
        for (var a = 0; a < n; a++)
        {
            foreach (var c in graph.NodeCandidates[a])
            {
                if (!candidateOf.TryGetValue(c, out var list))
                {
                    candidateOf[c] = list = [];
                }

                list.Add(a);
                remaining[a]++;
            }
        }

        var queue = new Queue<int>();
        var feeding = false;
        for (var v = 0; v < n; v++)
        {
            if (isRoot[v])
            {
                status[v] = NodeStatus.Root;
                queue.Enqueue(v);
                feeding |= graph.OutStart[v] < graph.OutStart[v + 1] || candidateOf.ContainsKey(v);
            }
        }

        if (!feeding)
        {
            var programs = schedule.OwnerPrograms.Count > 0 ? $"; {string.Join(", ", schedule.ProgramLists)} parties of the programs {string.Join(", ", schedule.OwnerPrograms)}" : string.Empty;
            warnings.Add($"{Name(rule)}: no party of the lists that feed it ({string.Join(", ", codes)}{programs}) owns anything in the ownership data");
        }

        var roots = queue.ToArray();
        foreach (var r in roots)
        {
            CandidateCovered(r);
        }

        var threshold = OwnershipDefaults.CoverShare;

        // 1. Covered: low bounds from listed and covered owners (and ambiguous owners all of whose candidates are).
        var low = new decimal[n];
        while (queue.TryDequeue(out var u))
        {
            for (var i = graph.OutStart[u]; i < graph.OutStart[u + 1]; i++)
            {
                var e = graph.OutEdges[i];
                var v = graph.EdgeOwned[e];
                if (status[v] == NodeStatus.Root)
                {
                    continue;
                }

                low[v] += shares[graph.EdgeShare[e]].Low;
                if (status[v] == NodeStatus.None && low[v] >= threshold)
                {
                    status[v] = NodeStatus.Covered;
                    queue.Enqueue(v);
                    CandidateCovered(v);
                }
            }
        }

        // 2. Possibly covered: high bounds from listed, covered and possibly covered owners, and from ambiguous owners
        // one of whose candidates is possibly covered.
        var possible = new bool[n];
        var high = new decimal[n];
        var highExclusive = new bool[n];
        foreach (var r in roots)
        {
            possible[r] = true;
            queue.Enqueue(r);
        }

        while (queue.TryDequeue(out var u))
        {
            if (candidateOf.TryGetValue(u, out var ambiguous))
            {
                foreach (var a in ambiguous)
                {
                    if (!possible[a])
                    {
                        possible[a] = true;
                        queue.Enqueue(a);
                    }
                }
            }

            for (var i = graph.OutStart[u]; i < graph.OutStart[u + 1]; i++)
            {
                var e = graph.OutEdges[i];
                var v = graph.EdgeOwned[e];
                if (status[v] == NodeStatus.Root)
                {
                    continue;
                }

                var share = shares[graph.EdgeShare[e]];
                high[v] += share.High;
                highExclusive[v] |= share.HighExclusive;
                if (!possible[v] && (high[v] > threshold || (high[v] == threshold && !highExclusive[v])))
                {
                    possible[v] = true;
                    queue.Enqueue(v);
                }
            }
        }

        for (var v = 0; v < n; v++)
        {
            if (possible[v] && status[v] == NodeStatus.None)
            {
                status[v] = graph.NodeKinds[v] == OwnershipNodeKind.Ambiguous ? NodeStatus.AmbiguousPossible : NodeStatus.Undetermined;
            }
        }

        // 3. Significant minority: holdings by covered owners (high bounds) reaching the minority share; or reaching it
        // only when ambiguous owners that may be covered are counted.
        var flagged = new List<int>();
        for (var v = 0; v < n; v++)
        {
            if (status[v] != NodeStatus.None || graph.InStart[v] == graph.InStart[v + 1])
            {
                continue;
            }

            if (Sum(graph, shares, status, v, CoveredOwners) is { Count: > 0 } held && held.Share.PossiblyAtLeast(options.MinorityShare))
            {
                status[v] = NodeStatus.Minority;
                flagged.Add(v);
            }
            else if (Sum(graph, shares, status, v, s_ambiguousOnly, roots: false).Count > 0
                && Sum(graph, shares, status, v, AmbiguousOwners).Share.PossiblyAtLeast(options.MinorityShare))
            {
                status[v] = NodeStatus.AmbiguousMinority;
                flagged.Add(v);
            }
        }

        // 4. Through an uncovered intermediary: red-flagged owners, with the covered co-owners of the entity, holding
        // 50% or more, transitively. What covered owners hold directly is added once, when an intermediary first
        // reaches the entity: an entity with no red-flagged owner is not flagged here.
        var through = new decimal[n];
        var reached = new bool[n];
        foreach (var v in flagged)
        {
            queue.Enqueue(v);
        }

        while (queue.TryDequeue(out var u))
        {
            for (var i = graph.OutStart[u]; i < graph.OutStart[u + 1]; i++)
            {
                var e = graph.OutEdges[i];
                var v = graph.EdgeOwned[e];
                if (status[v] != NodeStatus.None)
                {
                    continue;
                }

                if (!reached[v])
                {
                    reached[v] = true;
                    through[v] += Sum(graph, shares, status, v, CoveredOwners).Share.High;
                }

                through[v] += shares[graph.EdgeShare[e]].High;
                if (through[v] >= threshold)
                {
                    status[v] = NodeStatus.Through;
                    queue.Enqueue(v);
                }
            }
        }

        // 5. Control without ownership (a director, an officer, board seats): a listed owner of the rule or a covered
        // entity controlling an entity neither covered nor flagged makes it a red flag; control never counts toward a
        // share and passes nothing on. An entity already a red flag gets the control in its description.
        var controlNotes = new Dictionary<int, string>();
        for (var v = 0; v < n; v++)
        {
            if (status[v] is NodeStatus.Root or NodeStatus.Covered or NodeStatus.AmbiguousCovered || graph.ControlInStart[v] == graph.ControlInStart[v + 1])
            {
                continue;
            }

            var controllers = new List<string>();
            for (var i = graph.ControlInStart[v]; i < graph.ControlInStart[v + 1]; i++)
            {
                var e = graph.ControlInEdges[i];
                var owner = graph.ControlOwner[e];
                if (Array.IndexOf(s_controllers, status[owner]) >= 0)
                {
                    var what = status[owner] == NodeStatus.Root ? "a listed owner of the rule" : "covered under the rule";
                    controllers.Add($"{graph.Node(owner)} ({OwnershipRelations.Name(graph.ControlEdge(e).Relation)}; {what})");
                }
            }

            if (controllers.Count == 0)
            {
                continue;
            }

            var who = string.Join("; ", controllers.Take(3)) + (controllers.Count > 3 ? Invariant($" and {controllers.Count - 3} more") : string.Empty);
            controlNotes[v] = who;
            if (status[v] == NodeStatus.None)
            {
                status[v] = NodeStatus.Control;
            }
        }

        // 6. Owner lists and licence terms, down covered holdings.
        var (bits, requirementFrom, policyFrom) = Inherit(graph, status, roots, codes, candidateOf, rule == OwnershipRule.BisAffiliates, programRoot);

        var set = new CoveredSet(graph, rule, date, null, status, shares, warnings);
        var covered = new List<CoveredEntity>();
        var redFlags = new List<OwnershipRedFlag>();
        for (var v = 0; v < n; v++)
        {
            switch (status[v])
            {
                case NodeStatus.Covered when rule == OwnershipRule.BisAffiliates && string.Equals(graph.NodeCountries[v], "US", StringComparison.OrdinalIgnoreCase):
                    // The BIS rule reaches foreign affiliates only: a US entity is not covered (it still passes its
                    // owners' ownership on: what it holds is owned indirectly by them), a red flag for a reviewer.
                    var usHeld = Sum(graph, shares, status, v, CoveredOwners);
                    redFlags.Add(new OwnershipRedFlag(
                        set,
                        v,
                        RedFlagReason.UsLocated,
                        usHeld.Share,
                        Invariant($"US-located: not covered by the BIS Affiliates Rule, which reaches foreign affiliates only; owned {Words(usHeld.Share)} by covered owners ({usHeld.Names}), so it would be covered were it foreign; what it holds still counts as its owners' indirect ownership"),
                        CoveredOwners));
                    break;
                case NodeStatus.Covered:
                    var lists = codes.Where((_, i) => (bits[v] & (1UL << i)) != 0).ToArray();
                    var license = rule == OwnershipRule.BisAffiliates ? License(graph, requirementFrom[v], policyFrom[v], programRoot) : null;
                    covered.Add(new CoveredEntity(set, v, Sum(graph, shares, status, v, CoveredOwners).Share, lists, license));
                    break;
                case NodeStatus.Control:
                    var ownedByCovered = Sum(graph, shares, status, v, CoveredOwners).Share;
                    redFlags.Add(new OwnershipRedFlag(
                        set,
                        v,
                        RedFlagReason.Control,
                        ownedByCovered,
                        Invariant($"control without ownership: controlled by {controlNotes[v]}; control is not ownership and covers nothing (covered owners hold {Words(ownedByCovered)}), but it is a red flag: significant ties such as board seats or officers"),
                        CoveredOwners,
                        control: true));
                    break;
                case NodeStatus.Undetermined:
                    redFlags.Add(Undetermined(set, graph, shares, status, v));
                    break;
                case NodeStatus.Minority:
                    var held = Sum(graph, shares, status, v, CoveredOwners).Share;
                    redFlags.Add(new OwnershipRedFlag(
                        set,
                        v,
                        RedFlagReason.SignificantMinority,
                        held,
                        Invariant($"significant minority: covered owners hold {Words(held)} in aggregate, at least the {options.MinorityShare}% red-flag share and under 50%; not covered{Intermediaries(graph, shares, status, v)}"),
                        CoveredOwners));
                    break;
                case NodeStatus.AmbiguousMinority:
                    var ambiguousOwners = Sum(graph, shares, status, v, s_ambiguousOnly, roots: false);
                    var withAmbiguous = Sum(graph, shares, status, v, AmbiguousOwners).Share;
                    redFlags.Add(new OwnershipRedFlag(
                        set,
                        v,
                        RedFlagReason.AmbiguousOwner,
                        withAmbiguous,
                        Invariant($"owner ambiguous: {AmbiguousWords(graph, status, v)} hold {Words(ambiguousOwners.Share)}; if it is a party that feeds the rule, covered owners hold {Words(withAmbiguous)}, at least the {options.MinorityShare}% red-flag share: a significant minority, not covered"),
                        AmbiguousOwners));
                    break;
                case NodeStatus.Through:
                    var owners = Sum(graph, shares, status, v, s_intermediaries, roots: false);
                    var coOwners = Sum(graph, shares, status, v, CoveredOwners);
                    var coText = coOwners.Count == 0 ? "no covered owner holds any of it directly"
                        : Invariant($"covered owners ({coOwners.Names}) hold {Words(coOwners.Share)} directly");
                    redFlags.Add(new OwnershipRedFlag(
                        set,
                        v,
                        RedFlagReason.OwnedThroughUncoveredIntermediary,
                        owners.Share + coOwners.Share,
                        Invariant($"owned through an uncovered intermediary: red-flagged owners ({owners.Names}) hold {Words(owners.Share)} of it and {coText}, {Words(owners.Share + coOwners.Share)} in aggregate; an uncovered intermediary passes no ownership on, so what counts is what covered owners hold directly ({Words(coOwners.Share)}), under 50%: not covered"),
                        FlaggedOwners));
                    break;
                default:
                    break;
            }
        }

        set.Covered = covered;
        set.RedFlags = controlNotes.Count == 0 ? redFlags
            : [.. redFlags.Select(f => f.Reason == RedFlagReason.Control || !controlNotes.TryGetValue(f.Node, out var note) ? f : f.WithControl(note))];
        return set;

        void CandidateCovered(int v)
        {
            if (!candidateOf.TryGetValue(v, out var ambiguous))
            {
                return;
            }

            foreach (var a in ambiguous)
            {
                if (--remaining[a] == 0)
                {
                    status[a] = NodeStatus.AmbiguousCovered;
                    queue.Enqueue(a);
                }
            }
        }
    }

    /// <summary>The rule's name as the documents call it.</summary>
    internal static string Name(OwnershipRule rule) => rule switch
    {
        OwnershipRule.Ofac50Percent => "OFAC 50 Percent Rule",
        OwnershipRule.BisAffiliates => "BIS Affiliates Rule",
        OwnershipRule.OfacSsiDirectives => "OFAC 50 percent test of the SSI directives",
        _ => rule.ToString(),
    };

    /// <summary>A share as it counts under <paramref name="bound"/>: a range collapsed to one of its bounds, or kept.</summary>
    internal static OwnershipShare Collapse(OwnershipShare share, ShareRangeBound bound) =>
        !share.IsKnown || share.IsExact ? share
        : bound switch
        {
            ShareRangeBound.Low => OwnershipShare.Exact(share.Low),
            // "<50%" stays under 50%: an exclusive high bound is kept as the range it is.
            ShareRangeBound.High => share.HighExclusive ? share : OwnershipShare.Exact(share.High),
            _ => share,
        };

    private static OwnershipRedFlag Undetermined(CoveredSet set, OwnershipGraph graph, OwnershipShare[] shares, NodeStatus[] status, int v)
    {
        var covered = Sum(graph, shares, status, v, CoveredOwners);
        var possible = Sum(graph, shares, status, v, PossibleOwners);
        var causes = new List<string>();
        if (covered.Ranges > 0)
        {
            causes.Add("a share given as a range");
        }

        if (covered.Unknown > 0)
        {
            causes.Add(Invariant($"a missing share from {(covered.Unknown == 1 ? "a covered owner" : $"{covered.Unknown} covered owners")}"));
        }

        var ambiguous = Sum(graph, shares, status, v, s_ambiguousOnly, roots: false);
        var undetermined = possible.Count - covered.Count - ambiguous.Count;
        if (undetermined > 0)
        {
            causes.Add(undetermined == 1 ? "an owner whose own coverage is undetermined" : Invariant($"{undetermined} owners whose own coverage is undetermined"));
        }

        if (ambiguous.Count > 0)
        {
            causes.Add(Invariant($"{AmbiguousWords(graph, status, v)}, holding {Words(ambiguous.Share)}"));
        }

        var text = Invariant($"{(ambiguous.Count > 0 ? "owner ambiguous, " : string.Empty)}undetermined: covered owners hold {Words(covered.Share)}, covered and possibly covered owners {Words(possible.Share)} in aggregate ({string.Join("; ", causes)}): it may or may not reach 50%; neither covered nor clear");
        return new OwnershipRedFlag(set, v, ambiguous.Count > 0 ? RedFlagReason.AmbiguousOwner : RedFlagReason.Undetermined, possible.Share, text, PossibleOwners);
    }

    /// <summary>The ambiguous owners of <paramref name="v"/> that may be covered, in words, with their candidates.</summary>
    private static string AmbiguousWords(OwnershipGraph graph, NodeStatus[] status, int v)
    {
        var names = new List<string>();
        for (var i = graph.InStart[v]; i < graph.InStart[v + 1]; i++)
        {
            var owner = graph.EdgeOwner[graph.InEdges[i]];
            if (status[owner] == NodeStatus.AmbiguousPossible)
            {
                names.Add(graph.Node(owner).ToString());
            }
        }

        return Invariant($"{(names.Count == 1 ? "an owner" : "owners")} whose name fits several parties, not all feeding the rule ({string.Join("; ", names.Take(3))}{(names.Count > 3 ? Invariant($" and {names.Count - 3} more") : string.Empty)})");
    }

    /// <summary>For a significant minority: what red-flagged intermediaries also hold of it, if any, in words.</summary>
    private static string Intermediaries(OwnershipGraph graph, OwnershipShare[] shares, NodeStatus[] status, int v)
    {
        var owners = Sum(graph, shares, status, v, s_intermediaries, roots: false);
        return owners.Count == 0 ? string.Empty
            : Invariant($"; red-flagged intermediaries ({owners.Names}) also hold {Words(owners.Share)}, which does not count: an uncovered intermediary passes no ownership on");
    }

    /// <summary>The holdings of <paramref name="v"/> by owners of the given statuses (and listed owners of the rule, unless <paramref name="roots"/> is false), summed.</summary>
    private static Held Sum(OwnershipGraph graph, OwnershipShare[] shares, NodeStatus[] status, int v, NodeStatus[] owners, bool roots = true)
    {
        var sum = OwnershipShare.Zero;
        int count = 0, ranges = 0, unknown = 0;
        var names = new List<string>();
        for (var i = graph.InStart[v]; i < graph.InStart[v + 1]; i++)
        {
            var e = graph.InEdges[i];
            var owner = graph.EdgeOwner[e];
            if (status[owner] == NodeStatus.Root ? !roots : Array.IndexOf(owners, status[owner]) < 0)
            {
                continue;
            }

            var share = shares[graph.EdgeShare[e]];
            sum += share;
            count++;
            ranges += share.IsKnown && !share.IsExact ? 1 : 0;
            unknown += share.IsKnown ? 0 : 1;
            if (names.Count < 3)
            {
                names.Add(graph.NodeNames[owner]);
            }
        }

        var more = count > names.Count ? Invariant($" and {count - names.Count} more") : string.Empty;
        return new Held(sum, count, ranges, unknown, string.Join(", ", names) + more);
    }

    /// <summary>
    /// The list bits and (BIS) most restrictive licence terms each covered entity inherits from the listed owners above
    /// it through covered entities (and ambiguous owners all of whose candidates are covered). Linear: for each list,
    /// one walk from its roots; for each of requirement and policy, one walk from the roots in order of
    /// restrictiveness, where the first root to reach an entity is its most restrictive and nothing is visited twice.
    /// </summary>
    private static (ulong[] Bits, int[] RequirementFrom, int[] PolicyFrom) Inherit(OwnershipGraph graph, NodeStatus[] status, int[] roots, List<string> codes, Dictionary<int, List<int>> candidateOf, bool license, bool[] programRoot)
    {
        var n = graph.NodeCount;
        var bits = new ulong[n];
        var requirementFrom = new int[n];
        var policyFrom = new int[n];
        Array.Fill(requirementFrom, -1);
        Array.Fill(policyFrom, -1);
        var reached = new int[n];
        var stack = new Stack<int>();
        for (var code = 0; code < Math.Min(codes.Count, 64); code++)
        {
            Array.Fill(reached, -1);
            var bit = 1UL << code;
            Walk(roots.Where(r => string.Equals(codes[code], graph.NodeParties[r]!.List.Code, StringComparison.OrdinalIgnoreCase)), reached);
            for (var v = 0; v < n; v++)
            {
                bits[v] |= reached[v] >= 0 ? bit : 0;
            }
        }

        if (license)
        {
            Walk(LicenseRank.MostRestrictiveFirst(graph, roots, requirement: true, programRoot), requirementFrom);
            Walk(LicenseRank.MostRestrictiveFirst(graph, roots, requirement: false, programRoot), policyFrom);
        }

        return (bits, requirementFrom, policyFrom);

        // Depth-first from each root in turn over covered holdings, never into a node reached already.
        void Walk(IEnumerable<int> ordered, int[] from)
        {
            foreach (var r in ordered)
            {
                from[r] = r;
                stack.Push(r);
                while (stack.TryPop(out var u))
                {
                    for (var i = graph.OutStart[u]; i < graph.OutStart[u + 1]; i++)
                    {
                        Visit(graph.EdgeOwned[graph.OutEdges[i]], NodeStatus.Covered);
                    }

                    if (candidateOf.TryGetValue(u, out var ambiguous))
                    {
                        foreach (var a in ambiguous)
                        {
                            Visit(a, NodeStatus.AmbiguousCovered);
                        }
                    }

                    void Visit(int v, NodeStatus needed)
                    {
                        if (status[v] == needed && from[v] < 0)
                        {
                            from[v] = r;
                            stack.Push(v);
                        }
                    }
                }
            }
        }
    }

    private static LicenseTerms License(OwnershipGraph graph, int requirementFrom, int policyFrom, bool[] programRoot)
    {
        var requirementParty = requirementFrom >= 0 ? graph.NodeParties[requirementFrom] : null;
        var policyParty = policyFrom >= 0 ? graph.NodeParties[policyFrom] : null;
        var requirement = requirementFrom >= 0 ? LicenseRank.RequirementText(graph, requirementFrom, programRoot) : null;
        return new LicenseTerms(
            requirement,
            requirement is null ? null : requirementParty,
            policyParty?.LicensePolicy,
            policyParty?.LicensePolicy is null ? null : policyParty);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A share in a sentence: <c>40%</c>, <c>40%-60%</c>, or <c>an unknown share</c>.</summary>
    private static string Words(OwnershipShare share) => share == OwnershipShare.Unknown ? "an unknown share" : share.ToString();

    private readonly record struct Held(OwnershipShare Share, int Count, int Ranges, int Unknown, string Names);
}

/// <summary>
/// Orders licence texts from least to most restrictive (an approximation from the words, documented in
/// docs/ownership.md): policy of denial or presumption of denial, then case-by-case, then any other text, then none;
/// for requirements, "all items subject to the EAR", then any other text, then none.
/// </summary>
internal static class LicenseRank
{
    public static int Policy(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        return text.Contains("policy of denial", StringComparison.OrdinalIgnoreCase) || text.Contains("presumption of denial", StringComparison.OrdinalIgnoreCase) ? 3
            : text.Contains("case-by-case", StringComparison.OrdinalIgnoreCase) || text.Contains("case by case", StringComparison.OrdinalIgnoreCase) ? 2
            : 1;
    }

    /// <summary>
    /// A root's licence requirement: its party's, or for a party that feeds the rule by its program (an SDN party under
    /// § 744.8(a)(1), which publishes none) <see cref="OwnershipDefaults.SdnProgramLicenseRequirement"/>.
    /// </summary>
    public static string? RequirementText(OwnershipGraph graph, int root, bool[] programRoot) =>
        graph.NodeParties[root]?.LicenseRequirement ?? (programRoot[root] ? OwnershipDefaults.SdnProgramLicenseRequirement : null);

    public static int Requirement(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0
        : text.Contains("all items subject to the EAR", StringComparison.OrdinalIgnoreCase) ? 2
        : 1;

    /// <summary>
    /// The roots ordered by their terms, most restrictive first (ties: the text, then the id, ordinal), so the first
    /// root of the order to reach an entity is the one it inherits from. Each root's rank is read once.
    /// </summary>
    public static int[] MostRestrictiveFirst(OwnershipGraph graph, int[] roots, bool requirement, bool[] programRoot)
    {
        var keys = roots.Select(r =>
        {
            var party = graph.NodeParties[r]!;
            var text = requirement ? RequirementText(graph, r, programRoot) : party.LicensePolicy;
            return (Root: r, Rank: requirement ? Requirement(text) : Policy(text), Text: text, party.Id);
        }).ToArray();
        Array.Sort(keys, static (a, b) =>
            a.Rank != b.Rank ? b.Rank.CompareTo(a.Rank)
            : string.CompareOrdinal(a.Text, b.Text) is var byText and not 0 ? byText
            : string.CompareOrdinal(a.Id, b.Id));
        return [.. keys.Select(k => k.Root)];
    }
}
