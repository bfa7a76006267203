using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace EntityScreen.Snapshots;

/// <summary>
/// Reads a snapshot written by <see cref="SnapshotWriter"/>, in order, from a stream: small values from a 64 KiB
/// buffer, arrays straight into their final arrays, every byte hashed as it is read. Nothing read may be used before
/// <see cref="Complete"/> has compared the SHA-256 with the file's trailer. A count or length that the bytes left
/// cannot hold is refused before anything is allocated for it, so a damaged file costs at most its own size.
/// Every failure is a <see cref="SnapshotException"/> saying why.
/// </summary>
internal sealed class SnapshotReader : IDisposable
{
    private const int HashLength = 32;

    private readonly Stream _stream;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;

    /// <summary>Payload bytes not yet read (the trailer aside), buffered or not.</summary>
    private long _remaining;

    /// <summary>Bytes consumed from the payload so far, header included (for alignment).</summary>
    private long _position;

    public SnapshotReader(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        SnapshotFormat.EnsureLittleEndian();
        long length;
        try
        {
            length = stream.Length - stream.Position;
        }
        catch (NotSupportedException)
        {
            // A stream without a length (a network stream): read whole first.
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
            length = copy.Length;
        }

        _stream = stream;
        var header = SnapshotFormat.Magic.Length + 4;
        if (length < header + HashLength)
        {
            throw new SnapshotException(FormattableString.Invariant($"truncated: {length} bytes, fewer than a header and a checksum"));
        }

        _remaining = length - HashLength;
        Span<byte> magic = stackalloc byte[SnapshotFormat.Magic.Length];
        ReadBytes(magic);
        if (!magic.SequenceEqual(SnapshotFormat.Magic))
        {
            throw new SnapshotException("not an EntityScreen snapshot (its first bytes are not the snapshot mark)");
        }

        var version = ReadInt32();
        if (version != SnapshotFormat.Version)
        {
            throw new SnapshotException(FormattableString.Invariant($"snapshot format version {version}; this library reads version {SnapshotFormat.Version}"));
        }
    }

