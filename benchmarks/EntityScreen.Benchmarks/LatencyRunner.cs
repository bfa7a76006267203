using System.Diagnostics;
using System.Globalization;

namespace EntityScreen.Benchmarks;

/// <summary>Builds a screener, measures each query on one thread, and prints percentiles. Shared by the latency and scale modes.</summary>
internal static class LatencyRunner
{
    /// <summary>Builds the screener over <paramref name="snapshots"/> and prints build time and managed bytes per name.</summary>
    public static Screener Build(IReadOnlyList<ListSnapshot> snapshots)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var screener = Screener.Create(snapshots);
        watch.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(screener);
        var bytes = after - before;
        Console.WriteLine(Invariant($"index build:   {watch.Elapsed.TotalMilliseconds:N0} ms for {screener.PartyCount:N0} parties, {screener.NameCount:N0} distinct names"));
        Console.WriteLine(Invariant($"index memory:  {bytes / 1048576.0:N1} MiB managed, {(double)bytes / screener.NameCount:N0} bytes per name (GC.GetTotalMemory after full collections, lists excluded)"));
        return screener;
    }

    /// <summary>
    /// Runs every query once to warm up (JIT, tiering, caches), then again timing each with Stopwatch ticks, and prints
    /// p50 / p90 / p99 / max per category and overall, with the share of listed-name variants that found their party (or a party of the same name).
    /// </summary>
    public static void Measure(Screener screener, IReadOnlyList<LabeledQuery> queries)
    {
        var compiled = queries.Select(q => new ScreeningQuery(q.Text)).ToArray();
        for (var round = 0; round < 2; round++)
        {
            foreach (var q in compiled)
            {
                _ = screener.Screen(q);
            }
        }

        var ticks = new long[queries.Count];
        var found = new bool[queries.Count];
        var matched = new bool[queries.Count];
        for (var i = 0; i < compiled.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var result = screener.Screen(compiled[i]);
            ticks[i] = Stopwatch.GetTimestamp() - start;
            matched[i] = result.IsMatch;
            // Found: the originating party, or a party listed under the very same name (common person names recur,
            // and only the best MaxResults come back).
            var (origin, originName) = (queries[i].OriginPartyId, queries[i].OriginName);
            found[i] = origin is not null && result.Matches.Any(m => m.Party.Id == origin || string.Equals(m.MatchedName.Value, originName, StringComparison.Ordinal));
        }

        Console.WriteLine(Invariant($"queries:       {queries.Count:N0} on one thread, each timed after two warm-up passes; times in microseconds"));
        Console.WriteLine($"{"category",-18} {"n",6} {"p50",9} {"p90",9} {"p99",9} {"max",9} {"mean",9}  {"matched",8}  {"origin found",12}");
        foreach (var group in Enumerable.Range(0, queries.Count).GroupBy(i => queries[i].Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Row(group.Key, [.. group], ticks, matched, found, queries);
        }

        Row("all", [.. Enumerable.Range(0, queries.Count)], ticks, matched, found, queries);
    }

    private static void Row(string label, int[] indexes, long[] ticks, bool[] matched, bool[] found, IReadOnlyList<LabeledQuery> queries)
    {
        var us = indexes.Select(i => ticks[i] * 1_000_000.0 / Stopwatch.Frequency).Order().ToArray();
        var listed = indexes.Where(i => queries[i].OriginPartyId is not null).ToArray();
        var foundText = listed.Length == 0 ? "-" : Invariant($"{100.0 * listed.Count(i => found[i]) / listed.Length:N1}%");
        Console.WriteLine(Invariant(
            $"{label,-18} {us.Length,6} {Percentile(us, 0.50),9:N1} {Percentile(us, 0.90),9:N1} {Percentile(us, 0.99),9:N1} {us[^1],9:N1} {us.Average(),9:N1}  {100.0 * indexes.Count(i => matched[i]) / indexes.Length,7:N1}%  {foundText,12}"));
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    public static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
