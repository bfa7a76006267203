using EntityScreen.Matching;
using EntityScreen.Text;

namespace EntityScreen.Tests.Matching;

/// <summary>
/// The failure families of the generalization issue, each tested from its rule (issue 10): short names by rarity,
/// legal forms glued on, numbers, given-name variants, titles and particles, patronymic chains, another kind of
/// company of the same name, Hangul syllables.
/// </summary>
public class GeneralizationFamilyTests
{
    private static readonly Screener s_screener = Screener.Create([TestLists.Sample()]);

    private static double Person(string a, string b) => s_screener.Compare(a, b, PartyType.Person).Score;

    private static double Company(string a, string b) => s_screener.Compare(a, b, PartyType.Organization).Score;

    // ---- Short names: a one-letter change in a four-letter token earns credit only as far as both tokens are rare.

    [Theory]
    [InlineData("Rask", "Rusk")]
    [InlineData("Fazl", "Fazal")]
    [InlineData("Rozi", "Ruzi")]
    public void ShortTypo_RareTokens_GetPartialCredit(string a, string b)
    {
        var unknown = 10f;
        var sim = TokenSimilarity.ShortTypo(a.ToLowerInvariant(), unknown, b.ToLowerInvariant(), unknown, unknown);
        Assert.InRange(sim, 0.74f, 0.81f);
        Assert.True(sim < TokenSimilarity.Similarity("robertson", "robertsen"), "below a one-letter typo of a long word");
    }

    [Fact]
    public void ShortTypo_ScalesWithTheCommonerToken()
    {
        const float unknown = 10f;
        var rare = unknown - MathF.Log((2 * TokenSimilarity.RareNames) + 1);
        var common = unknown - MathF.Log((2 * TokenSimilarity.CommonNames) + 1);
        Assert.Equal(0.75f, TokenSimilarity.ShortTypo("rask", rare, "rusk", unknown, unknown), 3);
        Assert.Equal(0f, TokenSimilarity.ShortTypo("bank", common, "band", unknown, unknown));
        var between = TokenSimilarity.ShortTypo("bank", (rare + common) / 2, "band", unknown, unknown);
        Assert.InRange(between, 0.3f, 0.45f);
    }

    [Theory]
    [InlineData("rask", "rusk")] // a substitution
    [InlineData("fazl", "fazal")] // an insertion
    public void ShortTypo_OneEditOnly(string a, string b)
    {
        Assert.True(TokenSimilarity.ShortTypo(a, 10, b, 10, 10) > 0);
        Assert.Equal(0f, TokenSimilarity.ShortTypo("rask", 10, "ruso", 10, 10)); // two edits
        Assert.Equal(0f, TokenSimilarity.ShortTypo("ras", 10, "rus", 10, 10)); // three letters: none
        Assert.Equal(0f, TokenSimilarity.ShortTypo("ra5k", 10, "ra6k", 10, 10)); // digits: none
    }

    [Fact]
    public void ShortTypo_InAPersonsName_RanksTheNameNearTheThresholdFarAboveUnrelated()
    {
        var score = Person("John Rask", "John Rusk");
        Assert.True(score is > 0.75 and < 0.9, $"{score}");
        Assert.True(Person("John Rask", "John Vasquez") < 0.5);
    }

    [Fact]
    public void ShortTypo_CommonTokensInTheLists_GetNoCredit()
    {
        // 120 listed names hold "bank", 120 "band": both common, one letter apart, two words.
        var parties = Enumerable.Range(0, 120).SelectMany(i => new[]
        {
            TestLists.Party($"B{i}", "SDN", PartyType.Organization, $"Bank Filler{i}"),
            TestLists.Party($"D{i}", "SDN", PartyType.Organization, $"Band Other{i}"),
        }).Append(TestLists.Party("X", "SDN", PartyType.Organization, "Rask Holdings Trading")).ToArray();
        var screener = Screener.Create([TestLists.Snapshot(parties)]);
        Assert.Equal(0, screener.Compare("Bank", "Band", PartyType.Organization).Score);
        Assert.True(screener.Compare("Rusk", "Rask", PartyType.Organization).Score > 0.7);
    }

    // ---- Legal forms glued to the name.

    [Theory]
    [InlineData("BoschGmbH", "Bosch GmbH")]
    [InlineData("BOSCHGMBH", "Bosch GmbH")]
    [InlineData("AcmeLLC", "Acme LLC")]
    [InlineData("InsituInc", "Insitu, Inc.")]
    [InlineData("Sinotech Ltd", "SINOTECHLTD")]
    public void GluedLegalForm_IsSplitOff(string a, string b) => Assert.Equal(1.0, Company(a, b));

