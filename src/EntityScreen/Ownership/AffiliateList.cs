using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EntityScreen;

/// <summary>
/// What the ownership rules make of one entity: the rules that cover it (each with its share, paths, owner lists and,
/// for BIS, inherited licence terms) and the rules under which it is a red flag only. Carried by the entity's party in
/// an <see cref="AffiliateList"/> (<see cref="ListedParty.Affiliation"/>): a match on a covered entity is a match on an
/// affiliate; a match on an entity that is a red flag under every rule that names it is reported apart, in
/// <see cref="ScreeningResult.RedFlags"/>, never as a match.
/// </summary>
public sealed class Affiliation
{
    private string? _summary;

    internal Affiliation(OwnershipNode entity, IReadOnlyList<CoveredEntity> covered, IReadOnlyList<OwnershipRedFlag> redFlags)
    {
        Entity = entity;
        Covered = covered;
        RedFlags = redFlags;
    }

    /// <summary>The entity, as the ownership graph knows it (a file's entity, or a listed party covered by a rule its own list does not feed).</summary>
    public OwnershipNode Entity { get; }

    /// <summary>The rules that cover it, in the order OFAC 50 Percent Rule, OFAC SSI directives, BIS Affiliates Rule.</summary>
    public IReadOnlyList<CoveredEntity> Covered { get; }

    /// <summary>The red flags of the rules that do not cover it, in the same order.</summary>
    public IReadOnlyList<OwnershipRedFlag> RedFlags { get; }

    /// <summary>True when a rule covers it: a match on it is a match. False: it is a red flag only.</summary>
    public bool IsCovered => Covered.Count > 0;

    /// <summary>
    /// One line per rule: <c>BIS Affiliates Rule: owned 100% by covered owners (Example Group (EL:1, EL) -100%-&gt;
    /// Example Holding -100%-&gt; Example Trading); licence requirement: For all items subject to the EAR (from Example
    /// Group); review policy: Presumption of denial (from Example Group)</c>, and <c>red flag under …: reason (path)</c>.
    /// </summary>
    public string Summary => _summary ??= BuildSummary();

    /// <summary>The summary.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Summary;

    /// <summary>The rule's name as the documents call it (<c>OFAC 50 Percent Rule</c>, <c>BIS Affiliates Rule</c>, …).</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The name.</returns>
    public static string RuleName(OwnershipRule rule) => CoverageSolver.Name(rule);

    /// <summary>One line on a covered entity: the rule, the share, the first path and the inherited licence terms.</summary>
    /// <param name="covered">The covered entity.</param>
    /// <returns>The text.</returns>
    public static string Describe(CoveredEntity covered)
    {
        ArgumentNullException.ThrowIfNull(covered);
        var text = new StringBuilder(RuleName(covered.Rule)).Append(": owned ").Append(covered.Share.ToString()).Append(" by covered owners");
        AppendPaths(text, covered.Paths);
        if (covered.License is { } license)
        {
            if (license.Requirement is not null)
            {
                text.Append("; licence requirement: ").Append(license.Requirement);
                AppendFrom(text, license.RequirementFrom);
            }

            if (license.Policy is not null)
            {
                text.Append("; review policy: ").Append(license.Policy);
                AppendFrom(text, license.PolicyFrom);
            }
        }

        return text.ToString();
    }

    /// <summary>One line on a red flag: the rule, the reason with its shares, and the first path.</summary>
    /// <param name="flag">The red flag.</param>
    /// <returns>The text.</returns>
    public static string Describe(OwnershipRedFlag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        var text = new StringBuilder("red flag under ").Append(RuleName(flag.Rule)).Append(": ").Append(flag.Description);
        AppendPaths(text, flag.Paths);
        return text.ToString();
    }

    private string BuildSummary() =>
        string.Join("\n", Covered.Select(Describe).Concat(RedFlags.Select(Describe)));

    private static void AppendPaths(StringBuilder text, IReadOnlyList<OwnershipPath> paths)
    {
        if (paths.Count == 0)
        {
            return;
        }

        text.Append(" (").Append(paths[0].ToString());
        if (paths.Count > 1)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {paths.Count - 1} more path{(paths.Count > 2 ? "s" : string.Empty)}");
        }

        text.Append(')');
    }

    private static void AppendFrom(StringBuilder text, ListedParty? from)
    {
        if (from is not null)
        {
            text.Append(" (from ").Append(from.PrimaryName).Append(", ").Append(from.List.Code).Append(')');
        }
    }
}

/// <summary>The ownership data behind a screening: the files (path, SHA-256, as-of), the day the rules were applied on, and each rule's state.</summary>
/// <param name="Files">Each ownership file: its path, format <see cref="ListFormat.Ownership"/>, SHA-256 and the latest <c>as_of</c> of its rows.</param>
/// <param name="AsOf">The day the rules were applied on.</param>
/// <param name="Rules">Each rule and whether it was applied: <c>OFAC 50 Percent Rule: applied, 12 covered, 3 red flags</c>, or why not.</param>
public sealed record OwnershipContext(IReadOnlyList<ListIdentity> Files, DateOnly AsOf, IReadOnlyList<string> Rules);

