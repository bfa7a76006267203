using System.Diagnostics;
using FuzzySharp;
using FuzzySharp.PreProcess;

namespace EntityScreen.Evaluation;

/// <summary>
/// The match-quality harness: generates an evaluation set from the real lists, screens it with EntityScreen (and,
/// optionally, a FuzzySharp brute-force baseline), scores hand-labelled pairs, and formats the numbers as markdown.
/// </summary>
public static partial class QualityEvaluation
{
    /// <summary>The CSL-layout file, relative to the shared data folder.</summary>
    public const string CslFile = "derived/csl_assembled.csv";

    /// <summary>The China-list file, relative to the shared data folder.</summary>
    public const string ChinaFile = "derived/cn_mofcom_lists.csv";

    /// <summary>The environment variable naming the shared data folder.</summary>
    public const string SharedDataEnvVar = "ENTITYSCREEN_SHARED_DATA";

    /// <summary>The positive variants, in report order.</summary>
    public static IReadOnlyList<string> PositiveVariants => EvaluationSetBuilder.PositiveVariants;

    /// <summary>The negative variants, in report order.</summary>
    public static IReadOnlyList<string> NegativeVariants => EvaluationSetBuilder.NegativeVariants;

    /// <summary>
    /// The shared data folder: <paramref name="explicitDir"/> when given, else env <c>ENTITYSCREEN_SHARED_DATA</c>, else
    /// <c>../shared/data</c> beside the repository root (found by walking up from the working directory and from the
    /// application's folder to <c>EntityScreen.sln</c>). Null when none exists.
    /// </summary>
    /// <param name="explicitDir">A folder given on the command line, or null.</param>
    /// <returns>The folder, or null.</returns>
    public static string? ResolveSharedData(string? explicitDir = null)
    {
        if (!string.IsNullOrEmpty(explicitDir))
        {
            return explicitDir;
        }

        var fromEnv = Environment.GetEnvironmentVariable(SharedDataEnvVar);
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return fromEnv;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EntityScreen.sln")))
            {
                dir = dir.Parent;
            }

            if (dir?.Parent is { } parent && Directory.Exists(Path.Combine(parent.FullName, "shared", "data")))
            {
                return Path.Combine(parent.FullName, "shared", "data");
            }
        }

