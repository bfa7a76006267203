using CsvHelper;

namespace EntityScreen.Cli;

/// <summary>One data row of an input CSV, or why it cannot be used.</summary>
/// <param name="Line">1-based line where the record starts.</param>
/// <param name="Values">The fields (trimmed).</param>
/// <param name="Error">Why the row is unusable (naming the line), or null.</param>
internal sealed record InputRow(long Line, string[] Values, string? Error)
{
    /// <summary>Field <paramref name="index"/>, or empty when the column is absent.</summary>
    public string Get(int index) => index >= 0 && index < Values.Length ? Values[index] : string.Empty;
}

/// <summary>Reads an input CSV (queries or pairs) with CsvHelper: header required, rows checked for field count.</summary>
internal sealed class CsvInput : IDisposable
{
    private readonly CsvReader _reader;
    private readonly string _path;

    private CsvInput(string path, CsvReader reader)
    {
        _path = path;
        _reader = reader;
        Headers = [.. reader.Headers];
    }

    /// <summary>The header names.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The file's path as given.</summary>
    public string Path => _path;

    /// <summary>Opens the file and checks that its header holds the required columns.</summary>
    /// <exception cref="CliException">The file is missing, empty or lacks a required column.</exception>
    public static CsvInput Open(string path, IReadOnlyList<string> required)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file.");
        }

        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            // One stray quote must not swallow the rest of the file: a line break always ends a record.
            AllowLineBreaksInQuotes = false,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        };
        CsvReader reader;
        try
        {
            reader = CsvReader.FromFile(path, options);
        }
        catch (CsvFormatException ex)
        {
            throw new CliException($"{path}:{ex.LineNumber}: {ex.Message}", ex);
        }

        var input = new CsvInput(path, reader);
        try
        {
            if (input.Headers.Count == 0)
            {
                throw new CliException($"{path}: empty file; expected a header row with {string.Join(',', required)}.");
            }

            foreach (var column in required)
            {
                if (input.IndexOf(column) < 0)
                {
                    throw new CliException(
                        $"{path}:1: the header has no '{column}' column (needs {string.Join(',', required)}; found {string.Join(',', input.Headers)}).");
                }
            }
        }
        catch
        {
            input.Dispose();
            throw;
        }

        return input;
    }

    /// <summary>The index of a column (matched ignoring case), or -1.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Headers.Count; i++)
        {
            if (string.Equals(Headers[i].Trim(), column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Fills <paramref name="chunk"/> (cleared first) with up to <paramref name="size"/> rows.</summary>
    /// <returns>False when no row was left to read.</returns>
    /// <exception cref="CliException">The file cannot be read further.</exception>
    public bool NextChunk(List<InputRow> chunk, int size)
    {
        chunk.Clear();
        while (chunk.Count < size && Next() is { } row)
        {
            chunk.Add(row);
        }

        return chunk.Count > 0;
    }

    /// <summary>Reads the next row.</summary>
    /// <returns>The row, or null at the end of the file.</returns>
    /// <exception cref="CliException">The file cannot be read further.</exception>
    public InputRow? Next()
    {
        try
        {
            if (!_reader.Read())
            {
                return null;
            }

            var line = _reader.LineNumber;
            var values = _reader.Current.ToArray();
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = values[i].Trim();
            }

            string? error = values.Length != Headers.Count
                ? $"line {line}: expected {Headers.Count} fields, found {values.Length}"
                : null;
            return new InputRow(line, values, error);
        }
        catch (CsvFormatException ex)
        {
            throw new CliException($"{_path}:{ex.LineNumber}: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();
}
