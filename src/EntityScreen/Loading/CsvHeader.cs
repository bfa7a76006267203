using CsvHelper;

namespace EntityScreen;

/// <summary>Column positions of a CSV header, looked up by name (case-insensitive, trimmed).</summary>
internal sealed class CsvHeader
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    private CsvHeader(string[] names)
    {
        Names = names;
        for (var i = 0; i < names.Length; i++)
        {
            _index.TryAdd(names[i], i);
        }
    }

    /// <summary>The header names, trimmed, in column order.</summary>
    public string[] Names { get; }

    /// <summary>The 1-based line of the header.</summary>
    public long Line { get; private init; }

    /// <summary>Reads the first record of <paramref name="reader"/> as the header.</summary>
    /// <exception cref="ListFormatException">The file has no header record.</exception>
    public static CsvHeader Read(CsvReader reader, string file)
    {
        if (!reader.Read())
        {
            throw new ListFormatException(file, 0, null, "the file has no header row");
        }

        var names = new string[reader.FieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = reader.GetString(i).Trim().TrimStart('\uFEFF');
            if (names[i].AsSpan().IndexOfAny('\n', '\r') >= 0)
            {
                // An unclosed quote swallowed the lines after the header into this column's name.
                throw new ListFormatException(file, 1, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "the header has an unclosed quote: it runs on over several lines");
            }
        }

        return new CsvHeader(names) { Line = reader.LineNumber };
    }

    /// <summary>True when the current record has one field per header column; otherwise rejects it in the tally, naming the line.</summary>
    public bool Fits(CsvReader reader, FileTally tally)
    {
        if (reader.FieldCount == Names.Length)
        {
            return true;
        }

        tally.Reject(reader.LineNumber, null, $"expected {Names.Length} fields, found {reader.FieldCount}");
        return false;
    }

    /// <summary>The current record's fields, each passed through <paramref name="clean"/>.</summary>
    public string[] Values(CsvReader reader, Func<string, string> clean)
    {
        var values = new string[Names.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = clean(reader.GetString(i));
        }

        return values;
    }

    /// <summary>The index of <paramref name="name"/>, or -1.</summary>
    public int Find(string name) => _index.GetValueOrDefault(name, -1);

    /// <summary>The index of <paramref name="name"/>; throws when the header lacks it.</summary>
    /// <exception cref="ListFormatException">No such column.</exception>
    public int Require(string name, string file) =>
        _index.TryGetValue(name, out var i)
            ? i
            : throw new ListFormatException(file, Line, name, $"the header has no '{name}' column");
}
