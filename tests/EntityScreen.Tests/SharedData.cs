namespace EntityScreen.Tests;

/// <summary>
/// Locates the shared real-data folder: env <c>ENTITYSCREEN_SHARED_DATA</c>, else <c>../shared/data</c> next to the repo root.
/// When the variable is set, a missing file fails the test; when it is not set and the folder is absent, tests skip.
/// </summary>
internal static class SharedData
{
    public const string EnvVar = "ENTITYSCREEN_SHARED_DATA";

    private static readonly Lazy<string?> s_root = new(Resolve);

    /// <summary>True when the env var names the folder, so real-data tests must run.</summary>
    public static bool Required => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(EnvVar));

    /// <summary>
    /// The full path of <paramref name="relative"/>, or null when the data is absent and not required
    /// (the caller then returns early). Fails when the data is required but the file is missing.
    /// </summary>
    public static string? Path(string relative)
    {
        var root = s_root.Value;
        if (root is null)
        {
            return null;
        }

        var full = System.IO.Path.Combine(root, relative);
        Assert.True(File.Exists(full) || Directory.Exists(full), $"shared data file missing: {full}");
        return full;
    }

    private static string? Resolve()
    {
        var fromEnv = Environment.GetEnvironmentVariable(EnvVar);
        if (!string.IsNullOrEmpty(fromEnv))
        {
            Assert.True(Directory.Exists(fromEnv), $"{EnvVar} names a missing folder: {fromEnv}");
            return fromEnv;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "EntityScreen.sln")))
        {
            dir = dir.Parent;
        }

        if (dir?.Parent is null)
        {
            return null;
        }

        var candidate = System.IO.Path.Combine(dir.Parent.FullName, "shared", "data");
        return Directory.Exists(candidate) ? candidate : null;
    }
}
