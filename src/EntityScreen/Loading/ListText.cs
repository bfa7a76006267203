using System.Collections.Frozen;

namespace EntityScreen;

/// <summary>Text clean-up shared by the loaders: mojibake repair, multi-value splitting, list artefacts.</summary>
internal static class ListText
{
    /// <summary>The "; " separator of CSL multi-value fields.</summary>
    internal const string Separator = "; ";

    private const string SuccessorSuffix = "and any successor, sub-unit, or subsidiary thereof";

    // Windows-1252 characters for 0x80..0x9F; the five undefined code points become U+FFFD.
    private const string Cp1252High =
        "\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD" +
        "\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178";

    /// <summary>Upper-case two-letter codes by index (first letter × 26 + second), created on first use.</summary>
    private static readonly string?[] s_countryCodes = new string?[26 * 26];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_abbreviations = new[]
    {
        "co", "ltd", "ltda", "inc", "corp", "llc", "jsc", "ind", "ins", "bhd", "pte", "pvt", "plc", "jr", "sr", "st", "no", "bros",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Replaces C1 control characters (U+0080–U+009F, Windows-1252 bytes decoded as Latin-1) with the cp1252 characters.</summary>
    internal static string RepairC1(string value)
    {
        var first = value.AsSpan().IndexOfAnyInRange('\u0080', '\u009F');
        if (first < 0)
        {
            return value;
        }

        return string.Create(value.Length, (value, first), static (dest, state) =>
        {
            state.value.AsSpan().CopyTo(dest);
            for (var i = state.first; i < dest.Length; i++)
            {
                if (dest[i] is >= '\u0080' and <= '\u009F')
                {
                    dest[i] = Cp1252High[dest[i] - 0x80];
                }
            }
        });
    }

    /// <summary>Splits <paramref name="value"/> on <paramref name="separator"/>, trimming parts and dropping empty ones.</summary>
    internal static List<string> Split(string? value, string separator = Separator)
    {
        var parts = new List<string>();
        if (string.IsNullOrWhiteSpace(value))
        {
            return parts;
        }

        foreach (var range in value.AsSpan().Split(separator))
        {
            var part = value.AsSpan(range).Trim();
            if (!part.IsEmpty)
            {
                // A value with one part, as most are, is that part: no copy.
                parts.Add(part.Length == value.Length ? value : part.ToString());
            }
        }

        return parts;
    }

    /// <summary>
    /// The parts <see cref="Split"/> gives, without a list: for a loop over them. A part that is the whole value is the
    /// value itself.
    /// </summary>
    internal static PartEnumerator Parts(string? value) => new(value);

    /// <summary>Enumerates the <see cref="Separator"/>-separated parts of a value, trimmed, skipping empty ones.</summary>
    internal ref struct PartEnumerator
    {
        private readonly string _value;
        private MemoryExtensions.SpanSplitEnumerator<char> _ranges;

        internal PartEnumerator(string? value)
        {
            _value = string.IsNullOrWhiteSpace(value) ? string.Empty : value;
            _ranges = _value.AsSpan().Split(Separator);
        }

        public string Current { get; private set; } = string.Empty;

        public readonly PartEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_value.Length == 0)
            {
                return false;
            }

            while (_ranges.MoveNext())
            {
                var part = _value.AsSpan(_ranges.Current).Trim();
                if (!part.IsEmpty)
                {
                    Current = part.Length == _value.Length ? _value : part.ToString();
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Removes the Entity List suffix <c>[;] and any successor, sub-unit, or subsidiary thereof</c> (and a following period).
    /// </summary>
    internal static string RemoveSuccessorSuffix(string value)
    {
        var span = value.AsSpan().TrimEnd().TrimEnd('.');
        if (!span.EndsWith(SuccessorSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return value;
        }

        span = span[..^SuccessorSuffix.Length].TrimEnd();
        span = span.TrimEnd(';').TrimEnd(',').TrimEnd();
        return span.ToString();
    }

    /// <summary>
    /// Cleans an Entity List alias clause artefact: a leading <c>and </c> (last alias) and a clause-closing period that
    /// does not end an abbreviation such as <c>Ltd.</c> or <c>S.A.</c>.
    /// </summary>
    internal static string CleanLastAlias(string alias)
    {
        var span = alias.AsSpan().Trim();
        if (span.StartsWith("and ", StringComparison.OrdinalIgnoreCase))
        {
            span = span[4..].TrimStart();
        }

        if (span.Length > 1 && span[^1] == '.')
        {
            var body = span[..^1];
            var lastToken = body[(body.LastIndexOf(' ') + 1)..];
            if (lastToken.Length >= 2 && !lastToken.Contains('.') && !IsAbbreviation(lastToken))
            {
                span = body.TrimEnd();
            }
        }

        return span.ToString();
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> token) =>
        s_abbreviations.Contains(token);

    /// <summary>True when <paramref name="value"/> is one of the <c>"; "</c>-separated parts of <paramref name="joined"/>.</summary>
    internal static bool ContainsSegment(string joined, string value)
    {
        foreach (var range in joined.AsSpan().Split(Separator))
        {
            if (joined.AsSpan(range).SequenceEqual(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses an ISO <c>YYYY-MM-DD</c> date; null when empty or invalid.</summary>
    internal static DateOnly? ParseIsoDate(string? value)
    {
        var text = value.AsSpan().Trim();
        return !text.IsEmpty && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    /// <summary>Upper-cases a two-letter country code; null when <paramref name="value"/> is not two ASCII letters.</summary>
    internal static string? IsoCountry(ReadOnlySpan<char> value)
    {
        value = value.Trim();
        if (value.Length != 2 || !char.IsAsciiLetter(value[0]) || !char.IsAsciiLetter(value[1]))
        {
            return null;
        }

        // One shared string per code: lists repeat a few hundred codes over thousands of addresses.
        var index = ((char.ToUpperInvariant(value[0]) - 'A') * 26) + (char.ToUpperInvariant(value[1]) - 'A');
        return s_countryCodes[index] ??= string.Create(2, index, static (dest, i) =>
        {
            dest[0] = (char)('A' + (i / 26));
            dest[1] = (char)('A' + (i % 26));
        });
    }
}
