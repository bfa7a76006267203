using System.Diagnostics;
using System.Runtime;
using static EntityScreen.Benchmarks.LatencyRunner;

namespace EntityScreen.Benchmarks;

/// <summary>
/// The non-BenchmarkDotNet modes: <c>latency</c>, <c>scale</c> and <c>batch</c>. They measure what BenchmarkDotNet does
/// not show well: percentiles over thousands of different queries, index size at a million names, and throughput on all
/// cores.
/// </summary>
internal static class Modes
{
    public const string Usage = """
        Modes (run with -c Release):
          latency [--queries 5000] [--names 0] [--seed 42]
              Real lists (both derived files), plus N synthetic names when --names is given. Index build time, managed
              bytes per name, and single-thread p50/p90/p99/max per query over generated variants and unlisted names.
          scale --names 100000|1000000 [--queries 5000] [--seed 42]
              Synthetic list only (SyntheticNames): index build time, bytes per name, query percentiles.
          snapshot [--names 0] [--file PATH] [--seed 42]
              Builds the real lists with the default overlay (or N synthetic names alone with --names), saves the
              screener to a snapshot file (Screener.Save): build and write time, file size, managed bytes of lists and
              screener. Then run snapshot-load on the file in a fresh process.
          snapshot-load --file PATH
              Loads a snapshot (Screener.Load) in this fresh process: load time, managed bytes after, peak working set,
              and the first query's time.
          batch [--queries 20000] [--threads -1] [--seed 42]
              Real lists: ScreenMany over N queries on all cores (or --threads) and on one thread, two rounds each: queries per second.
          anything else goes to BenchmarkDotNet's switcher, e.g. --filter '*' --job dry, --list flat.
        """;

    public static int Run(string mode, string[] args)
    {
        var options = Options.Parse(args);
        Console.WriteLine(Invariant($"EntityScreen benchmarks, mode {mode}: .NET {Environment.Version}, {Environment.ProcessorCount} logical cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, seed {options.Seed}"));
        switch (mode)
        {
            case "latency":
                Latency(options);
                return 0;
            case "scale":
                Scale(options);
                return 0;
            case "batch":
                Batch(options);
                return 0;
            case "snapshot":
                Snapshot(options);
                return 0;
            case "snapshot-load":
                SnapshotLoad(options);
                return 0;
            default:
                Console.Error.WriteLine($"unknown mode {mode}\n{Usage}");
                return 2;
        }
    }

    private static void Latency(Options o)
    {
        SharedData.EnsureAvailable();
        var snapshots = new List<ListSnapshot>(RealLists.Snapshots);
        Console.WriteLine(Invariant($"lists:         {string.Join(", ", snapshots.Select(s => $"{Path.GetFileName(s.Identity.Source)} ({s.Parties.Count:N0} parties)"))}"));
        if (o.Names > 0)
        {
            snapshots.Add(SyntheticList(o.Names, o.Seed));
            Console.WriteLine(Invariant($"               + {o.Names:N0} synthetic names"));
        }

        var screener = Build(snapshots);
        var parties = snapshots.SelectMany(s => s.Parties).ToArray();
        Measure(screener, QueryVariants.Build(parties, o.Queries ?? 5_000, o.Seed));
    }

    private static void Scale(Options o)
    {
        var names = o.Names > 0 ? o.Names : 100_000;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var list = SyntheticList(names, o.Seed);
        var listBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine(Invariant($"synthetic:     {list.Parties.Count:N0} parties, {names:N0} names generated in {watch.Elapsed.TotalMilliseconds:N0} ms; the ListedParty objects take {(double)listBytes / names:N0} bytes per name"));
        var screener = Build([list]);
        Measure(screener, QueryVariants.Build(list.Parties, o.Queries ?? 5_000, o.Seed));
    }

    private static void Snapshot(Options o)
    {
        var file = o.File ?? Path.Combine(Path.GetTempPath(), o.Names > 0 ? $"entityscreen-{o.Names}.esnap" : "entityscreen-real.esnap");
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        Screener screener;
        if (o.Names > 0)
        {
            screener = Screener.Create([SyntheticList(o.Names, o.Seed)]);
        }
        else
        {
            SharedData.EnsureAvailable();
            screener = Screener.Create(RealLists.Snapshots, [AliasOverlay.Default]);
        }

        var built = watch.Elapsed;
        var bytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine(Invariant($"built:         {screener.PartyCount:N0} parties, {screener.NameCount:N0} names in {built.TotalMilliseconds:N0} ms (lists loaded and built); lists + screener {bytes / 1048576.0:N1} MiB managed"));
        watch.Restart();
        using (var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            screener.Save(stream);
        }

        Console.WriteLine(Invariant($"saved:         {file}: {new FileInfo(file).Length / 1048576.0:N1} MiB in {watch.Elapsed.TotalMilliseconds:N0} ms ({(double)new FileInfo(file).Length / screener.NameCount:N0} bytes per name)"));
        GC.KeepAlive(screener);
    }

    private static void SnapshotLoad(Options o)
    {
        var file = o.File ?? throw new ArgumentException("snapshot-load needs --file");
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        Screener screener;
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            screener = Screener.Load(stream);
        }

