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
    [InlineData("aleksandr", "alexander")]
    [InlineData("petr", "peter")]
    [InlineData("sechin", "setschin")] // German romanization of Russian: tsch is ч
    [InlineData("abramovich", "abramowitsch")]
    [InlineData("shoigu", "schoigu")] // sch is ш
    [InlineData("prigozhin", "prigoschin")] // and ж
    [InlineData("solzhenitsyn", "solschenizyn")] // z is ц
    [InlineData("gorbachev", "gorbatschow")] // ё after ч: e in English, o in German
    public void Key_TransliterationVariants_Agree(string a, string b) =>
        Assert.Equal(EntityScreen.Text.Phonetic.Key(a), EntityScreen.Text.Phonetic.Key(b));

    [Theory]
    [InlineData("maria", "mario")]
    [InlineData("minh", "manh")]
    [InlineData("sokolov", "sobolev")]
    [InlineData("peter", "petra")]
    [InlineData("tsang", "sang")] // ts starting a word stays (Tsang, Tsai)
    [InlineData("kovalchov", "kovalchuk")] // the ё ending only: o / u elsewhere stay apart
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

public class InitialAndAcronymTests
{
    private static readonly Screener s_screener = Screener.Create([TestLists.Snapshot(
        TestLists.Party("P:1", "SDN", PartyType.Person, "John Robert Smith"),
        TestLists.Party("P:2", "SDN", PartyType.Person, "TANAKA, Kenji"),
        TestLists.Party("P:3", "SDN", PartyType.Person, "PARK, Chol Ho"),
        TestLists.Party("O:1", "EL", PartyType.Organization, "Beijing University of Aeronautics and Astronautics"),
        TestLists.Party("O:2", "EL", PartyType.Organization, "NUDT"),
        TestLists.Party("O:3", "EL", PartyType.Organization, "T-Motor Co., Ltd."),
        TestLists.Party("O:4", "EL", PartyType.Organization, "Xenon Yield Zinc"),
        TestLists.Party("O:5", "EL", PartyType.Organization, "Beijing Aeronautics Trading Co., Ltd."))]);

    [Theory]
    [InlineData("J. Smith", "John Smith")]
    [InlineData("John R. Smith", "John Robert Smith")]
    [InlineData("K. Tanaka", "Kenji Tanaka")]
    public void Compare_InitialAgreeingWithGivenName_Matches(string a, string b)
    {
        var e = s_screener.Compare(a, b);
        Assert.True(e.Score >= ScreeningDefaults.Threshold, $"{a} vs {b}: {e.Score}");
        Assert.True(e.Score < ScreeningDefaults.StrongThreshold, $"an initial is evidence for review, not a strong match: {e.Score}");
        Assert.Contains(e.Tokens, t => t.Kind == AlignmentKind.Initial && t.Similarity < 1);
    }

    [Theory]
    [InlineData("K. Smith", "John Smith")]
    [InlineData("Toyota Motor Co., Ltd.", "T-Motor Co., Ltd.")] // legal forms: a company, not a person with an initial
    public void Compare_InitialThatDisagreesOrACompany_DoesNotMatch(string a, string b) =>
        Assert.True(s_screener.Compare(a, b).Score < ScreeningDefaults.Threshold, $"{a} vs {b}: {s_screener.Compare(a, b).Score}");

    [Theory]
    [InlineData("BUAA", "Beijing University of Aeronautics and Astronautics")]
    [InlineData("National University of Defense Technology", "NUDT")]
    public void Compare_AcronymOfTheWholeName_Matches(string a, string b)
    {
        var e = s_screener.Compare(a, b);
        Assert.True(e.Score >= ScreeningDefaults.Threshold, $"{a} vs {b}: {e.Score}");
        Assert.Contains(e.Tokens, t => t.Kind == AlignmentKind.Acronym);
    }

