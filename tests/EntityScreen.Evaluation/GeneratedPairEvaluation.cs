using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace EntityScreen.Evaluation;

/// <summary>Scores of the generated pair set (<see cref="AliasPairSet"/>) and of the hand-labelled pairs.</summary>
public sealed class GeneratedPairReport
{
    /// <summary>The generated pairs.</summary>
    public required IReadOnlyList<GeneratedPair> Pairs { get; init; }

    /// <summary>EntityScreen's score per generated pair.</summary>
    public required double[] Scores { get; init; }

    /// <summary>What the builder left out.</summary>
    public required GeneratedPairStats Stats { get; init; }

    /// <summary>The hand-labelled pairs.</summary>
    public required IReadOnlyList<LabelledPair> Labelled { get; init; }

    /// <summary>EntityScreen's score per hand-labelled pair.</summary>
    public required double[] LabelledScores { get; init; }

    /// <summary>The default threshold.</summary>
    public double Threshold { get; init; }

    /// <summary>The algorithm version.</summary>
    public required string AlgorithmVersion { get; init; }

    /// <summary>The command line, commit and wall time.</summary>
    public string? CommandLine { get; init; }

    /// <summary>The commit measured.</summary>
    public string? Commit { get; init; }

    /// <summary>Wall time of the scoring.</summary>
    public TimeSpan Elapsed { get; init; }
}

