using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace EntityScreen.Evaluation;

/// <summary>One screened cross-script query and what came back.</summary>
/// <param name="Family">Its family.</param>
/// <param name="Split"><c>dev</c> or <c>test</c>.</param>
/// <param name="Query">The name screened.</param>
/// <param name="Negative">True when nothing should match.</param>
/// <param name="ExpectedName">The expected party's listed name (empty for a negative).</param>
/// <param name="ExpectedPartyIds">The parties that count as found (one for a curated row; every party sharing the name for a generated one); empty when unresolved or negative.</param>
/// <param name="Found">The expected party is among the matches at the threshold.</param>
/// <param name="FoundTop1">It is the first match.</param>
/// <param name="Alert">Anything matched at the threshold.</param>
/// <param name="ExpectedScore">The expected party's score (0 when not among the matches).</param>
/// <param name="Top">The best match, or null.</param>
public sealed record CrossScriptOutcome(
    string Family, string Split, string Query, bool Negative, string ExpectedName, IReadOnlyList<string> ExpectedPartyIds,
    bool Found, bool FoundTop1, bool Alert, double ExpectedScore, TopMatch? Top)
{
    /// <summary>A positive whose expected name resolved to no listed party (counted apart, never as found).</summary>
    public bool Unresolved => !Negative && ExpectedPartyIds.Count == 0;
}

/// <summary>Counts for one family (or summary row) and one split.</summary>
/// <param name="Queries">Queries.</param>
/// <param name="Found">Positives found at the threshold (negatives: 0).</param>
/// <param name="FoundTop1">Positives found as the first match.</param>
/// <param name="Alerts">Queries with any match at the threshold.</param>
/// <param name="Unresolved">Positives whose expected name resolved to no single party.</param>
public readonly record struct CrossScriptCounts(int Queries, int Found, int FoundTop1, int Alerts, int Unresolved)
{
    /// <summary>Found / queries (0 when empty).</summary>
    public double Recall => Queries == 0 ? 0 : Found / (double)Queries;

    /// <summary>Found at top 1 / queries.</summary>
    public double RecallTop1 => Queries == 0 ? 0 : FoundTop1 / (double)Queries;

    /// <summary>Alerts / queries: the false-alert rate of a negative family.</summary>
    public double AlertRate => Queries == 0 ? 0 : Alerts / (double)Queries;

    /// <summary>Counts of some outcomes.</summary>
    /// <param name="outcomes">The outcomes.</param>
    /// <returns>Their counts.</returns>
    public static CrossScriptCounts Of(IEnumerable<CrossScriptOutcome> outcomes)
    {
        int q = 0, f = 0, t = 0, a = 0, u = 0;
        foreach (var o in outcomes)
        {
            q++;
            f += o.Found ? 1 : 0;
            t += o.FoundTop1 ? 1 : 0;
            a += o.Alert ? 1 : 0;
            u += o.Unresolved ? 1 : 0;
        }

        return new CrossScriptCounts(q, f, t, a, u);
    }
}

/// <summary>Everything one cross-script run measured; <see cref="CrossScriptEvaluation.Format"/> makes the tables.</summary>
public sealed class CrossScriptReport
{
    /// <summary>The options used.</summary>
    public required CrossScriptOptions Options { get; init; }

    /// <summary>When the run started (UTC).</summary>
    public required DateTimeOffset Started { get; init; }

    /// <summary>The list files read.</summary>
    public required IReadOnlyList<ListIdentity> Lists { get; init; }

    /// <summary>Parties and names indexed by the screener of the curated families.</summary>
    public required (int Parties, int Names) Indexed { get; init; }

    /// <summary>Every outcome, curated families first, in file order.</summary>
    public required IReadOnlyList<CrossScriptOutcome> Outcomes { get; init; }

    /// <summary>China-list parties with both a Han and a Latin name (the generated families' source), 0 when not run.</summary>
    public int ChinaBilingualParties { get; init; }