    [Fact]
    public void Compare_ThreeLetterAcronym_StaysBelowTheDefaultThreshold() =>
        Assert.True(s_screener.Compare("XYZ", "Xenon Yield Zinc").Score is > 0 and < ScreeningDefaults.Threshold);

    [Fact]
    public void Compare_AcronymOfPartOfTheName_DoesNotCount() =>
        Assert.Equal(0, s_screener.Compare("BUA", "Beijing University of Aeronautics and Astronautics").Score);

    [Theory]
    [InlineData("J. Smith", "P:1")]
    [InlineData("SMITH, J.", "P:1")]
    [InlineData("Kenji T.", "P:2")]
    [InlineData("BUAA", "O:1")]
    [InlineData("National University of Defense Technology", "O:2")]
    [InlineData("Pak Chol Ho", "P:3")]
    public void Screen_FindsInitialsAcronymsAndRomanizationsThroughTheIndex(string query, string party)
    {
        var q = new ScreeningQuery(query) { Threshold = 0.5 };
        var indexed = s_screener.Screen(q).Matches.Select(m => (m.Party.Id, m.Score)).ToList();
        Assert.Contains(indexed, m => m.Id == party);
        Assert.Equal(s_screener.ScreenExhaustive(q).Matches.Select(m => (m.Party.Id, m.Score)), indexed);
    }

    [Theory]
    [InlineData("Pak Chol Ho", "Park Chol Ho")]
    [InlineData("Choe Myong Nam", "Choi Myong Nam")]
    [InlineData("Ri Song Chol", "Lee Song Chol")]
    [InlineData("Aleksandr Ivanov", "Alexander Ivanov")]
    [InlineData("Pyotr Semenov", "Petr Semyonov")]
    [InlineData("St. Petersburg Electrotechnical University", "Saint Petersburg Electrotechnical University")]
    public void Compare_RomanizationAndPlaceNameVariants_Match(string a, string b) =>
        Assert.True(s_screener.Compare(a, b).Score >= ScreeningDefaults.Threshold, $"{a} vs {b}: {s_screener.Compare(a, b).Score}");
}

public class PersonRuleTests
{
    // The sample list's companies make the generic words common, as in real lists.
    private static readonly Screener s_screener = Screener.Create([TestLists.Snapshot([.. TestLists.Sample().Parties,
        TestLists.Party("P:1", "SDN", PartyType.Person, "PETROV, Nikolai Sergeyevich"),
        TestLists.Party("P:2", "SDN", PartyType.Person, "Maria Elena GARCIA LOPEZ"),
        TestLists.Party("O:2", "EL", PartyType.Organization, "Nikolai Golden Eagle Petrov Trading Co., Ltd.")])]);

    [Theory]
    [InlineData("Nikolai Sergeyevich Petrov", "Nikolai Petrov")]
    [InlineData("John Robert Smith", "John Smith")]
    [InlineData("Maria Garcia Lopez", "Maria Elena Garcia Lopez")]
    public void Compare_PersonsWithAMiddleNameOnOneSide_MatchForReview(string a, string b)
    {
        var person = s_screener.Compare(a, b, PartyType.Person);
        Assert.True(person.Score >= ScreeningDefaults.Threshold && person.Score < ScreeningDefaults.StrongThreshold, $"{a} vs {b}: {person.Score}");
        Assert.True(person.PersonNameRules);
        Assert.True(s_screener.Compare(a, b).Score < person.Score, "untyped names keep the full cost of an extra word");
    }

    [Theory]
    [InlineData("John R. Smith", "John Robert Smith", "John Smith")]
    [InlineData("PETROV, Nikolai S.", "PETROV, Nikolai Stepan", "PETROV, Nikolai")] // a patronymic costs as an initial does (GeneralizationFamilyTests)
    public void Compare_PersonsWithAMiddleInitialOnOneSide_CostLessThanAMiddleName(string initial, string middleName, string plain)
    {
        var byInitial = s_screener.Compare(initial, plain, PartyType.Person).Score;
        var byName = s_screener.Compare(middleName, plain, PartyType.Person).Score;
        Assert.True(byInitial > byName, $"{initial}: {byInitial}, {middleName}: {byName}");
        Assert.True(byInitial < 1.0, "a dropped initial still costs something");
    }

