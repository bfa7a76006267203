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
    public void Romanize_Hepburn_LongVowelsFolded(string kana, string expected)
    {
        Assert.Equal(expected, KanaReading.Romanize(kana));
    }
}
