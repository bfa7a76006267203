using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace EntityScreen.Evaluation;

public static partial class QualityEvaluation
{
    /// <summary>The issue's targets, printed beside the numbers.</summary>
    private static string Target(string variant) => variant switch
    {
        "exact" => "= 1.000",
        _ when variant.StartsWith("chinese", StringComparison.Ordinal) => "≥ 0.95",
        _ when variant.StartsWith("lookalike", StringComparison.Ordinal) => "≤ 0.020",
        _ when variant.StartsWith("unrelated", StringComparison.Ordinal) => "≤ 0.005",
        _ => "≥ 0.98",
    };

    private static bool Meets(string variant, double rate) => variant switch
    {
        "exact" => rate >= 1.0,
        _ when variant.StartsWith("chinese", StringComparison.Ordinal) => rate >= 0.95,
        _ when variant.StartsWith("lookalike", StringComparison.Ordinal) => rate <= 0.02,
        _ when variant.StartsWith("unrelated", StringComparison.Ordinal) => rate <= 0.005,
        _ => rate >= 0.98,
    };

    /// <summary>Formats the report as markdown tables (ready to paste into docs/quality.md).</summary>
    /// <param name="report">The report.</param>
    /// <returns>Markdown.</returns>
    public static string Format(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var o = report.Options;
        var t = o.Threshold;
        var sb = new StringBuilder();
        void Line(FormattableString s) => sb.AppendLine(s.ToString(CultureInfo.InvariantCulture));

        var queries = report.Queries;
        var labels = queries.Select(q => q.Positive).ToArray();
        var es = report.EntityScreen.Scores;

        Line($"### Run");
        Line($"");
        Line($"- Date (UTC): {report.Started:yyyy-MM-dd HH:mm}; commit: {o.Commit ?? "(not given)"}; algorithm: {ScreeningDefaults.AlgorithmVersion}");
        Line($"- Machine: {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}, {RuntimeInformation.FrameworkDescription}; parallelism {o.MaxDegreeOfParallelism}");
        Line($"- Command: `{o.CommandLine ?? "(library call)"}`");
        foreach (var list in report.Lists)
        {
            Line($"- List file: `{Path.GetFileName(list.Source)}` sha256 {list.Sha256[..12]}…, as of {list.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"}");
        }

        Line($"- Loaded: {string.Join(", ", report.PartiesByList.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}"))}; indexed {report.Indexed.Parties} parties, {report.Indexed.Names} names");
        Line($"- Sample: seed {o.Seed}, {report.SampledByStratum.Values.Sum()} parties ({string.Join(", ", report.SampledByStratum.Where(k => k.Value > 0).Select(k => $"{k.Key} {k.Value}"))})");
        Line($"- Queries: {queries.Count} ({labels.Count(l => l)} positive, {labels.Count(l => !l)} negative); unrelated names dropped as listed: {report.UnrelatedDropped.Count}{(report.UnrelatedDropped.Count > 0 ? " (" + string.Join("; ", report.UnrelatedDropped) + ")" : string.Empty)}");
        Line($"- Time: setup {report.SetupTime.TotalSeconds:0.0} s; EntityScreen {report.EntityScreen.Elapsed.TotalSeconds:0.0} s ({PerQueryMs(report.EntityScreen, queries.Count):0.00} ms/query wall); total {report.Elapsed.TotalSeconds:0} s");
        Line($"");

        Line($"### Positive variants at threshold {t:0.00} (hit = expected party among the top {o.MaxResults} at the threshold)");
        Line($"");
        Line($"| variant | n | recall | mean score of expected party | target | holds |");
        Line($"|---|---:|---:|---:|---|---|");
        foreach (var variant in PositiveVariants)
        {
            var s = report.Of(variant).Select(x => x.Score).ToArray();
            if (s.Length == 0)
            {
                continue;
            }

            var recall = Metrics.At(s, [.. s.Select(_ => true)], t).Recall;
            Line($"| {variant} | {s.Length} | {recall:0.000} | {s.Average():0.000} | {Target(variant)} | {(Meets(variant, recall) ? "yes" : "**no**")} |");
        }

        Line($"");
        Line($"### Negatives at threshold {t:0.00} (false alert = any match at or above the threshold)");
        Line($"");
        Line($"| negative set | n | false alerts | rate | target | holds |");
        Line($"|---|---:|---:|---:|---|---|");
        foreach (var variant in NegativeVariants)
        {
            var s = report.Of(variant).Select(x => x.Score).ToArray();
            if (s.Length == 0)
            {
                continue;
            }

            var c = Metrics.At(s, [.. s.Select(_ => false)], t);
            Line($"| {variant} | {s.Length} | {c.FalsePositives} | {c.FalseAlertRate:0.000} | {Target(variant)} | {(Meets(variant, c.FalseAlertRate) ? "yes" : "**no**")} |");
        }

        Line($"");
        Line($"Latin look-alike false alerts (company and person) by the length of the listed name they were made from, in words:");
        Line($"");
        Line($"| words | n | false-alert rate |");
        Line($"|---|---:|---:|");
        foreach (var (lo, hi) in new[] { (1, 2), (3, 4), (5, 7), (8, int.MaxValue) })
        {
            var s = Enumerable.Range(0, queries.Count)
                .Where(i => queries[i].Variant is "lookalike_company" or "lookalike_person" && queries[i].SourceName is { } src
                    && NameVariants.Words(src).Count() is var n && n >= lo && n <= hi)
                .Select(i => es[i])
                .ToArray();
            if (s.Length > 0)
            {
                var c = Metrics.At(s, [.. s.Select(_ => false)], t);
                Line($"| {lo}{(hi == int.MaxValue ? "+" : hi == lo ? string.Empty : "–" + hi.ToString(CultureInfo.InvariantCulture))} | {s.Length} | {c.FalseAlertRate:0.000} |");
            }
        }

        Line($"");
        var pooled = Metrics.At(es, labels, t);
        var bestEs = Metrics.BestF1(es, labels);
        Line($"### Pooled over all {queries.Count} queries");
        Line($"");
        Line($"| threshold | precision | recall | F1 | false-alert rate | ROC AUC |");
        Line($"|---:|---:|---:|---:|---:|---:|");
        Line($"| {t:0.00} (default) | {pooled.Precision:0.000} | {pooled.Recall:0.000} | {pooled.F1:0.000} | {pooled.FalseAlertRate:0.000} | {Metrics.RocAuc(es, labels):0.000} |");
        Line($"| {bestEs.Threshold:0.000} (best F1) | {bestEs.Precision:0.000} | {bestEs.Recall:0.000} | {bestEs.F1:0.000} | {bestEs.FalseAlertRate:0.000} | |");
        Line($"");
        Line($"ROC AUC uses one score per query (positives: the expected party's score, 0 when absent from the top {o.MaxResults} at ≥ {o.ScoreFloor:0.00}; negatives: the top score, 0 when none).");
        Line($"");

        Line($"### Threshold sweep (EntityScreen, all queries)");
        Line($"");
        Line($"| threshold | recall | recall Latin variants | recall Chinese variants | false alerts look-alike | false alerts unrelated | precision | F1 |");
        Line($"|---:|---:|---:|---:|---:|---:|---:|---:|");
        var chinese = queries.Select(q => q.Positive && q.Variant.StartsWith("chinese", StringComparison.Ordinal)).ToArray();
        var lookalike = queries.Select(q => q.Family == "lookalike").ToArray();
        var unrelated = queries.Select(q => q.Family == "unrelated").ToArray();
        foreach (var th in o.SweepThresholds)
        {
            var c = Metrics.At(es, labels, th);
            Line($"| {th:0.00} | {c.Recall:0.000} | {Rate(es, queries, th, i => labels[i] && !chinese[i]):0.000} | {Rate(es, queries, th, i => chinese[i]):0.000} | {Rate(es, queries, th, i => lookalike[i]):0.000} | {Rate(es, queries, th, i => unrelated[i]):0.000} | {c.Precision:0.000} | {c.F1:0.000} |");
        }

        if (report.BaselineSubset.Count > 0)
        {
            FormatBaseline(report, Line);
        }

        if (report.Pairs.Count > 0)
        {
            FormatPairs(report, Line);
        }

        if (o.Examples > 0)
        {
            FormatExamples(report, Line);
        }

        return sb.ToString();
    }

    private static double PerQueryMs(SystemScores s, int n) => n == 0 ? 0 : s.Elapsed.TotalMilliseconds / n;

    private static double Rate(double[] scores, IReadOnlyList<EvaluationQuery> queries, double t, Func<int, bool> where)
    {
        int n = 0, flagged = 0;
        for (var i = 0; i < queries.Count; i++)
        {
            if (where(i))
            {
                n++;
                flagged += scores[i] > 0 && scores[i] >= t - 1e-12 ? 1 : 0;
            }
        }

        return n == 0 ? double.NaN : (double)flagged / n;
    }

    private static void FormatBaseline(EvaluationReport report, Action<FormattableString> line)
    {
        var o = report.Options;
        var t = o.Threshold;
        var subset = report.BaselineSubset.Select(i => report.Queries[i]).ToArray();
        var labels = subset.Select(q => q.Positive).ToArray();
        var systems = new List<SystemScores>
        {
            new("EntityScreen", [.. report.BaselineSubset.Select(i => report.EntityScreen.Scores[i])], report.EntityScreen.Elapsed),
        };
        systems.AddRange(report.Baselines);
        var best = systems.Select(s => Metrics.BestF1(s.Scores, labels)).ToArray();

        line($"");
        line($"### FuzzySharp brute-force baseline (same {labels.Count(l => l)} positive + {labels.Count(l => !l)} negative queries, seeded subset)");
        line($"");
        line($"FuzzySharp 2.0.2 with `PreprocessMode.Full` against every listed name, score/100, best name per party, top {o.MaxResults} parties. Full preprocessing keeps only `[a-zA-Z0-9 ]`, so Chinese and full-width queries score 0: that is what the plain approach does.");
        line($"");
        line($"| system | threshold | precision | recall | F1 | false alerts look-alike | false alerts unrelated | ROC AUC | ms/query (wall, {o.MaxDegreeOfParallelism} threads) |");
        line($"|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var k = 0; k < systems.Count; k++)
        {
            var s = systems[k];
            var auc = Metrics.RocAuc(s.Scores, labels);
            var ms = k == 0 ? PerQueryMs(report.EntityScreen, report.Queries.Count) : PerQueryMs(s, subset.Length);
            foreach (var (th, what) in new[] { (t, "default"), (best[k].Threshold, "best F1") })
            {
                var c = Metrics.At(s.Scores, labels, th);
                line($"| {s.System} | {th:0.00} ({what}) | {c.Precision:0.000} | {c.Recall:0.000} | {c.F1:0.000} | {Rate(s.Scores, subset, th, i => subset[i].Family == "lookalike"):0.000} | {Rate(s.Scores, subset, th, i => subset[i].Family == "unrelated"):0.000} | {auc:0.000} | {ms:0.0} |");
            }
        }

        line($"");
        line($"Recall (positives) and false-alert rate (negatives) per variant on the subset; EntityScreen at {t:0.00}, each FuzzySharp scorer at {t:0.00} and at its own best-F1 threshold:");
        line($"");
        var header = new StringBuilder("| variant | n | EntityScreen @").Append(t.ToString("0.00", CultureInfo.InvariantCulture));
        var rule = new StringBuilder("|---|---:|---:");
        for (var k = 1; k < systems.Count; k++)
        {
            header.Append(CultureInfo.InvariantCulture, $" | {systems[k].System.Replace("FuzzySharp ", string.Empty, StringComparison.Ordinal)} @{t:0.00} | @{best[k].Threshold:0.00}");
            rule.Append("|---:|---:");
        }

        line($"{header} |");
        line($"{rule}|");
        foreach (var variant in PositiveVariants.Concat(NegativeVariants))
        {
            var idx = Enumerable.Range(0, subset.Length).Where(i => subset[i].Variant == variant).ToArray();
            if (idx.Length == 0)
            {
                continue;
            }

            var row = new StringBuilder();
            row.Append(CultureInfo.InvariantCulture, $"| {variant} | {idx.Length} | {Rate(systems[0].Scores, subset, t, idx.Contains):0.000}");
            for (var k = 1; k < systems.Count; k++)
            {
                row.Append(CultureInfo.InvariantCulture, $" | {Rate(systems[k].Scores, subset, t, idx.Contains):0.000} | {Rate(systems[k].Scores, subset, best[k].Threshold, idx.Contains):0.000}");
            }

            line($"{row} |");
        }
    }

    private static void FormatPairs(EvaluationReport report, Action<FormattableString> line)
    {
        var t = report.Options.Threshold;
        var pairs = report.Pairs;
        var labels = pairs.Select(p => p.Match).ToArray();
        line($"");
        line($"### Hand-labelled pairs ({pairs.Count}: {labels.Count(l => l)} same entity, {labels.Count(l => !l)} different; {pairs.Count(p => p.Kind == "person")} person, {pairs.Count(p => p.Kind == "company")} company)");
        line($"");
        line($"EntityScreen: `screener.Compare(name1, name2, type)` with token weights from the real lists, type the pair's kind (person → the person rules). FuzzySharp: `PreprocessMode.Full`, score/100.");
        line($"");
        line($"| system | subset | F1 @{t:0.00} | precision @{t:0.00} | recall @{t:0.00} | best F1 | at threshold | ROC AUC |");
        line($"|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var s in report.PairScores)
        {
            foreach (var kind in new[] { "all", "person", "company" })
            {
                var idx = Enumerable.Range(0, pairs.Count).Where(i => kind == "all" || pairs[i].Kind == kind).ToArray();
                var scores = idx.Select(i => s.Scores[i]).ToArray();
                var l = idx.Select(i => labels[i]).ToArray();
                var c = Metrics.At(scores, l, t);
                var b = Metrics.BestF1(scores, l);
                line($"| {s.System} | {kind} | {c.F1:0.000} | {c.Precision:0.000} | {c.Recall:0.000} | {b.F1:0.000} | {b.Threshold:0.00} | {Metrics.RocAuc(scores, l):0.000} |");
            }
        }

        line($"");
        line($"Targets: F1 ≥ 0.85 and ROC AUC ≥ 0.90 (EntityScreen, all pairs).");
    }

    private static void FormatExamples(EvaluationReport report, Action<FormattableString> line)
    {
        var t = report.Options.Threshold;
        var n = report.Options.Examples;
        line($"");
        line($"### Examples (first {n} misses / false alerts per variant; quotes listed names, do not commit)");
        foreach (var variant in PositiveVariants.Concat(NegativeVariants))
        {
            var bad = Enumerable.Range(0, report.Queries.Count)
                .Where(i => report.Queries[i].Variant == variant)
                .Where(i => report.Queries[i].Positive ? report.EntityScreen.Scores[i] < t : report.EntityScreen.Scores[i] >= t && report.EntityScreen.Scores[i] > 0)
                .Take(n)
                .ToArray();
            if (bad.Length == 0)
            {
                continue;
            }

            line($"");
            line($"{variant}:");
            foreach (var i in bad)
            {
                var q = report.Queries[i];
                var top = report.EntityScreenTop[i];
                var topText = top is null ? "nothing ≥ floor" : $"top {top.Score:0.000} `{top.Name}` ({top.PartyId})";
                line($"- `{q.Text}` ← `{q.SourceName}` ({q.SourcePartyId}); expected score {report.EntityScreen.Scores[i]:0.000}; {topText}");
            }
        }
    }
}
