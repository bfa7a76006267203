using EntityScreen.Readings;

namespace EntityScreen.Tests.Readings;

public class JapaneseReadingTests
{
    private static List<string> Texts(string name, PartyType type = PartyType.Unknown) =>
        [.. NameReadings.Read(name, type, NameReadings.MaxCandidateReadings).Select(r => r.Text)];

    [Theory]
    [InlineData("光和兴业株式会社", "kowa kogyo co ltd")] // as the Chinese lists write a Japanese company
    [InlineData("光和興業株式会社", "kowa kogyo co ltd")] // as Japanese writes it
    [InlineData("青木精密工业株式会社", "aoki seimitsu kogyo co ltd")]
    [InlineData("日钢特机株式会社", "nikko tokki co ltd")]
    [InlineData("日本电磁测器株式会社", "nippon denji sokki co ltd")] // then nihon, its other reading
    [InlineData("井上工业株式会社", "inoue kogyo co ltd")] // a u before a vowel is a syllable: not inoe
    [InlineData("光和兴业合同會社", "kowa kogyo godo kaisha")] // a traditional 會 in the legal form
    public void Read_JapaneseCompany_RomajiReadingSearched_AfterTheChineseOne(string name, string expected)
    {
        var readings = NameReadings.Read(name, PartyType.Organization);
        var romaji = Assert.Single(readings, r => r.Text == expected);
        Assert.EndsWith(":japanese", romaji.Scripts, StringComparison.Ordinal);

        // The Chinese reading stays first: the Chinese glossary holds the Japanese groups (三菱重工 MHI, 冲电气 OKI).
        Assert.False(readings[0].Scripts.EndsWith(":japanese", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("三菱重工相模高科技株式会社", "JP:1")]
    [InlineData("冲电气工程株式会社", "JP:2")]
    public void Screen_JapaneseCompany_ChineseGlossaryReadingStillSearched(string name, string party)
    {
        // The Chinese glossary's readings of the Japanese groups (三菱重工 MHI, 冲电气 OKI) find these, not the romaji.
        var screener = Screener.Create([TestLists.Snapshot(
            TestLists.Party("JP:1", "UEL", PartyType.Organization, "MHI Sagami High-tech, Ltd."),
            TestLists.Party("JP:2", "UEL", PartyType.Organization, "OKI Engineering Co., Ltd."))]);
        Assert.Equal(1.0, Assert.Single(screener.Screen(name).Matches, m => m.Party.Id == party).Score);
    }

    [Theory]
    [InlineData("日新电机株式会社", "nisshin electric co ltd")] // the company word as Japanese companies translate it, not the Chinese motor
    [InlineData("日野汽车株式会社", "hino motors co ltd")]
    [InlineData("三菱原子燃料株式会社", "mitsubishi nuclear fuel co ltd")]
    [InlineData("日本电磁测器株式会社", "nihon denji sokki co ltd")]
    public void Read_JapaneseCompany_TranslatedReadingAmongTheSearched(string name, string expected)
    {
        Assert.Contains(expected, NameReadings.Read(name, PartyType.Organization).Select(r => r.Text));
    }

    [Theory]
    [InlineData("华为技术有限公司")] // Chinese legal form: read as Chinese only
    [InlineData("中国电子科技集团公司第五十四研究所")]
    [InlineData("张一鸣")]
    [InlineData("司马光")] // 司马 is also a Japanese family name (Shiba), but a Chinese compound one first
    [InlineData("欧阳光")]
    public void Read_ChineseName_NoJapaneseReading(string name)
    {
        Assert.DoesNotContain(NameReadings.Read(name, PartyType.Unknown, NameReadings.MaxCandidateReadings), r => r.Scripts.Contains("japanese", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("株式会社光和", true)]
    [InlineData("光和合同會社", true)]
    [InlineData("(株)光和", true)]
    [InlineData("トヨタ", true)]
    [InlineData("三菱電機", false)] // no kana, no Japanese legal form: the Chinese reading (with its glossary's Japanese groups) serves
    [InlineData("华为技术有限公司", false)]
    [InlineData("アップル・ー", true)]
    [InlineData("凯文·麦克唐奈", false)] // a middle dot says nothing
    public void IsJapanese_KanaOrJapaneseLegalForm(string name, bool expected)
    {
        Assert.Equal(expected, JapaneseReading.IsJapanese(name));
    }

    [Fact]
    public void Read_JapanesePerson_FamilyNameMarkedThenGivenName()
    {
        Assert.Contains("iwasaki, shigeru", Texts("岩崎茂", PartyType.Person));
        Assert.Contains("iwasaki, shigeru", Texts("岩崎 茂"));

        // The Chinese reading stays first.
        Assert.Equal("han", NameReadings.Read("岩崎茂", PartyType.Person)[0].Scripts);
    }

    [Theory]
    [InlineData("田中茂", "tanaka, shigeru")] // a family name that is also a company's (田中, 佐藤) is a family name
    [InlineData("佐藤一郎", "sato, ichiro")]
    public void Read_JapanesePerson_CommonFamilyNames(string name, string expected) =>
        Assert.Contains(expected, Texts(name, PartyType.Person));

    [Theory]
    [InlineData("安成哲", "an, song chol")] // 安 is a Japanese family name's first character too: the Korean reading wins
    [InlineData("金城武", "kim, song mu")]
    public void Read_KoreanPersonInHanja_NotDisplacedByAJapaneseReading(string name, string expected)
    {
        var texts = Texts(name, PartyType.Person);
        Assert.Contains(expected, texts);
        Assert.DoesNotContain(NameReadings.Read(name, PartyType.Person, NameReadings.MaxCandidateReadings), r => r.Scripts.Contains("japanese", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_JapanesePerson_UnknownGivenName_NotRead()
    {
        // 圭司 is no given name of the table: the name is not guessed.
        Assert.DoesNotContain(Texts("古屋圭司", PartyType.Person), t => t.StartsWith("furuya", StringComparison.Ordinal) || t.StartsWith("koya", StringComparison.Ordinal));
    }

    [Fact]
    public void Screen_JapaneseCompanyInChinese_FindsItsRomajiListing_AndTheReverse()
    {
        var screener = Screener.Create([TestLists.Snapshot(
            TestLists.Party("CN:1", "CN", PartyType.Organization, "KOWA KOGYO, Ltd."),
            TestLists.Party("CN:2", "CN", PartyType.Organization, "日钢特机株式会社"),
            TestLists.Party("CN:3", "CN", PartyType.Organization, "Guanghe Industrial Co., Ltd."))]);

        // Read in Japanese it is KOWA KOGYO; read in Chinese (guanghe xingye) it is also Guanghe Industrial, which the
        // Chinese text cannot tell apart.
        var matches = screener.Screen("光和兴业株式会社").Matches;
        var match = Assert.Single(matches, m => m.Party.Id == "CN:1");
        Assert.Equal("reading", match.Explanation.Method);
        Assert.Contains("kowa kogyo", match.Explanation.Summary, StringComparison.Ordinal);
        Assert.Equal(["CN:1", "CN:3"], matches.Select(m => m.Party.Id).Order());

        // An English query reaches the party listed only in Chinese, by the listed name's Japanese reading.
        var reverse = Assert.Single(screener.Screen("Nikko Tokki Co., Ltd.").Matches);
        Assert.Equal("CN:2", reverse.Party.Id);
    }

    [Fact]
    public void NamesTable_EveryLineParses_WithItsProvenance()
    {
        Assert.True(JapaneseReading.Names.Count > 50_000);
        Assert.Equal(JapaneseReading.Names.Count, JapaneseReading.Names.Terms().Count()); // renderings and kind parse on every line
        Assert.True(JapaneseReading.Words.Count > 50);
        using var stream = typeof(Screener).Assembly.GetManifestResourceStream(JapaneseReading.NamesResource)!;
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine() + reader.ReadLine() + reader.ReadLine();
        Assert.Contains("IPADIC", header, StringComparison.Ordinal);
    }

    [Fact]
    public void SortedGlossary_FindsInPlace_AndRejectsUnsortedLines()
    {
        var table = SortedGlossary.Parse("# comment\n光和\tkowa|mitsukazu\torg\n岩崎\tiwasaki\tperson\n", "test");
        Assert.Equal(["kowa", "mitsukazu"], table.Find("光和")!.Renderings);
        Assert.Equal(TermKind.Person, table.Find("岩崎")!.Kind);
        Assert.Null(table.Find("光"));
        Assert.Null(table.Find("光和光"));

        var crlf = SortedGlossary.Parse("# comment\r\n\r\n光和\tkowa\torg\r\n", "test");
        Assert.Equal(["kowa"], crlf.Find("光和")!.Renderings);

        var error = Assert.Throws<InvalidDataException>(() => SortedGlossary.Parse("岩崎\tiwasaki\tperson\n光和\tkowa\torg\n", "test.tsv"));
        Assert.Contains("test.tsv, line 2", error.Message, StringComparison.Ordinal);
    }
}