        var loaded = watch.Elapsed;
        watch.Restart();
        var result = screener.Screen(screener.Lists[0].Parties[0].PrimaryName);
        var first = watch.Elapsed;
        var bytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(Invariant($"loaded:        {screener.PartyCount:N0} parties, {screener.NameCount:N0} names in {loaded.TotalMilliseconds:N0} ms; lists + screener {bytes / 1048576.0:N1} MiB managed; peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MiB"));
        Console.WriteLine(Invariant($"first query:   {first.TotalMilliseconds:N1} ms ({result.Matches.Count} matches)"));

        // Again in the same process: what the load costs once its code is compiled (a ReadyToRun or AOT build's first load is near this).
        GC.KeepAlive(screener);
        screener = null!;
        watch.Restart();
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            screener = Screener.Load(stream);
        }

        Console.WriteLine(Invariant($"second load:   {watch.Elapsed.TotalMilliseconds:N0} ms (code compiled)"));
        GC.KeepAlive(screener);
    }

    private static void Batch(Options o)
    {
        SharedData.EnsureAvailable();
        var screener = Build(RealLists.Snapshots);
        var queries = QueryVariants.Build([.. RealLists.Parties], o.Queries ?? 20_000, o.Seed).Select(q => new ScreeningQuery(q.Text)).ToArray();

        Console.WriteLine(Invariant($"queries:       {queries.Length:N0} (variants of listed names and unlisted names)"));

        // The first pass of a fresh process runs while the runtime's tiered JIT is still compiling the hot methods
        // (tier 0, then tier 1 with profile data, on a background thread that competes for the two cores): printed
        // for what it is, then warm-up passes until the JIT has settled, then the measured rounds, alternating so
        // neither setting always runs first.
        Round("first pass, cold", o.Threads);
        var warmup = Stopwatch.StartNew();
        var passes = 0;
        while (warmup.Elapsed < TimeSpan.FromSeconds(3) || passes < 2)
        {
            _ = screener.ScreenMany(queries, o.Threads);
            passes++;
        }

        Console.WriteLine(Invariant($"warm-up:       {passes} passes, {warmup.Elapsed.TotalSeconds:0.0} s"));
        int[] settings = o.Threads == 1 ? [1, 1] : [o.Threads, 1, o.Threads, 1];
        foreach (var threads in settings)
        {
            Round("warm", threads);
        }

        void Round(string what, int threads)
        {
            var watch = Stopwatch.StartNew();
            var results = screener.ScreenMany(queries, threads);
            watch.Stop();
            var label = (threads == -1 ? $"all cores ({Environment.ProcessorCount})" : $"{threads} thread(s)") + ", " + what;
            Console.WriteLine(Invariant($"ScreenMany {label,-30} {watch.Elapsed.TotalMilliseconds,9:N0} ms  {queries.Length / watch.Elapsed.TotalSeconds,10:N0} queries/s  ({results.Count(r => r.IsMatch):N0} with matches)"));
        }
    }

    /// <summary>A ListSnapshot of synthetic parties, one name each (companies, persons, some Chinese-script companies).</summary>
    public static ListSnapshot SyntheticList(int names, int seed)
    {
        var generator = new SyntheticNames(seed, names);
        var list = ListInfo.FromCode("SYN", "Synthetic benchmark list");
        var parties = new ListedParty[names];
        for (var i = 0; i < names; i++)
        {
            var name = generator.Next();
            parties[i] = new ListedParty
            {
                Id = $"SYN:{i}",
                List = list,
                Type = generator.LastType,
                Names = [ListedName.Create(name, NameKind.Primary)],
            };
        }

        var identity = new ListIdentity($"synthetic:seed={seed}:names={names}", ListFormat.Generic, $"synthetic-{seed}-{names}", null);
        var report = new LoadReport { Identity = identity, Files = [], PartiesLoaded = names, NamesLoaded = names };
        return new ListSnapshot(identity, parties, report);
    }

    private sealed record Options(int Names, int? Queries, int Threads, int Seed, string? File)
    {
        public static Options Parse(string[] args)
        {
            var names = 0;
            int? queries = null;
            var threads = -1;
            var seed = 42;
            string? file = null;
            for (var i = 0; i < args.Length; i++)
            {
                var value = i + 1 < args.Length ? args[i + 1] : null;
                switch (args[i])
                {
                    case "--names":
                        names = ParseCount(args[i], value);
                        i++;
                        break;
                    case "--queries":
                        queries = ParseCount(args[i], value);
                        i++;
                        break;
                    case "--threads":
                        threads = int.Parse(value ?? throw new ArgumentException("--threads needs a value"), System.Globalization.CultureInfo.InvariantCulture);
                        i++;
                        break;
                    case "--seed":
                        seed = int.Parse(value ?? throw new ArgumentException("--seed needs a value"), System.Globalization.CultureInfo.InvariantCulture);
                        i++;
                        break;
                    case "--file":
                        file = value ?? throw new ArgumentException("--file needs a value");
                        i++;
                        break;
                    default:
                        throw new ArgumentException($"unknown option {args[i]}\n{Usage}");
                }
            }

            return new Options(names, queries, threads, seed, file);
        }

        // Accepts 100000, 100_000, 100k, 1m.
        private static int ParseCount(string option, string? value)
        {
            var v = (value ?? throw new ArgumentException($"{option} needs a value")).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
            var factor = v.EndsWith('k') ? 1_000 : v.EndsWith('m') ? 1_000_000 : 1;
            return checked(int.Parse(factor == 1 ? v : v[..^1], System.Globalization.CultureInfo.InvariantCulture) * factor);
        }
    }
}