    /// <summary>Time to load the lists and build the screeners.</summary>
    public TimeSpan SetupTime { get; init; }

    /// <summary>Total wall time.</summary>
    public TimeSpan Elapsed { get; set; }

    /// <summary>The families, in report order.</summary>
    public IEnumerable<string> Families => Outcomes.Select(o => o.Family).Distinct();

    /// <summary>Counts of one family (or every family when null) in one split (both when null).</summary>
    /// <param name="family">A family, or null.</param>
    /// <param name="split"><c>dev</c>, <c>test</c> or null.</param>
    /// <returns>The counts.</returns>
    public CrossScriptCounts Count(string? family, string? split) =>
        CrossScriptCounts.Of(Outcomes.Where(o => (family is null || o.Family == family) && (split is null || o.Split == split)));

    /// <summary>Counts of the outcomes a predicate keeps, in one split (both when null).</summary>
    /// <param name="keep">Which outcomes.</param>
    /// <param name="split"><c>dev</c>, <c>test</c> or null.</param>
    /// <returns>The counts.</returns>
    public CrossScriptCounts Count(Func<CrossScriptOutcome, bool> keep, string? split) =>
        CrossScriptCounts.Of(Outcomes.Where(o => keep(o) && (split is null || o.Split == split)));
}

/// <summary>
/// The cross-script harness: screens the hand-curated cross-script queries (Data/crossscript) against both real lists,
/// and two families generated at run time from the China lists, whose parties are published in both scripts:
/// <c>china_zh_to_en</c> screens each party's Chinese name against the China lists with every non-Latin name removed,
/// <c>china_en_to_zh</c> its English name against the China lists with every Latin name removed.
/// </summary>
public static class CrossScriptEvaluation
{
    /// <summary>The generated family: Chinese name against the China lists without their Chinese names.</summary>
    public const string ChinaZhToEn = "china_zh_to_en";

    /// <summary>The generated family: English name against the China lists without their English names.</summary>
    public const string ChinaEnToZh = "china_en_to_zh";

    /// <summary>The families whose recall is the Han recall of issue 9.</summary>
    public static IReadOnlyList<string> HanFamilies { get; } = ["han_us", "hanja_person", ChinaZhToEn];

    /// <summary>Runs the harness.</summary>
    /// <param name="sharedDataDir">The shared data folder (holding <see cref="QualityEvaluation.CslFile"/> and <see cref="QualityEvaluation.ChinaFile"/>).</param>
    /// <param name="options">What to run; null for defaults.</param>
    /// <returns>Everything measured.</returns>
    /// <exception cref="FileNotFoundException">A list file is missing.</exception>
    public static CrossScriptReport Run(string sharedDataDir, CrossScriptOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sharedDataDir);
        options ??= new CrossScriptOptions();
        var progress = options.Progress;
        var started = DateTimeOffset.UtcNow;
        var total = Stopwatch.StartNew();

        var paths = new[] { QualityEvaluation.CslFile, QualityEvaluation.ChinaFile }.Select(f => Path.Combine(sharedDataDir, f)).ToArray();
        foreach (var path in paths.Where(p => !File.Exists(p)))
        {
            throw new FileNotFoundException($"list file missing: {path}", path);
        }

        var snapshots = paths.Select(p => ListLoader.Load(p)).ToArray();
        var screener = Screener.Create(snapshots, options.DefaultOverlay ? [AliasOverlay.Default] : [], new ScreeningOptions { Threshold = options.Threshold });
        var china = snapshots[1];
        var wanted = options.Families is { Count: > 0 } fams
            ? new HashSet<string>(fams, StringComparer.OrdinalIgnoreCase).Contains
            : new Func<string, bool>(_ => true);

