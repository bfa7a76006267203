namespace EntityScreen.Snapshots;

/// <summary>
/// Shape checks of what a snapshot holds, made as it is read (before its checksum is compared at the end): offsets
/// that rise within their array, ids within their range. A damaged snapshot is thus a <see cref="SnapshotException"/>
/// naming the part, never an index error later, whatever its bytes.
/// </summary>
internal static class SnapshotCheck
{
    public static void That(bool condition, string part)
    {
        if (!condition)
        {
            throw new SnapshotException($"damaged: {part} is not laid out as written");
        }
    }

    /// <summary>CSR offsets: start at 0, never fall, end at <paramref name="total"/>.</summary>
    public static void Offsets(ReadOnlySpan<int> starts, int total, string part)
    {
        var ok = starts.Length > 0 && starts[0] == 0 && starts[^1] == total;
        for (var i = 1; ok && i < starts.Length; i++)
        {
            ok = starts[i] >= starts[i - 1];
        }

        That(ok, part);
    }

    /// <summary>Every id in [0, <paramref name="count"/>).</summary>
    public static void Ids(ReadOnlySpan<int> ids, int count, string part)
    {
        foreach (var id in ids)
        {
            if ((uint)id >= (uint)count)
            {
                That(false, part);
            }
        }
    }
}
