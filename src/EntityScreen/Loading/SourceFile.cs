using System.Security.Cryptography;
using CsvHelper;

namespace EntityScreen;

/// <summary>A list file read once into memory: its bytes (hashed and parsed from the same buffer) and last write date.</summary>
internal sealed class SourceFile
{
    private SourceFile(string path, byte[] bytes, DateOnly lastWrite)
    {
        Path = path;
        Bytes = bytes;
        LastWrite = lastWrite;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The path as given.</summary>
    public string Path { get; }

    /// <summary>The file's bytes, unchanged.</summary>
    public byte[] Bytes { get; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Bytes"/>.</summary>
    public string Sha256 { get; }

    /// <summary>The file's last write date (UTC).</summary>
    public DateOnly LastWrite { get; }

    /// <summary>Reads a file; a missing, unreadable or empty file is a <see cref="ListFormatException"/>.</summary>
    public static SourceFile Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ListFormatException(path, 0, null, $"cannot read the file: {ex.Message}");
        }

        if (ContentRange(bytes).Length == 0)
        {
            throw new ListFormatException(path, 0, null, "the file is empty");
        }

        return new SourceFile(path, bytes, DateOnly.FromDateTime(File.GetLastWriteTimeUtc(path)));
    }

    /// <summary>Wraps bytes already in memory (an embedded resource, a stream); empty content is a <see cref="ListFormatException"/>.</summary>
    public static SourceFile FromBytes(string path, byte[] bytes, DateOnly lastWrite) =>
        ContentRange(bytes).Length == 0
            ? throw new ListFormatException(path, 0, null, "the file is empty")
            : new SourceFile(path, bytes, lastWrite);

    /// <summary>
    /// Opens a CSV reader over the content: without a UTF-8 byte order mark and without trailing DOS EOF (0x1A) bytes.
    /// Headers are read by the caller as the first record so that every record keeps its physical line number. A record
    /// with malformed quoting (a quote inside an unquoted field, text after a closing quote, a quote never closed) is
    /// skipped by the parser and counted in <paramref name="tally"/> as a rejection naming its line and column, never
    /// read with a silently changed value.
    /// </summary>
    public CsvReader OpenCsv(FileTally tally, char separator = ',') => OpenCsv(ContentRange(Bytes), tally.Malformed, separator);

    /// <summary>
    /// Opens a CSV reader over <paramref name="content"/> (the content of a file, possibly with lines blanked out) with
    /// the same options, malformed records reported to <paramref name="onMalformed"/> and skipped.
    /// </summary>
    public static CsvReader OpenCsv(ReadOnlyMemory<byte> content, Action<MalformedCsvRecord> onMalformed, char separator = ',')
    {
        var locator = new MalformedCsvLocator(content, separator);
        return CsvReader.Create(content, CsvReaderOptions.Default with
        {
            HasHeader = false,
            Separator = separator,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record => onMalformed(locator.Locate(record)),
        });
    }

    /// <summary>The bytes without a UTF-8 byte order mark and without trailing DOS EOF (0x1A) bytes.</summary>
    public static ReadOnlyMemory<byte> ContentRange(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var end = bytes.Length;
        while (end > start && bytes[end - 1] is 0x1A)
        {
            end--;
        }

        return bytes.AsMemory(start, end - start);
    }
}
