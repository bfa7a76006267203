namespace EntityScreen.Evaluation;

/// <summary>One generated query.</summary>
/// <param name="Text">The name screened.</param>
/// <param name="Variant">How it was made: <c>exact</c>, <c>typo</c>, <c>lookalike_company</c>, <c>unrelated_company</c> ...</param>
/// <param name="Positive">True when a listed party should be found.</param>
/// <param name="ExpectedPartyId">The party a positive query must find; null for negatives.</param>
/// <param name="SourcePartyId">The sampled party it was made from (look-alikes too); null for unrelated names.</param>
/// <param name="SourceName">The listed name it was made from; null for unrelated names.</param>
public sealed record EvaluationQuery(string Text, string Variant, bool Positive, string? ExpectedPartyId, string? SourcePartyId, string? SourceName)
{
    /// <summary>The negative family (<c>lookalike</c> or <c>unrelated</c>), or <c>positive</c>.</summary>
    public string Family => Positive ? "positive" : Variant.StartsWith("lookalike", StringComparison.Ordinal) ? "lookalike" : "unrelated";
}

/// <summary>A hand-labelled name pair.</summary>
/// <param name="Name1">First name.</param>
/// <param name="Name2">Second name.</param>
/// <param name="Match">True when a compliance analyst would call them the same entity.</param>
/// <param name="Kind"><c>person</c> or <c>company</c>.</param>
public sealed record LabelledPair(string Name1, string Name2, bool Match, string Kind);

/// <summary>Scores of one system on a set of queries: one score per query, aligned with the query list.</summary>
/// <param name="System">The system's name, e.g. <c>EntityScreen</c>, <c>FuzzySharp WRatio</c>.</param>
/// <param name="Scores">
/// Per query: for a positive, the expected party's score when it is among the top results (else 0); for a negative,
/// the top score (0 when nothing matched). A positive is a hit at threshold t, and a negative a false alert, when its
/// score is at least t.
/// </param>
/// <param name="Elapsed">Wall time spent scoring.</param>
public sealed record SystemScores(string System, double[] Scores, TimeSpan Elapsed);

/// <summary>The best match of a query, kept for the examples section.</summary>
/// <param name="Name">The listed name that scored best.</param>
/// <param name="PartyId">Its party.</param>
/// <param name="Score">Its score.</param>
public sealed record TopMatch(string Name, string PartyId, double Score);

/// <summary>Everything one evaluation run measured; <see cref="QualityEvaluation.Format"/> turns it into tables.</summary>
public sealed class EvaluationReport
{
    /// <summary>The options used.</summary>
    public required EvaluationOptions Options { get; init; }

    /// <summary>When the run started (UTC).</summary>
    public required DateTimeOffset Started { get; init; }

    /// <summary>The shared data folder read.</summary>
    public required string SharedDataDir { get; init; }

    /// <summary>The list files read, with SHA-256 and party counts.</summary>
    public required IReadOnlyList<ListIdentity> Lists { get; init; }

    /// <summary>Parties per list code in the loaded lists.</summary>
    public required IReadOnlyDictionary<string, int> PartiesByList { get; init; }

    /// <summary>Parties and distinct names indexed by the screener.</summary>
    public required (int Parties, int Names) Indexed { get; init; }

    /// <summary>Parties sampled per stratum (<c>list/type</c>).</summary>
    public required IReadOnlyDictionary<string, int> SampledByStratum { get; init; }

    /// <summary>Hand-written unrelated names dropped because they are (exact-normalized) listed names.</summary>
    public required IReadOnlyList<string> UnrelatedDropped { get; init; }

    /// <summary>Every generated query.</summary>
    public required IReadOnlyList<EvaluationQuery> Queries { get; init; }

    /// <summary>EntityScreen's scores on every query.</summary>
    public required SystemScores EntityScreen { get; init; }

    /// <summary>EntityScreen's best match per query (null when none above the floor).</summary>
    public required IReadOnlyList<TopMatch?> EntityScreenTop { get; init; }

    /// <summary>Indexes into <see cref="Queries"/> of the baseline subset (empty when the baseline did not run).</summary>
    public IReadOnlyList<int> BaselineSubset { get; init; } = [];

    /// <summary>Baseline systems' scores on the subset, aligned with <see cref="BaselineSubset"/>.</summary>
    public IReadOnlyList<SystemScores> Baselines { get; init; } = [];

    /// <summary>The labelled pairs evaluated (empty when not run).</summary>
    public IReadOnlyList<LabelledPair> Pairs { get; init; } = [];

    /// <summary>Pair scores per system, aligned with <see cref="Pairs"/>.</summary>
    public IReadOnlyList<SystemScores> PairScores { get; init; } = [];

    /// <summary>Time to load the lists and build the screener.</summary>
    public TimeSpan SetupTime { get; init; }

    /// <summary>Total wall time.</summary>
    public TimeSpan Elapsed { get; set; }

    /// <summary>The queries of one variant with their EntityScreen scores.</summary>
    /// <param name="variant">The variant name.</param>
    /// <returns>Pairs of query and score.</returns>
    public IEnumerable<(EvaluationQuery Query, double Score)> Of(string variant) =>
        Queries.Select((q, i) => (q, EntityScreen.Scores[i])).Where(x => x.q.Variant == variant);
}