    [Theory]
    [InlineData("Mohamed Salah", "SALAH, Ali Mohamed")] // the given name dropped, not a middle name
    [InlineData("ABDELRAHMAN, Hassan", "ABDELRAHMAN, Ali Hassan")]
    [InlineData("Robert Smith", "John Robert Smith")]
    [InlineData("John Robert", "John Robert Smith")] // the family name dropped
    public void Compare_PersonRules_DoNotForgiveAMissingGivenOrFamilyName(string a, string b) =>
        Assert.Equal(s_screener.Compare(a, b).Score, s_screener.Compare(a, b, PartyType.Person).Score);

    [Theory]
    [InlineData("John Robert Smith", 3, 0b010u)]
    [InlineData("PETROV, Nikolai Sergeyevich", 3, 0b100u)]
    [InlineData("AL-AQIL, Aqeel Abdulaziz Aqeeil", 5, 0b11000u)]
    [InlineData("O'Brien, Sean Patrick", 3, 0b100u)]
    [InlineData("John Smith", 2, 0u)]
    [InlineData("SMITH, John", 2, 0u)]
    [InlineData("ABDELRAHMAN, Ali Hassan", 4, 0b1000u)] // the family name is two tokens: abdul rahman
    [InlineData("ABD AL-RAHMAN, Ali Hassan", 4, 0b1000u)]
    public void MiddleMask_MarksTheMiddleNamePlaces(string name, int tokens, uint mask) =>
        Assert.Equal(mask, EntityScreen.Text.PersonNameParts.MiddleMask(name, tokens));

    [Theory]
    [InlineData("Sam Brantley", 2, 1)]
    [InlineData("John Robert Smith", 3, 2)]
    [InlineData("SMITH, John", 2, 0)]
    [InlineData("DE LA CRUZ, Juan", 4, 2)] // the family name's last word
    [InlineData("Ротенберг Аркадий Романович", 3, 0)]
    [InlineData("Smith", 1, -1)]
    public void FamilyIndex_FindsTheFamilyName(string name, int tokens, int family)
    {
        var normalized = EntityScreen.Text.NameNormalizer.Normalize(name);
        Assert.Equal(tokens, normalized.Tokens.Length);
        Assert.Equal(family, EntityScreen.Text.PersonNameParts.FamilyIndex(name, tokens, tokens: normalized.Tokens));
    }

    [Theory]
    [InlineData("rotenberg arkadiy romanovich", 0b100u)] // «Фамилия Имя Отчество»: the patronymic is the middle name
    [InlineData("ivanova mariya petrovna", 0b100u)]
    [InlineData("vladimir vladimirovich putin", 0b010u)] // given, patronymic, family: by position
    [InlineData("roman arkadyevich abramovich", 0b010u)] // two patronymic endings: the last is the family name
    [InlineData("john robert smith", 0b010u)]
    public void MiddleMask_PatronymicWrittenLast_IsTheMiddleName(string name, uint mask)
    {
        var tokens = name.Split(' ');
        Assert.Equal(mask, EntityScreen.Text.PersonNameParts.MiddleMask(name, tokens.Length, tokens: tokens));
    }

    [Fact]
    public void Screen_RussianNameWithPatronymicLast_FindsTheListedPersonWithout()
    {
        // Weights as on a real list: other parties, and the patronymic a word of the lists (an unknown word weighs most).
        var screener = Screener.Create([TestLists.Snapshot([.. TestLists.Sample().Parties,
            TestLists.Party("SDN:1", "SDN", PartyType.Person, "ROTENBERG, Boris"),
            TestLists.Party("SDN:2", "SDN", PartyType.Person, "IVANOV, Sergei Romanovich")])]);
        Assert.Equal("SDN:1", Assert.Single(screener.Screen(new ScreeningQuery("Ротенберг Борис Романович") { Type = PartyType.Person }).Matches).Party.Id);
        Assert.Equal("SDN:1", Assert.Single(screener.Screen("Rotenberg Boris Romanovich").Matches).Party.Id);
        Assert.Empty(screener.Screen("Rotenberg Arkady Romanovich").Matches); // another given name
    }

