using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EntityScreen.Tests.Facts;

/// <summary>
/// A reader of the raw list files for the real-data facts tests, written apart from the library's loaders so that the
/// counts it gives are computed independently: RFC 4180 CSV records, the OFAC remarks items, dates of birth, and the
/// published label table read from its TSV file.
/// </summary>
internal static class RawCsv
{
    /// <summary>
    /// The records of a CSV file with the 1-based line each starts on: fields separated by commas, quoted with double
    /// quotes (a doubled quote is one quote), records ended by LF or CRLF; a UTF-8 byte order mark, trailing DOS EOF
    /// bytes (0x1A) and empty lines are ignored.
    /// </summary>
    public static List<(long Line, string[] Fields)> Read(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF').TrimEnd('\u001a');
        var records = new List<(long, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        long line = 1, start = 1;
        var quoted = false;
        var fieldQuoted = false;

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            if (fields.Count > 1 || fields[0].Length > 0 || fieldQuoted)
            {
                records.Add((start, fields.ToArray()));
            }

            fields.Clear();
            fieldQuoted = false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = fieldQuoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    start = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            EndRecord();
        }

        return records;
    }

    /// <summary>The <c>"; "</c>-separated entries of a CSL multi-value field, trimmed, empty ones left out.</summary>
    public static string[] Entries(string value) =>
        value.Split("; ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>What an OFAC remarks item is, by its published prefix.</summary>
internal enum RemarkKind
{
    /// <summary><c>a.k.a. 'X'</c>, <c>f.k.a. 'X'</c>, <c>n.k.a. 'X'</c>.</summary>
    Name,

    /// <summary><c>DOB …</c>.</summary>
    DateOfBirth,

    /// <summary><c>nationality …</c> or <c>citizen …</c> (not <c>Nationality of Registration</c>).</summary>
    Nationality,

    /// <summary>Anything else: an identifier, gender, labelled fact, place of birth, or free text.</summary>
    Other,
}

/// <summary>The items of an OFAC remarks field, as OFAC writes it: <c>"; "</c>-separated, <c>alt. </c> before a repeated kind, a final period.</summary>
internal static class RawRemarks
{
    public static List<string> Items(string remarks)
    {
        var text = remarks.Trim();
        var items = new List<string>();
        if (text.Length == 0 || text == "-0-")
        {
            return items;
        }

        if (text.EndsWith('.'))
        {
            text = text[..^1];
        }

        foreach (var part in text.Split("; "))
        {
            var item = part.Trim();
            if (item.StartsWith("alt. ", StringComparison.Ordinal))
            {
                item = item[5..];
            }

            if (item.Length > 0)
            {
                items.Add(item);
            }
        }

        return items;
    }

    public static RemarkKind Classify(string item)
    {
        if (item.StartsWith("a.k.a. '", StringComparison.Ordinal) || item.StartsWith("f.k.a. '", StringComparison.Ordinal)
            || item.StartsWith("n.k.a. '", StringComparison.Ordinal))
        {
            return RemarkKind.Name;
        }

        if (item.StartsWith("DOB ", StringComparison.Ordinal))
        {
            return RemarkKind.DateOfBirth;
        }

        return !item.StartsWith("Nationality of ", StringComparison.OrdinalIgnoreCase) && (StartsWithWord(item, "nationality") || StartsWithWord(item, "citizen"))
            ? RemarkKind.Nationality
            : RemarkKind.Other;
    }

    /// <summary>The date of a <c>DOB …</c> item.</summary>
    public static string DateOf(string item) => item[4..].Trim();

    /// <summary>An item without the parentheses the CSL writes some remarks in: <c>(Linked To: X)</c>.</summary>
    public static string Body(string item) => item.Length > 2 && item[0] == '(' && item[^1] == ')' ? item[1..^1].Trim() : item;

    public static bool HasDigit(string text) => text.Any(char.IsAsciiDigit);

    private static bool StartsWithWord(string item, string word) =>
        item.Length > word.Length && item.StartsWith(word, StringComparison.OrdinalIgnoreCase) && item[word.Length] is ' ' or ':';
}

/// <summary>
/// Dates of birth checked with <see cref="DateOnly.TryParseExact(string, string[], IFormatProvider, DateTimeStyles, out DateOnly)"/>:
/// <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>, <c>D Mon YYYY</c>, <c>Mon YYYY</c>, <c>circa</c> before one, a range
/// <c>A to B</c> or <c>YYYY-YYYY</c> that does not end before it starts.
/// </summary>
internal static partial class RawDates
{
    private static readonly string[] s_formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd", "d MMM yyyy", "MMM yyyy"];

    public static bool IsWellFormed(string text)
    {
        var t = text.Trim();
        if (t.StartsWith("circa ", StringComparison.OrdinalIgnoreCase))
        {
            t = t[6..].Trim();
        }

        var to = t.IndexOf(" to ", StringComparison.Ordinal);
        if (to > 0)
        {
            return One(t[..to], out var a) && One(t[(to + 4)..], out var b) && a <= b;
        }

        if (YearRange().Match(t) is { Success: true } m)
        {
            return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) <= int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        }

        return One(t, out _);
    }

    private static bool One(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), s_formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    [GeneratedRegex(@"^(\d{4})-(\d{4})$")]
    private static partial Regex YearRange();
}

/// <summary>
/// The label table <c>src/EntityScreen/Facts/Resources/identifier-labels.tsv</c>, read from the source tree (not through
/// the library): the published labels (rows not marked <c>query</c>) and what each names. The facts tests rely on it
/// only where an item's kind cannot be told from its text alone, and say so.
/// </summary>
internal sealed class RawLabels
{
    private readonly (string Text, string Kind)[] _labels;

