namespace EntityScreen.Tests;

/// <summary>
/// Locates the shared real-data folder: env <c>ENTITYSCREEN_SHARED_DATA</c>, else <c>../shared/data</c> beside the
/// repository root. When the variable is set, real-data tests must run and fail on a missing file; when it is not
/// set and the folder is absent, they are skipped (<see cref="SharedDataFactAttribute"/>) or return early.
/// </summary>
internal static class SharedData
{
    public const string EnvVar = "ENTITYSCREEN_SHARED_DATA";

    /// <summary>The repository root: the folder holding EntityScreen.sln above the test assembly.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared data folder, or null when neither the variable nor ../shared/data is there.</summary>
    public static string? Root { get; } = Resolve();

    /// <summary>True when the env var names the folder, so real-data tests must run.</summary>
    public static bool Required => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(EnvVar));

    /// <summary>
    /// The full path of <paramref name="relative"/>, or null when the data is absent and not required
    /// (the caller then returns early). Fails when the data is required but the file is missing.
    /// </summary>
    public static string? Path(string relative) => Root is null ? null : Require(relative);

    /// <summary>The full path of a shared file or folder; fails the test when it (or the whole folder) is missing.</summary>
    public static string Require(string relative)
    {
        var root = Root ?? throw new InvalidOperationException($"No shared data: set {EnvVar} or put shared/data beside the repository.");
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, relative));
        Assert.True(File.Exists(full) || Directory.Exists(full), $"shared data file missing: {full}");
        return full;
    }

    private static string? Resolve()
    {
        var fromEnv = Environment.GetEnvironmentVariable(EnvVar);
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            // Set: the tests must run, and fail on whatever is missing.
            return System.IO.Path.GetFullPath(fromEnv);
        }

        var beside = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared", "data"));
        return Directory.Exists(beside) ? beside : null;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "EntityScreen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"EntityScreen.sln not found above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A fact over the real shared data: skipped only when the data is absent and the variable unset.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Root is null)
        {
            Skip = $"shared data not found: set {SharedData.EnvVar} or put shared/data beside the repository";
        }
    }
}

/// <summary>A theory over the real shared data: skipped only when the data is absent and the variable unset.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Root is null)
        {
            Skip = $"shared data not found: set {SharedData.EnvVar} or put shared/data beside the repository";
        }
    }
}
