using BenchmarkDotNet.Attributes;

namespace EntityScreen.Benchmarks;

/// <summary>
/// Start-up cost: parsing the CSL stand-in (<c>derived/csl_assembled.csv</c>, about 13,000 rows, 7 MB) with
/// <see cref="ListLoader"/>, and parsing it plus building the screener's index.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(3)]
[IterationCount(20)]
public class Load
{
    private string _path = null!;

    [GlobalSetup]
    public void Setup() => _path = SharedData.PathOf(SharedData.CslAssembled);

    /// <summary>ListLoader.Load: read, parse, merge rows into parties.</summary>
    [Benchmark(Baseline = true)]
    public ListSnapshot LoadCsl() => ListLoader.Load(_path);

    /// <summary>ListLoader.Load then Screener.Create: what a service does at start-up.</summary>
    [Benchmark]
    public Screener LoadCslAndCreateScreener() => Screener.Create([ListLoader.Load(_path)]);
}
