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

    /// <summary>Arrays are written as their bytes: the format is little-endian, as every platform .NET runs on today.</summary>
    public static void EnsureLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("EntityScreen snapshots are little-endian; this machine is big-endian.");
        }
    }
}
