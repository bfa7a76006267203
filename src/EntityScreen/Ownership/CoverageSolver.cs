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

    /// <summary>Owned 50% or more by red-flagged intermediaries: a red flag.</summary>
    Through = 5,
}

/// <summary>
/// Computes a rule's covered set by fixpoint, in decimal, and its red flags. Every step is a worklist pass in which a
/// node changes state at most a bounded number of times, so cycles end the computation instead of looping:
/// <list type="number">
/// <item>Covered: from the listed owners of the rule, each newly covered node adds the low bound of each of its holdings
/// to the entity it holds; an entity is covered once that sum reaches 50%. Each node is covered once, so each edge is
/// summed once: O(nodes + edges).</item>
/// <item>Possibly covered: the same with high bounds (an unknown share counts as 100%) from listed, covered and possibly
/// covered owners; possibly but not surely covered is undetermined.</item>
/// <item>Significant minority: not covered, not undetermined, with holdings by covered owners whose high sum reaches the
/// minority share.</item>
/// <item>Through an uncovered intermediary: from the minority red flags, entities whose red-flagged owners hold 50% or
/// more (high bounds) in aggregate, transitively.</item>
/// <item>Owner lists and (BIS) licence terms flow down covered holdings as a maximum, re-queued only on change.</item>
/// </list>
/// </summary>
internal static class CoverageSolver
{
    internal static readonly NodeStatus[] CoveredOwners = [NodeStatus.Covered];
    internal static readonly NodeStatus[] PossibleOwners = [NodeStatus.Covered, NodeStatus.Undetermined];
    internal static readonly NodeStatus[] FlaggedOwners = [NodeStatus.Covered, NodeStatus.Minority, NodeStatus.Through];
    private static readonly NodeStatus[] s_intermediaries = [NodeStatus.Minority, NodeStatus.Through];

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

        var codes = schedule.OwnerLists
            .Where(c => !OwnershipDefaults.NeverOwnerLists.Contains(c, StringComparer.OrdinalIgnoreCase))
            .Select(c => c.ToUpperInvariant())
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var queue = new Queue<int>();
        for (var v = 0; v < n; v++)
        {
            if (graph.NodeParties[v] is { } party && codes.Contains(party.List.Code, StringComparer.OrdinalIgnoreCase))
            {
                status[v] = NodeStatus.Root;
                queue.Enqueue(v);
            }
        }

        if (queue.Count == 0)
        {
            warnings.Add($"{Name(rule)}: no party of the lists that feed it ({string.Join(", ", codes)}) owns anything in the ownership data");
        }

        var roots = queue.ToArray();
        var threshold = OwnershipDefaults.CoverShare;