    private RawLabels((string, string)[] labels) => _labels = labels;

    public static RawLabels Instance { get; } = Load();

    /// <summary>The longest published label the text starts with (any case), ending at a word boundary; null when none.</summary>
    public (string Text, string Kind)? Longest(string text)
    {
        foreach (var label in _labels)
        {
            if (text.StartsWith(label.Text, StringComparison.OrdinalIgnoreCase)
                && (text.Length == label.Text.Length || !char.IsLetterOrDigit(label.Text[^1]) || !char.IsLetterOrDigit(text[label.Text.Length])))
            {
                return label;
            }
        }

        return null;
    }

    /// <summary>The identifier kind of a table kind; null for <c>gender</c> and <c>fact</c>.</summary>
    public static IdentifierKind? KindOf(string kind) => kind switch
    {
        "imo" => IdentifierKind.Imo,
        "company-imo" => IdentifierKind.CompanyImo,
        "mmsi" => IdentifierKind.Mmsi,
        "passport" => IdentifierKind.Passport,
        "national-id" => IdentifierKind.NationalId,
        "tax-id" => IdentifierKind.TaxId,
        "registration" => IdentifierKind.Registration,
        "swift-bic" => IdentifierKind.SwiftBic,
        "lei" => IdentifierKind.Lei,
        "crypto" => IdentifierKind.DigitalCurrencyAddress,
        "tail-number" => IdentifierKind.AircraftTailNumber,
        "aircraft-serial" => IdentifierKind.AircraftSerialNumber,
        "duns" => IdentifierKind.Duns,
        "other" => IdentifierKind.Other,
        "gender" or "fact" => null,
        _ => throw new InvalidOperationException($"unknown label kind '{kind}'"),
    };

    private static RawLabels Load()
    {
        var path = Path.Combine(SharedData.RepoRoot, "src", "EntityScreen", "Facts", "Resources", "identifier-labels.tsv");
        var labels = File.ReadAllLines(path)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Where(p => p[2] != "query")
            .Select(p => (Text: p[0], Kind: p[1]))
            .OrderByDescending(l => l.Text.Length)
            .ToArray();
        return new RawLabels(labels);
    }
}
