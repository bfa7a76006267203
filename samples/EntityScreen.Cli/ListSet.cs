using System.Globalization;

namespace EntityScreen.Cli;

/// <summary>Finds and loads the lists a command screens against.</summary>
internal static class ListSet
{
    /// <summary>The solution file marking the repository root.</summary>
    public const string SolutionFile = "EntityScreen.sln";

    /// <summary>Files of the lists folder starting with this are alias overlays, not lists.</summary>
    public const string OverlayPrefix = "overlay_";

    /// <summary>Loads the given lists, or the default lists/ folder's files when none are given.</summary>
    /// <param name="paths">Files or OFAC folders; null or empty for the default lists.</param>
    /// <param name="format">auto, csl, ofac or china.</param>
    /// <param name="log">Where to write one line per loaded list, or null.</param>
    /// <returns>One snapshot per path, in the order given.</returns>
    /// <exception cref="CliException">A path does not exist, or there are no lists at all.</exception>
    /// <exception cref="ListFormatException">A list cannot be read.</exception>
    public static IReadOnlyList<ListSnapshot> Load(string[]? paths, string format, TextWriter? log)
    {
        var listFormat = ParseFormat(format);
        var resolved = ResolvePaths(paths);
        var snapshots = new List<ListSnapshot>(resolved.Length);
        foreach (var path in resolved)
        {
            var snapshot = ListLoader.Load(path, listFormat);
            snapshots.Add(snapshot);
            if (log is not null)
            {
                var report = snapshot.Report;
                log.WriteLine(TerminalText.Escape(string.Create(
                    CultureInfo.InvariantCulture,
                    $"loaded {path}: {report.PartiesLoaded} parties from {report.RowsLoaded} rows ({report.RowsRejected} rejected), sha256 {Short(snapshot.Identity.Sha256)}")));
            }
        }

        return snapshots;
    }

    /// <summary>The list paths a command reads: the given ones, or the default lists/ folder's files when none are given.</summary>
    /// <exception cref="CliException">A path does not exist, or there are no lists at all.</exception>
    public static string[] ResolvePaths(string[]? paths)
    {
        if (paths is null || paths.Length == 0)
        {
            var folder = FindDefaultFolder()
                ?? throw new CliException(
                    "no --list given and no lists/ folder found (looked in the current directory and next to " + SolutionFile + ").");
            paths = DefaultFiles(folder);
            if (paths.Length == 0)
            {
                throw new CliException($"no --list given and {folder} holds no list files.");
            }
        }

        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new CliException($"{path}: no such file or folder.");
            }
        }

        return paths;
    }

    /// <summary>Maps the --list-format value to the library's format.</summary>
    public static ListFormat ParseFormat(string format) => format.ToLowerInvariant() switch
    {
        "auto" => ListFormat.Auto,
        "csl" => ListFormat.Csl,
        "ofac" => ListFormat.Ofac,
        "china" => ListFormat.ChinaList,
        _ => throw new CliException($"--list-format must be auto, csl, ofac or china, got '{format}'."),
    };

    /// <summary>The lower-case name of a format, as the CLI prints it.</summary>
    public static string FormatName(ListFormat format) => format switch
    {
        ListFormat.Csl => "csl",
        ListFormat.Ofac => "ofac",
        ListFormat.ChinaList => "china",
        ListFormat.Generic => "generic",
        ListFormat.Ownership => "ownership",
        _ => "auto",
    };

    /// <summary>
    /// The default lists folder: <c>lists/</c> in the current directory, else <c>lists/</c> beside the
    /// <c>EntityScreen.sln</c> found by walking up from the application's folder.
    /// </summary>
    public static string? FindDefaultFolder()
    {
        var local = Path.Combine(Environment.CurrentDirectory, "lists");
        if (Directory.Exists(local))
        {
            return local;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                var lists = Path.Combine(dir.FullName, "lists");
                return Directory.Exists(lists) ? lists : null;
            }
        }

        return null;
    }

    /// <summary>The list files of a folder: its CSV files, in name order, except alias overlays (<c>overlay_*.csv</c>).</summary>
    public static string[] DefaultFiles(string folder)
    {
        var files = Directory.GetFiles(folder, "*.csv", SearchOption.TopDirectoryOnly)
            .Where(f => !Path.GetFileName(f).StartsWith(OverlayPrefix, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// The overlays to apply: the library's default overlay (unless <paramref name="noDefault"/>), then each
    /// <c>--overlay</c> file in the order given.
    /// </summary>
    /// <exception cref="CliException">An overlay file does not exist.</exception>
    /// <exception cref="ListFormatException">An overlay file cannot be read.</exception>
    public static IReadOnlyList<AliasOverlay> LoadOverlays(string[]? paths, bool noDefault)
    {
        var overlays = new List<AliasOverlay>();
        if (!noDefault)
        {
            overlays.Add(AliasOverlay.Default);
        }

        foreach (var path in paths ?? [])
        {
            if (!File.Exists(path))
            {
                throw new CliException($"{path}: no such overlay file.");
            }

            overlays.Add(AliasOverlay.Load(path));
        }

        return overlays;
    }

    /// <summary>One line per overlay: what it added, for stderr.</summary>
    public static void LogOverlays(IReadOnlyList<AliasOverlayReport> reports, TextWriter log)
    {
        foreach (var r in reports)
        {
            log.WriteLine(TerminalText.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"overlay {r.Identity.Source}: {r.RowsApplied} of {r.RowsRead} rows applied ({r.RowsUnmatched} unmatched, {r.RowsRejected} rejected), {r.NamesAdded} names added, sha256 {Short(r.Identity.Sha256)}")));
        }
    }

    /// <summary>The first 12 hex digits of a SHA-256.</summary>
    public static string Short(string sha256) => sha256.Length > 12 ? sha256[..12] : sha256;
}
