using CsvHelper;

namespace EntityScreen;

/// <summary>Column positions of a CSV header, looked up by name (case-insensitive, trimmed).</summary>
internal sealed class CsvHeader
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The function <see cref="_previous"/> was cleaned with.</summary>
    private Func<string, string>? _clean;

    /// <summary>Per column: the last record's field, as UTF-8 and as its cleaned string.</summary>
    private Previous[] _previous = [];

    private CsvHeader(string[] names)
    {
        Names = names;
        for (var i = 0; i < names.Length; i++)
        {
            _index.TryAdd(names[i], i);
        }
    }

    /// <summary>A header of the given names (a header read back from a snapshot, <see cref="Snapshots.ListsCodec"/>); its <see cref="Line"/> is 0.</summary>
    internal static CsvHeader FromNames(string[] names) => new(names);

    /// <summary>The header names, trimmed, in column order.</summary>
    public string[] Names { get; }

    /// <summary>The 1-based line of the header.</summary>
    public long Line { get; private init; }

    /// <summary>
    /// Reads the first record of <paramref name="reader"/> as the header, and gives its names to
    /// <paramref name="tally"/> to name the columns of malformed records.
    /// </summary>
    /// <exception cref="ListFormatException">The file has no header record, or the header's quoting is malformed.</exception>
    public static CsvHeader Read(CsvReader reader, FileTally tally)
    {
        var file = tally.File.Path;
        if (!reader.Read())
        {
            throw tally.MalformedAtOrBefore(long.MaxValue) is { } broken
                ? MalformedHeader(file, broken)
                : new ListFormatException(file, 0, null, "the file has no header row");
        }

        if (tally.MalformedAtOrBefore(reader.LineNumber) is { } skipped)
        {
            // The parser skipped the real header: the record it returned is data.
            throw MalformedHeader(file, skipped);
        }

        var names = new string[reader.FieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = reader.GetString(i).Trim().TrimStart('\uFEFF');
            if (names[i].AsSpan().IndexOfAny('\n', '\r') >= 0)
            {
                // A quote left open swallowed the lines after the header into this column's name.
                throw new ListFormatException(file, reader.LineNumber, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "the header has an unclosed quote: it runs on over several lines");
            }
        }

        tally.ColumnNames = names;
        return new CsvHeader(names) { Line = reader.LineNumber };
    }

    private static ListFormatException MalformedHeader(string file, MalformedCsvRecord record)
    {
        var column = record.Column(names: null);
        return record.LastLine > record.Line || record.Reason == CsvHelper.CsvMalformedReason.UnterminatedQuote
            ? new ListFormatException(file, record.Line, column, $"the header has an unclosed quote: it runs on over several lines ({record.Describe()})")
            : new ListFormatException(file, record.Line, column, $"the header is not valid CSV ({record.Describe()})");
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

    /// <summary>
    /// The current record's fields, each passed through <paramref name="clean"/>. A field equal to the same column of
    /// the record before (the list name, its URLs, a program) is that record's string again: no new string per row.
    /// </summary>
    public string[] Values(CsvReader reader, Func<string, string> clean)
    {
        if (!ReferenceEquals(clean, _clean))
        {
            _clean = clean;
            _previous = new Previous[Names.Length];
        }

        var values = new string[Names.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var utf8 = reader.GetSpan(i);
            ref var previous = ref _previous[i];
            if (previous.Value is not null && utf8.SequenceEqual(previous.Utf8.AsSpan(0, previous.Length)))
            {
                values[i] = previous.Value;
                continue;
            }

            values[i] = clean(reader.GetString(i));
            if (previous.Utf8 is null || previous.Utf8.Length < utf8.Length)
            {
                previous.Utf8 = new byte[Math.Max(64, utf8.Length)];
            }

            utf8.CopyTo(previous.Utf8);
            previous.Length = utf8.Length;
            previous.Value = values[i];
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

    /// <summary>A column's field in the last record read.</summary>
    private struct Previous
    {
        public byte[]? Utf8;
        public int Length;
        public string? Value;
    }
}
