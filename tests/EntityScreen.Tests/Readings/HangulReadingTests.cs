using EntityScreen.Readings;

namespace EntityScreen.Tests.Readings;

public class HangulReadingTests
{
    [Theory]
    [InlineData("정", "jong", "jeong")]
    [InlineData("은", "un", "eun")]
    [InlineData("룡", "ryong", "ryong")]
    [InlineData("평", "pyong", "pyeong")]
    [InlineData("철", "chol", "cheol")]
    [InlineData("광선", "kwangson", "gwangseon")]
    public void Romanize_DprkAndRevised(string hangul, string dprk, string revised)
    {
        Assert.Equal((dprk, revised), HangulReading.Romanize(hangul));
    }

    [Fact]
    public void Read_PersonName_FamilyNameFromTable_GivenSyllablesAsWords()
    {
        var readings = NameReadings.Read("김정은").Select(r => r.Text).ToList();
        Assert.Equal("kim, jong un", readings[0]);
        Assert.Contains("kim, jeong eun", readings);
    }

    [Fact]
    public void Read_OrganisationName_VocabularyAndJoinedSyllables()
    {
        Assert.Equal("korea kwangson bank", NameReadings.Read("조선광선은행", PartyType.Organization)[0].Text);
    }

    [Fact]
    public void Read_OrganisationUnknownRun_McCuneReischauerVariant()
    {
        var readings = NameReadings.Read("제일신용은행", PartyType.Organization).Select(r => r.Text).ToList();
        Assert.Contains("cheil credit bank", readings);
    }

    [Fact]
    public void Read_MinistryName_EndingInSeong()
    {
        Assert.StartsWith("ministry of ", NameReadings.Read("로동성", PartyType.Organization)[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_KoreanGivenNameSyllable_IsNotTakenForAMiddleName()
    {
        var screener = Screener.Create([TestLists.Snapshot(
            TestLists.Party("SDN:10", "SDN", PartyType.Person, "SON, Min"),
            TestLists.Party("SDN:11", "SDN", PartyType.Person, "KIM, Jong Un"))]);

        Assert.Empty(screener.Screen("손흥민").Matches);
        Assert.Equal("SDN:11", Assert.Single(screener.Screen("김정은").Matches).Party.Id);
    }

    [Theory]
    [InlineData("정김")] // jong, kim: the syllables of KIM, Jong Un in another order, and one fewer
    [InlineData("丁金")] // the same in Hanja, read as Korean
    public void Screen_KoreanNameOfTwoSyllables_ListedNamesThirdSyllable_IsNoMiddleName(string query)
    {
        // Korean names have no middle names: the given name's second syllable (Un) the query lacks costs in full, as
        // it does for a Hangul name (algorithm 1.18; before, 0.90 review against all three).
        var screener = Screener.Create([TestLists.Snapshot(
            TestLists.Party("SDN:1", "SDN", PartyType.Person, "KIM, Jong Un"),
            TestLists.Party("SDN:2", "SDN", PartyType.Person, "KIM, Jong Man"),
            TestLists.Party("SDN:3", "SDN", PartyType.Person, "KIM, Chung Chong"))]);
        Assert.Empty(screener.Screen(query).Matches);
        Assert.Equal("SDN:1", Assert.Single(screener.Screen("金正恩").Matches).Party.Id);
        Assert.Equal("SDN:1", Assert.Single(screener.Screen("김정은").Matches).Party.Id);
    }
}
