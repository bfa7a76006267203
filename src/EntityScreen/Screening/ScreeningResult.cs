namespace EntityScreen;

/// <summary>How strong a match is.</summary>
public enum MatchBand
{
    /// <summary>Above the threshold but below the strong threshold: a human should review.</summary>
    Review = 0,

    /// <summary>At or above the strong threshold.</summary>
    Strong = 1,
}

/// <summary>What decided a screening: lists, algorithm and settings. Same context and query give the same result.</summary>
/// <param name="Lists">The identity of every list snapshot screened against.</param>
/// <param name="AlgorithmVersion">The matching algorithm's version.</param>
/// <param name="Threshold">The threshold applied.</param>
/// <param name="StrongThreshold">The strong band's threshold.</param>
/// <param name="SnapshotId">A hash of the list identities, algorithm version and options: one id for one configuration.</param>
public sealed record ScreeningContext(
    IReadOnlyList<ListIdentity> Lists,
    string AlgorithmVersion,
    double Threshold,
    double StrongThreshold,
    string SnapshotId);

/// <summary>One matched party.</summary>
/// <param name="Party">The listed party.</param>
/// <param name="MatchedName">The party's name that scored best.</param>
/// <param name="Score">Score in [0, 1].</param>
/// <param name="Band">Strong or review.</param>
/// <param name="Explanation">Why it matched.</param>
public sealed record ScreeningMatch(ListedParty Party, ListedName MatchedName, double Score, MatchBand Band, MatchExplanation Explanation);

/// <summary>The result of screening one name.</summary>
/// <param name="Query">The query as given.</param>
/// <param name="Matches">Matches at or above the threshold, best first, one per party.</param>
/// <param name="Context">The lists, algorithm and settings that decided.</param>
public sealed record ScreeningResult(string Query, IReadOnlyList<ScreeningMatch> Matches, ScreeningContext Context)
{
    /// <summary>True when anything matched.</summary>
    public bool IsMatch => Matches.Count > 0;
}