    public byte ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        ReadBytes(one);
        return one[0];
    }

    public bool ReadBool() => ReadByte() switch
    {
        0 => false,
        1 => true,
        var b => throw new SnapshotException(FormattableString.Invariant($"damaged: a flag of value {b} at byte {_position - 1}")),
    };

    public int ReadInt32()
    {
        if (_end - _start >= 4 && _remaining >= 4)
        {
            // Buffered already, and payload (not the trailer read ahead): read in place.
            var value = BinaryPrimitives.ReadInt32LittleEndian(_buffer.AsSpan(_start, 4));
            Consume(4);
            return value;
        }

        Span<byte> bytes = stackalloc byte[4];
        ReadBytes(bytes);
        return BinaryPrimitives.ReadInt32LittleEndian(bytes);
    }

    public long ReadInt64()
    {
        Span<byte> bytes = stackalloc byte[8];
        ReadBytes(bytes);
        return BinaryPrimitives.ReadInt64LittleEndian(bytes);
    }

    public float ReadSingle()
    {
        Span<byte> bytes = stackalloc byte[4];
        ReadBytes(bytes);
        return BinaryPrimitives.ReadSingleLittleEndian(bytes);
    }

    public double ReadDouble()
    {
        Span<byte> bytes = stackalloc byte[8];
        ReadBytes(bytes);
        return BinaryPrimitives.ReadDoubleLittleEndian(bytes);
    }

    /// <summary>A count written by the writer: never negative, never more items of <paramref name="minBytes"/> each than the bytes left hold.</summary>
    public int ReadCount(int minBytes = 1)
    {
        var count = ReadInt32();
        if (count < 0 || (long)count * Math.Max(minBytes, 0) > _remaining)
        {
            throw new SnapshotException(FormattableString.Invariant($"damaged: a count of {count} at byte {_position - 4} with {_remaining} bytes left"));
        }

        return count;
    }

    public string? ReadString()
    {
        var length = ReadInt32();
        if (length == -1)
        {
            return null;
        }

        if (length < 0 || length > _remaining)
        {
            throw new SnapshotException(FormattableString.Invariant($"damaged: a string of {length} bytes at byte {_position - 4} with {_remaining} bytes left"));
        }

        if (length <= _buffer.Length)
        {
            Fill(length);
            var text = Encoding.UTF8.GetString(_buffer, _start, length);
            Consume(length);
            return text;
        }

        var bytes = new byte[length];
        ReadBytes(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>A string that must not be null.</summary>
    public string ReadRequiredString() =>
        ReadString() ?? throw new SnapshotException(FormattableString.Invariant($"damaged: a missing string before byte {_position}"));

    public DateOnly? ReadDate()
    {
        var day = ReadInt32();
        if (day == -1)
        {
            return null;
        }

        if (day < DateOnly.MinValue.DayNumber || day > DateOnly.MaxValue.DayNumber)
        {
            throw new SnapshotException(FormattableString.Invariant($"damaged: a day number {day} at byte {_position - 4}"));
        }

        return DateOnly.FromDayNumber(day);
    }

    public string?[] ReadStrings()
    {
        var values = new string?[ReadCount(4)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ReadString();
        }

        return values;
    }

    public T[] ReadArray<T>()
        where T : unmanaged
    {
        var size = Unsafe.SizeOf<T>();
        var count = ReadCount(size);
        Align();
        var values = count == 0 ? [] : new T[count];
        ReadBytes(MemoryMarshal.AsBytes(values.AsSpan()));
        Align();
        return values;
    }

    /// <summary>Checks that the payload has been read to its end and that its SHA-256 is the trailer's.</summary>
    public void Complete()
    {
        if (_remaining != 0)
        {
            throw new SnapshotException(FormattableString.Invariant($"damaged: {_remaining} bytes left unread before the checksum"));
        }

        Span<byte> trailer = stackalloc byte[HashLength];
        var buffered = _end - _start;
        _buffer.AsSpan(_start, Math.Min(buffered, HashLength)).CopyTo(trailer);
        if (buffered < HashLength)
        {
            try
            {
                _stream.ReadExactly(trailer[buffered..]);
            }
            catch (EndOfStreamException)
            {
                throw new SnapshotException("truncated: the checksum is cut off");
            }
        }

        Span<byte> actual = stackalloc byte[HashLength];
        _hash.GetHashAndReset(actual);
        if (!actual.SequenceEqual(trailer))
        {
            throw new SnapshotException("damaged: the SHA-256 of its bytes is not the one it was written with");
        }
    }

    public void Dispose() => _hash.Dispose();

    private void Align()
    {
        var pad = (int)((8 - (_position % 8)) % 8);
        if (pad > 0)
        {
            Span<byte> padding = stackalloc byte[pad];
            ReadBytes(padding);
        }
    }

    private void ReadBytes(Span<byte> target)
    {
        if (target.Length > _remaining)
        {
            throw new SnapshotException(FormattableString.Invariant($"truncated: {target.Length} bytes wanted at byte {_position}, {_remaining} left"));
        }

        var buffered = Math.Min(_end - _start, target.Length);
        _buffer.AsSpan(_start, buffered).CopyTo(target);
        Consume(buffered);
        var rest = target[buffered..];
        if (rest.Length == 0)
        {
            return;
        }

        if (rest.Length < _buffer.Length / 2)
        {
            Fill(rest.Length);
            _buffer.AsSpan(_start, rest.Length).CopyTo(rest);
            Consume(rest.Length);
            return;
        }

        // A large array: straight from the stream into it, hashed there.
        try
        {
            _stream.ReadExactly(rest);
        }
        catch (EndOfStreamException)
        {
            throw new SnapshotException(FormattableString.Invariant($"truncated: the file ends inside {rest.Length} bytes wanted at byte {_position}"));
        }

        _hash.AppendData(rest);
        _position += rest.Length;
        _remaining -= rest.Length;
    }

    /// <summary>Makes <paramref name="count"/> payload bytes (at most the buffer's size) available at <see cref="_start"/>, hashing the payload bytes read.</summary>
    private void Fill(int count)
    {
        if (_end - _start >= count)
        {
            return;
        }

        var kept = _end - _start;
        Buffer.BlockCopy(_buffer, _start, _buffer, 0, kept);
        _start = 0;
        _end = kept;

        // Hash only payload bytes: what is read beyond the payload is the trailer.
        var payloadUnbuffered = _remaining - kept;
        while (_end < count)
        {
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                throw new SnapshotException(FormattableString.Invariant($"truncated: the file ends at byte {_position + _end}"));
            }

            var payload = (int)Math.Min(read, Math.Max(payloadUnbuffered, 0));
            _hash.AppendData(_buffer, _end, payload);
            payloadUnbuffered -= payload;
            _end += read;
        }

        // Fill reads ahead; Consume counts only what is used, so _remaining stays the payload not yet consumed.
    }

    private void Consume(int count)
    {
        _start += count;
        _position += count;
        _remaining -= count;
    }
}
