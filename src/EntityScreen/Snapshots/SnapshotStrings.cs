using System.Runtime.InteropServices;
using System.Text;

namespace EntityScreen.Snapshots;

/// <summary>
/// The string pool of a snapshot's lists (<see cref="ListsCodec"/>) as read: the UTF-8 bytes of every string and
/// their end offsets, and the few strings UTF-8 cannot carry (a lone surrogate) as UTF-16. A string is decoded on
/// first use and kept, one instance per id for every thread, so equal strings stay one string.
/// </summary>
/// <remarks>
/// <see cref="Read"/> checks every offset (ends that never fall and end at the last byte, UTF-16 ids rising within
/// the pool, each with no UTF-8 bytes), so decoding any id in [0, <see cref="Count"/>) cannot fail afterwards:
/// <see cref="Encoding.UTF8"/> replaces what is not UTF-8 rather than throw, whatever the bytes.
/// </remarks>
internal sealed class SnapshotStrings
{
    private readonly byte[] _utf8;
    private readonly int[] _ends;
    private readonly int[] _utf16Ids;
    private readonly ushort[] _utf16;
    private readonly int[] _utf16Ends;
    private readonly string?[] _decoded;

    private SnapshotStrings(byte[] utf8, int[] ends, int[] utf16Ids, ushort[] utf16, int[] utf16Ends)
    {
        _utf8 = utf8;
        _ends = ends;
        _utf16Ids = utf16Ids;
        _utf16 = utf16;
        _utf16Ends = utf16Ends;
        _decoded = new string?[ends.Length];
    }

    /// <summary>Strings in the pool.</summary>
    public int Count => _ends.Length;

    /// <summary>The string of <paramref name="id"/>, in [0, <see cref="Count"/>): decoded on first use.</summary>
    public string this[int id] => _decoded[id] ?? Decode(id);

    /// <summary>Reads the pool and checks its offsets (see the remarks).</summary>
    /// <exception cref="SnapshotException">The pool is damaged.</exception>
    public static SnapshotStrings Read(SnapshotReader reader)
    {
        var utf8 = reader.ReadArray<byte>();
        var ends = reader.ReadArray<int>();
        var utf16Ids = reader.ReadArray<int>();
        var utf16 = reader.ReadArray<ushort>();
        var utf16Ends = reader.ReadArray<int>();
        if (utf16Ids.Length != utf16Ends.Length)
        {
            throw Damaged("the UTF-16 strings' ids and ends differ in number");
        }

        var start = 0;
        for (var i = 0; i < ends.Length; i++)
        {
            var end = ends[i];
            if (end < start || end > utf8.Length)
            {
                throw Damaged(FormattableString.Invariant($"string {i} ends at byte {end} of {utf8.Length}, before its start {start}"));
            }

            start = end;
        }

        int previous = -1, start16 = 0;
        for (var k = 0; k < utf16Ids.Length; k++)
        {
            var id = utf16Ids[k];
            var end16 = utf16Ends[k];
            if (id <= previous || id >= ends.Length || ends[id] != (id == 0 ? 0 : ends[id - 1]) || end16 < start16 || end16 > utf16.Length)
            {
                throw Damaged(FormattableString.Invariant($"UTF-16 string {id} ends at {end16} of {utf16.Length}"));
            }

            (previous, start16) = (id, end16);
        }

        if (start != utf8.Length || start16 != utf16.Length)
        {
            throw Damaged("the string pool holds bytes or ids no string uses");
        }

        return new SnapshotStrings(utf8, ends, utf16Ids, utf16, utf16Ends);
    }

    private static SnapshotException Damaged(string what) => new("damaged lists: " + what);

    private string Decode(int id)
    {
        var start = id == 0 ? 0 : _ends[id - 1];
        var end = _ends[id];
        string value;
        if (end > start)
        {
            value = Encoding.UTF8.GetString(_utf8, start, end - start);
        }
        else if (Array.BinarySearch(_utf16Ids, id) is var k and >= 0)
        {
            var start16 = k == 0 ? 0 : _utf16Ends[k - 1];
            value = new string(MemoryMarshal.Cast<ushort, char>(_utf16.AsSpan(start16, _utf16Ends[k] - start16)));
        }
        else
        {
            value = string.Empty;
        }

        return Interlocked.CompareExchange(ref _decoded[id], value, null) ?? value;
    }
}
