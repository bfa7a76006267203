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
/// <param name="SnapshotId">A hash of the list identities, overlay identities, algorithm version and options: one id for one configuration.</param>
public sealed record ScreeningContext(
    IReadOnlyList<ListIdentity> Lists,
    string AlgorithmVersion,
    double Threshold,
    double StrongThreshold,
    string SnapshotId)
{
    /// <summary>
    /// The alias overlays in force (source, SHA-256, rows), in the order applied; empty when none was. A match made
    /// through an overlay name names its overlay in <see cref="ListedName.Overlay"/>.
    /// </summary>
    public IReadOnlyList<AliasOverlayIdentity> Overlays { get; init; } = [];

    /// <summary>
    /// The ownership data in force (files with their SHA-256, the day the rules were applied on, each rule's state), when
    /// an <see cref="AffiliateList"/> is among the lists; else null.
    /// </summary>
    public OwnershipContext? Ownership { get; init; }
}

/// <summary>One matched party.</summary>
public sealed class ScreeningMatch
{
    private readonly Func<MatchExplanation>? _explain;
    private MatchExplanation? _explanation;

    /// <summary>Creates a match with its explanation.</summary>
    /// <param name="party">The listed party.</param>
    /// <param name="matchedName">The party's name that scored best.</param>
    /// <param name="score">Score in [0, 1].</param>
    /// <param name="band">Strong or review.</param>
    /// <param name="explanation">Why it matched.</param>
    public ScreeningMatch(ListedParty party, ListedName matchedName, double score, MatchBand band, MatchExplanation explanation)
        : this(party, matchedName, score, band, explain: null)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        _explanation = explanation;
    }

    /// <summary>Creates a match whose explanation is built on first access (the hot path builds none).</summary>
    internal ScreeningMatch(ListedParty party, ListedName matchedName, double score, MatchBand band, Func<MatchExplanation>? explain)
    {
        Party = party;
        MatchedName = matchedName;
        Score = score;
        Band = band;
        _explain = explain;
    }

    /// <summary>The listed party.</summary>
    public ListedParty Party { get; }

    /// <summary>The party's name that scored best.</summary>
    public ListedName MatchedName { get; }

    /// <summary>Score in [0, 1].</summary>
    public double Score { get; }

    /// <summary>Strong or review.</summary>
    public MatchBand Band { get; }

    /// <summary>
    /// Why it matched: the aligned tokens with their weights, legal forms and the score's parts. Built on first
    /// access and then kept (deterministic: the same every time); its score always equals <see cref="Score"/>.
    /// </summary>
    public MatchExplanation Explanation => _explanation ??= _explain!();

    /// <summary>
    /// For a party of an <see cref="AffiliateList"/>: what the ownership rules make of it (the rule, the owners with their
    /// lists, the paths and shares, the licence terms inherited); null for a party of a published list.
    /// </summary>
    public Affiliation? Affiliation => Party.Affiliation;
}

/// <summary>The result of screening one name.</summary>
/// <param name="Query">The query as given.</param>
/// <param name="Matches">Matches at or above the threshold, best first, one per party.</param>
/// <param name="Context">The lists, algorithm and settings that decided.</param>
public sealed record ScreeningResult(string Query, IReadOnlyList<ScreeningMatch> Matches, ScreeningContext Context)
{
    /// <summary>True when anything matched. Red flags alone never make a match.</summary>
    public bool IsMatch => Matches.Count > 0;

    /// <summary>
    /// Entities of an <see cref="AffiliateList"/> that the query names (scored like matches, at or above the threshold)
    /// and that the ownership rules flag without covering: worth a reviewer's look, never a match. Each one's
    /// <see cref="ScreeningMatch.Affiliation"/> says why (reason, shares, path). Empty without ownership data.
    /// </summary>
    public IReadOnlyList<ScreeningMatch> RedFlags { get; init; } = [];
}