    [Theory]
    [InlineData("zinc", 0)]
    [InlineData("Intercorp", 0)]
    [InlineData("MaxiTechGroup", 0)]
    [InlineData("boschgmbh", 5)]
    [InlineData("rosltd", 3)]
    public void GluedLegalForm_OnlyWhereNoWordEndsSo(string token, int at) =>
        Assert.Equal(at, NameNormalizer.GluedLegalForm(token.ToLowerInvariant()));

    // ---- Numbers: digits, ordinals, number words and Roman numerals are one number.

    [Theory]
    [InlineData("Louis XIV Holdings", "Louis 14 Holdings")]
    [InlineData("Regiment Twelve", "12th Regiment")]
    [InlineData("Fund VII", "Seventh Fund")]
    [InlineData("Thirteenth Directorate", "Directorate 13")]
    public void Numbers_InAnySpelling_AreEqual(string a, string b) => Assert.Equal(1.0, Company(a, b));

    [Fact]
    public void Numbers_SingleLettersAndXiStayLetters()
    {
        Assert.Equal("x", NameNormalizer.Normalize("X").Tokens[0]);
        Assert.Equal("xi", NameNormalizer.Normalize("XI Jinping").Tokens[0]);
        Assert.True(Company("Fund VI", "Fund VII") < ScreeningDefaults.Threshold);
    }

    // ---- Given-name variants: below an exact name, above a typo.

    [Theory]
    [InlineData("Bob Smith", "Robert Smith")]
    [InlineData("Peggy Jones", "Margaret Jones")]
    [InlineData("Sasha Ivanov", "Aleksandr Ivanov")]
    [InlineData("Serhii Kovalenko", "Sergei Kovalenko")]
    [InlineData("Oleksandr Petrenko", "Alexander Petrenko")]
    [InlineData("Pepe Garcia", "Jose Garcia")]
    public void GivenNameVariant_MatchesBelowExact(string a, string b)
    {
        var score = Person(a, b);
        Assert.InRange(score, ScreeningDefaults.Threshold, 0.99);
    }

    [Fact]
    public void GivenNameVariant_KeyIsTheNamesKey()
    {
        Assert.Equal(Phonetic.Key("robert"), GivenNames.Key("bob"));
        Assert.Equal(Phonetic.Key("aleksandr"), GivenNames.Key("sasha"));
        Assert.Equal(Phonetic.Key("sergei"), GivenNames.Key("serhiy")); // a spelling of a listed variant
        Assert.Null(GivenNames.Key("al")); // the article is no variant
        Assert.Equal(Phonetic.Key("hassan"), GivenNames.Key("hassan"));
    }

    [Fact]
    public void GivenNameTable_RejectsMalformedLines()
    {
        Assert.Throws<FormatException>(() => GivenNames.Parse(new StringReader("bob robert")));
        Assert.Throws<FormatException>(() => GivenNames.Parse(new StringReader("robert: Bo")));
        var (byKey, byToken) = GivenNames.Parse(new StringReader("# comment\nrobert: bob, robert, bobby\n"));
        Assert.Single(byKey); // bobby by its key; robert adds nothing
        Assert.Single(byToken); // bob by itself
    }

    [Theory]
    [InlineData("sami")]
    [InlineData("vali")]
    [InlineData("wali")]
    [InlineData("hari")]
    [InlineData("andi")]
    [InlineData("elie")]
    [InlineData("kindi")]
    [InlineData("beni")]
    [InlineData("padi")]
    [InlineData("sania")]
    [InlineData("teo")] // a Hokkien family name, not Theo
    [InlineData("nik")]
    [InlineData("mat")] // Malay, not Matt
    [InlineData("hall")]
    [InlineData("ali")]
    [InlineData("omar")]
    public void GivenNameVariant_NoCommonGivenOrFamilyNameTakesAnotherNamesKey(string name) =>
        Assert.Equal(Phonetic.Key(name), GivenNames.Key(name));

    [Theory]
    [InlineData("Samuel Lushtaku", "LUSHTAKU, Sami")]
    [InlineData("Walter Gholizadeh", "GHOLIZADEH, Vali")]
    [InlineData("Theodore Boon Ching", "CHING, Teo Boon")]
    [InlineData("Henry Sharma", "Hari Sharma")]
    public void GivenNameVariant_OtherNamesWithALikeSpellingStayApart(string a, string b) =>
        Assert.True(Person(a, b) < ScreeningDefaults.Threshold, $"{a} / {b}: {Person(a, b)}");

    [Fact]
    public void GivenNameTable_Loads() => Assert.InRange(GivenNames.Count, 150, 400);

    [Fact]
    public void GivenNameVariant_DifferentNamesStayApart() => Assert.True(Person("Bob Smith", "Richard Smith") < 0.5);

    // ---- Titles and particles in a person's name are noise; in a company's name they are words.

