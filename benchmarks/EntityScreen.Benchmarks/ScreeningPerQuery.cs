using BenchmarkDotNet.Attributes;

namespace EntityScreen.Benchmarks;

/// <summary>
/// Each Han and Hangul query of <see cref="ScreeningByScript"/> on its own row, one query per operation, against the
/// full real lists: the per-query p50 of a script is the median of its rows' medians, where
/// <see cref="ScreeningByScript"/> gives the mean of its 8 queries (one long name, such as a CETC institute read in
/// several ways, weighs on a mean as it does not on a percentile). Baseline: FuzzySharp <c>TokenSetRatio</c> against
/// every name, for the same query.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(1)]
[IterationCount(5)]
public class ScreeningPerQuery
{
    private Screener _screener = null!;
    private ScreeningQuery _query = null!;
    private string[] _fuzzyQuery = null!;
    private FuzzyBruteForce _fuzzy = null!;

    /// <summary>Every Han and Hangul query of <see cref="ScreeningByScript"/>, prefixed by its script.</summary>
    public static IEnumerable<string> Queries =>
        ScreeningByScript.QueriesByScript["han"].Select(q => "han: " + q).Concat(ScreeningByScript.QueriesByScript["hangul"].Select(q => "hangul: " + q));

    /// <summary>The query, as <c>script: name</c>.</summary>
    [ParamsSource(nameof(Queries))]
    public string Query { get; set; } = "han: 华为技术有限公司";

    [GlobalSetup]
    public void Setup()
    {
        var name = Query[(Query.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        _screener = Screener.Create(RealLists.Snapshots);
        _query = new ScreeningQuery(name);
        IndexCheck.AssertSame(_screener, [_query]);
        _fuzzyQuery = [name.ToLowerInvariant()];
        _fuzzy = new FuzzyBruteForce(RealLists.Parties);
    }

    /// <summary>FuzzySharp token-set ratio over every name; best per party; matches at ≥ 85.</summary>
    [Benchmark(Baseline = true)]
    public int FuzzySharpTokenSetRatio() => _fuzzy.ScreenAll(_fuzzyQuery);

    /// <summary>EntityScreen through its candidate index, readings included.</summary>
    [Benchmark]
    public int IndexedEntityScreen() => _screener.Screen(_query).Matches.Count;
}
