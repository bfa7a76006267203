namespace EntityScreen.Tests.Matching;

public class NameScorerTests
{
    private static readonly Screener s_screener = Screener.Create([TestLists.Sample()]);

    private static double Score(string a, string b) => s_screener.Compare(a, b).Score;

    [Theory]
    [InlineData("Huawei Technologies Co., Ltd.")]
    [InlineData("华为技术有限公司")]
    [InlineData("洛克希德·马丁公司")]
    [InlineData("Роснефть")]
    [InlineData("RIM, Ryong Nam")]
    public void Compare_NameWithItself_ScoresOne(string name) => Assert.Equal(1.0, Score(name, name));

    [Theory]
    [InlineData("HUAWEI TECHNOLOGIES COMPANY LIMITED", "Huawei Technologies Co., Ltd.")]
    [InlineData("Huawei Tech Co Ltd", "Huawei Technologies Co., Ltd.")]
    [InlineData("ＨＵＡＷＥＩ ＴＥＣＨＮＯＬＯＧＩＥＳ", "Huawei Technologies Co., Ltd.")]
    [InlineData("Ryong Nam Rim", "RIM, Ryong Nam")]
    [InlineData("華為技術有限公司", "华为技术有限公司")]
    [InlineData("华为技术", "华为技术有限公司")]
    [InlineData("洛克希德马丁", "洛克希德·马丁公司")]
    [InlineData("Ti-Tech Industries", "Titech Industries GmbH")]
    [InlineData("Huawei Tech-nologies Corp-oration", "Huawei Technologies Co., Ltd.")]
    [InlineData("Hua Wei Technologies", "Huawei Technologies Co., Ltd.")]
    [InlineData("Huаwei Technologies", "Huawei Technologies Co., Ltd.")] // Cyrillic а
    public void Compare_VariantOfListedName_ScoresAboveDefaultThreshold(string query, string listed) =>
        Assert.True(Score(query, listed) >= ScreeningDefaults.Threshold, $"{query} vs {listed}: {Score(query, listed)}");

    [Theory]
    [InlineData("Huawai Technologies Co Ltd", "Huawei Technologies Co., Ltd.")]
    [InlineData("Lockhead Martin Corp", "Lockheed Martin Corporation")]
    public void Compare_TypoInLongToken_StillMatches(string query, string listed) =>
        Assert.True(Score(query, listed) >= ScreeningDefaults.Threshold, $"{query} vs {listed}: {Score(query, listed)}");

    [Theory]
    [InlineData("Shenzhen Technology Co Ltd", "Shenzhen Huawei Technologies")]
    [InlineData("Lockheed Trading Corporation", "Lockheed Martin Corporation")]
    [InlineData("华为贸易有限公司", "华为技术有限公司")]
    [InlineData("Rim Ryong Nan", "RIM, Ryong Nam")]
    public void Compare_LookAlikeWithDifferentDistinctiveToken_ScoresBelowThreshold(string query, string listed) =>
        Assert.True(Score(query, listed) < ScreeningDefaults.Threshold, $"{query} vs {listed}: {Score(query, listed)}");

    [Fact]
    public void Compare_ShortTokensAndDigits_AreStrict()
    {
        Assert.Equal(0, Score("CETC 14", "CETC 13") >= ScreeningDefaults.Threshold ? 1 : 0);
    }

    [Fact]
    public void Explain_NamesAlignedTokensAndWeights()
    {
        var e = s_screener.Compare("Huawai Technologies", "Huawei Technologies Co., Ltd.");
        Assert.Contains(e.Tokens, t => t is { QueryToken: "huawai", NameToken: "huawei", Kind: AlignmentKind.Fuzzy } && t.QueryWeight > 0 && t.NameWeight > 0);
        Assert.Contains(e.Tokens, t => t.Kind == AlignmentKind.Exact && t.QueryToken == "technologies");
        Assert.Contains("LTD", e.NameLegalForms);
        Assert.Equal("latin", e.Method);
    }

    [Fact]
    public void Explain_AbbreviationAlignsAsEquivalent()
    {
        var e = s_screener.Compare("Huawei Tech", "Huawei Technologies");
        Assert.Contains(e.Tokens, t => t is { QueryToken: "tech", NameToken: "technologies", Kind: AlignmentKind.Equivalent });
    }

    [Fact]
    public void Compare_IncompatibleLegalForms_CostALittle()
    {
        var same = Score("Ti-Tech Industries GmbH", "Ti-Tech Industries GmbH");
        var differ = Score("Ti-Tech Industries Inc", "Ti-Tech Industries GmbH");
        Assert.True(differ < same && differ >= 0.9, $"{differ}");
    }
}

public class PhoneticTests
{
    [Theory]
    [InlineData("sergei", "sergey")]
    [InlineData("yevgeny", "evgeniy")]
    [InlineData("vladimir", "wladimir")]
    [InlineData("qasem", "ghasem")]
    [InlineData("juergen", "jurgen")]
    [InlineData("mahmoud", "mahmud")]
    [InlineData("waleed", "walid")]
    [InlineData("hussein", "husain")]
    public void Key_TransliterationVariants_Agree(string a, string b) =>
        Assert.Equal(EntityScreen.Text.Phonetic.Key(a), EntityScreen.Text.Phonetic.Key(b));

    [Theory]
    [InlineData("maria", "mario")]
    [InlineData("minh", "manh")]
    [InlineData("sokolov", "sobolev")]
    public void Key_DifferentNames_Differ(string a, string b) =>
        Assert.NotEqual(EntityScreen.Text.Phonetic.Key(a), EntityScreen.Text.Phonetic.Key(b));
}

public class HonorificAndKeyTests
{
    private static readonly Screener s_screener = Screener.Create([TestLists.Sample()]);

    [Theory]
    [InlineData("Dr. Ahmed Khan", "Ahmed Khan")]
    [InlineData("Prof. Liu Jianping", "Liu Jianping")]
    [InlineData("Mikhail Novikoff", "Mikhail Novikov")]
    public void Compare_TitleOrTransliteratedEnding_StillMatches(string a, string b) =>
        Assert.True(s_screener.Compare(a, b).Score >= ScreeningDefaults.Threshold, $"{a} vs {b}: {s_screener.Compare(a, b).Score}");

    [Fact]
    public void Compare_GeneralIsNotATitle() =>
        Assert.True(s_screener.Compare("General Dynamics", "Dynamics").Score < ScreeningDefaults.Threshold);
}
