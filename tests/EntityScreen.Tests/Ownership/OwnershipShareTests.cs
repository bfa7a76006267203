namespace EntityScreen.Tests.Ownership;

public class OwnershipShareTests
{
    [Theory]
    [InlineData("50", "50", "50", false, false)]
    [InlineData("50%", "50", "50", false, false)]
    [InlineData(" 50.5 % ", "50.5", "50.5", false, false)]
    [InlineData("0", "0", "0", false, false)]
    [InlineData("100", "100", "100", false, false)]
    [InlineData("25-50%", "25", "50", false, false)]
    [InlineData("25%-50%", "25", "50", false, false)]
    [InlineData("25 – 50", "25", "50", false, false)]
    [InlineData("<50%", "0", "50", false, true)]
    [InlineData("<=50", "0", "50", false, false)]
    [InlineData("≤50", "0", "50", false, false)]
    [InlineData(">50%", "50", "100", true, false)]
    [InlineData(">=50%", "50", "100", false, false)]
    [InlineData("≥ 50", "50", "100", false, false)]
    public void TryParse_Valid(string text, string low, string high, bool lowExclusive, bool highExclusive)
    {
        Assert.True(ShareParser.TryParse(text, out var share, out var error), error);
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(new OwnershipShare(decimal.Parse(low, ci), decimal.Parse(high, ci), lowExclusive, highExclusive, true), share);
    }

    [Fact]
    public void TryParse_Empty_IsUnknown()
    {
        Assert.True(ShareParser.TryParse("  ", out var share, out _));
        Assert.Equal(OwnershipShare.Unknown, share);
        Assert.False(share.IsKnown);
        Assert.Equal("unknown", share.ToString());
    }

    [Theory]
    [InlineData("abc", "is not a percentage")]
    [InlineData("150", "is over 100%")]
    [InlineData("-5", "is negative")]
    [InlineData("-5%", "is negative")]
    [InlineData("50,5", "is not a percentage")]
    [InlineData("1e2", "is not a percentage")]
    [InlineData("60-40", "runs from a higher to a lower value")]
    [InlineData("25-150", "is over 100%")]
    [InlineData("<0", "leaves no possible value")]
    [InlineData(">100", "leaves no possible value")]
    [InlineData("%", "is not a percentage")]
    [InlineData("50%%", "is not a percentage")]
    public void TryParse_Invalid_SaysWhy(string text, string reason)
    {
        Assert.False(ShareParser.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Contains($"'{text}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_SumsInDecimalBoundByBound()
    {
        var sum = OwnershipShare.Exact(33.3m) + OwnershipShare.Exact(16.7m) + new OwnershipShare(0m, 10m, false, true, true);

        Assert.Equal(new OwnershipShare(50.0m, 60.0m, false, true, true), sum);
        Assert.True(sum.SurelyAtLeast(50m));
        Assert.False(new OwnershipShare(0m, 50m, false, true, true).PossiblyAtLeast(50m));
        Assert.True(new OwnershipShare(0m, 50m, false, false, true).PossiblyAtLeast(50m));
    }

    [Theory]
    [InlineData("50", "50%")]
    [InlineData("50.50", "50.5%")]
    [InlineData("25-50", "25%-50%")]
    [InlineData("<50", "under 50%")]
    [InlineData("<=50", "at most 50%")]
    [InlineData(">50", "over 50%")]
    [InlineData(">=50", "at least 50%")]
    public void ToString_ReadsAsWritten(string text, string expected)
    {
        Assert.True(ShareParser.TryParse(text, out var share, out _));
        Assert.Equal(expected, share.ToString());
    }
}
