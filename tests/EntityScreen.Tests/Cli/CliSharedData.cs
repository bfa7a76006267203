namespace EntityScreen.Tests.Cli;

/// <summary>
/// Finds the real list files under shared/data: from <c>ENTITYSCREEN_SHARED_DATA</c>, else <c>../shared/data</c>
/// beside the repository root. When the variable is set, the real-data tests run and fail on a missing file;
/// when it is not set and the folder is absent, they are skipped.
/// </summary>
/// <remarks>To be merged with the loaders' <c>SharedData</c> helper once both are on main.</remarks>
internal static class CliSharedData
{
    public const string EnvironmentVariable = "ENTITYSCREEN_SHARED_DATA";

    /// <summary>The shared data folder, or null when neither the variable nor ../shared/data is there.</summary>
    public static string? Root { get; } = Resolve();

    /// <summary>The repository root: the folder holding EntityScreen.sln above the test assembly.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The full path of a shared file or folder; fails the test when it is missing.</summary>
    public static string Path(string relative)
    {
        var root = Root ?? throw new InvalidOperationException(
            $"No shared data: set {EnvironmentVariable} or put shared/data beside the repository.");
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, relative));
        Assert.True(File.Exists(path) || Directory.Exists(path), $"Shared data file is missing: {path}");
        return path;
    }

    private static string? Resolve()
    {
        var fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            // Set: the tests must run, and fail when a file is missing.
            return System.IO.Path.GetFullPath(fromEnv);
        }

        var beside = System.IO.Path.GetFullPath(System.IO.Path.Combine(FindRepoRoot(), "..", "shared", "data"));
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
        if (CliSharedData.Root is null)
        {
            Skip = $"shared data not found: set {CliSharedData.EnvironmentVariable} or put shared/data beside the repository";
        }
    }
}

/// <summary>A theory over the real shared data: skipped only when the data is absent and the variable unset.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (CliSharedData.Root is null)
        {
            Skip = $"shared data not found: set {CliSharedData.EnvironmentVariable} or put shared/data beside the repository";
        }
    }
}