/// <summary>
/// The entities the ownership rules cover or flag, as a list to screen against: one party per entity, named by every
/// name the ownership files give it (in any script: a Chinese name given beside the English one is read and matched
/// like a listed Chinese name), each carrying its <see cref="ListedParty.Affiliation"/>. Add <see cref="Snapshot"/> to
/// the lists a <see cref="Screener"/> is built from: a query naming a covered subsidiary matches it, marked as an
/// affiliate with the rule, owners, path, shares and licence terms; a query naming an entity that is only a red flag
/// gets it in <see cref="ScreeningResult.RedFlags"/>, not as a match. Immutable.
/// </summary>
/// <remarks>
/// An entity of the files becomes a party of list <see cref="List"/> (code <c>OWNED</c>) with id <c>OWNED:</c> and its
/// <c>owned_id</c> (or name). A listed party that a rule covers although its own list does not feed that rule (an
/// Entity List party owned 60% by an SDN party) is there too, as a copy with id <c>OWNED:</c> and its own id, so a
/// query naming it gets both its listing and its coverage. Listed parties a rule starts from are not repeated.
/// </remarks>
public sealed class AffiliateList
{
    private static readonly OwnershipRule[] s_rules = [OwnershipRule.Ofac50Percent, OwnershipRule.OfacSsiDirectives, OwnershipRule.BisAffiliates];

    private AffiliateList(OwnershipGraph graph, IReadOnlyList<CoveredSet> rules, IReadOnlyList<Affiliation> affiliations, ListSnapshot snapshot, OwnershipContext context)
    {
        Graph = graph;
        Rules = rules;
        Affiliations = affiliations;
        Snapshot = snapshot;
        Context = context;
    }

    /// <summary>The list the affiliates are parties of: code <c>OWNED</c>.</summary>
    public static ListInfo List { get; } = new("OWNED", "Owned by listed parties (ownership rules applied by EntityScreen)", ListAuthority.Other);

    /// <summary>The graph the rules were applied to.</summary>
    public OwnershipGraph Graph { get; }

    /// <summary>Each rule's covered set and red flags (a rule not in force is there, empty, saying why).</summary>
    public IReadOnlyList<CoveredSet> Rules { get; }

    /// <summary>Every entity covered or flagged by a rule in force, in the order the files first name them.</summary>
    public IReadOnlyList<Affiliation> Affiliations { get; }

    /// <summary>The affiliates as a list snapshot: one party per affiliation, with <see cref="ListSnapshot.Ownership"/> set.</summary>
    public ListSnapshot Snapshot { get; }

    /// <summary>The files, day and rules behind it; carried by every screening result (<see cref="ScreeningContext.Ownership"/>).</summary>
    public OwnershipContext Context { get; }

    /// <summary>Applies every ownership rule on the options' day and gathers what they cover or flag.</summary>
    /// <param name="graph">The ownership graph (see <see cref="OwnershipGraph.Build(IEnumerable{OwnershipFile}, IEnumerable{ListSnapshot}, Screener?)"/>).</param>
    /// <param name="options">The rules' options and day; null: the defaults, today (UTC).</param>
    /// <returns>The affiliates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are inconsistent (see <see cref="OwnershipOptions.Validate"/>).</exception>
    public static AffiliateList Create(OwnershipGraph graph, OwnershipOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new OwnershipOptions();
        options.Validate();
        var date = options.EffectiveDate();

        // One day for every rule, even across midnight.
        var fixedDay = Copy(options);
        fixedDay.AsOf = date;
        var sets = Array.ConvertAll(s_rules, rule => graph.Cover(rule, fixedDay));

        var covered = new Dictionary<int, List<CoveredEntity>>();
        var flagged = new Dictionary<int, List<OwnershipRedFlag>>();
        foreach (var set in sets)
        {
            foreach (var c in set.Covered)
            {
                (covered.TryGetValue(c.Node, out var list) ? list : covered[c.Node] = []).Add(c);
            }

            foreach (var f in set.RedFlags)
            {
                (flagged.TryGetValue(f.Node, out var list) ? list : flagged[f.Node] = []).Add(f);
            }
        }

        // Nodes are numbered in the order the files first name them.
        var order = covered.Keys.Union(flagged.Keys).ToList();
        order.Sort();
        var affiliations = new List<Affiliation>(order.Count);
        var parties = new List<ListedParty>(order.Count);
        foreach (var node in order)
        {
            var entity = graph.Node(node);
            var affiliation = new Affiliation(
                entity,
                covered.TryGetValue(node, out var c) ? c : [],
                flagged.TryGetValue(node, out var f) ? [.. f.Where(flag => c is null || !c.Exists(x => x.Rule == flag.Rule))] : []);
            affiliations.Add(affiliation);
            parties.Add(Party(entity, affiliation));
        }

        var context = new OwnershipContext(
            [.. graph.Files.Select(s => new ListIdentity(s.Report.File.File, ListFormat.Ownership, s.Report.File.Sha256, s.Rows.Length == 0 ? null : s.Rows.Max(r => r.AsOf)))],
            date,
            [.. sets.Select(set => Describe(set, fixedDay))]);
        var identity = new ListIdentity(
            "ownership: " + string.Join("; ", graph.Sources.Select(s => s.File.File)),
            ListFormat.Ownership,
            Hash(context, graph, fixedDay),
            date);
        var report = new LoadReport
        {
            Identity = identity,
            Files = [.. graph.Sources.Select(s => s.File)],
            PartiesLoaded = parties.Count,
            PartiesByList = new Dictionary<string, int> { [List.Code] = parties.Count },
            NamesLoaded = parties.Sum(p => p.Names.Count),
        };
        var snapshot = new ListSnapshot(identity, parties, report) { Ownership = context };
        return new AffiliateList(graph, sets, affiliations, snapshot, context);

    }

