using System.Reflection;

namespace EntityScreen.Snapshots;

/// <summary>The snapshot file's mark and format version (see docs/performance.md, "Cold start").</summary>
internal static class SnapshotFormat
{
    /// <summary>The first 8 bytes of every snapshot: "ESNAP", a zero, then 0x1A and a newline (so a text tool stops).</summary>
    public static ReadOnlySpan<byte> Magic => "ESNAP\0\u001A\n"u8;

    /// <summary>
    /// The layout's version: bump it whenever what is written or its order changes. A snapshot of another version is
    /// refused (and rebuilt by the callers that cache), never read.
    /// </summary>
    public const int Version = 1;

    /// <summary>
    /// The build of this library (its informational version and the module's id): a snapshot is read only by the build
    /// that wrote it, since the tables that shape an index (glossaries, legal forms, readings) may change between
    /// builds without a change of <see cref="ScreeningDefaults.AlgorithmVersion"/>.
    /// </summary>
    public static string LibraryBuild { get; } = ComputeLibraryBuild();

    private static string ComputeLibraryBuild()
    {
        var assembly = typeof(SnapshotFormat).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unversioned";
        try
        {
            return version + "/" + assembly.ManifestModule.ModuleVersionId.ToString("N");
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException)
        {
            // A runtime without module metadata (Native AOT may not give the id): the version alone.
            return version;
        }
    }

    /// <summary>Arrays are written as their bytes: the format is little-endian, as every platform .NET runs on today.</summary>
    public static void EnsureLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("EntityScreen snapshots are little-endian; this machine is big-endian.");
        }
    }
}
