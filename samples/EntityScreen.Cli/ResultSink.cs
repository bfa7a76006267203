using System.Buffers;
using System.Text;
using CsvHelper;

namespace EntityScreen.Cli;

/// <summary>Where batch and pair results go: JSON Lines, or CSV when the path ends in .csv; <c>-</c> is stdout.</summary>
internal sealed class ResultSink : IDisposable
{
    private readonly Stream? _stream;
    private readonly TextWriter? _text;
    private readonly CsvWriter? _csv;

    private ResultSink(Stream? stream, TextWriter? text, CsvWriter? csv)
    {
        _stream = stream;
        _text = text;
        _csv = csv;
    }

    /// <summary>True when writing CSV.</summary>
    public bool IsCsv => _csv is not null;

    /// <summary>Opens the output; writes the CSV header when the output is CSV.</summary>
    /// <exception cref="CliException">The file cannot be created.</exception>
    public static ResultSink Open(string path, TextWriter stdout, string[] csvHeader)
    {
        var toStdout = path == "-";
        var csv = !toStdout && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        try
        {
            if (csv)
            {
                var writer = CsvWriter.ToFile(path, new CsvWriterOptions { Separator = ',', NewLine = "\n" });
                writer.WriteRecord(csvHeader);
                return new ResultSink(null, null, writer);
            }

            if (toStdout)
            {
                return new ResultSink(null, stdout, null);
            }

            return new ResultSink(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16), null, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot write the output: {ex.Message}", ex);
        }
    }

    /// <summary>Writes JSON Lines records (already ending in a line feed).</summary>
    public void WriteJson(ArrayBufferWriter<byte> lines)
    {
        if (_stream is not null)
        {
            _stream.Write(lines.WrittenSpan);
        }
        else
        {
            _text!.Write(Encoding.UTF8.GetString(lines.WrittenSpan));
        }
    }

    /// <summary>Writes one CSV record.</summary>
    public void WriteCsv(string?[] fields) => _csv!.WriteRecord(fields!);

    /// <inheritdoc />
    public void Dispose()
    {
        _csv?.Dispose();
        _stream?.Dispose();
        _text?.Flush();
    }
}