    [Fact]
    public void Compare_PersonRules_NeedEverythingElseAligned() =>
        Assert.True(s_screener.Compare("Nikolai Ivanovich Petrov", "Nikolai Sergeyevich Petrov", PartyType.Person).Score < ScreeningDefaults.Threshold);

    [Fact]
    public void Compare_Organizations_KeepTheFullCostOfAnExtraWord() =>
        Assert.True(s_screener.Compare("Shenzhen Technology", "Shenzhen Huawei Technology", PartyType.Organization).Score < ScreeningDefaults.Threshold);

    [Fact]
    public void Screen_ListedPerson_UntypedQuery_UsesThePersonRules_AndMatchesTheExhaustiveScan()
    {
        var q = new ScreeningQuery("Nikolai Petrov") { Threshold = 0.5 };
        var result = s_screener.Screen(q);
        var match = Assert.Single(result.Matches, m => m.Party.Id == "P:1");
        Assert.True(match.Score >= ScreeningDefaults.Threshold, $"{match.Score}");
        Assert.True(match.Explanation.PersonNameRules);
        Assert.DoesNotContain(result.Matches, m => m.Party.Id == "O:2" && m.Explanation.PersonNameRules);
        Assert.Equal(s_screener.ScreenExhaustive(q).Matches.Select(m => (m.Party.Id, m.Score)), result.Matches.Select(m => (m.Party.Id, m.Score)));
    }
}

public class NumberMarkerTests
{
    private static readonly Screener s_screener = Screener.Create([TestLists.Sample()]);

    [Theory]
    [InlineData("CETC No. 28 Research Institute", "cetc 28 research institute")]
    [InlineData("Factory Nr. 5 of Machinery", "factory 5 machinery")]
    [InlineData("Number 3 Design Bureau", "3 design bureau")]
    [InlineData("No. 28th Institute", "28 institute")]
    [InlineData("No 28", "no 28")] // the number alone is kept with its marker
    [InlineData("No Kwang Chol", "no kwang chol")] // a word, not a marker: no number follows
    public void Normalize_NumberMarkerBeforeANumber_IsDropped(string name, string normalized) =>
        Assert.Equal(normalized, EntityScreen.Text.NameNormalizer.Normalize(name).ToString());

    [Fact]
    public void Compare_NumberWrittenWithMarker_OrdinalOrChinese_NameOneInstitute()
    {
        const string listed = "China Electronics Technology Group Corporation No. 28 Institute";
        Assert.True(s_screener.Compare("China Electronics Technology Group Corporation 28th Institute", listed).Score >= 0.99);
        Assert.True(s_screener.Compare("中国电子科技集团公司第二十八研究所", listed).Score >= ScreeningDefaults.Threshold);
        Assert.True(s_screener.Compare("China Electronics Technology Group Corporation No. 29 Institute", listed).Score < ScreeningDefaults.Threshold);
    }
}

public class FunctionWordTests
{
    private static readonly Screener s_screener = Screener.Create([TestLists.Sample()]);

