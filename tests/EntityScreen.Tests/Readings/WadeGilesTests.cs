using EntityScreen.Readings;

namespace EntityScreen.Tests.Readings;

public class WadeGilesTests
{
    [Theory]
    // Initials: b p d t g k → p p t t k k (the apostrophe of the aspirates left out).
    [InlineData("bao", "pao")]
    [InlineData("po", "po")]
    [InlineData("bo", "po")]
    [InlineData("dai", "tai")]
    [InlineData("tai", "tai")]
    [InlineData("gang", "kang")]
    [InlineData("kang", "kang")]
    [InlineData("ma", "ma")]
    [InlineData("feng", "feng")]
    [InlineData("hai", "hai")]
    // z c → ts, zh ch → ch, sh stays, r → j.
    [InlineData("zeng", "tseng")]
    [InlineData("cai", "tsai")]
    [InlineData("cao", "tsao")]
    [InlineData("zhang", "chang")]
    [InlineData("chang", "chang")]
    [InlineData("shan", "shan")]
    [InlineData("ren", "jen")]
    [InlineData("rong", "jung")]
    // j q → ch, x → hs.
    [InlineData("jing", "ching")]
    [InlineData("qi", "chi")]
    [InlineData("xing", "hsing")]
    [InlineData("xiao", "hsiao")]
    // The empty vowel: zi ci si → tzu tzu ssu; zhi chi shi ri → chih chih shih jih.
    [InlineData("zi", "tzu")]
    [InlineData("ci", "tzu")]
    [InlineData("si", "ssu")]
    [InlineData("zhi", "chih")]
    [InlineData("chi", "chih")]
    [InlineData("shi", "shih")]
    [InlineData("ri", "jih")]
    // -ian → -ien, -ie → -ieh.
    [InlineData("bian", "pien")]
    [InlineData("tian", "tien")]
    [InlineData("qian", "chien")]
    [InlineData("xian", "hsien")]
    [InlineData("jie", "chieh")]
    [InlineData("xie", "hsieh")]
    [InlineData("nie", "nieh")]
    // -ong / -iong → -ung / -iung.
    [InlineData("dong", "tung")]
    [InlineData("zhong", "chung")]
    [InlineData("song", "sung")]
    [InlineData("xiong", "hsiung")]
    [InlineData("jiong", "chiung")]
    // -ui → -uei after g k only.
    [InlineData("gui", "kuei")]
    [InlineData("kui", "kuei")]
    [InlineData("hui", "hui")]
    [InlineData("dui", "tui")]
    [InlineData("rui", "jui")]
    // -uo → -o after d t n l z c s zh ch r; kuo, huo, shuo stay.
    [InlineData("duo", "to")]
    [InlineData("tuo", "to")]
    [InlineData("luo", "lo")]
    [InlineData("zuo", "tso")]
    [InlineData("suo", "so")]
    [InlineData("zhuo", "cho")]
    [InlineData("ruo", "jo")]
    [InlineData("guo", "kuo")]
    [InlineData("kuo", "kuo")]
    [InlineData("huo", "huo")]
    [InlineData("shuo", "shuo")]
    // e → o after g k h; elsewhere e.
    [InlineData("ge", "ko")]
    [InlineData("ke", "ko")]
    [InlineData("he", "ho")]
    [InlineData("de", "te")]
    [InlineData("zhe", "che")]
    // Syllables without an initial.
    [InlineData("yan", "yen")]
    [InlineData("ye", "yeh")]
    [InlineData("yi", "i")]
    [InlineData("you", "yu")]
    [InlineData("yong", "yung")]
    [InlineData("yu", "yu")]
    [InlineData("yue", "yueh")]
    [InlineData("yuan", "yuan")]
    [InlineData("yun", "yun")]
    [InlineData("ying", "ying")]
    [InlineData("wei", "wei")]
    [InlineData("wu", "wu")]
    [InlineData("er", "erh")]
    [InlineData("an", "an")]
    // j q x + u (ü), ue, uan, un.
    [InlineData("ju", "chu")]
    [InlineData("qu", "chu")]
    [InlineData("xu", "hsu")]
    [InlineData("jue", "chueh")]
    [InlineData("xue", "hsueh")]
    [InlineData("quan", "chuan")]
    [InlineData("xuan", "hsuan")]
    [InlineData("jun", "chun")]
    [InlineData("xun", "hsun")]
    // nü lü, nüe lüe, written u or v.
    [InlineData("nu", "nu")]
    [InlineData("lu", "lu")]
    [InlineData("nv", "nu")]
    [InlineData("lv", "lu")]
    [InlineData("lue", "lueh")]
    [InlineData("nue", "nueh")]
    [InlineData("lve", "lueh")]
    // Unchanged finals.
    [InlineData("liu", "liu")]
    [InlineData("lin", "lin")]
    [InlineData("ting", "ting")]
    [InlineData("chen", "chen")]
    [InlineData("zhou", "chou")]
    [InlineData("zou", "tsou")]
    [InlineData("zu", "tsu")]
    [InlineData("cun", "tsun")]
    [InlineData("zhuang", "chuang")]
    public void FromSyllable_StandardRules_WithoutApostrophesOrUmlauts(string pinyin, string expected)
    {
        Assert.Equal(expected, WadeGiles.FromSyllable(pinyin));
    }

    [Theory]
    [InlineData('女', "nu")]
    [InlineData('绿', "lu")]
    [InlineData('吕', "lu")]
    [InlineData('军', "chun")]
    [InlineData('学', "hsueh")]
    [InlineData('略', "lueh")]
    public void FromSyllable_TheUmlautSyllablesAsAnyAsciiWritesThem(char han, string expected)
    {
        Assert.Equal(expected, WadeGiles.FromSyllable(HanReading.Pinyin(han)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("go")]
    [InlineData("gi")]
    [InlineData("ong")]
    [InlineData("ji1")]
    [InlineData("huawei")]
    [InlineData("smith")]
    public void FromSyllable_NoPinyinSyllable_Null(string text)
    {
        Assert.Null(WadeGiles.FromSyllable(text));
    }

    [Theory]
    [InlineData("cai", "tsai")]
    [InlineData("ouyang", "ouyang")]
    [InlineData("zhuge", "chuko")]
    [InlineData("sima", "ssuma")]
    [InlineData("shangguan", "shangkuan")]
    [InlineData("nangong", "nankung")]
    [InlineData("xiahou", "hsiahou")]
    [InlineData("qichang", "chichang")]
    public void FromWord_JoinedSyllables_SegmentedAndConverted(string pinyin, string expected)
    {
        Assert.Equal(expected, WadeGiles.FromWord(pinyin));
    }

    [Theory]
    [InlineData("smith")]
    [InlineData("")]
    public void FromWord_NoPinyin_Null(string word)
    {
        Assert.Null(WadeGiles.FromWord(word));
    }

    [Fact]
    public void Join_ConvertsEachSyllable_KeepsWhatIsNoSyllable()
    {
        Assert.Equal("chichang", WadeGiles.Join(["qi", "chang"]));
        Assert.Equal("tzuyu", WadeGiles.Join(["zi", "yu"]));
        Assert.Equal("ngchun", WadeGiles.Join(["ng", "jun"]));
    }
}