        var byName = IndexNames(snapshots.SelectMany(s => s.Parties));
        var curated = CrossScriptSet.Load().Where(q => wanted(q.Family)).ToList();
        var planned = curated.Select(q => new Planned(
            q.Family,
            q.Split,
            q.Query,
            q.Negative,
            q.Expected,
            q.Negative ? [] : byName.TryGetValue(q.Expected, out var ids) && ids.Count == 1 ? ids : [],
            options.TypedQueries ? q.PartyType : null)).ToList();

        var generated = new List<(Screener Screener, List<Planned> Queries)>();
        var bilingual = 0;
        if (options.RunGenerated && (wanted(ChinaZhToEn) || wanted(ChinaEnToZh)))
        {
            var parties = china.Parties.Where(p => p.Names.Any(IsLatin) && p.Names.Any(n => !IsLatin(n))).ToList();
            bilingual = parties.Count;
            if (wanted(ChinaZhToEn))
            {
                generated.Add(Generate(china, parties, ChinaZhToEn, queryNames: n => !IsLatin(n), options));
            }

            if (wanted(ChinaEnToZh))
            {
                generated.Add(Generate(china, parties, ChinaEnToZh, queryNames: IsLatin, options));
            }
        }

        var setup = total.Elapsed;
        progress?.WriteLine($"loaded {screener.PartyCount} parties, {screener.NameCount} names; {planned.Count} curated queries, {generated.Sum(g => g.Queries.Count)} generated, in {setup.TotalSeconds:0.0}s");

        var outcomes = new List<CrossScriptOutcome>();
        outcomes.AddRange(ScreenAll(screener, planned, options));
        foreach (var (s, queries) in generated)
        {
            outcomes.AddRange(ScreenAll(s, queries, options));
        }

