using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace EntityScreen.Benchmarks;

/// <summary>
/// Screening with ownership affiliates in the index (issue 17): the 16 queries of <see cref="ScreeningQueries"/> against
/// the full real lists alone, and with the affiliates of a synthetic ownership file added (each of the first Entity
/// List and SDN organisations owns invented subsidiaries 100%, some through a holding: every subsidiary is covered,
/// so every one is an indexed name). The claim to check: affiliates cost what their names cost, nothing more. One row
/// is the mean time of one query (<c>OperationsPerInvoke</c> = 16). Baseline: FuzzySharp <c>TokenSetRatio</c> against
/// every name of the same parties (affiliates included).
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(5)]
public class AffiliateScreening
{
    private const int QueryCount = 16;

    private Screener _screener = null!;
    private ScreeningQuery[] _queries = null!;
    private string[] _fuzzyQueries = null!;
    private FuzzyBruteForce _fuzzy = null!;
    private string? _directory;

    /// <summary>Affiliates added to the index: none, or about this many covered subsidiaries.</summary>
    [Params(0, 20_000)]
    public int Affiliates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var lists = RealLists.Snapshots;
        IReadOnlyList<ListSnapshot> screened = lists;
        if (Affiliates > 0)
        {
            _directory = Directory.CreateTempSubdirectory("entityscreen-affiliates-").FullName;
            var path = Path.Combine(_directory, "ownership.csv");
            File.WriteAllText(path, OwnershipCsv(lists, Affiliates), Encoding.UTF8);
            var graph = OwnershipGraph.Build(OwnershipFile.LoadCsv(path), lists);
            var affiliates = AffiliateList.Create(graph, new OwnershipOptions { AsOf = new DateOnly(2026, 12, 1) });
            if (affiliates.Snapshot.Parties.Count < Affiliates)
            {
                throw new InvalidOperationException($"{affiliates.Snapshot.Parties.Count} affiliates indexed, {Affiliates} wanted.");
            }

            screened = [.. lists, affiliates.Snapshot];
        }

        _screener = Screener.Create(screened);
        _queries = [.. ScreeningQueries.All.Select(q => new ScreeningQuery(q.Name))];
        if (_queries.Length != QueryCount)
        {
            throw new InvalidOperationException($"OperationsPerInvoke is {QueryCount} but there are {_queries.Length} queries.");
        }

        IndexCheck.AssertSame(_screener, _queries);
        _fuzzyQueries = [.. ScreeningQueries.All.Select(q => q.Name.ToLowerInvariant())];
        _fuzzy = new FuzzyBruteForce(screened.SelectMany(s => s.Parties));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>FuzzySharp token-set ratio over every name; best per party; matches at ≥ 85.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = QueryCount)]
    public int FuzzySharpTokenSetRatio() => _fuzzy.ScreenAll(_fuzzyQueries);

    /// <summary>EntityScreen through its candidate index, affiliates included.</summary>
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

    /// <summary>
    /// An ownership CSV: the first Entity List and SDN organisations, each owning 100% of a holding and, through it or
    /// directly, subsidiaries with invented names, until <paramref name="count"/> subsidiaries are named.
    /// </summary>
    internal static string OwnershipCsv(IReadOnlyList<ListSnapshot> lists, int count)
    {
        var owners = lists.SelectMany(l => l.Parties)
            .Where(p => p.Type == PartyType.Organization && p.List.Code is "EL" or "SDN")
            .Take(Math.Max(1, count / 10))
            .ToArray();
        var names = new SyntheticNames(seed: 17, expectedNames: count);
        var csv = new StringBuilder("owner,owner_id,owned,owned_id,share\n");
        var made = 0;
        for (var i = 0; made < count; i++)
        {
            var owner = owners[i % owners.Length];
            var holding = "H" + i.ToString(CultureInfo.InvariantCulture);
            csv.Append(Cell(owner.PrimaryName)).Append(',').Append(Cell(owner.Id)).Append(',').Append(Cell(names.Company())).Append(',').Append(holding).Append(",100\n");
            made++;
            for (var k = 0; k < 9 && made < count; k++, made++)
            {
                var sub = "S" + i.ToString(CultureInfo.InvariantCulture) + "-" + k.ToString(CultureInfo.InvariantCulture);
                var (from, fromId) = k % 2 == 0 ? ("holding " + holding, holding) : (owner.PrimaryName, owner.Id);
                csv.Append(Cell(from)).Append(',').Append(Cell(fromId)).Append(',').Append(Cell(names.Company())).Append(',').Append(sub).Append(",100\n");
            }
        }

        return csv.ToString();

        static string Cell(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
