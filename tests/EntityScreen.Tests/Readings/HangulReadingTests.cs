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
        Assert.Equal("kim jong un", readings[0]);
        Assert.Contains("kim jeong eun", readings);
    }

    [Fact]
    public void Read_OrganisationName_VocabularyAndJoinedSyllables()
    {
        Assert.Equal("korea kwangson bank", NameReadings.Read("조선광선은행", PartyType.Organization)[0].Text);
    }
}