        return new CrossScriptReport
        {
            Options = options,
            Started = started,
            Lists = [.. snapshots.Select(s => s.Identity)],
            Indexed = (screener.PartyCount, screener.NameCount),
            Outcomes = outcomes,
            ChinaBilingualParties = bilingual,
            SetupTime = setup,
            Elapsed = total.Elapsed,
        };
    }

    /// <summary>Listed name (exact, ordinal) → the distinct parties that carry it, over every name of every party.</summary>
    /// <param name="parties">The parties.</param>
    /// <returns>The index.</returns>
    public static Dictionary<string, List<string>> IndexNames(IEnumerable<ListedParty> parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var byName = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var party in parties)
        {
            foreach (var name in party.Names)
            {
                if (!byName.TryGetValue(name.Value, out var ids))
                {
                    byName[name.Value] = ids = [];
                }

                if (!ids.Contains(party.Id))
                {
                    ids.Add(party.Id);
                }
            }
        }

        return byName;
    }

    private static bool IsLatin(ListedName name) => name.Script == NameScript.Latin;

    /// <summary>
    /// A generated family: the China-list snapshot rebuilt in memory with the query script's names removed (parties
    /// left without a name are dropped), and one query per distinct removed name, expecting every party that carried it.
    /// </summary>
    private static (Screener, List<Planned>) Generate(ListSnapshot china, List<ListedParty> bilingual, string family, Func<ListedName, bool> queryNames, CrossScriptOptions options)
    {
        var kept = china.Parties
            .Select(p => p with { Names = [.. p.Names.Where(n => !queryNames(n))] })
            .Where(p => p.Names.Count > 0)
            .ToList();
        var snapshot = new ListSnapshot(china.Identity, kept, china.Report);
        var screener = Screener.Create([snapshot], new ScreeningOptions { Threshold = options.Threshold });

        var expected = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var party in bilingual)
        {
            foreach (var name in party.Names.Where(queryNames))
            {
                if (!expected.TryGetValue(name.Value, out var ids))
                {
                    expected[name.Value] = ids = [];
                    order.Add(name.Value);
                }

                if (!ids.Contains(party.Id))
                {
                    ids.Add(party.Id);
                }
            }
        }

        var byId = bilingual.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var queries = order.Select(q => new Planned(
            family,
            CrossScriptSet.SplitOf(q),
            q,
            false,
            byId[expected[q][0]].Names.First(n => !queryNames(n)).Value,
            expected[q],
            null)).ToList();
        return (screener, queries);
    }

    private static CrossScriptOutcome[] ScreenAll(Screener screener, List<Planned> queries, CrossScriptOptions options)
    {
        var outcomes = new CrossScriptOutcome[queries.Count];
        Parallel.For(0, queries.Count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, i =>
        {
            var q = queries[i];
            var matches = screener.Screen(new ScreeningQuery(q.Query)
            {
                Threshold = options.Threshold,
                MaxResults = options.MaxResults,
                Type = q.Type,
            }).Matches;
            var hit = -1;
            for (var k = 0; k < matches.Count && hit < 0; k++)
            {
                if (q.ExpectedPartyIds.Contains(matches[k].Party.Id))
                {
                    hit = k;
                }
            }

            var top = matches.Count == 0 ? null : new TopMatch(matches[0].MatchedName.Value, matches[0].Party.Id, matches[0].Score);
            outcomes[i] = new CrossScriptOutcome(
                q.Family, q.Split, q.Query, q.Negative, q.ExpectedName, q.ExpectedPartyIds,
                Found: hit >= 0, FoundTop1: hit == 0, Alert: matches.Count > 0, ExpectedScore: hit >= 0 ? matches[hit].Score : 0, Top: top);
        });
        return outcomes;
    }

    /// <summary>Formats the report as markdown tables (ready to paste into docs/quality.md). It quotes no list names.</summary>
    /// <param name="report">The report.</param>
    /// <returns>Markdown.</returns>
    public static string Format(CrossScriptReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var o = report.Options;
        var sb = new StringBuilder();
        void Line(FormattableString s) => sb.AppendLine(s.ToString(CultureInfo.InvariantCulture));

        var curated = report.Outcomes.Count(x => x.Family is not (ChinaZhToEn or ChinaEnToZh));
        Line($"### Run");
        Line($"");
        Line($"- Date (UTC): {report.Started:yyyy-MM-dd HH:mm}; commit: {o.Commit ?? "(not given)"}; algorithm: {ScreeningDefaults.AlgorithmVersion}");
        Line($"- Machine: {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}, {RuntimeInformation.FrameworkDescription}; parallelism {o.MaxDegreeOfParallelism}");
        Line($"- Command: `{o.CommandLine ?? "(library call)"}`");
        foreach (var list in report.Lists)
        {
            Line($"- List file: `{Path.GetFileName(list.Source)}` sha256 {list.Sha256[..12]}…, as of {list.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"}");
        }

        Line($"- Indexed (curated families): {report.Indexed.Parties} parties, {report.Indexed.Names} names; China-list parties with both scripts (generated families): {report.ChinaBilingualParties}");
        Line($"- Queries: {report.Outcomes.Count} ({curated} curated, {report.Outcomes.Count - curated} generated); threshold {o.Threshold:0.00}, top {o.MaxResults}, typed queries: {(o.TypedQueries ? "yes" : "no")}, default alias overlay: {(o.DefaultOverlay ? "yes" : "no")}");
        Line($"- Time: setup {report.SetupTime.TotalSeconds:0.0} s; total {report.Elapsed.TotalSeconds:0.0} s");
        Line($"");

        Line($"### Positive families at threshold {o.Threshold:0.00} (found = expected party among the top {o.MaxResults} at the threshold)");
        Line($"");
        Line($"| family | dev queries | dev found | dev top 1 | dev recall | test queries | test found | test top 1 | test recall | all recall |");
        Line($"|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var family in report.Families.Where(f => !f.StartsWith(CrossScriptSet.NegativePrefix, StringComparison.Ordinal)))
        {
            var d = report.Count(family, "dev");
            var t = report.Count(family, "test");
            Line($"| {family} | {d.Queries} | {d.Found} | {d.FoundTop1} | {d.Recall:0.000} | {t.Queries} | {t.Found} | {t.FoundTop1} | {t.Recall:0.000} | {report.Count(family, null).Recall:0.000} |");
        }

        var unresolved = report.Count(x => x.Unresolved, null).Queries;
        if (unresolved > 0)
        {
            Line($"");
            Line($"{unresolved} positive queries name an expected party that resolves to no single listed party: they count as not found.");
        }

        Line($"");
        Line($"### Negative families at threshold {o.Threshold:0.00} (false alert = any match at the threshold)");
        Line($"");
        Line($"| family | dev queries | dev alerts | dev rate | test queries | test alerts | test rate | all rate |");
        Line($"|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var family in report.Families.Where(f => f.StartsWith(CrossScriptSet.NegativePrefix, StringComparison.Ordinal)))
        {
            var d = report.Count(family, "dev");
            var t = report.Count(family, "test");
            Line($"| {family} | {d.Queries} | {d.Alerts} | {d.AlertRate:0.000} | {t.Queries} | {t.Alerts} | {t.AlertRate:0.000} | {report.Count(family, null).AlertRate:0.000} |");
        }

        Line($"");
        Line($"### Summary (issue 9 targets: recall ≥ 0.80 overall and on Han, false alerts ≤ 0.020)");
        Line($"");
        Line($"| measure | dev | test | all |");
        Line($"|---|---:|---:|---:|");
        void Summary(string name, Func<CrossScriptOutcome, bool> keep, bool alerts)
        {
            string Cell(string? split)
            {
                var c = report.Count(keep, split);
                return alerts
                    ? string.Create(CultureInfo.InvariantCulture, $"{c.AlertRate:0.000} ({c.Alerts}/{c.Queries})")
                    : string.Create(CultureInfo.InvariantCulture, $"{c.Recall:0.000} ({c.Found}/{c.Queries})");
            }

            sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {Cell("dev")} | {Cell("test")} | {Cell(null)} |"));
        }

        Summary("recall, every positive family", x => !x.Negative, alerts: false);
        Summary("recall, curated positive families", x => !x.Negative && x.Family is not (ChinaZhToEn or ChinaEnToZh), alerts: false);
        Summary("Han recall (han_us + hanja_person + china_zh_to_en)", x => HanFamilies.Contains(x.Family), alerts: false);
        Summary("false-alert rate, every negative family", x => x.Negative, alerts: true);
        return sb.ToString();
    }

    /// <summary>
    /// Up to <see cref="CrossScriptOptions.Examples"/> misses and false alerts per family, with the best match. They quote
    /// listed names: print them, never commit them.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>Plain text.</returns>
    public static string FormatExamples(CrossScriptReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        foreach (var family in report.Families)
        {
            var bad = report.Outcomes.Where(x => x.Family == family && (x.Negative ? x.Alert : !x.Found)).Take(report.Options.Examples).ToList();
            if (bad.Count == 0)
            {
                continue;
            }

            sb.AppendLine(CultureInfo.InvariantCulture, $"== {family}: {(bad[0].Negative ? "false alerts" : "misses")}");
            foreach (var x in bad)
            {
                var top = x.Top is null ? "(no match)" : string.Create(CultureInfo.InvariantCulture, $"top '{x.Top.Name}' {x.Top.Score:0.000}");
                var expected = x.Negative ? string.Empty : " expected '" + x.ExpectedName + "'" + (x.Unresolved ? " (unresolved)" : string.Empty);
                sb.AppendLine(CultureInfo.InvariantCulture, $"  [{x.Split}] '{x.Query}'{expected}: {top}");
            }
        }

        return sb.ToString();
    }

    private sealed record Planned(string Family, string Split, string Query, bool Negative, string ExpectedName, IReadOnlyList<string> ExpectedPartyIds, PartyType? Type);
}
