using System.Diagnostics;
using EntityScreen.Evaluation;

namespace EntityScreen.Tests.Evaluation;

/// <summary>
/// The quality harness's hard invariants on the real lists (when the shared data is present; required when
/// ENTITYSCREEN_SHARED_DATA is set). Soft targets (variant recall, false-alert rates) are reported by the runner, not
/// asserted here.
/// </summary>
public class QualityEvaluationTests
{
    [Fact]
    public void RealLists_EveryExactListedName_IsMatchedAtDefaultThreshold()
    {
        if (SharedData.Path(QualityEvaluation.CslFile) is null || SharedData.Path(QualityEvaluation.ChinaFile) is not { } china)
        {
            return;
        }

        var root = Path.GetDirectoryName(Path.GetDirectoryName(china))!;
        var watch = Stopwatch.StartNew();
        var report = QualityEvaluation.Run(root, new EvaluationOptions
        {
            Parties = 600,
            RunBaseline = false,
            RunPairs = false,
            MaxDegreeOfParallelism = 2,
        });

        var exact = report.Of("exact").ToList();
        var chinese = report.Of("chinese_simplified").ToList();
        Assert.Equal(600, exact.Count);
        Assert.NotEmpty(chinese);
        var misses = exact.Concat(chinese)
            .Where(x => x.Score < ScreeningDefaults.Threshold)
            .Select(x => $"{x.Query.Variant}: '{x.Query.Text}' ({x.Query.ExpectedPartyId}) scored {x.Score:0.000}")
            .ToList();
        Assert.True(misses.Count == 0, "exact listed names not matched at the default threshold:\n" + string.Join('\n', misses));
        Assert.All(report.EntityScreen.Scores, s => Assert.InRange(s, 0.0, 1.0));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"reduced evaluation took {watch.Elapsed}");
    }

    [Fact]
    public void HandWrittenMaterial_ParsesAndIsBalanced()
    {
        var pairs = LabelledPairs.Load();
        Assert.InRange(pairs.Count, 350, 1_000);
        Assert.InRange(pairs.Count(p => p.Match) / (double)pairs.Count, 0.35, 0.65);
        Assert.Contains(pairs, p => p.Kind == "person");
        Assert.Contains(pairs, p => p.Kind == "company");
    }

    [Fact]
    public void Metrics_RocAuc_IsMannWhitneyWithHalfTies()
    {
        // Positives 0.9, 0.5; negatives 0.5, 0.1: pairs (0.9>0.5), (0.9>0.1), (0.5=0.5 → ½), (0.5>0.1) → 3.5 / 4.
        double[] scores = [0.9, 0.5, 0.5, 0.1];
        bool[] labels = [true, true, false, false];

        Assert.Equal(0.875, Metrics.RocAuc(scores, labels), 12);
        var at = Metrics.At(scores, labels, 0.5);
        Assert.Equal((2, 1), (at.TruePositives, at.FalsePositives));
        Assert.Equal(0.8, at.F1, 12);
    }
}