/// <summary>Runs the generated pair set and the hand-labelled pairs through <see cref="Screener.Compare(string, string, PartyType)"/>.</summary>
public static class GeneratedPairEvaluation
{
    /// <summary>Loads the lists, builds the pairs and scores them.</summary>
    /// <param name="sharedDataDir">The shared data folder.</param>
    /// <param name="progress">Progress lines, or null.</param>
    /// <returns>The report.</returns>
    public static GeneratedPairReport Run(string sharedDataDir, TextWriter? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sharedDataDir);
        var csl = ListLoader.Load(Path.Combine(sharedDataDir, QualityEvaluation.CslFile));
        var china = ListLoader.Load(Path.Combine(sharedDataDir, QualityEvaluation.ChinaFile));
        var sdn = ListLoader.Load(Path.Combine(sharedDataDir, AliasPairSet.SdnFolder));
        var options = new ScreeningOptions();
        var screener = Screener.Create([csl, china], options);
        var pairs = AliasPairSet.Build(sdn, china, out var stats);
        progress?.WriteLine($"built {pairs.Count} pairs from {stats.Records} SDN records and the China lists");
        var watch = Stopwatch.StartNew();
        var scores = new double[pairs.Count];
        Parallel.For(0, pairs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(2, Environment.ProcessorCount) }, i =>
        {
            var p = pairs[i];
            scores[i] = screener.Compare(p.Name1, p.Name2, p.Kind == "person" ? PartyType.Person : PartyType.Organization).Score;
        });
        var labelled = LabelledPairs.Load();
        var labelledScores = labelled.Select(p => screener.Compare(p.Name1, p.Name2, p.Kind == "person" ? PartyType.Person : PartyType.Organization).Score).ToArray();
        return new GeneratedPairReport
        {
            Pairs = pairs,
            Scores = scores,
            Stats = stats,
            Labelled = labelled,
            LabelledScores = labelledScores,
            Threshold = options.Threshold,
            AlgorithmVersion = ScreeningDefaults.AlgorithmVersion,
            Elapsed = watch.Elapsed,
        };
    }

    /// <summary>The report as markdown: metrics by split, family and kind, the reliability table of the test split, the hand-labelled pairs.</summary>
    /// <param name="report">The report.</param>
    /// <param name="commandLine">The command that produced it, or null.</param>
    /// <param name="commit">The commit measured, or null.</param>
    /// <returns>Markdown.</returns>
    public static string Format(GeneratedPairReport report, string? commandLine = null, string? commit = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine("#### Run").AppendLine();
        sb.AppendLine(inv, $"- command: `{commandLine ?? "(library call)"}`");
        sb.AppendLine(inv, $"- commit: {commit ?? "unknown"}, algorithm {report.AlgorithmVersion}, default threshold {report.Threshold:0.00}");
        sb.AppendLine(inv, $"- positives whose two names share nothing (nicknames, war names, translations): {report.Pairs.Count(p => p.OtherName)} of {report.Pairs.Count(p => p.Match)}");
        sb.AppendLine(inv, $"- generated pairs: {report.Pairs.Count} from {report.Stats.Records} SDN person and organisation records (OFAC 2021-07-07) and the China lists; left out: {report.Stats.TrivialPositives} positives whose names are the same words, {report.Stats.SameNameNegatives} negatives whose names are the same words");
        sb.AppendLine(inv, $"- scoring: {report.Elapsed.TotalSeconds:0.0} s").AppendLine();

        sb.AppendLine("#### Generated pairs (`Screener.Compare` typed by the record's type)").AppendLine();
        sb.AppendLine("| split | family | kind | pairs | positives | F1 @default | precision | recall | best F1 | at | ROC AUC |");
        sb.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var split in new[] { "dev", "test" })
        {
            foreach (var family in new[] { "all", "sdn_alias", "sdn_alias, name variants", "china_script" })
            {
                foreach (var kind in new[] { "all", "person", "company" })
                {
                    var idx = Enumerable.Range(0, report.Pairs.Count).Where(i =>
                        report.Pairs[i].Split == split && InFamily(report.Pairs[i], family) && (kind == "all" || report.Pairs[i].Kind == kind)).ToArray();
                    Row(sb, $"{split} | {family} | {kind}", [.. idx.Select(i => report.Scores[i])], [.. idx.Select(i => report.Pairs[i].Match)], report.Threshold);
                }
            }
        }

        sb.AppendLine().AppendLine("#### Reliability (test split, every family, positives whose names share nothing left out: observed share of true matches per score bin)").AppendLine();
        sb.AppendLine("| score | pairs | matches | match rate | person pairs | person rate | company pairs | company rate |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var test = Enumerable.Range(0, report.Pairs.Count).Where(i => report.Pairs[i].Split == "test" && !report.Pairs[i].OtherName).ToArray();
        foreach (var (label, lo, hi) in s_bins)
        {
            var inBin = test.Where(i => report.Scores[i] >= lo && (report.Scores[i] < hi || (hi > 1 && report.Scores[i] <= 1))).ToArray();
            var persons = inBin.Where(i => report.Pairs[i].Kind == "person").ToArray();
            var companies = inBin.Where(i => report.Pairs[i].Kind == "company").ToArray();
            sb.AppendLine(inv, $"| {label} | {inBin.Length} | {inBin.Count(i => report.Pairs[i].Match)} | {Rate(inBin, report)} | {persons.Length} | {Rate(persons, report)} | {companies.Length} | {Rate(companies, report)} |");
        }

        sb.AppendLine().AppendLine("#### Hand-labelled pairs").AppendLine();
        sb.AppendLine("| set | kind | pairs | positives | F1 @default | precision | recall | best F1 | at | ROC AUC |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var kind in new[] { "all", "person", "company" })
        {
            var idx = Enumerable.Range(0, report.Labelled.Count).Where(i => kind == "all" || report.Labelled[i].Kind == kind).ToArray();
            Row(sb, $"hand-labelled | {kind}", [.. idx.Select(i => report.LabelledScores[i])], [.. idx.Select(i => report.Labelled[i].Match)], report.Threshold);
        }

        return sb.ToString();
    }

    /// <summary>The worst-scored pairs of the dev split (positives lowest, negatives highest): console only, they quote listed names.</summary>
    /// <param name="report">The report.</param>
    /// <param name="count">Pairs per list.</param>
    /// <param name="family">Only this family, or null.</param>
    /// <returns>Plain text.</returns>
    public static string FormatExamples(GeneratedPairReport report, int count, string? family = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        var dev = Enumerable.Range(0, report.Pairs.Count).Where(i => report.Pairs[i].Split == "dev" && (family is null || report.Pairs[i].Family == family)).ToArray();
        sb.AppendLine("dev positives below the threshold (lowest first):");
        foreach (var i in dev.Where(i => report.Pairs[i].Match && report.Scores[i] < report.Threshold).OrderBy(i => report.Scores[i]).ThenBy(i => i).Take(count))
        {
            var p = report.Pairs[i];
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {report.Scores[i]:0.000} {p.Kind,-7} {p.Name1} | {p.Name2}");
        }

        sb.AppendLine("dev negatives at or above the threshold (highest first):");
        foreach (var i in dev.Where(i => !report.Pairs[i].Match && report.Scores[i] >= report.Threshold).OrderByDescending(i => report.Scores[i]).ThenBy(i => i).Take(count))
        {
            var p = report.Pairs[i];
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {report.Scores[i]:0.000} {p.Kind,-7} {p.Name1} | {p.Name2}");
        }

        return sb.ToString();
    }

    /// <summary>
    /// <c>all</c>, a family, or <c>sdn_alias, name variants</c>: the SDN pairs less the positives whose names share
    /// nothing (<see cref="GeneratedPair.OtherName"/>).
    /// </summary>
    private static bool InFamily(GeneratedPair pair, string family) => family switch
    {
        "all" => true,
        "sdn_alias, name variants" => pair.Family == "sdn_alias" && !pair.OtherName,
        _ => pair.Family == family,
    };

    private static readonly (string Label, double Lo, double Hi)[] s_bins =
    [
        ("0", 0, 1e-9),
        ("(0, 0.5)", 1e-9, 0.5),
        ("[0.5, 0.6)", 0.5, 0.6),
        ("[0.6, 0.7)", 0.6, 0.7),
        ("[0.7, 0.8)", 0.7, 0.8),
        ("[0.8, 0.85)", 0.8, 0.85),
        ("[0.85, 0.9)", 0.85, 0.9),
        ("[0.9, 0.95)", 0.9, 0.95),
        ("[0.95, 1)", 0.95, 1),
        ("1", 1, 2),
    ];

    private static string Rate(int[] idx, GeneratedPairReport report) =>
        idx.Length == 0 ? "–" : ((double)idx.Count(i => report.Pairs[i].Match) / idx.Length).ToString("0.000", CultureInfo.InvariantCulture);

    private static void Row(StringBuilder sb, string label, double[] scores, bool[] labels, double threshold)
    {
        if (scores.Length == 0)
        {
            return;
        }

        var at = Metrics.At(scores, labels, threshold);
        var best = Metrics.BestF1(scores, labels);
        var auc = Metrics.RocAuc(scores, labels);
        sb.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {scores.Length} | {labels.Count(x => x)} | {at.F1:0.000} | {at.Precision:0.000} | {at.Recall:0.000} | {best.F1:0.000} | {best.Threshold:0.00} | {auc:0.000} |");
    }
}
