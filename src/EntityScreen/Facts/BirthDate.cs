using System.Globalization;

namespace EntityScreen;

/// <summary>How precisely a date of birth is known.</summary>
public enum DatePrecision
{
    /// <summary>A day: <c>1964-08-31</c>, <c>31 Aug 1964</c>.</summary>
    Day = 0,

    /// <summary>A month: <c>1964-08</c>, <c>Aug 1964</c>.</summary>
    Month = 1,

    /// <summary>A year: <c>1964</c>.</summary>
    Year = 2,

    /// <summary>A range: <c>1958 to 1960</c>, <c>01 Jan 1961 to 31 Dec 1962</c>, or any date written <c>circa</c>.</summary>
    Range = 3,
}

/// <summary>
/// A date of birth as a range of days: a day, a month, a year, a stated range, or a date written <c>circa</c>, which
/// is widened by <see cref="CircaToleranceYears"/> years on each side. Two dates of birth agree when their ranges
/// overlap; a date known to the year agrees with every day of that year.
/// </summary>
/// <param name="From">The first day the date can be.</param>
/// <param name="To">The last day the date can be.</param>
/// <param name="Precision">How precisely it is known.</param>
/// <param name="Text">The text it was read from.</param>
public sealed record BirthDate(DateOnly From, DateOnly To, DatePrecision Precision, string Text)
{
    /// <summary>The years a date written <c>circa</c> is widened by on each side (<c>circa 1970</c> is 1968 to 1972).</summary>
    public const int CircaToleranceYears = 2;

    /// <summary>The earliest and latest years accepted.</summary>
    private const int MinYear = 1800, MaxYear = 2100;

    private static readonly string[] s_months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>True when written <c>circa</c>.</summary>
    public bool Circa { get; init; }

    /// <summary>True when the two ranges share a day.</summary>
    public bool Overlaps(BirthDate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return From <= other.To && other.From <= To;
    }

