using System.Globalization;

namespace EntityScreen;

/// <summary>
/// A share of an entity held by one owner, in percent: an exact value (<c>50</c>, <c>50%</c>, <c>50.5</c>), a range
/// (<c>25-50%</c>, <c>25%-50%</c>), a bound (<c>&lt;50%</c>, <c>&gt;=50%</c>), or unknown (the file gave none). Sums are
/// taken in <see cref="decimal"/>, bound by bound, so 33.3 + 16.7 is exactly 50.
/// </summary>
/// <param name="Low">The least the share can be, in percent.</param>
/// <param name="High">The most the share can be, in percent.</param>
/// <param name="LowExclusive">True when the share is more than <paramref name="Low"/> (<c>&gt;50%</c>), not at least it.</param>
/// <param name="HighExclusive">True when the share is less than <paramref name="High"/> (<c>&lt;50%</c>), not at most it.</param>
/// <param name="IsKnown">False when the file gave no share: then it is anything from 0% to 100%.</param>
public readonly record struct OwnershipShare(decimal Low, decimal High, bool LowExclusive, bool HighExclusive, bool IsKnown)
{
    /// <summary>A share the file did not give: anything from 0% to 100%.</summary>
    public static OwnershipShare Unknown { get; } = new(0m, 100m, false, false, false);

    /// <summary>No share at all (the sum of nothing).</summary>
    public static OwnershipShare Zero { get; } = new(0m, 0m, false, false, true);

    /// <summary>True when the share is one value (<see cref="Low"/> = <see cref="High"/>).</summary>
    public bool IsExact => IsKnown && Low == High && !LowExclusive && !HighExclusive;

    /// <summary>An exact share.</summary>
    /// <param name="percent">The share in percent.</param>
    /// <returns>The share.</returns>
    public static OwnershipShare Exact(decimal percent) => new(percent, percent, false, false, true);

    /// <summary>True when the share is certainly at least <paramref name="percent"/>.</summary>
    /// <param name="percent">A threshold in percent.</param>
    /// <returns>Whether <see cref="Low"/> reaches it.</returns>
    public bool SurelyAtLeast(decimal percent) => Low >= percent;

    /// <summary>True when the share can be at least <paramref name="percent"/>.</summary>
    /// <param name="percent">A threshold in percent.</param>
    /// <returns>Whether <see cref="High"/> reaches it (an exclusive high bound equal to it does not).</returns>
    public bool PossiblyAtLeast(decimal percent) => High > percent || (High == percent && !HighExclusive);

    /// <summary>The sum of two shares, bound by bound.</summary>
    /// <param name="left">A share.</param>
    /// <param name="right">Another share.</param>
    /// <returns>The sum.</returns>
    public static OwnershipShare operator +(OwnershipShare left, OwnershipShare right) => Add(left, right);

    /// <summary>The sum of two shares, bound by bound (the named form of <c>+</c>).</summary>
    /// <param name="left">A share.</param>
    /// <param name="right">Another share.</param>
    /// <returns>The sum.</returns>
    public static OwnershipShare Add(OwnershipShare left, OwnershipShare right) => new(
        left.Low + right.Low,
        left.High + right.High,
        left.LowExclusive || right.LowExclusive,
        left.HighExclusive || right.HighExclusive,
        left.IsKnown && right.IsKnown);

    /// <summary>The share as text: <c>50%</c>, <c>25%-50%</c>, <c>under 50%</c>, <c>over 50%</c>, <c>unknown</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (!IsKnown && Low == 0m && High == 100m)
        {
            return "unknown";
        }

        var low = Percent(Low);
        var high = Percent(High);
        var text = (Low == High && !LowExclusive && !HighExclusive) ? low
            : Low == 0m && !LowExclusive ? (HighExclusive ? "under " : "at most ") + high
            : High == 100m && !HighExclusive ? (LowExclusive ? "over " : "at least ") + low
            : $"{(LowExclusive ? "over " : string.Empty)}{low}-{(HighExclusive ? "under " : string.Empty)}{high}";
        return IsKnown ? text : text + " (with an unknown share)";
    }

    private static string Percent(decimal value) =>
        value.ToString("0.############", CultureInfo.InvariantCulture) + "%";
}

/// <summary>Reads a share as the ownership files write it.</summary>
internal static class ShareParser
{
    /// <summary>
    /// Parses <paramref name="text"/> (trimmed): empty is <see cref="OwnershipShare.Unknown"/>; a number in percent with
    /// an optional <c>%</c> (decimal point, no sign, no thousands separator); a range <c>a-b</c> (either may carry
    /// <c>%</c>; also an en dash); a bound <c>&lt;a</c>, <c>&lt;=a</c>, <c>≤a</c>, <c>&gt;a</c>, <c>&gt;=a</c>, <c>≥a</c>.
    /// Every value must lie in [0, 100] and a range's low bound must not exceed its high one.
    /// </summary>
    public static bool TryParse(string text, out OwnershipShare share, out string error)
    {
        share = OwnershipShare.Unknown;
        error = string.Empty;
        var span = text.AsSpan().Trim();
        if (span.IsEmpty)
        {
            return true;
        }

        if (span[0] is '<' or '>' or '≤' or '≥')
        {
            var less = span[0] is '<' or '≤';
            var inclusive = span[0] is '≤' or '≥';
            span = span[1..];
            if (span.StartsWith("="))
            {
                inclusive = true;
                span = span[1..];
            }

            if (!TryPercent(span, text, out var bound, out error))
            {
                return false;
            }

            if ((less && bound == 0m && !inclusive) || (!less && bound == 100m && !inclusive))
            {
                error = $"share '{text}' leaves no possible value";
                return false;
            }

            share = less
                ? new OwnershipShare(0m, bound, false, !inclusive, true)
                : new OwnershipShare(bound, 100m, !inclusive, false, true);
            return true;
        }

        // A range: a dash after the first character (a leading dash is a minus sign, rejected below).
        var dash = span.Length > 1 ? span[1..].IndexOfAny('-', '–') : -1;
        if (dash >= 0)
        {
            dash++;
            if (!TryPercent(span[..dash], text, out var low, out error) || !TryPercent(span[(dash + 1)..], text, out var high, out error))
            {
                return false;
            }

            if (low > high)
            {
                error = $"share range '{text}' runs from a higher to a lower value";
                return false;
            }

            share = new OwnershipShare(low, high, false, false, true);
            return true;
        }

        if (!TryPercent(span, text, out var value, out error))
        {
            return false;
        }

        share = OwnershipShare.Exact(value);
        return true;
    }

    private static bool TryPercent(ReadOnlySpan<char> span, string text, out decimal value, out string error)
    {
        error = string.Empty;
        span = span.Trim();
        if (span.EndsWith("%"))
        {
            span = span[..^1].TrimEnd();
        }

        if (span.StartsWith("-") && decimal.TryParse(span[1..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            value = 0m;
            error = $"share '{text}' is negative";
            return false;
        }

        if (span.IsEmpty || !decimal.TryParse(span, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            value = 0m;
            error = $"share '{text}' is not a percentage (expected a number such as 50, 50%, 50.5, a range such as 25-50%, or <50%)";
            return false;
        }

        if (value > 100m)
        {
            error = $"share '{text}' is over 100%";
            return false;
        }

        return true;
    }
}
