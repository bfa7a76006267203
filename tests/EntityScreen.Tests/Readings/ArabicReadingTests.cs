using EntityScreen.Readings;
using EntityScreen.Text;

namespace EntityScreen.Tests.Readings;

public class ArabicReadingTests
{
    [Theory]
    [InlineData("bashar", "bshr")]
    [InlineData("hasan", "hsn")]
    [InlineData("hassan", "hsn")]
    [InlineData("makhluf", "mkhlwf")]
    [InlineData("makhlouf", "mkhlwf")]
    [InlineData("haniyeh", "hnyh")]
    [InlineData("bagheri", "bqry")]
    [InlineData("zarif", "dhryf")]
    [InlineData("nakhalah", "nkhlh")]
    public void Skeleton_LatinSpelling_EqualsArabicRomanization(string latin, string romanized)
    {
        Assert.NotNull(Skeleton.Key(latin));
        Assert.Equal(Skeleton.Key(latin), Skeleton.Key(romanized));
    }

    [Theory]
    [InlineData("hasan", "husam")]
    [InlineData("bashar", "bakr")]
    public void Skeleton_DifferentNames_Differ(string a, string b)
    {
        Assert.NotEqual(Skeleton.Key(a), Skeleton.Key(b));
    }

    [Fact]
    public void Skeleton_OneConsonant_NoKey()
    {
        Assert.Null(Skeleton.Key("ali"));
        Assert.False(Skeleton.IsKey(Phonetic.Key("hassan")));
    }

    [Fact]
    public void Read_UnknownWords_MarkedForSkeletonComparison_ArticleSplit()
    {
        var reading = NameReadings.Read("بشار الأسد", PartyType.Person)[0];
        Assert.Equal("bashar al sd", reading.Text);
        Assert.NotNull(reading.SkeletonWords);
        Assert.Contains("sd", reading.SkeletonWords!);
        Assert.DoesNotContain("bashar", reading.SkeletonWords!);
    }

    [Fact]
    public void Read_PersianCompoundGivenName_SplitAfterAKnownName()
    {
        var text = NameReadings.Read("محمدجواد ظریف", PartyType.Person)[0].Text;
        Assert.StartsWith("muhammad ", text, StringComparison.Ordinal);
        Assert.Equal(3, text.Split(' ').Length); // muhammad, javad, then the family name
    }

    [Fact]
    public void Read_ZeroWidthNonJoiner_KeepsTheWordWhole()
    {
        Assert.Single(NameReadings.Read("خامنه\u200Cای", PartyType.Person)[0].Text.Split(' '));
    }

    [Fact]
    public void Screen_ArabicScriptName_FindsTheLatinSpelling_ButNotAnotherName()
    {
        var screener = Screener.Create([TestLists.Snapshot(
            TestLists.Party("SDN:20", "SDN", PartyType.Person, "MAKHLUF, Rami"),
            TestLists.Party("SDN:21", "SDN", PartyType.Person, "MAHMOUD, Rami"))]);

        var match = Assert.Single(screener.Screen("رامي مخلوف").Matches);
        Assert.Equal("SDN:20", match.Party.Id);
        Assert.Equal("reading", match.Explanation.Method);
        Assert.NotNull(match.Explanation.QueryReading);
    }
}