    [Theory]
    [InlineData("Sheikh Ali Hassan", "Ali Hassan")]
    [InlineData("General Ali Hassan", "Ali Hassan")]
    [InlineData("Hajji Ali Hassan", "Ali Hassan")]
    [InlineData("Mullah Omar Akhund", "Omar Akhund")]
    [InlineData("AL-SHALISH, Dr. Asef", "SHALISH, Asef")]
    public void Titles_InPersonsNames_CostAQuarter(string a, string b)
    {
        Assert.True(Person(a, b) >= ScreeningDefaults.Threshold, $"{a} / {b}: {Person(a, b)}");
        Assert.Contains("title", s_screener.Compare(a, b, PartyType.Person).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_FamilyNamePlace_IsAName() =>
        Assert.True(Person("SHEIKH, Mohammed Ali", "Mohammed Ali") < ScreeningDefaults.Threshold);

    [Fact]
    public void Titles_InCompanyNames_AreWords() =>
        Assert.True(Company("General Dynamics Trading", "Dynamics Trading") < Person("General Dynamics Trading", "Dynamics Trading"));

    // ---- Generational suffixes (Jr., Sr., II, III) follow the family name: one list writes them and another does not.

    [Theory]
    [InlineData("John Smith", "John Smith Jr.")]
    [InlineData("Martin Luther King", "Martin Luther King Jr.")]
    [InlineData("Alex Azar", "Alex M. Azar II")]
    [InlineData("James Ickes", "James Ickes III")]
    [InlineData("SMITH, John", "SMITH, John Jr.")]
    [InlineData("Clive Norman Hyde", "HYDE SR., Clive Norman")] // the lists write the suffix with the family name
    [InlineData("Rogelio Gonzalez Pizana", "GONZALEZ PIZANA JR., Rogelio")]
    public void GenerationalSuffix_OnlyOneSideHas_CostsAQuarter(string a, string b)
    {
        var explanation = s_screener.Compare(a, b, PartyType.Person);
        Assert.True(explanation.Score >= ScreeningDefaults.Threshold, $"{a} / {b}: {explanation.Score}");
        Assert.Contains("generational suffix", explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void GenerationalSuffix_IsNoFamilyName()
    {
        // The family name is the word before the suffix: a query with another family name is another person.
        Assert.Equal(3, PersonNameParts.FamilyIndex("James William Ickes II", 4, tokens: ["james", "william", "ickes", "2"]) + 1);
        Assert.Equal(0, PersonNameParts.FamilyIndex("HYDE SR., Clive Norman", 4, tokens: ["hyde", "sr", "clive", "norman"]));
        Assert.True(Person("James Ickes", "James William Ickes II") > Person("James William", "James William Ickes II"));
    }

    [Theory]
    [InlineData("Junior Ramos Silva", "Ramos Silva")] // Junior is a given name
    [InlineData("John Michael", "John Michael Senior")] // and Senior a family name
    public void GenerationalSuffix_WordsJuniorAndSenior_AreNames(string a, string b) =>
        Assert.True(Person(a, b) < ScreeningDefaults.Threshold, $"{a} / {b}: {Person(a, b)}");

    [Fact]
    public void GenerationalSuffix_TwoGenerations_AreTwoPersons() =>
        Assert.True(Person("John Smith Jr.", "John Smith Sr.") < ScreeningDefaults.Threshold);

    [Fact]
    public void GenerationalSuffix_NotInCompanyNames() =>
        Assert.True(Company("Smith Holdings II", "Smith Holdings") < Person("John Smith II", "John Smith"));

    // ---- An Arabic patronymic chain has an order.

    [Fact]
    public void PatronymicChain_Reversed_NamesAnotherPerson()
    {
        var reversed = s_screener.Compare("Ahmed bin Ali bin Hassan", "Hassan bin Ali bin Ahmed", PartyType.Person);
        Assert.True(reversed.Score < ScreeningDefaults.Threshold);
        Assert.Contains("another order", reversed.Summary, StringComparison.Ordinal);
        Assert.Equal(1.0, Person("Ahmed bin Ali bin Hassan", "AHMED BIN ALI BIN HASSAN"));
        Assert.True(Person("Ahmed bin Ali bin Hassan", "Ahmad bin Ali bin Hasan") >= ScreeningDefaults.Threshold);
    }

    [Theory]
    [InlineData("Usama bin Muhammad bin Awad bin Ladin", "BIN LADIN, Usama bin Muhammad bin Awad")] // family name first, before a comma
    [InlineData("Nabil Ben Mohamed Ben Ali Ben Attia", "BEN ATTIA, Nabil Ben Mohamed Ben Ali")]
    [InlineData("Hassan bin Ahmed bin Hassan", "Hasan bin Ahmed bin Hassan")] // named for his grandfather
    public void PatronymicChain_InItsOwnOrder_IsNoReversal(string a, string b)
    {
        var e = s_screener.Compare(a, b, PartyType.Person);
        Assert.DoesNotContain("another order", e.Summary, StringComparison.Ordinal);
        Assert.True(e.Score >= ScreeningDefaults.Threshold, $"{a} / {b}: {e.Score}");
    }

    // ---- One group's AG and its GmbH: the same name, possibly another legal entity.

    [Theory]
    [InlineData("Siemens AG", "Siemens GmbH")]
    [InlineData("Acme Inc", "Acme LLC")]
    public void OtherKindOfCompany_ScoresBelowOneAndSaysWhy(string a, string b)
    {
        var e = s_screener.Compare(a, b, PartyType.Organization);
        Assert.Equal(LegalForms.OtherTypeFactor, e.Score, 4);
        Assert.Contains("another kind of company", e.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Acme Ltd", "Acme LLC")] // both private limited companies
    [InlineData("Rosoboronexport OOO", "Rosoboronexport LLC")] // one form, two languages
    [InlineData("Acme Inc", "Acme Corporation")]
    public void SameKindOfCompany_ScoresOne(string a, string b) => Assert.Equal(1.0, Company(a, b));

    // ---- National legal forms (ISO 20275 abbreviations and full names): not name text, in the family of their kind.

    [Theory]
    [InlineData("Acme Ltda.", "Acme")]
    [InlineData("Acme Limitada", "Acme LLC")]
    [InlineData("Acme y Cía. Ltda.", "Acme")]
    [InlineData("Acme S. de R.L. de C.V.", "Acme")]
    [InlineData("Acme S.A.L.", "Acme")]
    [InlineData("Acme, C.A.", "Acme")]
    [InlineData("Acme S.A.C.", "Acme")]
    [InlineData("Acme EOOD", "Acme")]
    [InlineData("Acme OOD", "Acme Ltd")]
    [InlineData("Acme AD", "Acme JSC")]
    [InlineData("Acme Sp. z o.o.", "Acme")]
    [InlineData("Acme spol. s r.o.", "Acme")]
    [InlineData("Acme Kft.", "Acme")]
    [InlineData("UAB Acme", "Acme")]
    [InlineData("Acme Oy", "Acme")]
    [InlineData("Acme ApS", "Acme")]
    [InlineData("Acme W.L.L.", "Acme")]
    [InlineData("Acme P.J.S.", "Acme")]
    [InlineData("Acme Ltd. Şti.", "Acme")]
    [InlineData("Acme Anonim Şirketi", "Acme")]
    [InlineData("Aktsionernoe Obshchestvo Acme", "Acme AO")]
    [InlineData("Obshchestvo s Ogranichennoi Otvetstvennostyu Acme", "OOO Acme")]
    [InlineData("Obshchestvo s Ogranichennoy Otvetstvennostiu Acme", "Acme LLC")]
    [InlineData("FGUP Acme", "Acme")]
    [InlineData("Akt sionernoe Obshchestvo Acme", "Acme")] // a word of a long form split in two
    [InlineData("Aktsioenrnoe Obshchestvo Acme", "Acme")] // a typo in a word of a long form, next to another of its words
    [InlineData("Acme Anoeim Şirketi", "Acme")]
    [InlineData("Banco Nacional de Cuba Sociedad Anonima", "Banco Nacional de Cuba")]
    [InlineData("Acme Proprietary Limited", "Acme Pty Ltd")]
    [InlineData("Acme Private Joint Stock Company", "Acme Company")]
    [InlineData("Acme ASBL", "Acme e.V.")] // two associations
    [InlineData("Acme S. de P.R. de R.L.", "Acme")]
    public void NationalLegalForm_IsNoNameText(string a, string b) => Assert.Equal(1.0, Company(a, b));

    [Theory]
    [InlineData("Acme Ltda.", "Acme S.A.")] // a limited-liability company and a société anonyme
    [InlineData("Acme EOOD", "Acme AD")]
    public void NationalLegalForms_OfDifferentKinds_Differ(string a, string b) => Assert.True(Company(a, b) < 1.0);

    [Theory]
    [InlineData("CA Technologies", "Technologies")] // short forms are words at the start of a name
    [InlineData("AD Ports Group", "Ports Group")]
    [InlineData("SAC Capital", "Capital")]
    public void ShortNationalForms_AtTheStart_AreWords(string a, string b) => Assert.True(Company(a, b) < ScreeningDefaults.Threshold, $"{a} / {b}");

    [Fact]
    public void NameLikeForm_AfterAComma_IsAGivenName()
    {
        Assert.Equal(1.0, Company("OVLAS TRADING, SAL", "OVLAS TRADING")); // in capitals: a form
        Assert.True(Person("HASSAN, Sal", "HASSAN") < ScreeningDefaults.Threshold);
        Assert.True(Person("MELKERT, Ad", "MELKERT") < ScreeningDefaults.Threshold);
        Assert.Equal(1.0, Company("ACME, S.A.L.", "ACME"));
        Assert.Equal(1.0, Company("ACME SAL", "ACME"));
    }

    [Fact]
    public void LongFormWords_FoldNoNameWord()
    {
        Assert.Null(Abbreviations.CanonicalWithTypo("production")); // not into a Spanish form's produccion
        Assert.True(Company("Obninsk Research and Product ion Enterprise", "Obninsk Research and Production Enterprise") >= ScreeningDefaults.Threshold);
        Assert.Null(Abbreviations.CanonicalWithTypo("otkrytie")); // a bank's name, one edit from otkrytoe
        Assert.True(Company("Bank Otkritie", "Bank Otkrytie") >= ScreeningDefaults.Threshold);
        Assert.Null(Abbreviations.CanonicalWithTypo("anonima")); // a form's word is itself, not anonim
        Assert.Null(Abbreviations.CanonicalWithTypo("aktsionernoe")); // a known word written right is itself
    }

    [Fact]
    public void NationalForms_ThatAreNames_OrLeaveACode_AreKept()
    {
        Assert.True(Person("Ali Hassan Too", "ALI, Hassan") < ScreeningDefaults.Threshold); // Too, Nao, Sae, Prat are names
        Assert.True(Person("Nao Tanaka", "Tanaka") < ScreeningDefaults.Threshold);
        Assert.True(Company("EP-LDA", "EP-MMC") < ScreeningDefaults.Threshold); // an aircraft's registration, no form
    }

    [Fact]
    public void EndOnlyForms_AreNationalForms() =>
        Assert.All(LegalForms.EndOnlyPhrases, phrase => Assert.True(LegalForms.IsNationalPhrase(phrase), phrase));

    [Fact]
    public void NationalLegalForm_AloneIsKept() => Assert.Equal(1.0, Company("Ltda", "LTDA"));

    // ---- A patronymic only one side has costs a quarter of its weight, as a title does; another middle name half.

    [Theory]
    [InlineData("DYUMIN, Alexey Gennadyevich", "Alexey Dyumin")]
    [InlineData("KLYUYEV, Andriy Petrovych", "KLYUYEV, Andriy")] // Ukrainian
    [InlineData("MIZULINA, Elena Borisovna", "MIZULINA, Elena")]
    [InlineData("KUBRAKOU, Ivan Uladzimiravich", "KUBRAKOU, Ivan")] // Belarusian
    [InlineData("EISMANT, Natallia Mikalaeuna", "EISMANT, Natallia")]
    [InlineData("BIN LADIN, Usama bin Muhammad bin Awad", "BIN LADIN, Usama")] // Arabic nasab
    [InlineData("ALIYEV, Ilham Heydar oglu", "ALIYEV, Ilham")] // Turkic
    public void Patronymic_OnlyOneSideHas_CostsAQuarter(string a, string b)
    {
        var e = s_screener.Compare(a, b, PartyType.Person);
        Assert.True(e.Score >= ScreeningDefaults.Threshold, $"{a} / {b}: {e.Score}");
        Assert.Contains("patronymic", e.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Patronymic_CostsLessThanAnotherMiddleName()
    {
        // The same unknown weight for both middle words (neither is in the sample lists): only the kind differs.
        var patronymic = Person("PETROV, Ivan Sergeyevich", "PETROV, Ivan");
        var middle = Person("PETROV, Ivan Sergeyvich", "PETROV, Ivan");
        Assert.True(patronymic > middle, $"{patronymic} / {middle}");
        Assert.DoesNotContain("patronymic", s_screener.Compare("PETROV, Ivan Sergeyvich", "PETROV, Ivan", PartyType.Person).Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sergeyevich", true)]
    [InlineData("anatoliyovych", true)]
    [InlineData("uladzimiravich", true)]
    [InlineData("borisovna", true)]
    [InlineData("petrivna", true)]
    [InlineData("mikalaeuna", true)]
    [InlineData("jurjewna", true)]
    [InlineData("ivanova", false)] // a family name
    [InlineData("ovich", false)] // too short to be one
    [InlineData("heinrich", false)]
    public void PatronymicWord_ByItsEnding(string word, bool expected) => Assert.Equal(expected, PersonNameParts.IsPatronymicWord(word));

    [Fact]
    public void Patronymic_NotAfterAGivenNameBen() =>
        Assert.DoesNotContain("patronymic", s_screener.Compare("Ben Carson Smith", "Ben Smith", PartyType.Person).Summary, StringComparison.Ordinal);

    [Fact]
    public void Patronymic_InACompanyName_IsAWord() =>
        Assert.True(Company("Ivan Sergeyevich Petrov Trading", "Ivan Petrov Trading") < Person("Ivan Sergeyevich Petrov Trading", "Ivan Petrov Trading"));

    // ---- One word against one word, equal only by a sound key: below the threshold for companies.

    [Theory]
    [InlineData("Sysco", "Zisco")]
    [InlineData("Kone", "Cone")]
    public void OneWordCompanies_EqualBySoundOnly_StayBelowTheThreshold(string a, string b)
    {
        Assert.Equal(NameScorer.OneWordKeyEqual, Company(a, b), 4);
        Assert.True(Company(a + " Logistics", b + " Logistics") > Company(a, b), "another word agreeing keeps the key's credit");
    }

    [Theory]
    [InlineData("Sukhoi Company", "Sukhoy Company")] // other vowels
    [InlineData("Kamov", "Kamow")] // v / w
    [InlineData("Mahan", "Mahhan")] // a doubled letter
    public void OneWordCompanies_RomanizedAnotherWay_KeepTheKey(string a, string b) =>
        Assert.Equal(TokenSimilarity.KeyEqual, Company(a, b), 4);

    [Fact]
    public void OneWordCompanies_ATypoKeepsItsScore() =>
        Assert.Equal(TokenSimilarity.Similarity("kontroles", "controles"), Company("Kontroles", "Controles"), 4);

    // ---- Hangul: a syllable is a name part.

    [Theory]
    [InlineData("김정은", "김정운")]
    [InlineData("김정은", "김정일")]
    [InlineData("이정호", "임정호")] // 이 reads i: a syllable, not the initial of im
    [InlineData("이정호", "IM, Jong Ho")] // nor in the reading of the Hangul (i jong ho)
    [InlineData("김성훈", "김성혼")] // hun / hon: a close vowel, but a Hangul syllable is a name part (no spelling variant)
    public void Hangul_OneSyllableDifferent_IsAnotherPerson(string a, string b) =>
        Assert.True(Person(a, b) < 0.6, $"{a} / {b}: {Person(a, b)}");

    [Fact]
    public void Hangul_SameName_ScoresOne() => Assert.Equal(1.0, Person("김정은", "김 정은"));

    [Fact]
    public void Hangul_NoMiddleNames() => Assert.Equal(0u, PersonNameParts.MiddleMask("손흥민", 3));

    [Fact]
    public void Hangul_OneLetterSyllable_IsNoInitial()
    {
        var name = NameNormalizer.Normalize("이정호");
        Assert.True(name.Syllabic);
        Assert.Contains("i", name.Tokens);
        Assert.False(NameNormalizer.Normalize("И. Иванов").Syllabic); // a Cyrillic initial stays an initial
        Assert.True(Person("И. Иванов", "Иван Иванов") >= 0.85);
    }

    // ---- Romanization: spellings of one consonant skeleton (vowels, half-vowels, h, one source letter's spellings).

    [Theory]
    [InlineData("mohamed", "muhammad")] // o / u, e / a, a doubled letter
    [InlineData("kassem", "qasim")] // q / k, e / i
    [InlineData("ekaterina", "kateryna")] // a vowel only one side writes, i / y
    [InlineData("hosein", "hussayn")] // o / u, e / a, i / y
    [InlineData("kadhim", "kazim")] // dh / z
    [InlineData("sergei", "sergey")] // an ending of e, i or y
    [InlineData("abdallah", "abdalla")] // a final h only one side writes
    [InlineData("sayf", "saif")] // three or four letters: close vowels and doubled letters only
    [InlineData("saad", "sad")]
    [InlineData("issam", "isam")]
    [InlineData("omar", "umar")]
    [InlineData("omer", "umer")]
    [InlineData("adel", "adil")]
    public void Spelling_VariantsOfOneSkeleton_GetCreditBelowAKey(string a, string b)
    {
        var sim = TokenSimilarity.Spelling(a, b);
        Assert.InRange(sim, TokenSimilarity.MinSpelling, TokenSimilarity.MaxSpelling);
        Assert.Equal(sim, TokenSimilarity.Spelling(b, a));
    }

    [Theory]
    [InlineData("hassan", "hussein")] // Hasan and Husayn: two names
    [InlineData("hassan", "hussain")]
    [InlineData("hasan", "husayn")]
    [InlineData("mahmood", "mohammed")] // Mahmud and Muhammad: two names
    [InlineData("salman", "sulaiman")]
    [InlineData("martin", "morton")] // a / o: a change as costly as any edit
    [InlineData("moreno", "marino")]
    [InlineData("manan", "mamun")] // n / m: consonants of two classes
    [InlineData("susan", "sinan")]
    [InlineData("abdul", "abdullah")] // a final h dropped, the endings still differ
    [InlineData("ahmad", "hamed")]
    [InlineData("mahmoud", "mohammed")]
    [InlineData("daniel", "daniela")] // an ending only one side has
    [InlineData("abbas", "abbasi")]
    [InlineData("maria", "mario")] // another vowel at the end
    [InlineData("ovironment", "aerovironment")] // a consonant only one side has (r-o-r runs together in the skeleton)
    [InlineData("sad", "said")] // three or four letters: a vowel only one side writes is another name (Sa'd / Sa'id)
    [InlineData("kurd", "kird")] // u / i: not close vowels
    [InlineData("chen", "chin")] // two Chinese syllables: other syllables
    [InlineData("lina", "lena")] // both read as pinyin syllables (li na, le na)
    [InlineData("egor", "igor")] // a short name's first letter e for i: another name
    [InlineData("emre", "imre")]
    public void Spelling_OtherNames_GetNone(string a, string b) => Assert.Equal(0f, TokenSimilarity.Spelling(a, b));

    [Fact]
    public void Spelling_RaisesPersonsNamesOnly()
    {
        Assert.True(Person("Hosein Dehghan", "Hussayn Dehghan") >= 0.85);
        Assert.True(Person("Kassem Soleimani", "Qasim Soleimani") >= 0.85);
        Assert.True(Person("Hassan Ali", "Hussein Ali") < 0.5);
        Assert.True(Person("Hassan Ali", "Hussain Ali") < 0.5);
        Assert.True(Person("Mahmood Ahmed", "Mohammed Ahmed") < 0.5);

        // Brands that differ by a vowel are other companies (Mattel / Mitel): no spelling credit outside persons' names.
        Assert.True(Company("Mattel Inc", "Mitel Inc") < 0.5);
    }

    [Fact]
    public void Spelling_ShortNamesOfPersons()
    {
        Assert.True(Person("AL-ADL, Sayf", "AL-ADL, Saif") >= ScreeningDefaults.Threshold);
        Assert.True(Person("SAAD, Issam Ahmad", "SAD, Isam Ahmad") >= ScreeningDefaults.Threshold);
        Assert.True(Person("Omer Khalid", "Umer Khalid") >= ScreeningDefaults.Threshold);
        Assert.True(Person("Sad Muhammad", "Said Muhammad") < 0.5); // Sa'd and Sa'id are two names
    }

    [Fact]
    public void Spelling_NotAgainstAListedNamesReading()
    {
        // A listed name written in another script is also indexed by the library's reading of it, whose spellings the
        // reading varies already: the query is not compared with it letter by letter.
        var listed = NameNormalizer.Normalize("Ali Kazimi");
        var table = TokenTable.Build([listed]);
        var query = new CompiledName(NameNormalizer.Normalize("Ali Kadhimi"), table, text: "Ali Kadhimi");
        var asName = NameScorer.Explain(query, new CompiledName(listed, table, text: "Ali Kazimi"), persons: true);
        var asReading = NameScorer.Explain(query, new CompiledName(listed, table, text: "Ali Kazimi", reading: true), persons: true);
        Assert.True(asName.Score >= 0.85, asName.Summary);
        Assert.True(asReading.Score < 0.85, asReading.Summary);
    }

    [Theory]
    [InlineData("Gazpro M", "Gazprom")] // gazpro / gazprom is a one-letter typo; gazpro + m is gazprom exactly
    [InlineData("Aer-oVironment, Inc.", "AeroVironment, Inc.")]
    public void Joins_AlignBeforeFuzzyPairs(string a, string b) => Assert.Equal(1.0, Company(a, b));

    // ---- Initials: a compound given name by its initials.

    [Theory]
    [InlineData("J.-P. Dubois", "Jean-Pierre Dubois")]
    [InlineData("JP Dubois", "Jean Pierre Dubois")]
    [InlineData("Dubois, J.-P.", "Jean-Pierre Dubois")]
    [InlineData("J.-M. Dupont", "Jean-Marie Dupont")]
    public void CompoundInitials_MatchTheGivenNames(string a, string b)
    {
        var score = Person(a, b);
        Assert.InRange(score, 0.85, 0.95); // an initial says less than the name: below an exact match
        Assert.True(Person(a, b.Replace("Dubois", "Durand", StringComparison.Ordinal).Replace("Dupont", "Durand", StringComparison.Ordinal)) < 0.6);
    }

    [Fact]
    public void CompoundInitials_NotInCompanyNamesNorAgainstOtherInitials()
    {
        Assert.True(Person("JP Trading", "Jean Pierre Trading") >= 0.85); // the persons' rule ...
        Assert.True(Company("JP Trading", "Jean Pierre Trading") < 0.85); // ... not a company's
        Assert.True(Person("JP Dubois", "Jean Marc Dubois") < 0.85);
    }

    [Theory]
    [InlineData("Samuel John Robert Knowles", "KNOWLES, JR., Samuel")] // Jr is junior
    [InlineData("Khin Maung Gyi Yi", "YI, Khin Mg")] // Mg is the Burmese Maung, one word
    [InlineData("Mohamed Dahir Ali", "Md Ali")] // Md is Muhammad
    [InlineData("Sheikh Kamal Hasina", "Sk Hasina")]
    public void CompoundInitials_NotOneWordAbbreviations(string a, string b)
    {
        Assert.True(Person(a, b) < 0.85, $"{a} / {b}: {Person(a, b)}");
        Assert.False(NameScorer.IsCompoundInitial(NameNormalizer.Normalize(b).Tokens.First(t => t.Length is 2 or 3)));
    }

    // ---- Romanization of Chinese names: pinyin against Wade-Giles without apostrophes.

    [Theory]
    [InlineData("deng", "teng")] // d and t: Wade-Giles writes both t
    [InlineData("xiaoping", "hsiaoping")]
    [InlineData("jiang", "chiang")]
    [InlineData("zedong", "tsetung")]
    [InlineData("jingguo", "chingkuo")]
    [InlineData("zhou", "chou")]
    public void ChineseKey_PinyinAndWadeGiles_Agree(string pinyin, string wade)
    {
        Assert.NotNull(ChineseRomanization.Key(pinyin));
        Assert.Equal(ChineseRomanization.Key(pinyin), ChineseRomanization.Key(wade));
        Assert.Contains(pinyin, ChineseRomanization.Spellings(ChineseRomanization.Key(wade)!));
    }

    [Theory]
    [InlineData("smith")]
    [InlineData("robert")]
    [InlineData("xiaopingxiaoping")] // more than three syllables
    public void ChineseKey_OtherWords_HaveNone(string word) => Assert.Null(ChineseRomanization.Key(word));

    [Theory]
    [InlineData("Teng Hsiao-ping", "Deng Xiaoping")]
    [InlineData("Chiang Ching-kuo", "Jiang Jingguo")]
    [InlineData("Mao Tse-tung", "Mao Zedong")]
    public void WadeGiles_ChinesePersonsNames_MatchTheirPinyin(string wade, string pinyin)
    {
        Assert.InRange(Person(wade, pinyin), 0.85, 0.95); // one name romanized another way: review, not strong
        Assert.InRange(Person(pinyin, wade), 0.85, 0.95);
    }

    [Fact]
    public void WadeGiles_OnlyWhenBothNamesAreChineseSyllables()
    {
        Assert.True(Person("Dan Smith", "Tan Smith") < 0.85); // Smith is no syllable: no key comparison
        Assert.True(Person("Deng Xiaoping", "Deng Xiaolin") < 0.85); // another given name
        Assert.True(Company("Deng Trading", "Teng Trading") < 0.85); // companies: no key comparison
        Assert.True(NameNormalizer.Normalize("안중근").Syllabic); // a Hangul name is syllabic, which the Chinese keys skip (NameView.IsSinitic)
    }

    // ---- Qualifiers naming a related entity: a country subsidiary or a branch.

    [Theory]
    [InlineData("Citibank", "Citibank Korea", "korea")]
    [InlineData("Citibank N.A.", "Citibank N.A. Hong Kong Branch", "hong kong branch")]
    [InlineData("Bank Melli Iran UK", "Bank Melli Iran", "uk")]
    public void PlaceOrBranch_IsExplainedAsARelatedParty(string a, string b, string extra)
    {
        var explanation = s_screener.Compare(a, b, PartyType.Organization);
        Assert.True(explanation.Score < 1);
        Assert.Contains($"({extra}): a branch or a country subsidiary of the same name, a related but distinct party", explanation.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Citibank", "Citibank Holdings")] // not a place
    [InlineData("Acme Trading", "Acme Korea")] // a word differs on both sides
    public void OtherExtraWords_AreNoRelatedParty(string a, string b) =>
        Assert.DoesNotContain("related but distinct", s_screener.Compare(a, b, PartyType.Organization).Summary, StringComparison.Ordinal);

    [Fact]
    public void PlaceQualifiers_ReadCountryNamesAndBranchWords()
    {
        Assert.True(PlaceQualifiers.AreQualifiers(["korea"])); // "Korea, South" read before its comma
        Assert.True(PlaceQualifiers.AreQualifiers(["hong", "kong", "branch"]));
        Assert.True(PlaceQualifiers.AreQualifiers(["united", "kingdom", "office"]));
        Assert.False(PlaceQualifiers.AreQualifiers(["holdings"]));
        Assert.False(PlaceQualifiers.AreQualifiers(["hong"]));
        Assert.False(PlaceQualifiers.AreQualifiers([]));
    }
}