        return null;
    }

    /// <summary>Runs the evaluation.</summary>
    /// <param name="sharedDataDir">The shared data folder (holding <see cref="CslFile"/> and <see cref="ChinaFile"/>).</param>
    /// <param name="options">What to run; null for defaults.</param>
    /// <returns>Everything measured.</returns>
    /// <exception cref="FileNotFoundException">A list file is missing.</exception>
    public static EvaluationReport Run(string sharedDataDir, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sharedDataDir);
        options ??= new EvaluationOptions();
        var progress = options.Progress;
        var started = DateTimeOffset.UtcNow;
        var total = Stopwatch.StartNew();

        var paths = new[] { CslFile, ChinaFile }.Select(f => Path.Combine(sharedDataDir, f)).ToArray();
        foreach (var path in paths.Where(p => !File.Exists(p)))
        {
            throw new FileNotFoundException($"list file missing: {path}", path);
        }

        var snapshots = paths.Select(p => ListLoader.Load(p)).ToArray();
        var parties = snapshots.SelectMany(s => s.Parties).ToArray();
        var screener = Screener.Create(snapshots, new ScreeningOptions { Threshold = options.Threshold });
        var setup = total.Elapsed;
        progress?.WriteLine($"loaded {parties.Length} parties, {screener.NameCount} names in {setup.TotalSeconds:0.0}s");

        var wanted = options.Variants is { Count: > 0 } v
            ? new HashSet<string>(v, StringComparer.OrdinalIgnoreCase).Contains
            : new Func<string, bool>(_ => true);
        var builder = new EvaluationSetBuilder(parties, options.Seed);
        var sample = builder.Sample(options.Parties);
        var queries = builder.Generate(sample, wanted);
        queries.AddRange(builder.Unrelated(wanted));
        progress?.WriteLine($"generated {queries.Count} queries from {sample.Count} sampled parties");

        var (scores, top) = ScreenAll(screener, queries, options);
        progress?.WriteLine($"EntityScreen: {queries.Count} queries in {scores.Elapsed.TotalSeconds:0.0}s");

        int[] subset = [];
        IReadOnlyList<SystemScores> baselines = [];
        if (options.RunBaseline)
        {
            subset = BaselineSubset(queries, options);
            var baseline = new FuzzyBaseline(parties);
            progress?.WriteLine($"FuzzySharp baseline: {subset.Length} queries x {baseline.NameCount} names ...");
            baselines = baseline.Score([.. subset.Select(i => queries[i])], options.MaxResults, options.MaxDegreeOfParallelism, progress);
        }

        IReadOnlyList<LabelledPair> pairs = [];
        IReadOnlyList<SystemScores> pairScores = [];
        if (options.RunPairs)
        {
            pairs = LabelledPairs.Load();
            pairScores = ScorePairs(screener, pairs);
        }

        var byList = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in parties)
        {
            byList[p.List.Code] = byList.GetValueOrDefault(p.List.Code) + 1;
        }

        return new EvaluationReport
        {
            Options = options,
            Started = started,
            SharedDataDir = sharedDataDir,
            Lists = [.. snapshots.Select(s => s.Identity)],
            PartiesByList = byList,
            Indexed = (screener.PartyCount, screener.NameCount),
            SampledByStratum = builder.SampledByStratum,
            UnrelatedDropped = builder.UnrelatedDropped,
            Queries = queries,
            EntityScreen = scores,
            EntityScreenTop = top,
            BaselineSubset = subset,
            Baselines = baselines,
            Pairs = pairs,
            PairScores = pairScores,
            SetupTime = setup,
            Elapsed = total.Elapsed,
        };
    }

    private static (SystemScores Scores, TopMatch?[] Top) ScreenAll(Screener screener, List<EvaluationQuery> queries, EvaluationOptions options)
    {
        var scores = new double[queries.Count];
        var top = new TopMatch?[queries.Count];
        var watch = Stopwatch.StartNew();
        Parallel.For(0, queries.Count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, i =>
        {
            var q = queries[i];
            var result = screener.Screen(new ScreeningQuery(q.Text) { Threshold = options.ScoreFloor, MaxResults = options.MaxResults });
            var matches = result.Matches;
            top[i] = matches.Count == 0 ? null : new TopMatch(matches[0].MatchedName.Value, matches[0].Party.Id, matches[0].Score);
            scores[i] = q.Positive
                ? matches.FirstOrDefault(m => m.Party.Id == q.ExpectedPartyId)?.Score ?? 0
                : matches.Count == 0 ? 0 : matches[0].Score;
        });
        return (new SystemScores("EntityScreen", scores, watch.Elapsed), top);
    }

    /// <summary>A seeded random subset of positives and negatives, in query order.</summary>
    private static int[] BaselineSubset(List<EvaluationQuery> queries, EvaluationOptions options)
    {
        var rng = new Random(options.Seed);
        var positives = Enumerable.Range(0, queries.Count).Where(i => queries[i].Positive).OrderBy(_ => rng.Next()).Take(options.BaselinePositives);
        var negatives = Enumerable.Range(0, queries.Count).Where(i => !queries[i].Positive).OrderBy(_ => rng.Next()).Take(options.BaselineNegatives);
        return [.. positives.Concat(negatives).Order()];
    }

    private static SystemScores[] ScorePairs(Screener screener, IReadOnlyList<LabelledPair> pairs)
    {
        var watch = Stopwatch.StartNew();
        var es = pairs.Select(p => screener.Compare(p.Name1, p.Name2, p.Kind == "person" ? PartyType.Person : PartyType.Organization).Score).ToArray();
        var esTime = watch.Elapsed;
        watch.Restart();
        var w = pairs.Select(p => Fuzz.WeightedRatio(p.Name1, p.Name2, PreprocessMode.Full) / 100.0).ToArray();
        var t = pairs.Select(p => Fuzz.TokenSetRatio(p.Name1, p.Name2, PreprocessMode.Full) / 100.0).ToArray();
        var fsTime = watch.Elapsed;
        return
        [
            new SystemScores("EntityScreen", es, esTime),
            new SystemScores("FuzzySharp WRatio", w, fsTime),
            new SystemScores("FuzzySharp TokenSetRatio", t, fsTime),
        ];
    }
}
