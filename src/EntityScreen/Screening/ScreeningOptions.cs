using System.ComponentModel.DataAnnotations;

namespace EntityScreen;

/// <summary>Defaults for screening, gathered in one place.</summary>
public static class ScreeningDefaults
{
    /// <summary>Default alert threshold: a match scores at least this.</summary>
    public const double Threshold = 0.85;

    /// <summary>Scores at or above this are <see cref="MatchBand.Strong"/>.</summary>
    public const double StrongThreshold = 0.95;

    /// <summary>Default maximum matches returned per query.</summary>
    public const int MaxResults = 10;

    /// <summary>Queries longer than this (in chars) are truncated to it before matching, never rejected.</summary>
    public const int MaxQueryLength = 400;

    /// <summary>Version of the matching algorithm; changes whenever scores can change.</summary>
    public const string AlgorithmVersion = "entityscreen-match/1.19";
}

/// <summary>How a screener scores and filters. Mutable POCO, validated once when a screener is built.</summary>
public sealed class ScreeningOptions
{
    /// <summary>Minimum score for a match, in [0, 1]. Default <see cref="ScreeningDefaults.Threshold"/>.</summary>
    [Range(0.0, 1.0)]
    public double Threshold { get; set; } = ScreeningDefaults.Threshold;

    /// <summary>Scores at or above this are reported as strong; below it (and above <see cref="Threshold"/>) as review.</summary>
    [Range(0.0, 1.0)]
    public double StrongThreshold { get; set; } = ScreeningDefaults.StrongThreshold;

    /// <summary>Maximum matches per query (one per party), best first.</summary>
    [Range(1, 10_000)]
    public int MaxResults { get; set; } = ScreeningDefaults.MaxResults;

    /// <summary>Queries longer than this are cut to this length.</summary>
    [Range(1, 100_000)]
    public int MaxQueryLength { get; set; } = ScreeningDefaults.MaxQueryLength;

    /// <summary>Whether OFAC weak aliases are screened. Default true.</summary>
    public bool IncludeWeakAliases { get; set; } = true;

    /// <summary>
    /// When true, a name match whose date of birth (or a vessel's IMO number) contradicts every listed one is cleared
    /// (not reported) instead of kept in the review band. Off by default: lists carry wrong and partial dates, and a
    /// cleared match is a miss no one reviews. Turn it on only where policy accepts that risk for the alert volume saved.
    /// </summary>
    public bool ClearContradictedMatches { get; set; }

    /// <summary>Validates the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        Check(Threshold is >= 0 and <= 1, nameof(Threshold), Threshold);
        Check(StrongThreshold is >= 0 and <= 1, nameof(StrongThreshold), StrongThreshold);
        Check(MaxResults is >= 1 and <= 10_000, nameof(MaxResults), MaxResults);
        Check(MaxQueryLength is >= 1 and <= 100_000, nameof(MaxQueryLength), MaxQueryLength);

        static void Check(bool ok, string name, object value)
        {
            if (!ok)
            {
                throw new ArgumentOutOfRangeException(name, value, $"ScreeningOptions.{name} is out of range.");
            }
        }
    }

    /// <summary>A copy of these options.</summary>
    /// <returns>The copy.</returns>
    public ScreeningOptions Clone() => (ScreeningOptions)MemberwiseClone();
}
