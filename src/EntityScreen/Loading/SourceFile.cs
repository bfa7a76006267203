using System.Security.Cryptography;
using CsvHelper;

namespace EntityScreen;

/// <summary>
/// A list file read once: into memory (its bytes hashed and parsed from the same buffer), or as a stream that hashes
/// what it reads (<see cref="OpenStream"/>, for files too large to hold); and its last write date.
/// </summary>
internal sealed class SourceFile
{
    private readonly string? _sha256;
    private readonly HashingReadStream? _stream;

    private SourceFile(string path, byte[] bytes, DateOnly lastWrite)
    {
        Path = path;
        Bytes = bytes;
        LastWrite = lastWrite;
        _sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    private SourceFile(string path, HashingReadStream stream, DateOnly lastWrite)
    {
        Path = path;
        Bytes = [];
        LastWrite = lastWrite;
        _stream = stream;
    }

    /// <summary>The path as given.</summary>
    public string Path { get; }

    /// <summary>The file's bytes, unchanged; empty for a file opened with <see cref="OpenStream"/>.</summary>
    public byte[] Bytes { get; }

    /// <summary>
    /// Lower-case hex SHA-256 of the file's bytes. For a file opened with <see cref="OpenStream"/>, asking reads the rest
    /// of the stream: ask once the reader is done with it.
    /// </summary>
    public string Sha256 => _sha256 ?? _stream!.Finish();

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

    /// <summary>
    /// Opens a file to be read as a stream, never held in memory: <paramref name="stream"/> hashes what it passes on
    /// (the caller disposes it), and <see cref="Sha256"/> is the hash of the whole file once it was read. A missing,
    /// unreadable or empty file is a <see cref="ListFormatException"/>.
    /// </summary>
    public static SourceFile OpenStream(string path, out Stream stream)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ListFormatException(path, 0, null, $"cannot read the file: {ex.Message}");
        }

        if (file.Length == 0)
        {
            file.Dispose();
            throw new ListFormatException(path, 0, null, "the file is empty");
        }

        var hashing = new HashingReadStream(file);
        stream = hashing;
        return new SourceFile(path, hashing, DateOnly.FromDateTime(File.GetLastWriteTimeUtc(path)));
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

    /// <summary>
    /// Opens a CSV reader over a stream (read forward once, never held whole), with the options of
    /// <see cref="OpenCsv(ReadOnlyMemory{byte}, Action{MalformedCsvRecord}, char)"/>. A malformed record is placed by its
    /// lines, and, when it is one line, by the field and character of the quote to blame (found in the record's text).
    /// A record longer than <paramref name="maxRecordSize"/> bytes throws a <see cref="CsvFormatException"/> instead of
    /// growing the buffer to the file's size. With <paramref name="allowLineBreaksInQuotes"/> false, every line break
    /// ends a record: a quote never closed is a malformed record of its own line, and reading goes on at the next line.
    /// </summary>
    public static CsvReader OpenCsv(Stream stream, Action<MalformedCsvRecord> onMalformed, int maxRecordSize, char separator = ',', bool allowLineBreaksInQuotes = true) =>
        CsvReader.Create(stream, CsvReaderOptions.Default with
        {
            HasHeader = false,
            Separator = separator,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Skip,
            MaxRecordSize = maxRecordSize,
            AllowLineBreaksInQuotes = allowLineBreaksInQuotes,
            OnMalformedRecord = record =>
            {
                var line = Math.Max(1, record.LineNumber);
                var raw = (record.RawRecord ?? string.Empty).AsSpan().TrimEnd("\r\n");
                var lastLine = line + MalformedCsvLocator.LineBreaks(raw);
                if (lastLine == line && record.Reason is CsvMalformedReason.LineBreakInQuotes or CsvMalformedReason.UnterminatedQuote)
                {
                    // One line whose quote never closes: walking the whole line finds the field that quote opens.
                    var bytes = System.Text.Encoding.UTF8.GetBytes(raw.ToString());
                    var located = new MalformedCsvLocator(bytes, separator).Locate(
                        new CsvMalformedRecord(record.RecordNumber, CsvMalformedReason.UnterminatedQuote, record.Skipped, bytes.Length, raw.ToString(), 1));
                    onMalformed(new MalformedCsvRecord(line, line, line, located.Character, located.Field, record.Reason));
                    return;
                }

                onMalformed(new MalformedCsvRecord(line, lastLine, line, 0, -1, record.Reason));
            },
        }, leaveOpen: true);

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
