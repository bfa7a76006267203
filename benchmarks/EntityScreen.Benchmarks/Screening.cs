using BenchmarkDotNet.Attributes;
using FuzzySharp;

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
    private const int FuzzyCutoff = 85;

    private Screener _screener = null!;
    private ScreeningQuery[] _queries = null!;
    private string[] _fuzzyQueries = null!;
    private string[] _fuzzyNames = null!;
    private int[] _fuzzyParty = null!;
    private int _partyCount;

    [GlobalSetup]
    public void Setup()
    {
        if (ScreeningQueries.All.Length != QueryCount)
        {
            throw new InvalidOperationException($"OperationsPerInvoke is {QueryCount} but there are {ScreeningQueries.All.Length} queries.");
        }

        _screener = Screener.Create(RealLists.Snapshots);
        _queries = [.. ScreeningQueries.All.Select(q => new ScreeningQuery(q.Name))];

        // The index promises the exhaustive result; timing two methods that disagree would compare different work.
        foreach (var q in _queries)
        {
            var indexed = string.Join(", ", _screener.Screen(q).Matches.Select(m => $"{m.Party.Id}={m.Score:R}"));
            var exhaustive = string.Join(", ", _screener.ScreenExhaustive(q).Matches.Select(m => $"{m.Party.Id}={m.Score:R}"));
            if (indexed != exhaustive)
            {
                throw new InvalidOperationException($"Screen and ScreenExhaustive disagree on \"{q.Name}\": indexed [{indexed}], exhaustive [{exhaustive}].");
            }
        }

        // The baseline, as people write it: lower-case everything once, then TokenSetRatio against each name.
        _fuzzyQueries = [.. ScreeningQueries.All.Select(q => q.Name.ToLowerInvariant())];
        var names = new List<string>();
        var party = new List<int>();
        var p = 0;
        foreach (var listed in RealLists.Parties)
        {
            foreach (var n in listed.Names)
            {
                names.Add(n.Value.ToLowerInvariant());
                party.Add(p);
            }

            p++;
        }

        _fuzzyNames = [.. names];
        _fuzzyParty = [.. party];
        _partyCount = p;
    }

    /// <summary>FuzzySharp token-set ratio over every name; best per party; matches at ≥ 85.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = QueryCount)]
    public int FuzzySharpTokenSetRatio()
    {
        var matches = 0;
        var best = new int[_partyCount];
        foreach (var q in _fuzzyQueries)
        {
            Array.Clear(best);
            for (var i = 0; i < _fuzzyNames.Length; i++)
            {
                var score = Fuzz.TokenSetRatio(q, _fuzzyNames[i]);
                var party = _fuzzyParty[i];
                if (score > best[party])
                {
                    best[party] = score;
                }
            }

            foreach (var score in best)
            {
                if (score >= FuzzyCutoff)
                {
                    matches++;
                }
            }
        }

        return matches;
    }

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