    /// <summary>The whole years between the two ranges: 0 when they overlap or are less than a year apart.</summary>
    public int YearsApart(BirthDate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var gap = other.From > To ? other.From.DayNumber - To.DayNumber : From > other.To ? From.DayNumber - other.To.DayNumber : 0;
        return (int)(gap / 365.25);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>
    /// Reads one date of birth: <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>, <c>DD Mon YYYY</c>, <c>Mon YYYY</c>,
    /// <c>circa</c> before any of these, or a range <c>A to B</c> (also <c>YYYY-YYYY</c>). Slashed dates are refused:
    /// <c>03/04/1980</c> is the 3rd of April or the 4th of March depending on who wrote it.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, when read.</param>
    /// <param name="error">Why it was not read, when it was not.</param>
    /// <returns>True when read.</returns>
    public static bool TryParse(string? text, out BirthDate? date, out string? error)
    {
        date = null;
        var span = (text ?? string.Empty).AsSpan().Trim();
        if (span.IsEmpty)
        {
            error = "empty date";
            return false;
        }

        if (span.Length > 60)
        {
            error = "too long to be a date";
            return false;
        }

        if (span.Contains('/'))
        {
            error = "slashed dates are ambiguous (day/month or month/day): write YYYY-MM-DD";
            return false;
        }

        var circa = false;
        if (span.StartsWith("circa", StringComparison.OrdinalIgnoreCase) || span.StartsWith("ca.", StringComparison.OrdinalIgnoreCase))
        {
            circa = true;
            span = span[(span[1] == 'a' ? 3 : 5)..].Trim();
        }

        DateOnly from, to;
        DatePrecision precision;
        var to_ = span.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (to_ > 0)
        {
            if (!TryOne(span[..to_], out var a, out _, out _, out error) || !TryOne(span[(to_ + 4)..], out _, out var b, out _, out error))
            {
                return false;
            }

            (from, to, precision) = (a, b, DatePrecision.Range);
        }
        else if (span.Length == 9 && span[4] == '-' && IsDigits(span[..4]) && IsDigits(span[5..]))
        {
            if (!TryOne(span[..4], out from, out _, out _, out error) || !TryOne(span[5..], out _, out to, out _, out error))
            {
                return false;
            }

            precision = DatePrecision.Range;
        }
        else if (!TryOne(span, out from, out to, out precision, out error))
        {
            return false;
        }

        if (to < from)
        {
            error = "the range ends before it starts";
            return false;
        }

        if (circa)
        {
            from = new DateOnly(Math.Max(1, from.Year - CircaToleranceYears), 1, 1);
            to = new DateOnly(Math.Min(9999, to.Year + CircaToleranceYears), 12, 31);
            precision = DatePrecision.Range;
        }

        error = null;
        date = new BirthDate(from, to, precision, (text ?? string.Empty).Trim()) { Circa = circa };
        return true;
    }

    /// <summary>Reads several dates separated by <c>;</c>; each one not read adds its error and is skipped.</summary>
    /// <param name="text">The text.</param>
    /// <param name="errors">Receives one message per date not read.</param>
    /// <returns>The dates read.</returns>
    public static IReadOnlyList<BirthDate> ParseList(string? text, ICollection<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var dates = new List<BirthDate>();
        foreach (var part in (text ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (TryParse(part, out var date, out var error))
            {
                dates.Add(date!);
            }
            else
            {
                errors.Add($"date of birth '{Printable(part)}': {error}");
            }
        }

        return dates;
    }

    private static string Printable(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>One date: a year, a month or a day.</summary>
    private static bool TryOne(ReadOnlySpan<char> s, out DateOnly from, out DateOnly to, out DatePrecision precision, out string? error)
    {
        (from, to, precision, error) = (default, default, DatePrecision.Year, null);
        s = s.Trim();
        int year, month = 0, day = 0;
        if (s.Length == 4 && IsDigits(s))
        {
            year = int.Parse(s, CultureInfo.InvariantCulture);
        }
        else if (s.Length is 7 or 10 && s[4] == '-' && IsDigits(s[..4]) && IsDigits(s.Slice(5, 2)) && (s.Length == 7 || (s[7] == '-' && IsDigits(s[8..]))))
        {
            year = int.Parse(s[..4], CultureInfo.InvariantCulture);
            month = int.Parse(s.Slice(5, 2), CultureInfo.InvariantCulture);
            day = s.Length == 10 ? int.Parse(s[8..], CultureInfo.InvariantCulture) : 0;
        }
        else
        {
            // DD Mon YYYY or Mon YYYY.
            Span<Range> parts = stackalloc Range[4];
            var n = s.Split(parts, ' ', StringSplitOptions.RemoveEmptyEntries);
            if (n is < 2 or > 3 || !IsDigits(s[parts[n - 1]]) || s[parts[n - 1]].Length != 4
                || (month = Month(s[parts[n - 2]])) == 0 || (n == 3 && (!IsDigits(s[parts[0]]) || s[parts[0]].Length > 2)))
            {
                error = "not a date (use YYYY, YYYY-MM, YYYY-MM-DD, DD Mon YYYY, circa YYYY or YYYY to YYYY)";
                return false;
            }

            year = int.Parse(s[parts[n - 1]], CultureInfo.InvariantCulture);
            day = n == 3 ? int.Parse(s[parts[0]], CultureInfo.InvariantCulture) : 0;
        }

        if (year is < MinYear or > MaxYear)
        {
            error = $"year {year} is out of range ({MinYear}-{MaxYear})";
            return false;
        }

        if (month == 0 && day == 0)
        {
            (from, to, precision) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);
            return true;
        }

        if (month is < 1 or > 12)
        {
            error = $"month {month} does not exist";
            return false;
        }

        if (day == 0)
        {
            (from, to, precision) = (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DatePrecision.Month);
            return true;
        }

        if (day > DateTime.DaysInMonth(year, month))
        {
            error = $"day {day} does not exist in {year}-{month:00}";
            return false;
        }

        from = to = new DateOnly(year, month, day);
        precision = DatePrecision.Day;
        return true;
    }

    private static int Month(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return 0;
        }

        for (var i = 0; i < s_months.Length; i++)
        {
            // Three letters (Aug) or the full English name (August).
            if (word[..3].Equals(s_months[i], StringComparison.OrdinalIgnoreCase)
                && (word.Length == 3 || (word.Length == 4 && word[3] == '.') || IsMonthName(word, i)))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static readonly string[] s_monthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static bool IsMonthName(ReadOnlySpan<char> word, int month) =>
        word.Equals(s_monthNames[month], StringComparison.OrdinalIgnoreCase) || (month == 8 && word.Equals("sept", StringComparison.OrdinalIgnoreCase));

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return !s.IsEmpty;
    }
}
