using EntityScreen.Readings;
using EntityScreen.Text;

namespace EntityScreen.Tests.Text;

/// <summary>Sound keys: a Latin name and its Chinese transliteration share one; acronyms and short keys get none.</summary>
public class SoundKeyTests
{
    [Theory]
    [InlineData("洛克希德", "lockheed")]
    [InlineData("加拉格尔", "gallagher")]
    [InlineData("麦克唐奈", "mcdonnell")]
    [InlineData("赛尼克斯", "synexxus")]
    [InlineData("斯凯迪奥", "skydio")]
    [InlineData("卡罗琳", "carolyn")]
    [InlineData("布朗伯格", "bromberg")]
    [InlineData("史密斯", "smith")]
    [InlineData("诺斯罗普", "northrop")]
    [InlineData("亨廷顿", "huntington")]
    [InlineData("克莱夫", "clive")]
    [InlineData("肯尼迪", "kennedy")]
    [InlineData("佩洛西", "pelosi")]
    [InlineData("安斯利", "ansley")]
    public void TransliterationAndLatinName_ShareAKey(string han, string latin)
    {
        var key = HanTransliteration.Key(han);
        Assert.NotNull(key);
        Assert.True(SoundKey.IsKey(key));
        Assert.Equal(key, SoundKey.Key(latin));
    }

    [Theory]
    [InlineData("洛克希德", "lexington")]
    [InlineData("加拉格尔", "gregory")]
    [InlineData("赛尼克斯", "sinopec")]
    [InlineData("佩洛西", "epirus")] // one starts with a vowel
    [InlineData("嘉耐特", "accenture")]
    public void DifferentNames_DifferentKeys(string han, string latin) => Assert.NotEqual(HanTransliteration.Key(han), SoundKey.Key(latin));

    [Theory]
    [InlineData("moss", "^NSo")] // two classes are shared by hundreds of listed words: the vowels are kept
    [InlineData("navarro", "^NLaa")] // v before a vowel is lost (纳瓦罗); the o after the last class is not kept
    [InlineData("bannon", "^PNao")]
    public void TwoClasses_KeepVowels(string token, string key) => Assert.Equal(key, SoundKey.Key(token));

    [Theory]
    [InlineData("tsry")] // no vowel: an acronym
    [InlineData("cdbae")] // onset no English word has
    [InlineData("rslaser")]
    [InlineData("sue")] // one class: any short word
    [InlineData("ab")]
    [InlineData("")]
    [InlineData("Lockheed")] // not normalized
    public void NoKey(string token) => Assert.Null(SoundKey.Key(token));

    [Theory]
    [InlineData("华为")] // 为 is no transliteration character
    [InlineData("斯")] // one character is a syllable, not a name
    [InlineData("北京")]
    public void NotATransliteration_NoKey(string han) => Assert.Null(HanTransliteration.Key(han));

    [Fact]
    public void LongJunk_BoundedAndNull()
    {
        Assert.Null(SoundKey.Key(new string('a', 10_000)));
        Assert.Null(HanTransliteration.Key(new string('斯', 10_000)));
    }
}