    [Theory]
    [InlineData("Bank of China", "bank china")]
    [InlineData("Ball Aerospace & Technologies Corp.", "ball aerospace technology")]
    [InlineData("Schmidt und Partner", "schmidt partner")]
    [InlineData("Schmidt and Partner", "schmidt partner")]
    [InlineData("Taiwan Foundation for Democracy", "taiwan foundation democracy")] // 1.18
    [InlineData("For Example Trading", "for example trading")] // first word: kept
    [InlineData("Subcommittee on Human Rights of the European Parliament", "subcommittee on human rights the european parliament")]
    [InlineData("O, In Chun", "o in chun")] // Korean 인 In: a name part, not a function word
    [InlineData("Nguyen The Anh", "nguyen the anh")] // Vietnamese Thế
    [InlineData("AT&T", "at and t")] // next to a single letter: kept
    [InlineData("Of and", "of and")] // nothing else: kept
    public void Normalize_EnglishFunctionWords_AreNotNameText(string name, string normalized) =>
        Assert.Equal(normalized, EntityScreen.Text.NameNormalizer.Normalize(name).ToString());

    [Theory]
    [InlineData("三菱重工エンジン&ターボチャージャ株式会社", "")]
    [InlineData("华为&中兴", "")]
    [InlineData("Apple & 公司", "apple")]
    [InlineData("株式会社AND factory", "and factory")] // a word AND, not an ampersand: kept
    [InlineData("Procter & Gamble 公司", "procter gamble")] // between two Latin words: the Latin rules apply
    public void Normalize_AmpersandJoiningChineseOrJapanese_IsNoLatinWord(string name, string latin) =>
        Assert.Equal(latin, string.Join(' ', EntityScreen.Text.NameNormalizer.Normalize(name).Tokens));

    [Fact]
    public void Screen_AmpersandInJapanese_DoesNotMatchAListedWordAnd()
    {
        var screener = Screener.Create([TestLists.Snapshot(
            TestLists.Party("EL:9", "EL", PartyType.Organization, "Example Research Center", "and"),
            TestLists.Party("EL:10", "EL", PartyType.Organization, "Example Engine Works"))]);
        Assert.Empty(screener.Screen(new ScreeningQuery("三菱重工エンジン&ターボチャージャ株式会社") { Threshold = 0.5 }).Matches);
    }

    [Theory]
    [InlineData("Ball Aerospace & Technologies Corp.", "Ball Aerospace Technologies")]
    [InlineData("Institute of Science Tokyo", "Tokyo Science Institute")]
    [InlineData("Taiwan Foundation for Democracy", "Taiwan Democracy Foundation")]
    public void Compare_NamesDifferingOnlyInFunctionWords_ScoreOne(string a, string b) =>
        Assert.Equal(1.0, s_screener.Compare(a, b).Score);
}

public class ArabicNameTests
{
    private static readonly Screener s_screener = Screener.Create([TestLists.Sample()]);

    [Theory]
    [InlineData("Abd al-Rahman", "abdul rahman")]
    [InlineData("Abdelrahman", "abdul rahman")]
    [InlineData("Abdul Rahman", "abdul rahman")]
    [InlineData("Abd AlAziz", "abdul aziz")]
    [InlineData("Abd-ulaziz", "abdul aziz")]
    [InlineData("Abd Allah", "abdullah")]
    [InlineData("Abdallah", "abdullah")]
    [InlineData("Abd ullah", "abdullah")]
    [InlineData("Abdullah", "abdullah")]
    [InlineData("Abdi Hassan", "abdi hassan")]
    public void Normalize_AbdNames_TakeOneShape(string name, string normalized) =>
        Assert.Equal(normalized, EntityScreen.Text.NameNormalizer.Normalize(name).ToString());

    [Theory]
    [InlineData("Mohammed Abdelrahman", "Muhammad Abd al-Rahman")]
    [InlineData("Abdelkader Benali", "Abd el-Kader Ben Ali")]
    public void Compare_AbdNameSpellings_Match(string a, string b) =>
        Assert.True(s_screener.Compare(a, b).Score >= ScreeningDefaults.Threshold, $"{a} vs {b}: {s_screener.Compare(a, b).Score}");

    [Fact]
    public void Compare_DifferentAbdNames_DoNotMatch() =>
        Assert.True(s_screener.Compare("Abdul Karim Al-Hashimi", "Abdul Rahim Al-Hashimi").Score < ScreeningDefaults.Threshold);
}
