namespace EntityScreen.Tests.Facts;

public class BirthDateTests
{
    private static BirthDate Parse(string text)
    {
        Assert.True(BirthDate.TryParse(text, out var date, out var error), $"'{text}' not read: {error}");
        Assert.Null(error);
        return date!;
    }

    private static string Refuse(string? text)
    {
        Assert.False(BirthDate.TryParse(text, out var date, out var error), $"'{text}' read as {date?.From}..{date?.To}");
        Assert.Null(date);
        Assert.False(string.IsNullOrWhiteSpace(error));
        return error!;
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Year_IsTheWholeYear()
    {
        var date = Parse("1964");

        Assert.Equal(D(1964, 1, 1), date.From);
        Assert.Equal(D(1964, 12, 31), date.To);
        Assert.Equal(DatePrecision.Year, date.Precision);
        Assert.False(date.Circa);
        Assert.Equal("1964", date.Text);
        Assert.Equal("1964", date.ToString());
    }

    [Fact]
    public void IsoMonth_IsTheWholeMonth()
    {
        var date = Parse("1964-02");

        Assert.Equal(D(1964, 2, 1), date.From);
        Assert.Equal(D(1964, 2, 29), date.To); // 1964 is a leap year
        Assert.Equal(DatePrecision.Month, date.Precision);
    }

    [Fact]
    public void IsoDay_IsOneDay()
    {
        var date = Parse("1964-08-31");

        Assert.Equal(D(1964, 8, 31), date.From);
        Assert.Equal(D(1964, 8, 31), date.To);
        Assert.Equal(DatePrecision.Day, date.Precision);
    }

    [Theory]
    [InlineData("31 Aug 1964")]
    [InlineData("31 aug 1964")]
    [InlineData("31 August 1964")]
    [InlineData("31 Aug. 1964")]
    [InlineData("  31 Aug 1964  ")]
    public void DayMonthNameYear_IsOneDay(string text)
    {
        var date = Parse(text);

        Assert.Equal(D(1964, 8, 31), date.From);
        Assert.Equal(D(1964, 8, 31), date.To);
        Assert.Equal(DatePrecision.Day, date.Precision);
        Assert.Equal(text.Trim(), date.Text);
    }

    [Theory]
    [InlineData("Sep 1964")]
    [InlineData("Sept 1964")]
    [InlineData("September 1964")]
    public void MonthNameYear_IsTheWholeMonth(string text)
    {
        var date = Parse(text);

        Assert.Equal(D(1964, 9, 1), date.From);
        Assert.Equal(D(1964, 9, 30), date.To);
        Assert.Equal(DatePrecision.Month, date.Precision);
    }

    [Fact]
    public void Circa_IsWidenedByTheToleranceOnEachSide()
    {
        var date = Parse("circa 1979");

        Assert.True(date.Circa);
        Assert.Equal(DatePrecision.Range, date.Precision);
        Assert.Equal(D(1979 - BirthDate.CircaToleranceYears, 1, 1), date.From);
        Assert.Equal(D(1979 + BirthDate.CircaToleranceYears, 12, 31), date.To);
        Assert.Equal("circa 1979", date.Text);
    }

    [Fact]
    public void Circa_AbbreviatedAndOnADay_IsWidenedToWholeYears()
    {
        var date = Parse("ca. 15 Mar 1979");

        Assert.True(date.Circa);
        Assert.Equal(D(1979 - BirthDate.CircaToleranceYears, 1, 1), date.From);
        Assert.Equal(D(1979 + BirthDate.CircaToleranceYears, 12, 31), date.To);
    }

    [Fact]
    public void YearRange_RunsFromTheFirstDayToTheLast()
    {
        var date = Parse("1958 to 1960");

        Assert.Equal(D(1958, 1, 1), date.From);
        Assert.Equal(D(1960, 12, 31), date.To);
        Assert.Equal(DatePrecision.Range, date.Precision);
        Assert.False(date.Circa);
    }

    [Fact]
    public void DayRange_RunsBetweenTheTwoDays()
    {
        var date = Parse("01 Jan 1961 to 31 Dec 1962");

        Assert.Equal(D(1961, 1, 1), date.From);
        Assert.Equal(D(1962, 12, 31), date.To);
        Assert.Equal(DatePrecision.Range, date.Precision);
    }

    [Fact]
    public void CircaDashedYearRange_IsTheRangeWidenedOnEachSide()
    {
        var date = Parse("circa 1979-1982");

        Assert.True(date.Circa);
        Assert.Equal(DatePrecision.Range, date.Precision);
        Assert.Equal(D(1979 - BirthDate.CircaToleranceYears, 1, 1), date.From);
        Assert.Equal(D(1982 + BirthDate.CircaToleranceYears, 12, 31), date.To);
    }

    [Fact]
    public void DashedYearRange_IsARange()
    {
        var date = Parse("1979-1982");

        Assert.Equal(D(1979, 1, 1), date.From);
        Assert.Equal(D(1982, 12, 31), date.To);
        Assert.Equal(DatePrecision.Range, date.Precision);
    }

    [Fact]
    public void SlashedDate_IsRefusedAsAmbiguous()
    {
        var error = Refuse("31/02/1980");

        Assert.Contains("slash", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SlashedDate_ThatWouldBeValidEitherWay_IsStillRefused()
    {
        Assert.Contains("slash", Refuse("03/04/1980"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void MonthThirteen_IsRefused()
    {
        Assert.Contains("month 13", Refuse("1980-13-01"), StringComparison.Ordinal);
        Assert.Contains("month 13", Refuse("1980-13"), StringComparison.Ordinal);
    }

    [Fact]
    public void DayMissingFromTheMonth_IsRefused()
    {
        Assert.Contains("day 30", Refuse("1980-02-30"), StringComparison.Ordinal);
        Assert.Contains("day 29", Refuse("29 Feb 1981"), StringComparison.Ordinal);
        Assert.Equal(D(1980, 2, 29), Parse("1980-02-29").From);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Empty_IsRefused(string? text)
    {
        Assert.Contains("empty", Refuse(text), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void VeryLongText_IsRefusedWithoutBeingRead()
    {
        var text = new string('1', 10_000);

        Assert.Contains("too long", Refuse(text), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("circa")]
    [InlineData("1964-8-31")]
    [InlineData("31 Foo 1964")]
    [InlineData("1964 (approx)")]
    public void NotADate_IsRefused(string text)
    {
        Assert.Contains("not a date", Refuse(text), StringComparison.Ordinal);
    }

    [Fact]
    public void RangeEndingBeforeItStarts_IsRefused()
    {
        Assert.Contains("ends before it starts", Refuse("1962 to 1958"), StringComparison.Ordinal);
    }

    [Fact]
    public void YearOutOfRange_IsRefused()
    {
        Assert.Contains("out of range", Refuse("1066"), StringComparison.Ordinal);
    }

    [Fact]
    public void Overlaps_WhenTheRangesShareADay()
    {
        var year = Parse("1964");
        var day = Parse("1964-08-31");
        var lastDay = Parse("31 Dec 1964");
        var nextYear = Parse("1965-01-01");
        var circa = Parse("circa 1962");

        Assert.True(year.Overlaps(day));
        Assert.True(day.Overlaps(year));
        Assert.True(year.Overlaps(lastDay));
        Assert.False(year.Overlaps(nextYear));
        Assert.False(nextYear.Overlaps(year));
        Assert.True(circa.Overlaps(year));
        Assert.True(circa.Overlaps(Parse("1960-01-01")));
        Assert.False(circa.Overlaps(Parse("1959-12-31")));
        Assert.Throws<ArgumentNullException>(() => year.Overlaps(null!));
    }

    [Fact]
    public void YearsApart_CountsWholeYearsBetweenTheRanges()
    {
        var a = Parse("1960-01-01");
        var b = Parse("1970-01-01");

        Assert.Equal(10, a.YearsApart(b));
        Assert.Equal(10, b.YearsApart(a));
        Assert.Equal(0, a.YearsApart(a));
        Assert.Equal(0, Parse("1964").YearsApart(Parse("1964-08-31")));
        Assert.Equal(0, Parse("1964").YearsApart(Parse("1965-06-30"))); // under a year after the range ends
        Assert.Equal(9, Parse("1960").YearsApart(Parse("1970"))); // 31 Dec 1960 to 1 Jan 1970
        Assert.Equal(0, Parse("circa 1962").YearsApart(Parse("1964")));
        Assert.Throws<ArgumentNullException>(() => a.YearsApart(null!));
    }

    [Fact]
    public void ParseList_ReadsEachDateAndReportsEachOneNotRead()
    {
        var errors = new List<string>();

        var dates = BirthDate.ParseList("1964-08-31; 31/02/1980", errors);

        var date = Assert.Single(dates);
        Assert.Equal(D(1964, 8, 31), date.From);
        var error = Assert.Single(errors);
        Assert.Contains("31/02/1980", error, StringComparison.Ordinal);
        Assert.Contains("slash", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ParseList_SkipsEmptyPartsAndShortensLongOnesInErrors()
    {
        var errors = new List<string>();

        var dates = BirthDate.ParseList(" ; 1964;;" + new string('x', 200), errors);

        Assert.Equal(D(1964, 1, 1), Assert.Single(dates).From);
        var error = Assert.Single(errors);
        Assert.True(error.Length < 150, error);
        Assert.Empty(BirthDate.ParseList(null, errors));
        Assert.Throws<ArgumentNullException>(() => BirthDate.ParseList("1964", null!));
    }
}
