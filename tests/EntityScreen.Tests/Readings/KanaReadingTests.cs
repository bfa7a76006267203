using EntityScreen.Readings;

namespace EntityScreen.Tests.Readings;

public class KanaReadingTests
{
    [Theory]
    [InlineData("とうきょう", "tokyo")]
    [InlineData("トーキョー", "tokyo")]
    [InlineData("トヨタ", "toyota")]
    [InlineData("しょうじ", "shoji")]
    [InlineData("ちゃ", "cha")]
    [InlineData("にっさん", "nissan")]
    [InlineData("マッチ", "matchi")]
    [InlineData("いのうえ", "inoue")] // a u before an e starts a syllable: no long vowel
    [InlineData("こういち", "koichi")]
    [InlineData("イノウエ", "inoue")]
    public void Romanize_Hepburn_LongVowelsFolded(string kana, string expected)
    {
        Assert.Equal(expected, KanaReading.Romanize(kana));
    }

    [Theory]
    [InlineData("ディフェンスアンドナショナルセキュリティ", "defense and national security")]
    [InlineData("テラドローン", "tera drone")] // テラ is no loanword of the table: romaji
    [InlineData("ネットワーク・センサ", "network sensor")]
    public void Read_KatakanaCompound_SegmentedIntoLoanwords(string kana, string expected)
    {
        Assert.Equal(expected, NameReadings.Read(kana, PartyType.Organization)[0].Text);
    }

    [Fact]
    public void Screen_JapaneseNameWithKatakanaLoanwords_FindsTheEnglishName()
    {
        var screener = Screener.Create([TestLists.Snapshot(
            TestLists.Party("ECWL:1", "ECWL", PartyType.Organization, "Mitsubishi Electric Software Corporation"),
            TestLists.Party("ECWL:2", "ECWL", PartyType.Organization, "Mitsubishi Electric Engineering Company, Limited"))]);
        var match = Assert.Single(screener.Screen("三菱電機ソフトウエア株式会社").Matches);
        Assert.Equal("ECWL:1", match.Party.Id);
        Assert.Equal("reading", match.Explanation.Method);
    }
}
