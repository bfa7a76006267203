using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EntityScreen.Cli;

/// <summary>
/// The CLI's cache of built screeners (<see cref="Screener.Save"/>): one snapshot file per set of inputs, named by a
/// key that hashes every input that shapes the screener (each list file's full path, size, modification time and
/// SHA-256; the list format; the overlays; the options that shape the index; the algorithm version). A run whose inputs match a cached file
/// loads it (no list is parsed, no name normalized); any other run builds from the lists and writes the file for the
/// next one. A snapshot that cannot be used (damaged, truncated, of another library build, or whose lists' SHA-256
/// differ from the files now) is never used: the run builds from the lists, says why on stderr, and writes it again.
/// </summary>
internal sealed class SnapshotCache
{
    /// <summary>The environment variable that sets the cache folder (before <c>XDG_CACHE_HOME</c>).</summary>
    public const string DirectoryVariable = "ENTITYSCREEN_CACHE_DIR";

    private const string Extension = ".esnap";

    public SnapshotCache(string directory)
    {
        Directory = directory;
    }

    /// <summary>The cache folder.</summary>
    public string Directory { get; }

    /// <summary>
    /// The default folder: <c>$ENTITYSCREEN_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/entityscreen</c>, else on Windows
    /// <c>%LOCALAPPDATA%\EntityScreen\Cache</c>, else <c>~/.cache/entityscreen</c>; null when none can be found.
    /// </summary>
    public static string? DefaultDirectory()
    {
        if (Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } set)
        {
            return set;
        }

        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg)
        {
            return Path.Combine(xdg, "entityscreen");
        }

        if (OperatingSystem.IsWindows() && Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData) is { Length: > 0 } local)
        {
            return Path.Combine(local, "EntityScreen", "Cache");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length > 0 ? Path.Combine(home, ".cache", "entityscreen") : null;
    }

    /// <summary>
    /// The key of a set of inputs, with the SHA-256 of each list file (by full path) for <see cref="TryLoad"/> to compare
    /// with the snapshot's lists. A folder (OFAC) counts each of its files.
    /// </summary>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static (string Key, IReadOnlyDictionary<string, string> FileHashes) Key(
        IReadOnlyList<string> listPaths, string format, IReadOnlyList<string> overlayPaths, bool noDefaultOverlay, ScreeningOptions options)
    {
        var text = new StringBuilder("entityscreen-snapshot-cache/1\n");
        text.Append("algorithm ").Append(ScreeningDefaults.AlgorithmVersion).Append('\n');
        text.Append("format ").Append(format.ToLowerInvariant()).Append('\n');
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in listPaths)
        {
            AppendPath(text, "list", path, hashes);
        }

        text.Append("default-overlay ").Append(!noDefaultOverlay).Append('\n');
        foreach (var path in overlayPaths)
        {
            AppendPath(text, "overlay", path, hashes);
        }

        // Only what shapes the index: a cached screener serves any threshold and result count (Screener.WithOptions).
        text.Append(CultureInfo.InvariantCulture, $"weak-aliases {options.IncludeWeakAliases}\n");
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
        return (key, hashes);
    }

    /// <summary>The cached file of a key.</summary>
    public string PathOf(string key) => Path.Combine(Directory, key + Extension);

    /// <summary>
    /// The screener cached under <paramref name="key"/>, or null (no file, or one that cannot be used: the reason goes to
    /// <paramref name="log"/> and the file is left for the next write to replace).
    /// </summary>
    public Screener? TryLoad(string key, IReadOnlyList<string> listPaths, IReadOnlyDictionary<string, string> fileHashes, TextWriter log)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        Screener screener;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            screener = Screener.Load(stream);
        }
        catch (SnapshotException e)
        {
            log.WriteLine(TerminalText.Escape($"cached snapshot {path} not used ({e.Message}): building from the lists"));
            return null;
        }
        catch (IOException e)
        {
            log.WriteLine(TerminalText.Escape($"cached snapshot {path} not read ({e.Message}): building from the lists"));
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            log.WriteLine(TerminalText.Escape($"cached snapshot {path} not read ({e.Message}): building from the lists"));
            return null;
        }

        // Belt and braces (a file put in the cache under another key): the snapshot's lists must be these paths, in this
        // order, each file hashing as it does now.
        var lists = screener.Context.Lists;
        if (lists.Count != listPaths.Count)
        {
            log.WriteLine(TerminalText.Escape(string.Create(CultureInfo.InvariantCulture, $"cached snapshot {path} not used (built from {lists.Count} lists, not {listPaths.Count}): building from the lists")));
            return null;
        }

        for (var i = 0; i < lists.Count; i++)
        {
            var identity = lists[i];
            var now = fileHashes.GetValueOrDefault(Path.GetFullPath(listPaths[i]));
            if (!string.Equals(identity.Source, listPaths[i], StringComparison.Ordinal)
                || (now is not null && !string.Equals(now, identity.Sha256, StringComparison.OrdinalIgnoreCase)))
            {
                log.WriteLine(TerminalText.Escape($"cached snapshot {path} not used (built from {identity.Source}, sha256 {identity.Sha256}; the list is {listPaths[i]}, sha256 {now ?? "of a folder"}): building from the lists"));
                return null;
            }
        }

        return screener;
    }

    /// <summary>
    /// Writes <paramref name="screener"/> under <paramref name="key"/>: to a temporary file in the cache folder, then
    /// renamed over the cached one, so a reader never sees half a file. A failure is reported, never fatal.
    /// </summary>
    public void Store(string key, Screener screener, TextWriter log)
    {
        string? temp = null;
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            temp = Path.Combine(Directory, $"{key}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                screener.Save(stream);
            }

            File.Move(temp, PathOf(key), overwrite: true);
            temp = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            log.WriteLine(TerminalText.Escape($"snapshot not cached in {Directory}: {e.Message}"));
        }
        finally
        {
            if (temp is not null)
            {
                try
                {
                    File.Delete(temp);
                }
                catch (IOException)
                {
                    // Left behind; the next write uses another name.
                }
            }
        }
    }

    /// <summary>Writes <paramref name="screener"/> to <paramref name="path"/> (temporary file, then renamed).</summary>
    public static void Compile(Screener screener, string path)
    {
        var full = Path.GetFullPath(path);
        var temp = full + $".{Environment.ProcessId}.tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            screener.Save(stream);
        }

        File.Move(temp, full, overwrite: true);
    }

    private static void AppendPath(StringBuilder text, string kind, string path, Dictionary<string, string> hashes)
    {
        // The path as given too: results name each list by it (ListIdentity.Source), so another spelling of the same
        // file is another snapshot.
        text.Append(kind).Append(" as given ").Append(path).Append('\n');
        var full = Path.GetFullPath(path);
        if (System.IO.Directory.Exists(full))
        {
            text.Append(kind).Append(" folder ").Append(full).Append('\n');
            var files = System.IO.Directory.GetFiles(full);
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                AppendFile(text, "  file", file, hashes);
            }

            return;
        }

        AppendFile(text, kind, full, hashes);
    }

    private static void AppendFile(StringBuilder text, string kind, string full, Dictionary<string, string> hashes)
    {
        var info = new FileInfo(full);
        string sha;
        using (var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            sha = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        hashes[full] = sha;
        text.Append(CultureInfo.InvariantCulture, $"{kind} {full} {info.Length} {info.LastWriteTimeUtc.Ticks} {sha}\n");
    }
}
