namespace EntityScreen.Evaluation;

/// <summary>What <see cref="CrossScriptEvaluation.Run"/> screens and how. Every default is the one the docs quote.</summary>
public sealed class CrossScriptOptions
{
    /// <summary>The alert threshold: a positive is found, and a negative a false alert, at a score at least this.</summary>
    public double Threshold { get; set; } = ScreeningDefaults.Threshold;

    /// <summary>Matches kept per query: a positive is found when its expected party is among them.</summary>
    public int MaxResults { get; set; } = 10;

    /// <summary>Whether each curated query carries its <c>party_type</c> (<see cref="ScreeningQuery.Type"/>), as a user who knows it would.</summary>
    public bool TypedQueries { get; set; } = true;

    /// <summary>Whether to build and screen the generated China-list families (<c>china_zh_to_en</c>, <c>china_en_to_zh</c>).</summary>
    public bool RunGenerated { get; set; } = true;

    /// <summary>Build the screener with the curated default alias overlay (<see cref="AliasOverlay.Default"/>), as the CLI does.</summary>
    public bool DefaultOverlay { get; set; }

    /// <summary>Only these families (curated or generated); null for all.</summary>
    public IReadOnlyCollection<string>? Families { get; set; }

    /// <summary>Threads for screening.</summary>
    public int MaxDegreeOfParallelism { get; set; } = Math.Max(1, Math.Min(2, Environment.ProcessorCount));

    /// <summary>Misses and false alerts kept per family for <see cref="CrossScriptEvaluation.FormatExamples"/> (0 for none).</summary>
    public int Examples { get; set; }

    /// <summary>The command line to print in the report.</summary>
    public string? CommandLine { get; set; }

    /// <summary>The git commit to print in the report, when the caller knows it.</summary>
    public string? Commit { get; set; }

    /// <summary>Where progress lines go (null for none).</summary>
    public TextWriter? Progress { get; set; }
}
