using EntityScreen.Snapshots;

namespace EntityScreen.Tests.Snapshots;

public class SnapshotReaderTests
{
    private static byte[] Sample()
    {
        var writer = new SnapshotWriter();
        writer.WriteByte(7);
        writer.WriteBool(true);
        writer.WriteInt32(-12345);
        writer.WriteInt64(1L << 40);
        writer.WriteSingle(1.5f);
        writer.WriteDouble(-2.25);
        writer.WriteString("华为技术有限公司 Huawei");
        writer.WriteString(null);
        writer.WriteString(string.Empty);
        writer.WriteDate(new DateOnly(2026, 11, 10));
        writer.WriteDate(null);
        writer.WriteStrings(["a", null, "ü"]);
        writer.WriteArray<int>([1, 2, 3]);
        writer.WriteArray<ulong>([ulong.MaxValue]);
        writer.WriteArray<float>([]);
        writer.WriteArray<int>(Enumerable.Range(0, 100_000).ToArray());
        writer.WriteString(new string('x', 200_000));
        using var stream = new MemoryStream();
        writer.Complete(stream);
        return stream.ToArray();
    }

    private static void ReadSample(Stream stream)
    {
        using var reader = new SnapshotReader(stream);
        Assert.Equal(7, reader.ReadByte());
        Assert.True(reader.ReadBool());
        Assert.Equal(-12345, reader.ReadInt32());
        Assert.Equal(1L << 40, reader.ReadInt64());
        Assert.Equal(1.5f, reader.ReadSingle());
        Assert.Equal(-2.25, reader.ReadDouble());
        Assert.Equal("华为技术有限公司 Huawei", reader.ReadString());
        Assert.Null(reader.ReadString());
        Assert.Equal(string.Empty, reader.ReadString());
        Assert.Equal(new DateOnly(2026, 11, 10), reader.ReadDate());
        Assert.Null(reader.ReadDate());
        Assert.Equal(new string?[] { "a", null, "ü" }, reader.ReadStrings().AsEnumerable());
        Assert.Equal([1, 2, 3], reader.ReadArray<int>());
        Assert.Equal([ulong.MaxValue], reader.ReadArray<ulong>());
        Assert.Empty(reader.ReadArray<float>());
        Assert.Equal(Enumerable.Range(0, 100_000), reader.ReadArray<int>());
        Assert.Equal(new string('x', 200_000), reader.ReadString());
        reader.Complete();
    }

    [Fact]
    public void RoundTrip_EveryKindOfValue_ReadAsWrittenAndVerified()
    {
        ReadSample(new MemoryStream(Sample()));
    }

    [Fact]
    public void RoundTrip_StreamWithoutLength_ReadWholeFirst()
    {
        ReadSample(new NoLengthStream(Sample()));
    }

    [Fact]
    public void EveryByteFlipped_Refused()
    {
        // Each byte of a small snapshot flipped in turn: refused with a SnapshotException, whatever the byte.
        var writer = new SnapshotWriter();
        writer.WriteInt32(3);
        writer.WriteString("Xandor");
        writer.WriteArray<int>([1, 2]);
        using var stream = new MemoryStream();
        writer.Complete(stream);
        var bytes = stream.ToArray();
        for (var i = 0; i < bytes.Length; i++)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[i] ^= 0x40;
            Assert.Throws<SnapshotException>(() => ReadSmall(damaged));
        }

        ReadSmall(bytes);

        static void ReadSmall(byte[] bytes)
        {
            using var reader = new SnapshotReader(new MemoryStream(bytes));
            reader.ReadCount();
            reader.ReadString();
            reader.ReadArray<int>();
            reader.Complete();
        }
    }

    [Fact]
    public void Truncated_AnywhereRefused()
    {
        var bytes = Sample();
        foreach (var length in new[] { 0, 5, 12, 40, bytes.Length / 3, bytes.Length / 2, bytes.Length - 33, bytes.Length - 32, bytes.Length - 1 })
        {
            var error = Assert.Throws<SnapshotException>(() => ReadSample(new MemoryStream(bytes[..length])));
            Assert.Matches("truncated|damaged|not an EntityScreen snapshot", error.Message);
        }
    }

    [Fact]
    public void NotASnapshot_OrAnotherVersion_RefusedSayingWhich()
    {
        var text = "owner,owned,share\nA,B,50\n"u8.ToArray().Concat(new byte[40]).ToArray();
        Assert.Contains("not an EntityScreen snapshot", Assert.Throws<SnapshotException>(() => new SnapshotReader(new MemoryStream(text))).Message, StringComparison.Ordinal);

        var bytes = Sample();
        bytes[8] = 99;
        Assert.Contains("format version 99", Assert.Throws<SnapshotException>(() => new SnapshotReader(new MemoryStream(bytes))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HugeCount_RefusedBeforeAllocating()
    {
        var writer = new SnapshotWriter();
        writer.WriteInt32(int.MaxValue);
        using var stream = new MemoryStream();
        writer.Complete(stream);
        using var reader = new SnapshotReader(new MemoryStream(stream.ToArray()));
        Assert.Contains("a count of 2147483647", Assert.Throws<SnapshotException>(() => reader.ReadArray<long>()).Message, StringComparison.Ordinal);
    }

    private sealed class NoLengthStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 1000));

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