    /// <summary>A deep copy of <paramref name="options"/>: later changes to the caller's options do not reach a built screener.</summary>
    internal static OwnershipOptions Copy(OwnershipOptions options) => new()
    {
        Ofac50Percent = Copy(options.Ofac50Percent),
        OfacSsiDirectives = Copy(options.OfacSsiDirectives),
        BisAffiliates = Copy(options.BisAffiliates),
        MinorityShare = options.MinorityShare,
        RangeBound = options.RangeBound,
        AsOf = options.AsOf,
    };

    private static OwnershipRuleSchedule Copy(OwnershipRuleSchedule schedule) => schedule is null ? null! : new()
    {
        Enabled = schedule.Enabled,
        EffectiveFrom = schedule.EffectiveFrom,
        SuspendedFrom = schedule.SuspendedFrom,
        SuspendedUntil = schedule.SuspendedUntil,
        OwnerLists = schedule.OwnerLists is null ? null! : [.. schedule.OwnerLists],
        OwnerPrograms = schedule.OwnerPrograms is null ? null! : [.. schedule.OwnerPrograms],
        ProgramLists = schedule.ProgramLists is null ? null! : [.. schedule.ProgramLists],
    };

    private static ListedParty Party(OwnershipNode entity, Affiliation affiliation)
    {
        if (entity.Party is { } listed)
        {
            return listed with
            {
                Id = "OWNED:" + listed.Id,
                List = List,
                Affiliation = affiliation,
                Remarks = affiliation.Summary,
            };
        }

        var names = new List<ListedName> { ListedName.Create(entity.Name, NameKind.Primary) };
        foreach (var alias in entity.Aliases)
        {
            names.Add(ListedName.Create(alias, NameKind.Aka));
        }

        return new ListedParty
        {
            Id = "OWNED:" + (entity.Id ?? entity.Name),
            List = List,
            Type = PartyType.Organization,
            TypeInferred = true,
            Names = names,
            Remarks = affiliation.Summary,
            Affiliation = affiliation,
        };
    }

    private static string Describe(CoveredSet set, OwnershipOptions options)
    {
        var rule = Affiliation.RuleName(set.Rule);
        if (set.InForce)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{rule}: applied on {set.AsOf:yyyy-MM-dd}, {set.Covered.Count} covered, {set.RedFlags.Count} red flags");
        }

        options.Schedule(set.Rule).InForce(set.AsOf, out var why);
        return string.Create(CultureInfo.InvariantCulture, $"{rule}: not applied on {set.AsOf:yyyy-MM-dd}: {why}");
    }

    /// <summary>One hash for the files, the day, each rule's state and the lists owners were resolved against.</summary>
    private static string Hash(OwnershipContext context, OwnershipGraph graph, OwnershipOptions options)
    {
        var text = new StringBuilder("entityscreen-ownership\n");
        foreach (var rule in s_rules)
        {
            var schedule = options.Schedule(rule);
            text.Append(rule).Append('\t').AppendJoin(',', schedule.OwnerLists).Append('\t').AppendJoin(',', schedule.ProgramLists)
                .Append('\t').AppendJoin(',', schedule.OwnerPrograms).Append('\n');
        }

        foreach (var file in context.Files)
        {
            text.Append(file.Source).Append('\t').Append(file.Sha256).Append('\n');
        }

        text.Append(context.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        foreach (var rule in context.Rules)
        {
            text.Append(rule).Append('\n');
        }

        foreach (var list in graph.ResolvedAgainst)
        {
            text.Append(list.Source).Append('\t').Append(list.Sha256).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
