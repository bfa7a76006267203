using System.Security.Cryptography;

namespace EntityScreen;

/// <summary>
/// A read-only, forward-only stream over a file that hashes every byte it passes on (SHA-256), so a file read once as a
/// stream is also hashed once, without being held in memory. <see cref="Finish"/> reads what the consumer left unread
/// and gives the hash of the whole file.
/// </summary>
internal sealed class HashingReadStream(Stream inner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? _sha256;

    /// <summary>Bytes read so far.</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        if (read > 0)
        {
            _hash.AppendData(buffer[..read]);
            BytesRead += read;
        }

        return read;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    /// <summary>Reads the rest of the file (if any was left unread) and returns the lower-case hex SHA-256 of all of it.</summary>
    public string Finish()
    {
        if (_sha256 is null)
        {
            Span<byte> rest = stackalloc byte[4096];
            while (Read(rest) > 0)
            {
            }

            _sha256 = Convert.ToHexStringLower(_hash.GetHashAndReset());
        }

        return _sha256;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
