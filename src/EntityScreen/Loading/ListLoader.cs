namespace EntityScreen;

/// <summary>Loads list files into <see cref="ListSnapshot"/>s, detecting the format.</summary>
public static class ListLoader
{
    /// <summary>Loads a list file or an OFAC folder.</summary>
    /// <param name="path">A CSL CSV, a China-list CSV, an OFAC <c>sdn.csv</c>/<c>cons_prim.csv</c>, or a folder holding OFAC files.</param>
    /// <param name="format">The format, or <see cref="ListFormat.Auto"/> to detect it from the name and header.</param>
    /// <returns>The snapshot, with its load report.</returns>
    /// <exception cref="ListFormatException">The file is missing or cannot be read in that format.</exception>
    public static ListSnapshot Load(string path, ListFormat format = ListFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(path);
        throw new NotImplementedException("Loader work in progress");
    }
}
