using EntityScreen.Readings;

namespace EntityScreen.Tests.Readings;

public class HanReadingTests
{
    private static string First(string name, PartyType type = PartyType.Unknown) => NameReadings.Read(name, type)[0].Text;

    [Theory]
    [InlineData("哈尔滨工程大学", "harbin engineering university")]
    [InlineData("北京电子工程研究所", "beijing electronic engineering research institute")]
    [InlineData("华为技术有限公司", "huawei technology co ltd")]
    [InlineData("陆上和武器系统公司", "land and weapon systems company")] // 和 between two terms is "and"
    [InlineData("和利时公司", "helishi company")] // elsewhere a word of the name
    public void Read_OrganisationName_GlossaryTermsAsEnglish_UnknownRunsAsJoinedPinyin(string name, string expected)
    {
        Assert.Equal(expected, First(name, PartyType.Organization));
    }

    [Theory]
    [InlineData("五十四", "54")]
    [InlineData("十四", "14")]
    [InlineData("七〇七", "707")]
    [InlineData("一百零二", "102")]
    [InlineData("二百", "200")]
    [InlineData("两千零二十", "2020")]
    public void Numerals_Parse_ToDecimalDigits(string numeral, string expected)
    {
        Assert.Equal(expected, HanNumerals.Parse(numeral));
    }

    [Theory]
    [InlineData("1", "1st")]
    [InlineData("2", "2nd")]
    [InlineData("3", "3rd")]
    [InlineData("11", "11th")]
    [InlineData("12", "12th")]
    [InlineData("22", "22nd")]
    [InlineData("54", "54th")]
    public void Ordinal_EnglishSuffix(string number, string expected)
    {
        Assert.Equal(expected, HanNumerals.Ordinal(number));
    }

    [Fact]
    public void Read_OrdinalWithDi_BecomesEnglishOrdinal_WhichNormalizesToTheNumber()
    {
        var reading = NameReadings.Read("中国电子科技集团公司第五十四研究所", PartyType.Organization)[0].Text;
        Assert.Contains("54th", reading.Split(' '));
        Assert.Equal("54", EntityScreen.Text.Abbreviations.Canonical("54th"));
        Assert.Null(EntityScreen.Text.Abbreviations.Canonical("54x"));
    }

    [Theory]
    [InlineData("first", "1")]
    [InlineData("second", "2")]
    [InlineData("twelfth", "12")]
    [InlineData("3rd", "3")]
    public void OrdinalWords_FoldToTheNumber(string word, string number)
    {
        Assert.Equal(number, EntityScreen.Text.Abbreviations.Canonical(word));
    }

    [Fact]
    public void Screen_ChineseOrdinal_MatchesEnglishOrdinalWord()
    {
        var screener = Screener.Create([TestLists.Snapshot(
            TestLists.Party("EL:30", "EL", PartyType.Organization, "Inner Mongolia First Machinery Group Co., Ltd."),
            TestLists.Party("EL:31", "EL", PartyType.Organization, "Inner Mongolia Second Machinery Group Co., Ltd."))]);

        var match = Assert.Single(screener.Screen("内蒙古第一机械集团有限公司").Matches);
        Assert.Equal("EL:30", match.Party.Id);
    }

    [Fact]
    public void Read_NumeralBeforeCounter_IsOrdinal()
    {
        Assert.Contains("2nd", First("航天科工二院", PartyType.Organization).Split(' '));
    }

    [Fact]
    public void Read_DigitRunWithoutCounter_IsNumber()
    {
        Assert.Contains("707", First("七〇七研究所", PartyType.Organization).Split(' '));
    }

    [Fact]
    public void Read_Traditional_FoldedBeforeReading()
    {
        Assert.Equal(First("华为技术有限公司", PartyType.Organization), First("華為技術有限公司", PartyType.Organization));
    }

    [Fact]
    public void Read_PersonName_FamilyNameThenGivenNameAsOneWord()
    {
        Assert.Equal("zhang yiming", First("张一鸣", PartyType.Person));
        Assert.Equal("li fangwei", First("李方伟"));
    }

    [Fact]
    public void Read_PersonFamilyName_AlternativeRomanizations()
    {
        // As the screener reads a name: more candidates than it searches (the first searched are pinyin, Wade-Giles and Korean).
        var readings = NameReadings.Read("张一鸣", PartyType.Person, NameReadings.MaxCandidateReadings).Select(r => r.Text).ToList();
        Assert.Contains("chang yiming", readings);
    }

    [Theory]
    [InlineData("谢家杰", "xie jiajie", "hsieh chiachieh")]
    [InlineData("曹子轩", "cao zixuan", "tsao tzuhsuan")]
    [InlineData("郭志强", "guo zhiqiang", "kuo chihchiang")]
    [InlineData("周国荣", "zhou guorong", "chou kuojung")]
    [InlineData("司马光", "sima guang", "ssuma kuang")] // a two-character family name, syllable by syllable
    [InlineData("陈柏宏", "chen baihong", "chen pohung")] // 柏 is bó in Taiwan, where Wade-Giles names come from
    public void Read_PersonName_WadeGilesReading_RightAfterThePinyin(string name, string pinyin, string wadeGiles)
    {
        foreach (var type in new[] { PartyType.Person, PartyType.Unknown })
        {
            var readings = NameReadings.Read(name, type);
            Assert.Equal(pinyin, readings[0].Text);
            Assert.Equal(wadeGiles, readings[1].Text);
            Assert.InRange(readings.Count, 2, NameReadings.MaxReadings);
        }
    }

