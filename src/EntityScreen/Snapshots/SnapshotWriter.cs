using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace EntityScreen.Snapshots;

/// <summary>
/// Writes a snapshot file: a header (<see cref="SnapshotFormat.Magic"/>, the format version), then the payload as
/// written by the caller (little-endian numbers, arrays of unmanaged values as their bytes, 8-byte aligned, strings as
/// UTF-8 with a length), then the SHA-256 of every byte before it. Everything is buffered and written to the stream by
/// <see cref="Complete"/>; a writer that is not completed writes nothing.
/// </summary>
internal sealed class SnapshotWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);

    public SnapshotWriter()
    {
        _buffer.Write(SnapshotFormat.Magic);
        WriteInt32(SnapshotFormat.Version);
    }

    /// <summary>Bytes written so far, header included.</summary>
    public long Position => _buffer.WrittenCount;

    public void WriteByte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    public void WriteBool(bool value) => WriteByte(value ? (byte)1 : (byte)0);

    public void WriteInt32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.GetSpan(4), value);
        _buffer.Advance(4);
    }

    public void WriteInt64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.GetSpan(8), value);
        _buffer.Advance(8);
    }

    public void WriteSingle(float value)
    {
        BinaryPrimitives.WriteSingleLittleEndian(_buffer.GetSpan(4), value);
        _buffer.Advance(4);
    }

    public void WriteDouble(double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(_buffer.GetSpan(8), value);
        _buffer.Advance(8);
    }

    /// <summary>A string as its UTF-8 length and bytes; null as length -1.</summary>
    public void WriteString(string? value)
    {
        if (value is null)
        {
            WriteInt32(-1);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        WriteInt32(length);
        var written = Encoding.UTF8.GetBytes(value, _buffer.GetSpan(length));
        _buffer.Advance(written);
    }

    /// <summary>A date as its day number (<see cref="DateOnly.DayNumber"/>), null as -1.</summary>
    public void WriteDate(DateOnly? value) => WriteInt32(value?.DayNumber ?? -1);

    /// <summary>Strings as a count and each string (<see cref="WriteString"/>).</summary>
    public void WriteStrings(IReadOnlyList<string?> values)
    {
        WriteInt32(values.Count);
        foreach (var value in values)
        {
            WriteString(value);
        }
    }

    /// <summary>
    /// An array of unmanaged values as its length, padding to the next multiple of 8 bytes, and its bytes
    /// (little-endian machines only: <see cref="SnapshotFormat.EnsureLittleEndian"/>).
    /// </summary>
    public void WriteArray<T>(ReadOnlySpan<T> values)
        where T : unmanaged
    {
        WriteInt32(values.Length);
        Align();
        var bytes = MemoryMarshal.AsBytes(values);
        _buffer.Write(bytes);
        Align();
    }

    /// <summary>Writes the payload and its SHA-256 to <paramref name="stream"/>.</summary>
    public void Complete(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var hash = SHA256.HashData(_buffer.WrittenSpan);
        stream.Write(_buffer.WrittenSpan);
        stream.Write(hash);
        stream.Flush();
    }

    private void Align()
    {
        var pad = (int)((8 - (_buffer.WrittenCount % 8)) % 8);
        if (pad > 0)
        {
            _buffer.GetSpan(pad)[..pad].Clear();
            _buffer.Advance(pad);
        }
    }
}