        // 1. Covered: low bounds from listed and covered owners.
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
                }
            }
        }

        // 2. Possibly covered: high bounds from listed, covered and possibly covered owners.
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
                status[v] = NodeStatus.Undetermined;
            }
        }

        // 3. Significant minority: holdings by covered owners (high bounds) reaching the minority share.
        var flagged = new List<int>();
        for (var v = 0; v < n; v++)
        {
            if (status[v] == NodeStatus.None && Sum(graph, shares, status, v, CoveredOwners) is { Count: > 0 } held
                && held.Share.PossiblyAtLeast(options.MinorityShare))
            {
                status[v] = NodeStatus.Minority;
                flagged.Add(v);
            }
        }

        // 4. Through an uncovered intermediary: red-flagged owners holding 50% or more, transitively.
        var through = new decimal[n];
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

                through[v] += shares[graph.EdgeShare[e]].High;
                if (through[v] >= threshold)
                {
                    status[v] = NodeStatus.Through;
                    queue.Enqueue(v);
                }
            }
        }

        // 5. Owner lists and licence terms, down covered holdings.
        var (bits, requirementFrom, policyFrom) = Inherit(graph, status, roots, codes, rule == OwnershipRule.BisAffiliates);

        var set = new CoveredSet(graph, rule, date, null, status, shares, warnings);
        var covered = new List<CoveredEntity>();
        var redFlags = new List<OwnershipRedFlag>();
        for (var v = 0; v < n; v++)
        {
            switch (status[v])
            {
                case NodeStatus.Covered:
                    var lists = codes.Where((_, i) => (bits[v] & (1UL << i)) != 0).ToArray();
                    var license = rule == OwnershipRule.BisAffiliates ? License(graph, requirementFrom[v], policyFrom[v]) : null;
                    covered.Add(new CoveredEntity(set, v, Sum(graph, shares, status, v, CoveredOwners).Share, lists, license));
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
                        Invariant($"significant minority: covered owners hold {Words(held)} in aggregate, at least the {options.MinorityShare}% red-flag share and under 50%; not covered"),
                        CoveredOwners));
                    break;
                case NodeStatus.Through:
                    var owners = Sum(graph, shares, status, v, s_intermediaries, roots: false);
                    redFlags.Add(new OwnershipRedFlag(
                        set,
                        v,
                        RedFlagReason.OwnedThroughUncoveredIntermediary,
                        owners.Share,
                        Invariant($"owned through an uncovered intermediary: red-flagged owners ({owners.Names}) hold {Words(owners.Share)} of it, but are not covered themselves, and an uncovered intermediary passes no ownership on; not covered"),
                        FlaggedOwners));
                    break;
                default:
                    break;
            }
        }

        set.Covered = covered;
        set.RedFlags = redFlags;
        return set;
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

        if (possible.Count > covered.Count)
        {
            causes.Add(possible.Count - covered.Count == 1 ? "an owner whose own coverage is undetermined" : Invariant($"{possible.Count - covered.Count} owners whose own coverage is undetermined"));
        }

        var text = Invariant($"undetermined: covered owners hold {Words(covered.Share)}, covered and possibly covered owners {Words(possible.Share)} in aggregate ({string.Join("; ", causes)}): it may or may not reach 50%; neither covered nor clear");
        return new OwnershipRedFlag(set, v, RedFlagReason.Undetermined, possible.Share, text, PossibleOwners);
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

    private static (ulong[] Bits, int[] RequirementFrom, int[] PolicyFrom) Inherit(OwnershipGraph graph, NodeStatus[] status, int[] roots, List<string> codes, bool license)
    {
        var n = graph.NodeCount;
        var bits = new ulong[n];
        var requirementFrom = new int[n];
        var policyFrom = new int[n];
        Array.Fill(requirementFrom, -1);
        Array.Fill(policyFrom, -1);
        var queue = new Queue<int>();
        foreach (var r in roots)
        {
            var code = codes.FindIndex(c => string.Equals(c, graph.NodeParties[r]!.List.Code, StringComparison.OrdinalIgnoreCase));
            bits[r] = code is >= 0 and < 64 ? 1UL << code : 0;
            requirementFrom[r] = policyFrom[r] = r;
            queue.Enqueue(r);
        }

        // Each node's bits only grow (64 at most) and its terms only rise in a total order over the roots: bounded.
        while (queue.TryDequeue(out var u))
        {
            for (var i = graph.OutStart[u]; i < graph.OutStart[u + 1]; i++)
            {
                var v = graph.EdgeOwned[graph.OutEdges[i]];
                if (status[v] != NodeStatus.Covered)
                {
                    continue;
                }

                var changed = (bits[v] | bits[u]) != bits[v];
                bits[v] |= bits[u];
                if (license && LicenseRank.Better(graph, requirementFrom[u], requirementFrom[v], requirement: true))
                {
                    requirementFrom[v] = requirementFrom[u];
                    changed = true;
                }

                if (license && LicenseRank.Better(graph, policyFrom[u], policyFrom[v], requirement: false))
                {
                    policyFrom[v] = policyFrom[u];
                    changed = true;
                }

                if (changed)
                {
                    queue.Enqueue(v);
                }
            }
        }

        return (bits, requirementFrom, policyFrom);
    }

    private static LicenseTerms License(OwnershipGraph graph, int requirementFrom, int policyFrom)
    {
        var requirementParty = requirementFrom >= 0 ? graph.NodeParties[requirementFrom] : null;
        var policyParty = policyFrom >= 0 ? graph.NodeParties[policyFrom] : null;
        return new LicenseTerms(
            requirementParty?.LicenseRequirement,
            requirementParty?.LicenseRequirement is null ? null : requirementParty,
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

    public static int Requirement(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0
        : text.Contains("all items subject to the EAR", StringComparison.OrdinalIgnoreCase) ? 2
        : 1;

    /// <summary>True when root <paramref name="candidate"/>'s terms are more restrictive than root <paramref name="current"/>'s (ties: text, then id, ordinal).</summary>
    public static bool Better(OwnershipGraph graph, int candidate, int current, bool requirement)
    {
        if (candidate < 0 || candidate == current)
        {
            return false;
        }

        if (current < 0)
        {
            return true;
        }

        var a = graph.NodeParties[candidate]!;
        var b = graph.NodeParties[current]!;
        var textA = requirement ? a.LicenseRequirement : a.LicensePolicy;
        var textB = requirement ? b.LicenseRequirement : b.LicensePolicy;
        var rankA = requirement ? Requirement(textA) : Policy(textA);
        var rankB = requirement ? Requirement(textB) : Policy(textB);
        if (rankA != rankB)
        {
            return rankA > rankB;
        }

        var byText = string.CompareOrdinal(textA, textB);
        return byText != 0 ? byText < 0 : string.CompareOrdinal(a.Id, b.Id) < 0;
    }
}