    [Theory]
    [InlineData("顾明德", "ku mingte", "koo mingte")] // Koo beside Wade-Giles given names (invented person)
    [InlineData("柯明德", "ko mingte", "ker mingte")]
    public void Read_PersonName_WadeGilesReadings_WithTheFamilyNamesOtherSpellings(string name, string standard, string other)
    {
        var readings = NameReadings.Read(name, PartyType.Person, NameReadings.MaxCandidateReadings).Select(r => (r.Scripts, r.Text)).ToList();
        Assert.Contains(("han:wade-giles", standard), readings);
        Assert.Contains(("han:wade-giles", other), readings);
        Assert.True(readings.IndexOf(("han:wade-giles", standard)) < readings.IndexOf(("han:wade-giles", other)));
    }

    [Fact]
    public void Screen_TaiwanesePersonWithFamilyNameSpeltOtherwise_FoundBothWays()
    {
        var latinList = Screener.Create([TestLists.Snapshot(
            TestLists.Party("EL:1", "EL", PartyType.Person, "Koo Ming-te"),
            TestLists.Party("EL:2", "EL", PartyType.Person, "Lin Chih-ming"))]);
        Assert.Equal("EL:1", Assert.Single(latinList.Screen(new ScreeningQuery("顾明德") { Type = PartyType.Person }).Matches).Party.Id);

        var chineseList = Screener.Create([TestLists.Snapshot(
            TestLists.Party("AFSL:1", "AFSL", PartyType.Person, "顾明德"),
            TestLists.Party("AFSL:2", "AFSL", PartyType.Person, "林志明"))]);
        Assert.Equal("AFSL:1", Assert.Single(chineseList.Screen(new ScreeningQuery("Koo Ming-te") { Type = PartyType.Person }).Matches).Party.Id);
    }

    [Fact]
    public void Read_PersonName_WadeGilesReading_NamedAsSuch()
    {
        var reading = NameReadings.Read("谢家杰", PartyType.Person)[1];
        Assert.Equal(("han:wade-giles", "hsieh chiachieh"), (reading.Scripts, reading.Text));
    }

    [Fact]
    public void Read_PersonName_WadeGilesLikeAnotherReading_NotRepeated()
    {
        var readings = NameReadings.Read("林明", PartyType.Person).Select(r => r.Text).ToList();
        Assert.Equal("lin ming", readings[0]);
        Assert.Equal(readings.Count, readings.Distinct().Count());
    }

    [Fact]
    public void Read_HanjaPersonName_PinyinWadeGilesAndKorean_AllSearched()
    {
        foreach (var max in new[] { NameReadings.MaxReadings, NameReadings.MaxCandidateReadings })
        {
            var readings = NameReadings.Read("金正恩", PartyType.Person, max);
            Assert.Equal("jin zhengen", readings[0].Text);
            Assert.Equal("chin chengen", readings[1].Text);
            Assert.Equal(("han:korean", "kim, jong un"), (readings[2].Scripts, readings[2].Text));
            Assert.InRange(readings.Count, 3, max);
            Assert.InRange(readings.Count(r => r.Scripts == "han:korean"), 1, max / 2);
        }
    }

    [Fact]
    public void Read_OrganisationName_NoWadeGilesReading()
    {
        Assert.DoesNotContain(NameReadings.Read("华为技术有限公司"), r => r.Scripts == "han:wade-giles");
        Assert.DoesNotContain(NameReadings.Read("谢家杰", PartyType.Organization), r => r.Scripts == "han:wade-giles");
    }

    [Fact]
    public void Read_PolyphonicFamilyName_ReadAsFamilyName()
    {
        Assert.StartsWith("zeng ", First("曾庆红", PartyType.Person), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OrganisationTypedQuery_IsNeverReadAsPerson()
    {
        Assert.Equal("huawei", First("华为", PartyType.Organization));
    }

    [Fact]
    public void Read_MixedScript_KeepsLatinPartInPlace()
    {
        Assert.Equal("apple company", First("Apple公司", PartyType.Organization));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Huawei Technologies")]
    [InlineData("!!! ---")]
    public void Read_NoOtherScript_NoReading(string name)
    {
        Assert.Empty(NameReadings.Read(name));
    }

    [Fact]
    public void Read_AtMostMaxReadings_AllDistinct()
    {
        var readings = NameReadings.Read("中国航天科技集团有限公司第一研究院北京航天长征科技信息研究所", PartyType.Organization);
        Assert.InRange(readings.Count, 1, NameReadings.MaxReadings);
        Assert.Equal(readings.Count, readings.Select(r => r.Text).Distinct().Count());
    }

    [Fact]
    public void Read_TenThousandHanCharacters_BoundedAndNoException()
    {
        var junk = string.Concat(Enumerable.Repeat("龘靐齉", 3400));
        var readings = NameReadings.Read(junk);
        Assert.InRange(readings.Count, 1, NameReadings.MaxReadings);
        Assert.All(readings, r => Assert.True(r.Text.Length < 4 * NameReadings.MaxChars));
    }

    [Fact]
    public void Glossary_LoadsFromEmbeddedResource()
    {
        Assert.True(HanReading.Terms.Count > 500);
        Assert.NotNull(HanReading.Terms.Find("大学"));
    }
}
