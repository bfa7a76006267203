using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using EntityScreen.Benchmarks;

// `latency`, `scale` and `batch` are plain Stopwatch modes (see Modes.Usage); everything else is BenchmarkDotNet's.
try
{
    if (args.Length > 0 && args[0] is "latency" or "scale" or "batch" or "snapshot" or "snapshot-load")
    {
        return Modes.Run(args[0], args[1..]);
    }

    if (args.Length > 0 && args[0] is "help" or "--help" or "-h")
    {
        Console.WriteLine(Modes.Usage);
    }

    // Every BenchmarkDotNet class reads the real lists: fail here, clearly, rather than in each child process.
    SharedData.EnsureAvailable();
    // Ratios as "1,234.5x faster": the index is thousands of times faster than the baseline, which a 0.000 hides.
    var config = DefaultConfig.Instance.WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    var failed = summaries.Where(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)).Select(s => s.Title).ToArray();
    if (failed.Length > 0)
    {
        Console.Error.WriteLine($"benchmarks failed: {string.Join(", ", failed)}");
        return 1;
    }

    return 0;
}
catch (SharedDataMissingException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 2;
}
