using BenchmarkDotNet.Attributes;

namespace EntityScreen.Benchmarks;

/// <summary>
/// One query against the full real lists (CSL stand-in + China lists), per query, averaged over the 16 queries of
/// <see cref="ScreeningQueries"/> (<c>OperationsPerInvoke</c> = 16, so each row is the mean time of one query).
/// Baseline: what people write first, FuzzySharp <c>TokenSetRatio</c> against every name, best per party, kept at ≥ 85.
/// </summary>
/// <remarks>
/// The baseline takes about 100 ms a query, so the class runs 1 warm-up and 5 measured iterations (mutators, so they
/// also apply on top of <c>--job dry/short</c>); a full run of the class stays within a few minutes.
/// </remarks>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(5)]
public class Screening
{
    private const int QueryCount = 16;

    private Screener _screener = null!;
    private ScreeningQuery[] _queries = null!;
    private string[] _fuzzyQueries = null!;
    private FuzzyBruteForce _fuzzy = null!;

    [GlobalSetup]
    public void Setup()
    {
        if (ScreeningQueries.All.Length != QueryCount)
        {
            throw new InvalidOperationException($"OperationsPerInvoke is {QueryCount} but there are {ScreeningQueries.All.Length} queries.");
        }

        _screener = Screener.Create(RealLists.Snapshots);
        _queries = [.. ScreeningQueries.All.Select(q => new ScreeningQuery(q.Name))];

        IndexCheck.AssertSame(_screener, _queries);

        // The baseline, as people write it: lower-case everything once, then TokenSetRatio against each name.
        _fuzzyQueries = [.. ScreeningQueries.All.Select(q => q.Name.ToLowerInvariant())];
        _fuzzy = new FuzzyBruteForce(RealLists.Parties);
    }

    /// <summary>FuzzySharp token-set ratio over every name; best per party; matches at ≥ 85.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = QueryCount)]
    public int FuzzySharpTokenSetRatio() => _fuzzy.ScreenAll(_fuzzyQueries);

    /// <summary>EntityScreen's scorer on every name (no index): the reference result.</summary>
    [Benchmark(OperationsPerInvoke = QueryCount)]
    public int ExhaustiveEntityScreen()
    {
        var matches = 0;
        foreach (var q in _queries)
        {
            matches += _screener.ScreenExhaustive(q).Matches.Count;
        }

        return matches;
    }

    /// <summary>EntityScreen through its candidate index: what <see cref="Screener.Screen(ScreeningQuery)"/> does.</summary>
    [Benchmark(OperationsPerInvoke = QueryCount)]
    public int IndexedEntityScreen()
    {
        var matches = 0;
        foreach (var q in _queries)
        {
            matches += _screener.Screen(q).Matches.Count;
        }

        return matches;
    }
}
