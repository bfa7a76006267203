using System.Globalization;
using System.Text;
using CsvHelper;

namespace EntityScreen;

/// <summary>
/// A record the CSV parser found malformed (a quote inside an unquoted field, text after a closing quote, a quote
/// never closed) and skipped, placed in the file.
/// </summary>
/// <param name="Line">1-based line where the record starts.</param>
/// <param name="LastLine">1-based line where the record ends (greater than <paramref name="Line"/> when a stray quote made it run on).</param>
/// <param name="ProblemLine">1-based line of the quote to blame.</param>
/// <param name="Character">1-based character of the quote to blame in <paramref name="ProblemLine"/>, 0 when unknown.</param>
/// <param name="Field">0-based field of the record holding the problem (for a quote never closed: the field it opens), -1 when unknown.</param>
/// <param name="Reason">What the parser found.</param>
internal readonly record struct MalformedCsvRecord(
    long Line, long LastLine, long ProblemLine, long Character, int Field, CsvMalformedReason Reason)
{
    /// <summary>The column to name: the header name of <see cref="Field"/>, else its 1-based number; null when unknown.</summary>
    public string? Column(IReadOnlyList<string>? names) =>
        Field < 0 ? null
        : names is not null && Field < names.Count && names[Field].Length > 0 ? names[Field]
        : (Field + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Why the record is rejected, with where the parser saw the problem.</summary>
    public string Describe()
    {
        var what = Reason switch
        {
            CsvMalformedReason.StrayQuote => "a double quote inside an unquoted field",
            CsvMalformedReason.TextAfterClosingQuote => "a quote ends a quoted field but text follows it (a stray double quote inside the field?)",
            CsvMalformedReason.UnterminatedQuote => "a quote opens a field and is never closed, so the field runs on to the end of the file",
            CsvMalformedReason.LineBreakInQuotes => "a quote opens a field and is not closed on its line (line breaks inside quotes are not read as part of a field)",
            _ => Reason.ToString(),
        };
        var where = Character > 0
            ? string.Create(CultureInfo.InvariantCulture, $" at line {ProblemLine}, character {Character}")
            : string.Empty;
        var span = LastLine > Line
            ? string.Create(CultureInfo.InvariantCulture, $"; the record runs over lines {Line}-{LastLine}, all rejected with it")
            : string.Empty;
        return $"malformed CSV quoting: {what}{where}{span}";
    }
}

/// <summary>
/// Places the malformed records CsvHelper reports (<see cref="CsvReaderOptions.OnMalformedRecord"/>) in the input: the
/// line and character of the problem and the field holding it, by re-reading the record's bytes with the RFC 4180
/// rules the parser uses.
/// </summary>
internal sealed class MalformedCsvLocator(ReadOnlyMemory<byte> content, char separator)
{
    private const byte Quote = (byte)'"';

    private readonly byte _separator = (byte)separator;

    // A cursor over line starts: records are reported in input order, so finding the next one resumes from here.
    private long _cursorLine = 1;
    private int _cursorOffset;

    /// <summary>Places <paramref name="record"/>; what cannot be placed is left unknown, never thrown.</summary>
    public MalformedCsvRecord Locate(CsvMalformedRecord record)
    {
        var bytes = content.Span;
        var line = Math.Max(1, record.LineNumber);
        var lastLine = line + LineBreaks(record.RawRecord.AsSpan().TrimEnd("\r\n"));
        var start = LineStart(line);
        var problem = (int)Math.Clamp(record.ByteOffset, 0, bytes.Length);
        if (start < 0 || problem < start)
        {
            return new MalformedCsvRecord(line, lastLine, line, 0, -1, record.Reason);
        }

        // Walk the record up to the problem as the parser reads it, counting fields and lines.
        var field = 0;
        var fieldStart = start;
        var state = State.FieldStart;
        for (var i = start; i < problem; i++)
        {
            var b = bytes[i];
            switch (state)
            {
                case State.FieldStart when b == Quote:
                    state = State.Quoted;
                    break;
                case State.FieldStart or State.Unquoted or State.AfterQuote when b == _separator:
                    field++;
                    fieldStart = i + 1;
                    state = State.FieldStart;
                    break;
                case State.FieldStart or State.AfterQuote:
                    state = b == Quote ? State.Quoted : State.Unquoted;
                    break;
                case State.Quoted when b == Quote:
                    state = State.AfterQuote;
                    break;
                default:
                    break;
            }
        }

        // Point at the quote to blame: the one never closed (reported at the end of the input) opens its field; text
        // after a closing quote follows that quote, often a stray one inside the field.
        var at = record.Reason switch
        {
            CsvMalformedReason.UnterminatedQuote => fieldStart,
            CsvMalformedReason.TextAfterClosingQuote when problem > start && bytes[problem - 1] == Quote => problem - 1,
            _ => problem,
        };
        var problemLine = line + LineBreaks(bytes[start..at]);
        var lineStart = at;
        while (lineStart > start && bytes[lineStart - 1] is not ((byte)'\n' or (byte)'\r'))
        {
            lineStart--;
        }

        var character = Encoding.UTF8.GetCharCount(bytes[lineStart..at]) + 1;
        return new MalformedCsvRecord(line, lastLine, problemLine, character, field, record.Reason);
    }

    /// <summary>The byte offset where 1-based <paramref name="line"/> starts, or -1 past the end.</summary>
    private int LineStart(long line)
    {
        if (line < _cursorLine)
        {
            (_cursorLine, _cursorOffset) = (1, 0);
        }

        var bytes = content.Span;
        while (_cursorLine < line)
        {
            var next = bytes[_cursorOffset..].IndexOfAny((byte)'\n', (byte)'\r');
            if (next < 0)
            {
                return -1;
            }

            var end = _cursorOffset + next;
            _cursorOffset = bytes[end] == '\r' && end + 1 < bytes.Length && bytes[end + 1] == '\n' ? end + 2 : end + 1;
            _cursorLine++;
        }

        return _cursorOffset;
    }

    /// <summary>Line breaks in the text: CR, LF and CR LF each count once, as the parser counts lines.</summary>
    private static int LineBreaks(ReadOnlySpan<byte> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Line breaks in the text: CR, LF and CR LF each count once, as the parser counts lines.</summary>
    internal static int LineBreaks(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote,
    }
}
