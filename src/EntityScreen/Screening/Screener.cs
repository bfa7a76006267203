namespace EntityScreen;

/// <summary>
/// Screens names against loaded lists. Built once from list snapshots (see <see cref="Create"/>), immutable afterwards,
/// and safe to share across threads.
/// </summary>
public sealed class Screener
{
    private Screener(IReadOnlyList<ListSnapshot> lists, ScreeningOptions options)
    {
        Lists = lists;
        Options = options;
        throw new NotImplementedException("Screener work in progress");
    }

    /// <summary>The snapshots screened against.</summary>
    public IReadOnlyList<ListSnapshot> Lists { get; }

    /// <summary>A copy of the options this screener was built with.</summary>
    public ScreeningOptions Options { get; }

    /// <summary>Lists, algorithm version and settings: carried by every result.</summary>
    public ScreeningContext Context { get; } = null!;

    /// <summary>Parties indexed.</summary>
    public int PartyCount { get; }

    /// <summary>Names indexed (primary and aliases, every script).</summary>
    public int NameCount { get; }

    /// <summary>Builds a screener over the given snapshots.</summary>
    /// <param name="lists">The list snapshots.</param>
    /// <param name="options">Options; null for defaults. Copied, so later changes do not affect the screener.</param>
    /// <returns>The screener.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static Screener Create(IEnumerable<ListSnapshot> lists, ScreeningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var copy = options?.Clone() ?? new ScreeningOptions();
        copy.Validate();
        return new Screener([.. lists], copy);
    }

    /// <summary>Screens one name with the screener's settings.</summary>
    /// <param name="name">The name, in any script. Empty or junk input gives no matches, never an exception.</param>
    /// <returns>Matches at or above the threshold, best first.</returns>
    public ScreeningResult Screen(string name) => Screen(new ScreeningQuery(name ?? string.Empty));

    /// <summary>Screens one query.</summary>
    /// <param name="query">The query with its filters.</param>
    /// <returns>Matches at or above the threshold, best first, one per party.</returns>
    public ScreeningResult Screen(ScreeningQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        throw new NotImplementedException();
    }

    /// <summary>Screens many queries in parallel; results come back in input order.</summary>
    /// <param name="queries">The queries.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; -1 (default) for all cores.</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    /// <returns>One result per query, in order.</returns>
    public IReadOnlyList<ScreeningResult> ScreenMany(IReadOnlyList<ScreeningQuery> queries, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var results = new ScreeningResult[queries.Count];
        Parallel.For(
            0,
            queries.Count,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken },
            i => results[i] = Screen(queries[i]));
        return results;
    }

    /// <summary>Scores two names against each other with this screener's token weights.</summary>
    /// <param name="name1">First name (treated as the query).</param>
    /// <param name="name2">Second name (treated as the listed name).</param>
    /// <returns>The score and its explanation.</returns>
    public MatchExplanation Compare(string name1, string name2) => throw new NotImplementedException();
}
