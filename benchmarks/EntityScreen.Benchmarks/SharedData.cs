namespace EntityScreen.Benchmarks;

/// <summary>
/// Locates the shared real-data folder: env <c>ENTITYSCREEN_SHARED_DATA</c>, else <c>../shared/data</c> next to the
/// repo root (the folder holding <c>EntityScreen.sln</c>). The files are read in place and never copied into the repo.
/// </summary>
internal static class SharedData
{
    public const string EnvVar = "ENTITYSCREEN_SHARED_DATA";

    /// <summary>The CSL-layout stand-in for the full trade.gov list (EL, MEU, DPL, SDN; about 13,000 rows).</summary>
    public const string CslAssembled = "derived/csl_assembled.csv";

    /// <summary>The China lists (UEL, export-control lists, AFSL) in the EntityScreen China-list layout.</summary>
    public const string ChinaLists = "derived/cn_mofcom_lists.csv";

    private static readonly Lazy<string> s_root = new(Resolve);

    /// <summary>The data folder; throws a clear error when it cannot be found.</summary>
    public static string Root => s_root.Value;

    /// <summary>The full path of a file under the data folder; throws when it is missing.</summary>
    public static string PathOf(string relative)
    {
        var full = Path.Combine(Root, relative);
        if (!File.Exists(full))
        {
            throw new SharedDataMissingException(
                $"shared data file missing: {full}. The benchmarks read the real lists in place; set {EnvVar} to the "
                + "folder holding derived/csl_assembled.csv and derived/cn_mofcom_lists.csv.");
        }

        return full;
    }

    /// <summary>
    /// Resolves the folder and checks the files the benchmarks read, then exports the folder in
    /// <see cref="EnvVar"/> so BenchmarkDotNet's child processes (which run from a generated project elsewhere) find it too.
    /// </summary>
    public static void EnsureAvailable()
    {
        _ = PathOf(CslAssembled);
        _ = PathOf(ChinaLists);
        Environment.SetEnvironmentVariable(EnvVar, Root);
    }

    private static string Resolve()
    {
        var fromEnv = Environment.GetEnvironmentVariable(EnvVar);
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return Directory.Exists(fromEnv)
                ? Path.GetFullPath(fromEnv)
                : throw new SharedDataMissingException($"{EnvVar} names a missing folder: {fromEnv}");
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EntityScreen.sln")))
            {
                dir = dir.Parent;
            }

            if (dir?.Parent is not null)
            {
                var candidate = Path.Combine(dir.Parent.FullName, "shared", "data");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new SharedDataMissingException(
            $"shared data folder not found: set {EnvVar}, or put the data at ../shared/data beside the repo root.");
    }
}

/// <summary>The real list data the benchmarks need is not there.</summary>
internal sealed class SharedDataMissingException(string message) : Exception(message);
