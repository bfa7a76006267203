using BenchmarkDotNet.Attributes;

namespace EntityScreen.Benchmarks;

/// <summary>
/// The ownership core at scale: loading an ownership CSV of 10k, 100k and 1M edges (<see cref="OwnershipFile.LoadCsv"/>),
/// closing the OFAC covered set from the loaded file (<see cref="OwnershipGraph.Build(OwnershipFile, IEnumerable{ListSnapshot}, Screener?)"/>
/// then <see cref="OwnershipGraph.Cover"/>), and both. The file is written at setup into a temporary folder by
/// <see cref="SyntheticOwnership"/> (seeded, so every run reads the same file): corporate groups under the real lists'
/// SDN parties (by <c>owner_id</c>) and unlisted holdings, with chains, fan-out, aggregation and some cycles. Baseline:
/// the load, as in <see cref="Load"/>; no FuzzySharp baseline applies here. Owners are resolved without a screener.
/// </summary>
/// <remarks>
/// The 1M case takes seconds an operation, so the class runs 1 warm-up and 5 measured iterations (mutators, so they also
/// apply on top of <c>--job dry/short</c>). The methods are named Read…, not Load…, so that <c>--filter '*Load*'</c> runs the
/// <see cref="Load"/> class alone.
/// </remarks>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(5)]
public class OwnershipClosure
{
    /// <summary>A day the OFAC rule is in force; fixed so every run computes the same set.</summary>
    private static readonly DateOnly s_asOf = new(2026, 12, 1);

    private string _folder = null!;
    private string _path = null!;
    private OwnershipFile _file = null!;
    private IReadOnlyList<ListSnapshot> _lists = null!;

    /// <summary>Edges (rows) in the file.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Edges { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _lists = RealLists.Snapshots;
        var sdn = RealLists.Parties.Where(p => p.List.Code == "SDN").ToArray();
        _folder = Path.Combine(Path.GetTempPath(), "entityscreen-bench-ownership-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _path = Path.Combine(_folder, $"ownership-{Edges}.csv");
        SyntheticOwnership.Write(_path, Edges, sdn);
        _file = OwnershipFile.LoadCsv(_path);

        // The file must load whole and cover something, or the numbers measure nothing.
        if (_file.Report.EdgesLoaded != Edges || _file.Report.File.RowsRejected != 0)
        {
            throw new InvalidOperationException($"synthetic ownership file: {_file.Report.EdgesLoaded} of {Edges} edges loaded, {_file.Report.File.RowsRejected} rejected");
        }

        if (BuildAndCover().Covered.Count == 0)
        {
            throw new InvalidOperationException("synthetic ownership file: the OFAC rule covers nothing");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>OwnershipFile.LoadCsv: stream, parse, hash the file.</summary>
    [Benchmark(Baseline = true)]
    public OwnershipFile ReadCsv() => OwnershipFile.LoadCsv(_path);

    /// <summary>OwnershipGraph.Build then Cover(Ofac50Percent) from the loaded file: resolve owners, close the covered set.</summary>
    [Benchmark]
    public CoveredSet BuildAndCover() =>
        OwnershipGraph.Build(_file, _lists).Cover(OwnershipRule.Ofac50Percent, new OwnershipOptions { AsOf = s_asOf });

    /// <summary>Load, build and cover: what a service does with a new ownership file.</summary>
    [Benchmark]
    public CoveredSet ReadBuildAndCover() =>
        OwnershipGraph.Build(OwnershipFile.LoadCsv(_path), _lists).Cover(OwnershipRule.Ofac50Percent, new OwnershipOptions { AsOf = s_asOf });
}
