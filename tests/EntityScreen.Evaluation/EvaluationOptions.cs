namespace EntityScreen.Evaluation;

/// <summary>What <see cref="QualityEvaluation.Run"/> generates and measures. Every default is the one the docs quote.</summary>
public sealed class EvaluationOptions
{
    /// <summary>Seed of every random choice (sampling and variants): same seed and data give the same set.</summary>
    public int Seed { get; set; } = 20_261_127;

    /// <summary>Listed parties sampled (stratified by list and party type) to make positive variants and look-alikes from.</summary>
    public int Parties { get; set; } = 1_500;

    /// <summary>The alert threshold the headline numbers use.</summary>
    public double Threshold { get; set; } = ScreeningDefaults.Threshold;

    /// <summary>
    /// Screening runs at this threshold (top <see cref="MaxResults"/>) so that one pass gives every sweep threshold; a score
    /// below it counts as 0 for ROC AUC.
    /// </summary>
    public double ScoreFloor { get; set; } = 0.5;

    /// <summary>Matches kept per query: a positive is a hit when the expected party is among them at the threshold.</summary>
    public int MaxResults { get; set; } = 10;

    /// <summary>Thresholds of the sweep table.</summary>
    public IReadOnlyList<double> SweepThresholds { get; set; } =
        [0.70, 0.75, 0.78, 0.80, 0.82, 0.84, 0.85, 0.86, 0.88, 0.90, 0.92, 0.94, 0.96, 0.98];

    /// <summary>Only these variants (positive and negative names, e.g. <c>exact</c>, <c>lookalike_company</c>); null for all.</summary>
    public IReadOnlyCollection<string>? Variants { get; set; }

    /// <summary>Whether to run the FuzzySharp brute-force baseline (slow: ~0.1–0.3 s per query per core).</summary>
    public bool RunBaseline { get; set; } = true;

    /// <summary>Positive queries in the baseline subset (sampled with the seed; EntityScreen is reported on the same subset).</summary>
    public int BaselinePositives { get; set; } = 400;

    /// <summary>Negative queries in the baseline subset.</summary>
    public int BaselineNegatives { get; set; } = 400;

    /// <summary>Whether to evaluate the hand-labelled name pairs.</summary>
    public bool RunPairs { get; set; } = true;

    /// <summary>Threads for screening and the baseline.</summary>
    public int MaxDegreeOfParallelism { get; set; } = Math.Max(1, Math.Min(2, Environment.ProcessorCount));

    /// <summary>Misses and false alerts printed per variant (0 for none). They quote listed names: keep them out of committed docs.</summary>
    public int Examples { get; set; }

    /// <summary>The command line to print in the report (what the reader should run to reproduce it).</summary>
    public string? CommandLine { get; set; }

    /// <summary>The git commit to print in the report, when the caller knows it.</summary>
    public string? Commit { get; set; }

    /// <summary>Where progress lines go (null for none).</summary>
    public TextWriter? Progress { get; set; }
}
