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
    private readonly bool _csvRaw;

    private ResultSink(Stream? stream, TextWriter? text, CsvWriter? csv, bool csvRaw = false)
    {
        _stream = stream;
        _text = text;
        _csv = csv;
        _csvRaw = csvRaw;
    }

    /// <summary>True when writing CSV.</summary>
    public bool IsCsv => _csv is not null;

    /// <summary>Opens the output; writes the CSV header when the output is CSV.</summary>
    /// <param name="path">The output file, or <c>-</c> for stdout.</param>
    /// <param name="stdout">The writer of <c>-</c>.</param>
    /// <param name="csvHeader">The CSV column names.</param>
    /// <param name="csvRaw">
    /// Write CSV cells as they are. By default a cell starting like a spreadsheet formula is neutralized
    /// (<see cref="CsvCells.Neutralize(string?)"/>): ids, queries and listed names come from outside.
    /// </param>
    /// <exception cref="CliException">The file cannot be created.</exception>
    public static ResultSink Open(string path, TextWriter stdout, string[] csvHeader, bool csvRaw = false)
    {
        var toStdout = path == "-";
        var csv = !toStdout && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        try
        {
            if (csv)
            {
                var writer = CsvWriter.ToFile(path, new CsvWriterOptions { Separator = ',', NewLine = "\n" });
                var sink = new ResultSink(null, null, writer, csvRaw);
                sink.WriteCsv([.. csvHeader]);
                return sink;
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

    /// <summary>Writes one CSV record, each cell neutralized against formula injection unless the sink is raw.</summary>
    public void WriteCsv(string?[] fields) => _csv!.WriteRecord((_csvRaw ? fields : CsvCells.Neutralize(fields))!);

    /// <inheritdoc />
    public void Dispose()
    {
        _csv?.Dispose();
        _stream?.Dispose();
        _text?.Flush();
    }
}
