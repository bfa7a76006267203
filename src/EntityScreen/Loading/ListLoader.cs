using System.Diagnostics;
using System.Text;

namespace EntityScreen;

/// <summary>Loads list files into <see cref="ListSnapshot"/>s, detecting the format.</summary>
public static class ListLoader
{
    /// <summary>Loads a list file or an OFAC folder.</summary>
    /// <param name="path">A CSL CSV, a China-list CSV, an OFAC <c>sdn.csv</c>/<c>cons_prim.csv</c>, or a folder holding OFAC files.</param>
    /// <param name="format">The format, or <see cref="ListFormat.Auto"/> to detect it from the name and header.</param>
    /// <returns>The snapshot, with its load report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="format"/> is <see cref="ListFormat.Generic"/>, which needs a mapping.</exception>
    /// <exception cref="ListFormatException">The file is missing or cannot be read in that format.</exception>
    public static ListSnapshot Load(string path, ListFormat format = ListFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(path);
        var watch = Stopwatch.StartNew();
        if (format == ListFormat.Auto)
        {
            format = Detect(path);
        }

        var result = format switch
        {
            ListFormat.Ofac => OfacLoader.Load(path),
            ListFormat.Csl => CslLoader.Load(SourceFile.Read(path)),
            ListFormat.ChinaList => ChinaListLoader.Load(SourceFile.Read(path)),
            ListFormat.Generic => throw new ArgumentException("A generic CSV needs a column mapping: use LoadGeneric.", nameof(format)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown list format."),
        };
        return ToSnapshot(path, format, result, watch);
    }

    /// <summary>Loads several list files or OFAC folders, each detected on its own.</summary>
    /// <param name="paths">The files and folders.</param>
    /// <returns>One snapshot per path, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    /// <exception cref="ListFormatException">A file is missing or cannot be read.</exception>
    public static IReadOnlyList<ListSnapshot> Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return paths.Select(p => Load(p)).ToArray();
    }

    /// <summary>Loads an in-house CSV list through a column mapping.</summary>
    /// <param name="path">The CSV file, with a header row.</param>
    /// <param name="mapping">Which columns hold what, and the list the rows belong to.</param>
    /// <returns>The snapshot, with its load report; one party per row.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ListFormatException">The file is missing, empty, or lacks a mapped column.</exception>
    public static ListSnapshot LoadGeneric(string path, GenericCsvMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(mapping);
        var watch = Stopwatch.StartNew();
        return ToSnapshot(path, ListFormat.Generic, GenericCsvLoader.Load(SourceFile.Read(path), mapping), watch);
    }

    /// <summary>Detects the format of a file or folder from its name and first line.</summary>
    /// <param name="path">The file or folder.</param>
    /// <returns><see cref="ListFormat.Ofac"/>, <see cref="ListFormat.Csl"/> or <see cref="ListFormat.ChinaList"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ListFormatException">The file is missing or its format is not recognised.</exception>
    public static ListFormat Detect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return ListFormat.Ofac;
        }

        var fileName = Path.GetFileName(path);
        if (fileName.Equals("sdn.csv", StringComparison.OrdinalIgnoreCase)
            || fileName.Equals("cons_prim.csv", StringComparison.OrdinalIgnoreCase))
        {
            return ListFormat.Ofac;
        }

        var first = FirstLine(path);
        if (first.StartsWith("\"_id\",\"source\",", StringComparison.OrdinalIgnoreCase)
            || first.StartsWith("_id,source,", StringComparison.OrdinalIgnoreCase)
            || first.StartsWith("\"source\",\"entity_number\",", StringComparison.OrdinalIgnoreCase)
            || first.StartsWith("source,entity_number,", StringComparison.OrdinalIgnoreCase))
        {
            return ListFormat.Csl;
        }

        if (LooksLikeOfacRow(first))
        {
            return ListFormat.Ofac;
        }

        var columns = first.Split(',').Select(c => c.Trim().Trim('"')).ToArray();
        if (columns.Contains("list", StringComparer.OrdinalIgnoreCase)
            && (columns.Contains("name_en", StringComparer.OrdinalIgnoreCase) || columns.Contains("name_zh", StringComparer.OrdinalIgnoreCase)))
        {
            return ListFormat.ChinaList;
        }

        throw new ListFormatException(path, 1, null, "unrecognised list format (expected a CSL, OFAC or China-list CSV)");
    }

    private static string FirstLine(string path)
    {
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadLine() ?? throw new ListFormatException(path, 0, null, "the file is empty");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ListFormatException(path, 0, null, $"cannot read the file: {ex.Message}");
        }
    }

    /// <summary>A header-less line starting with an integer and a quoted name: <c>36,"AEROCARIBBEAN AIRLINES",…</c>.</summary>
    private static bool LooksLikeOfacRow(string line)
    {
        var i = 0;
        while (i < line.Length && char.IsAsciiDigit(line[i]))
        {
            i++;
        }

        return i > 0 && line.AsSpan(i).StartsWith(",\"", StringComparison.Ordinal);
    }

    private static ListSnapshot ToSnapshot(string path, ListFormat format, LoadResult result, Stopwatch watch)
    {
        var identity = new ListIdentity(path, format, result.Sha256, result.AsOf);
        var byList = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = 0;
        foreach (var party in result.Parties)
        {
            byList[party.List.Code] = byList.GetValueOrDefault(party.List.Code) + 1;
            names += party.Names.Count;
        }

        var report = new LoadReport
        {
            Identity = identity,
            Files = result.Files,
            PartiesLoaded = result.Parties.Count,
            PartiesByList = byList,
            NamesLoaded = names,
            Elapsed = watch.Elapsed,
        };
        return new ListSnapshot(identity, result.Parties, report);
    }
}
