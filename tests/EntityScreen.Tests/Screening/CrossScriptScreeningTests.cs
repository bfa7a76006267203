using EntityScreen.Matching;

namespace EntityScreen.Tests.Screening;

/// <summary>Screening names in other scripts than the list's: readings find parties, legal forms and junk find nothing.</summary>
public class CrossScriptScreeningTests
{
    private static readonly Screener s_sample = Screener.Create([TestLists.Sample()]);

    [Theory]
    [InlineData("华为技术有限公司", "EL:1")]
    [InlineData("中国电子科技集团公司第十三研究所", "EL:2")]
    public void Screen_ChineseNameOfEnglishOnlyParty_FoundThroughItsReading(string query, string party)
    {
        var match = Assert.Single(s_sample.Screen(query).Matches, m => m.Party.Id == party);
        Assert.True(match.Score >= ScreeningDefaults.Threshold);
        if (match.Explanation.Method == "reading")
        {
            Assert.Contains("read as", match.Explanation.Summary, StringComparison.Ordinal);
            Assert.NotNull(match.Explanation.QueryReading);
        }
    }

    [Fact]
    public void Screen_EnglishQuery_FindsPartyListedOnlyInChinese_ThroughTheListedReading()
    {
        var screener = Screener.Create([TestLists.Snapshot(
            TestLists.Party("UEL:9", "UEL", PartyType.Organization, "哈尔滨工程大学"),
            TestLists.Party("EL:9", "EL", PartyType.Organization, "Shanghai Trading Company"))]);

        var match = Assert.Single(screener.Screen("Harbin Engineering University").Matches);
        Assert.Equal("UEL:9", match.Party.Id);
        Assert.Equal("哈尔滨工程大学", match.MatchedName.Value);
        Assert.NotNull(match.Explanation.NameReading);
        Assert.Equal(match.Score, match.Explanation.Score);
    }

    [Theory]
    [InlineData("凯文·麦克唐奈", "Kevin McDonnell")]
    [InlineData("洛克希德·马丁公司", "Lockheed Martin Corporation")]
    [InlineData("赛尼克斯公司", "Synexxus, Inc.")]
    public void Screen_NameWrittenBySound_FindsTheLatinName_AndTheReverse(string chinese, string latin)
    {
        var latinList = Screener.Create([TestLists.Snapshot(
            TestLists.Party("EL:1", "EL", PartyType.Unknown, latin),
            TestLists.Party("EL:2", "EL", PartyType.Unknown, "Shanghai Trading Company"))]);
        var found = Assert.Single(latinList.Screen(chinese).Matches);
        Assert.Equal("EL:1", found.Party.Id);
        Assert.Equal("reading", found.Explanation.Method);
        Assert.NotNull(found.Explanation.QueryReading);

        var chineseList = Screener.Create([TestLists.Snapshot(
            TestLists.Party("UEL:1", "UEL", PartyType.Unknown, chinese),
            TestLists.Party("UEL:2", "UEL", PartyType.Unknown, "哈尔滨工程大学"))]);
        var reverse = Assert.Single(chineseList.Screen(latin).Matches);
        Assert.Equal("UEL:1", reverse.Party.Id);
        Assert.NotNull(reverse.Explanation.NameReading);
    }

    [Theory]
    [InlineData("凯文·理查森", "Kevin Richardson")] // Chinese leaves out the d: sound keys ^LSN and ^LSTSN
    [InlineData("凯文·瓦特斯", "Kevin Walters")] // and the l and r
    [InlineData("凯文·科尔加", "Kevin Kolga")] // a word of one consonant class: no Latin word has its key
    [InlineData("凯文·霍利", "Kevin Hawley")]
    public void Screen_WordWrittenBySound_KeysDiffer_FoundBySpellingWithinTheName_AndTheReverse(string chinese, string latin)
    {
        var latinList = Screener.Create([TestLists.Snapshot(
            TestLists.Party("EL:1", "EL", PartyType.Person, latin),
            TestLists.Party("EL:2", "EL", PartyType.Person, "Kevin Marsh"))]);
        var found = Assert.Single(latinList.Screen(new ScreeningQuery(chinese) { Type = PartyType.Person }).Matches);
        Assert.Equal("EL:1", found.Party.Id);
        Assert.NotNull(found.Explanation.QueryReading);

        var chineseList = Screener.Create([TestLists.Snapshot(
            TestLists.Party("AFSL:1", "AFSL", PartyType.Person, chinese),
            TestLists.Party("AFSL:2", "AFSL", PartyType.Person, "凯文·马歇尔"))]);
        var reverse = Assert.Single(chineseList.Screen(new ScreeningQuery(latin) { Type = PartyType.Person }).Matches);
        Assert.Equal("AFSL:1", reverse.Party.Id);
        Assert.NotNull(reverse.Explanation.NameReading);
    }

    [Fact]
    public void Compare_ForeignNameInChinese_MiddleNameLeftOut_CostsAQuarter_BothWays()
    {
        // Chinese writes a foreign person as given name · family name (大卫·萨顿 for David Keith Sutton): a middle name
        // only the Latin side has costs what a middle initial costs (a quarter of its weight), not half as between Latin names.
        var screener = Screener.Create([TestLists.Snapshot(TestLists.Party("EL:1", "EL", PartyType.Person, "Kevin Marsh"))]);
        var latin = screener.Compare("Kevin Walters", "Kevin James Walters", PartyType.Person);
        var chinese = screener.Compare("凯文·瓦特斯", "Kevin James Walters", PartyType.Person);
        var reverse = screener.Compare("Kevin James Walters", "凯文·瓦特斯", PartyType.Person);
        Assert.InRange(chinese.Score, ScreeningDefaults.Threshold, 1);
        Assert.Equal(chinese.Score, reverse.Score, 4);
        Assert.Contains("Chinese writes no middle names", chinese.Summary, StringComparison.Ordinal);
        Assert.Contains("watesi~walters", chinese.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Chinese writes no middle names", latin.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_ListedForeignNameInChinese_MiddleNameLeftOut_ExplanationScoreIsTheMatchScore()
    {
        // The listed reading writes no middle names: the explanation scores it as screening did (a quarter, not half).
        var list = Screener.Create([TestLists.Snapshot(
            TestLists.Party("AFSL:1", "AFSL", PartyType.Person, "凯文·瓦特斯"),
            TestLists.Party("AFSL:2", "AFSL", PartyType.Person, "凯文·马歇尔"))]);
        var match = Assert.Single(list.Screen(new ScreeningQuery("Kevin James Walters") { Type = PartyType.Person, Threshold = 0.5 }).Matches);
        Assert.Equal(match.Score, match.Explanation.Score);
        Assert.Contains("Chinese writes no middle names", match.Explanation.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("理查森", "Kevin Richardson")] // the word alone: its sound key is what reaches a name
    [InlineData("霍利", "Kevin Hawley")]
    [InlineData("约翰·理查森", "Kevin Richardson")] // nothing else of the name agrees
    [InlineData("凯文·理查森", "Kevin Robertson")] // a word it does not spell
    public void Screen_WordWrittenBySound_KeysDiffer_NoMatchWithoutTheRestOfTheName(string chinese, string latin)
    {
        var latinList = Screener.Create([TestLists.Snapshot(TestLists.Party("EL:1", "EL", PartyType.Person, latin))]);
        Assert.Empty(latinList.Screen(new ScreeningQuery(chinese) { Type = PartyType.Person }).Matches);

        var chineseList = Screener.Create([TestLists.Snapshot(TestLists.Party("AFSL:1", "AFSL", PartyType.Person, chinese))]);
        Assert.Empty(chineseList.Screen(new ScreeningQuery(latin) { Type = PartyType.Person }).Matches);
    }

    [Theory]
    [InlineData("约翰·麦克唐奈", "Kevin McDonnell")] // another given name
    [InlineData("凯文·加拉格尔", "Kevin McDonnell")] // another family name
    [InlineData("特斯拉公司", "OJSC TSRY")] // an acronym is spelt, not sounded
    public void Screen_NameWrittenBySound_LookAlike_NoMatch(string chinese, string latin)
    {
        var screener = Screener.Create([TestLists.Snapshot(TestLists.Party("EL:1", "EL", PartyType.Unknown, latin))]);
        Assert.Empty(screener.Screen(chinese).Matches);
    }

    [Theory]
    [InlineData("Owen Brantley")]
    [InlineData("BRANTLEY, Owen James")]
    public void Screen_FamilyNameAloneInChinese_FindsTheListedPerson_AndTheReverse(string latin)
    {
        // Chinese names a foreign person by the family name alone (布兰特利 for Brantley, an invented person).
        var latinList = Screener.Create([TestLists.Snapshot(
            TestLists.Party("EL:1", "EL", PartyType.Person, latin),
            TestLists.Party("EL:2", "EL", PartyType.Person, "Owen Marsh"))]);
        var found = Assert.Single(latinList.Screen(new ScreeningQuery("布兰特利") { Type = PartyType.Person }).Matches);
        Assert.Equal("EL:1", found.Party.Id);
        Assert.InRange(found.Score, ScreeningDefaults.Threshold, ScreeningDefaults.StrongThreshold - 0.0001); // never strong on a family name alone
        Assert.Contains("family name alone", found.Explanation.Summary, StringComparison.Ordinal);

        var chineseList = Screener.Create([TestLists.Snapshot(
            TestLists.Party("AFSL:1", "AFSL", PartyType.Person, "布兰特利"),
            TestLists.Party("AFSL:2", "AFSL", PartyType.Person, "马歇尔"))]);
        var reverse = Assert.Single(chineseList.Screen(new ScreeningQuery(latin) { Type = PartyType.Person }).Matches);
        Assert.Equal("AFSL:1", reverse.Party.Id);
        Assert.Equal("brantley", reverse.Explanation.QueryReading);
        Assert.Contains("family-name", reverse.Explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_FamilyNameAloneInChinese_OfAPartyAlsoListedInFull_NotReachedByAnotherGivenName()
    {
        // The China lists name a person both in full and by the family name alone (Owen Brantley, 布兰特利; invented).
        var list = Screener.Create([TestLists.Snapshot(
            TestLists.Party("AFSL:1", "AFSL", PartyType.Person, "Owen Brantley", "布兰特利"),
            TestLists.Party("AFSL:2", "AFSL", PartyType.Person, "马歇尔"))]);

        // Another person of that family name is not the listed one: the full name says who the lists mean.
        Assert.Empty(list.Screen(new ScreeningQuery("Mark Brantley") { Type = PartyType.Person }).Matches);

        // The listed person is found by the full name, and by the family name alone in either script.
        Assert.Equal("AFSL:1", Assert.Single(list.Screen(new ScreeningQuery("Owen Brantley") { Type = PartyType.Person }).Matches).Party.Id);
        Assert.Equal("AFSL:1", Assert.Single(list.Screen(new ScreeningQuery("布兰特利") { Type = PartyType.Person }).Matches).Party.Id);
        var alone = Assert.Single(list.Screen(new ScreeningQuery("Brantley") { Type = PartyType.Person }).Matches);
        Assert.Equal("AFSL:1", alone.Party.Id);
        Assert.True(alone.Score <= NameScorer.FamilyOnlySimilarity + 1e-6, $"{alone.Score}");
    }

    [Theory]
    [InlineData("Owen Brantley", "布兰特利", true)] // a family name alone, written by sound
    [InlineData("John Brantley", "约翰·布兰特利", true)] // a full name written by sound
    [InlineData("Mark Brantley", "约翰·布兰特利", false)] // another given name
    [InlineData("Owen Marsh", "布兰特利", false)] // another family name
    public void Compare_LatinWithAChineseNameBySound_NotInTheLists_ComparedOnItsReading(string latin, string chinese, bool same)
    {
        // The sample lists hold neither name: the Chinese name's reading is compared as the query, on sound.
        var explanation = s_sample.Compare(latin, chinese, PartyType.Person);
        if (same)
        {
            Assert.True(explanation.Score >= ScreeningDefaults.Threshold, $"{explanation.Score}: {explanation.Summary}");
            Assert.Contains("compared on sound", explanation.Summary, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(explanation.Score < ScreeningDefaults.Threshold, $"{explanation.Score}: {explanation.Summary}");
        }
    }

    [Fact]
    public void Screen_FamilyNameAloneInChinese_FullNameInChineseToo_NotReachedByAnotherGivenName_ButAPartyKnownOnlyByItIs()
    {
        // A Chinese full name (欧文·布兰特利) says who the lists mean as much as a Latin one; a family name alone (史密斯)
        // that also reads as a Chinese name (Shi Misi) is still the only name of its party, and any Smith may be it.
        var list = Screener.Create([TestLists.Snapshot(
            TestLists.Party("AFSL:1", "AFSL", PartyType.Person, "欧文·布兰特利", "布兰特利"),
            TestLists.Party("AFSL:2", "AFSL", PartyType.Person, "史密斯"))]);
        Assert.DoesNotContain(list.Screen(new ScreeningQuery("Mark Brantley") { Type = PartyType.Person }).Matches, m => m.Party.Id == "AFSL:1");
        var smith = Assert.Single(list.Screen(new ScreeningQuery("John Smith") { Type = PartyType.Person }).Matches);
        Assert.Equal("AFSL:2", smith.Party.Id);
    }

    [Theory]
    [InlineData("Brantley Owen")] // the family name sounds like the given name only
    [InlineData("Ivan Boranatoli")] // same consonants, more syllables than Chinese has characters
    [InlineData("Chris Samos")] // 史密斯 (Smith): the same consonants, not the same spelling
    public void Screen_FamilyNameAloneInChinese_LookAlike_NoMatch(string latin)
    {
        var chinese = latin == "Chris Samos" ? "史密斯" : "布兰特利";
        var latinList = Screener.Create([TestLists.Snapshot(TestLists.Party("EL:1", "EL", PartyType.Person, latin))]);
        Assert.Empty(latinList.Screen(new ScreeningQuery(chinese) { Type = PartyType.Person }).Matches);

        var chineseList = Screener.Create([TestLists.Snapshot(TestLists.Party("AFSL:1", "AFSL", PartyType.Person, chinese))]);
        Assert.Empty(chineseList.Screen(new ScreeningQuery(latin) { Type = PartyType.Person }).Matches);
    }

    [Fact]
    public void Screen_FamilyNameAloneInChinese_NotForOrganisations()
    {
        var latinList = Screener.Create([TestLists.Snapshot(TestLists.Party("EL:1", "EL", PartyType.Organization, "Owen Brantley"))]);
        Assert.Empty(latinList.Screen("布兰特利").Matches);

        var chineseList = Screener.Create([TestLists.Snapshot(TestLists.Party("AFSL:1", "AFSL", PartyType.Person, "布兰特利"))]);
        Assert.Empty(chineseList.Screen(new ScreeningQuery("Owen Brantley") { Type = PartyType.Organization }).Matches);
    }

    [Theory]
    [InlineData("谢家杰", "Hsieh Chia-chieh")]
    [InlineData("曹子轩", "TSAO, Tzu-hsuan")]
    [InlineData("郭志强", "Kuo Chih Chiang")]
    [InlineData("蒋经国", "Chiang Ching-kuo")]
    public void Screen_ChinesePersonName_FindsTheWadeGilesName_AndTheReverse(string chinese, string latin)
    {
        var latinList = Screener.Create([TestLists.Snapshot(
            TestLists.Party("SDN:1", "SDN", PartyType.Person, latin),
            TestLists.Party("SDN:2", "SDN", PartyType.Person, "Chou Kuo-jung"))]);
        var found = Assert.Single(latinList.Screen(chinese).Matches);
        Assert.Equal("SDN:1", found.Party.Id);
        Assert.True(found.Score >= ScreeningDefaults.Threshold, $"{found.Score}");
        Assert.Equal("reading", found.Explanation.Method);

        var chineseList = Screener.Create([TestLists.Snapshot(
            TestLists.Party("UEL:1", "UEL", PartyType.Person, chinese),
            TestLists.Party("UEL:2", "UEL", PartyType.Person, "周国荣"))]);
        var reverse = Assert.Single(chineseList.Screen(latin).Matches);
        Assert.Equal("UEL:1", reverse.Party.Id);
        Assert.True(reverse.Score >= ScreeningDefaults.Threshold, $"{reverse.Score}");
        Assert.NotNull(reverse.Explanation.NameReading);
    }

    [Theory]
    [InlineData("谢国荣", "Hsieh Chia-chieh")] // the family name only
    [InlineData("谢家明", "Hsieh Chia-chieh")] // the family name and one given syllable
    [InlineData("曹子轩", "Tsao Tzu-ming")]
    public void Screen_ChinesePersonName_WadeGilesLookAlike_NoMatch(string chinese, string latin)
    {
        var latinList = Screener.Create([TestLists.Snapshot(TestLists.Party("SDN:1", "SDN", PartyType.Person, latin))]);
        Assert.Empty(latinList.Screen(chinese).Matches);

        var chineseList = Screener.Create([TestLists.Snapshot(TestLists.Party("UEL:1", "UEL", PartyType.Person, chinese))]);
        Assert.Empty(chineseList.Screen(latin).Matches);
    }

    [Theory]
    [InlineData("谢家杰", "Xie Jiajie")]
    [InlineData("曹子轩", "Cao Zi-xuan")]
    public void Screen_ChinesePersonName_PinyinNameStillFound(string chinese, string latin)
    {
        var latinList = Screener.Create([TestLists.Snapshot(
            TestLists.Party("SDN:1", "SDN", PartyType.Person, latin),
            TestLists.Party("SDN:2", "SDN", PartyType.Person, "Zhou Guorong"))]);
        var found = Assert.Single(latinList.Screen(chinese).Matches);
        Assert.Equal("SDN:1", found.Party.Id);
        Assert.True(found.Score >= ScreeningDefaults.Threshold, $"{found.Score}");
    }

    [Theory]
    [InlineData("Apple公司")]
    [InlineData("Tesla公司")]
    [InlineData("公司")]
    [InlineData("有限公司")]
    [InlineData("股份有限公司")]
    [InlineData("集团有限公司")]
    [InlineData("株式会社")]
    [InlineData("Co., Ltd.")]
    [InlineData("LLC")]
    [InlineData("Limited Liability Company")]
    [InlineData("ООО")]
    [InlineData("Акционерное общество")]
    public void Screen_LegalFormsOnly_NoMatch(string query)
    {
        var china = ListLoader.Load(Path.Combine(Loading.SampleListTests.ListsFolder(), "sample_china_lists.csv"));
        var screener = Screener.Create([china, TestLists.Sample()]);
        var matches = screener.Screen(query).Matches;
        Assert.True(matches.Count == 0, $"{query}: {string.Join("; ", matches.Select(m => $"{m.Party.PrimaryName} {m.Score} {m.Explanation.Summary}"))}");
    }

    [SharedDataTheory]
    [InlineData("Apple公司")]
    [InlineData("Tesla公司")]
    [InlineData("公司")]
    [InlineData("有限公司")]
    [InlineData("Co., Ltd.")]
    [InlineData("股份有限公司 LLC")]
    public void Screen_LegalFormsOnly_OnRealLists_NoMatch(string query)
    {
        var matches = RealLists.Screener!.Screen(query).Matches;
        Assert.True(matches.Count == 0, $"{query}: {string.Join("; ", matches.Take(5).Select(m => $"{m.Party.PrimaryName} {m.Score} {m.Explanation.Summary}"))}");
    }

    [Theory]
    [InlineData("!!! ... ---")]
    [InlineData("·・（）、")]
    [InlineData("龘靐齉")]
    [InlineData("\u200B\u200E\u202E")]
    public void Screen_PunctuationOrUnknownHanOnly_NoMatch(string query)
    {
        Assert.Empty(s_sample.Screen(query).Matches);
    }

    [Theory]
    [InlineData("龘靐齉华为技术研究所")]
    [InlineData("洛克希德·马丁斯")] // transliteration characters: compared by sound
    public async Task Screen_TenThousandHanCharacters_NoExceptionAndFinishes(string unit)
    {
        var query = string.Concat(Enumerable.Repeat(unit, 10_000 / unit.Length));

        // A guard against a hang, not a speed claim (speed is shown by the benchmarks).
        var result = await Task.Run(() => s_sample.Screen(query)).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.All(result.Matches, m => Assert.InRange(m.Score, 0.0, 1.0));
    }

    [Fact]
    public void Compare_ChineseAgainstEnglish_UsesTheReading()
    {
        var explanation = s_sample.Compare("华为技术有限公司", "Huawei Technologies Co., Ltd.");
        Assert.Equal(1.0, explanation.Score);
        Assert.Equal("reading", explanation.Method);
        Assert.Equal("huawei technology co ltd", explanation.QueryReading);
    }
}
