using EntityScreen.Tests.Loading;

namespace EntityScreen.Tests.Screening;

/// <summary>Screening by example: identifiers, dates of birth, nationality and gender beside the name (issue 16).</summary>
public class EvidenceScreeningTests
{
    private static BirthDate Dob(string text) => BirthDate.TryParse(text, out var d, out var e) ? d! : throw new ArgumentException(e);

    private static QueryIdentifier Id(string text) => QueryIdentifier.TryParse(text, out var id, out _) ? id! : throw new ArgumentException(text);

    /// <summary>Two listed persons of one name with different dates of birth, a vessel, a company with a wallet, fillers.</summary>
    private static Screener Sample()
    {
        var kim1 = TestLists.Party("SDN:101", "SDN", PartyType.Person, "KIM, Yong Chol") with
        {
            BirthDates = [Dob("1962-03-10")],
            DatesOfBirth = ["10 Mar 1962"],
            Nationalities = ["KP"],
            Gender = Gender.Male,
            Identifiers = [new PartyIdentifier("Passport", "PD654321", "KP") { Kind = IdentifierKind.Passport }],
        };
        var kim2 = TestLists.Party("SDN:102", "SDN", PartyType.Person, "KIM, Yong Chol") with
        {
            BirthDates = [Dob("1985")],
            Nationalities = ["KP"],
            Gender = Gender.Male,
        };
        var vessel = TestLists.Party("SDN:103", "SDN", PartyType.Vessel, "OCEAN STAR") with
        {
            Identifiers = [new PartyIdentifier("Vessel Registration Identification", "9187629", null) { Kind = IdentifierKind.Imo }],
        };
        var exchange = TestLists.Party("SDN:104", "SDN", PartyType.Organization, "EXAMPLE EXCHANGE LLC") with
        {
            Identifiers =
            [
                new PartyIdentifier("Digital Currency Address", "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", null) { Kind = IdentifierKind.DigitalCurrencyAddress, Currency = "XBT" },
                new PartyIdentifier("Digital Currency Address", "0x098B716B8Aaf21512996dC57EB0615e2383E2f96", null) { Kind = IdentifierKind.DigitalCurrencyAddress, Currency = "ETH" },
                new PartyIdentifier("Registration Number", "77001234", "RU") { Kind = IdentifierKind.Registration },
            ],
        };
        var fillers = Enumerable.Range(0, 30).Select(i => TestLists.Party($"EL:{i}", "EL", PartyType.Organization, $"Filler Trading {i} Company")).ToArray();
        return Screener.Create([TestLists.Snapshot([kim1, kim2, vessel, exchange, .. fillers])]);
    }

    [Fact]
    public void NameOnly_SameNamePersons_BothStrong()
    {
        var result = Sample().Screen(new ScreeningQuery("Kim Yong Chol"));
        Assert.Equal(2, result.Matches.Count(m => m.Band == MatchBand.Strong));
        Assert.All(result.Matches, m => Assert.Empty(m.Explanation.Evidence));
    }

    [Fact]
    public void RightDateOfBirth_KeepsExactNameStrong_WrongOneIsReviewNotHidden()
    {
        var result = Sample().Screen(new ScreeningQuery("Kim Yong Chol") { DatesOfBirth = [Dob("1962-03-10")] });
        var right = Assert.Single(result.Matches, m => m.Party.Id == "SDN:101");
        var other = Assert.Single(result.Matches, m => m.Party.Id == "SDN:102");
        Assert.Equal(MatchBand.Strong, right.Band);
        Assert.Equal(EvidenceEffect.Supports, Assert.Single(right.Explanation.Evidence).Effect);
        Assert.Equal(MatchBand.Review, other.Band);
        Assert.True(other.Score >= ScreeningDefaults.Threshold && other.Score < ScreeningDefaults.StrongThreshold, $"{other.Score}");
        var contradiction = Assert.Single(other.Explanation.Evidence);
        Assert.Equal(EvidenceEffect.Contradicts, contradiction.Effect);
        Assert.Contains("22 years", contradiction.Detail, StringComparison.Ordinal);
        Assert.Equal(1.0, other.Explanation.NameScore);
        Assert.Equal(other.Score, other.Explanation.Score);
        Assert.Equal("SDN:101", result.Matches[0].Party.Id);
    }

    [Fact]
    public void YearOnlyListedDate_AgreesWithAnyDayOfThatYear()
    {
        var result = Sample().Screen(new ScreeningQuery("Kim Yong Chol") { DatesOfBirth = [Dob("1985-07-01")] });
        Assert.Equal(MatchBand.Strong, result.Matches.Single(m => m.Party.Id == "SDN:102").Band);
        Assert.Equal(MatchBand.Review, result.Matches.Single(m => m.Party.Id == "SDN:101").Band);
    }

    [Fact]
    public void ClearContradictedMatches_ClearsOnlyWhenTheOptionIsOn()
    {
        var screener = Screener.Create(Sample().Lists, new ScreeningOptions { ClearContradictedMatches = true });
        var result = screener.Screen(new ScreeningQuery("Kim Yong Chol") { DatesOfBirth = [Dob("1962")] });
        Assert.Equal("SDN:101", Assert.Single(result.Matches).Party.Id);
    }

    [Fact]
    public void DateOfBirth_LiftsATypoedNameMatch()
    {
        var screener = Sample();
        var plain = screener.Screen(new ScreeningQuery("Kim Yong Chul") { Threshold = 0.5 }).Matches.Single(m => m.Party.Id == "SDN:101");
        var lifted = screener.Screen(new ScreeningQuery("Kim Yong Chul") { Threshold = 0.5, DatesOfBirth = [Dob("10 Mar 1962")] }).Matches.Single(m => m.Party.Id == "SDN:101");
        Assert.True(lifted.Score > plain.Score, $"{lifted.Score} <= {plain.Score}");
        Assert.Equal(plain.Score, lifted.Explanation.NameScore, 6);
    }

    [Fact]
    public void NationalityAndGender_DifferingLowerAScoreALittle_AndNeverHide()
    {
        var result = Sample().Screen(new ScreeningQuery("Kim Yong Chol") { Nationalities = ["CN"], Gender = Gender.Female });
        Assert.Equal(2, result.Matches.Count);
        Assert.All(result.Matches, m =>
        {
            Assert.Equal(1.0 - EvidenceScorer.NationalityCost - EvidenceScorer.GenderCost, m.Score, 6);
            Assert.Equal(2, m.Explanation.Evidence.Count(e => e.Effect == EvidenceEffect.Contradicts));
        });
    }

    [Theory]
    [InlineData("IMO 9187629")]
    [InlineData("imo9187629")]
    [InlineData("IMO 918-7629")]
    [InlineData("Vessel Registration Identification IMO 9187629")]
    public void TypedImo_FindsARenamedVessel_Strong(string id)
    {
        var result = Sample().Screen(new ScreeningQuery("SEA BREEZE") { Identifiers = [Id(id)] });
        var match = Assert.Single(result.Matches);
        Assert.Equal("SDN:103", match.Party.Id);
        Assert.Equal(MatchBand.Strong, match.Band);
        Assert.Equal("OCEAN STAR", match.MatchedName.Value);
        Assert.Equal(EvidenceEffect.IdentifierMatch, Assert.Single(match.Explanation.Evidence).Effect);
        Assert.Contains("name differs", match.Explanation.Summary, StringComparison.Ordinal);
        Assert.Equal("identifier", match.Explanation.Method);
    }

    [Fact]
    public void IdentifierAlone_WithoutAName_FindsTheParty()
    {
        var match = Assert.Single(Sample().Screen(new ScreeningQuery(string.Empty) { Identifiers = [Id("IMO 9187629")] }).Matches);
        Assert.Equal("SDN:103", match.Party.Id);
        Assert.Equal("OCEAN STAR", match.MatchedName.Value);
        Assert.Equal(0, match.Explanation.NameScore);
    }

    [Fact]
    public void VesselWithTheNameButAnotherValidImo_GoesToReviewWithTheReason()
    {
        // 9074729 passes the IMO check digit and is not the listed 9187629.
        Assert.True(IdentifierNumbers.ImoCheckDigitValid("9074729"));
        var match = Assert.Single(Sample().Screen(new ScreeningQuery("Ocean Star") { Identifiers = [Id("IMO 9074729")] }).Matches);
        Assert.Equal(MatchBand.Review, match.Band);
        Assert.Contains(match.Explanation.Evidence, e => e.Effect == EvidenceEffect.Contradicts && e.Kind == "identifier:imo");
    }

    [Fact]
    public void BareNumber_MatchesAnyKind_AsReview_WithTheKindShown()
    {
        var match = Assert.Single(Sample().Screen(new ScreeningQuery("Unrelated Name") { Identifiers = [Id("77-001-234")] }).Matches);
        Assert.Equal("SDN:104", match.Party.Id);
        Assert.Equal(MatchBand.Review, match.Band);
        Assert.Equal("identifier:registration", Assert.Single(match.Explanation.Evidence).Kind);
    }

    [Fact]
    public void DifferentPassport_NeverLowersTheScore()
    {
        var match = Sample().Screen(new ScreeningQuery("Kim Yong Chol") { Identifiers = [Id("Passport 123456789")] }).Matches.Single(m => m.Party.Id == "SDN:101");
        Assert.Equal(1.0, match.Score);
        Assert.Equal(EvidenceEffect.NotComparable, Assert.Single(match.Explanation.Evidence).Effect);
    }

    [Fact]
    public void Base58Address_IsCaseSensitive_HexAddressIsNot()
    {
        var screener = Sample();
        Assert.Single(screener.Screen(new ScreeningQuery(string.Empty) { Identifiers = [Id("XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h")] }).Matches);
        Assert.Empty(screener.Screen(new ScreeningQuery(string.Empty) { Identifiers = [Id("XBT 12qtd5bfwrsdnsazy76uve1xycgntojh9h")] }).Matches);
        Assert.Single(screener.Screen(new ScreeningQuery(string.Empty) { Identifiers = [Id("ETH 0x098b716b8aaf21512996dc57eb0615e2383e2f96")] }).Matches);
    }

    [Fact]
    public void LookAlikeNumbers_DoNotMatch()
    {
        var screener = Sample();
        foreach (var id in new[] { "IMO 9187620", "IMO 9817629", "XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9i", "77001235" })
        {
            Assert.Empty(screener.Screen(new ScreeningQuery(string.Empty) { Identifiers = [Id(id)] }).Matches);
        }
    }

    [Fact]
    public void IdentifierHits_RespectTheQueryFilters()
    {
        var result = Sample().Screen(new ScreeningQuery(string.Empty) { Identifiers = [Id("IMO 9187629")], ListCodes = ["EL"] });
        Assert.Empty(result.Matches);
    }

    [Fact]
    public void PartyWithNoIndexedName_ReachedByItsIdentifier_IsReported()
    {
        var unnamed = TestLists.Party("SDN:200", "SDN", PartyType.Vessel, "***") with
        {
            Identifiers = [new PartyIdentifier("Vessel Registration Identification", "9876543", null) { Kind = IdentifierKind.Imo }],
        };
        var screener = Screener.Create([TestLists.Snapshot([unnamed, .. Enumerable.Range(0, 5).Select(i => TestLists.Party($"EL:{i}", "EL", PartyType.Organization, $"Filler {i} Company"))])]);
        foreach (var name in new[] { string.Empty, "Ocean Star" })
        {
            var match = Assert.Single(screener.Screen(new ScreeningQuery(name) { Identifiers = [Id("IMO 9876543")] }).Matches);
            Assert.Equal("SDN:200", match.Party.Id);
            Assert.Equal("***", match.MatchedName.Value);
            Assert.Equal(MatchBand.Strong, match.Band);
            Assert.Equal(match.Score, match.Explanation.Score);
            Assert.Equal(0, match.Explanation.NameScore);
        }
    }

    [Fact]
    public void IdentifierOnlyQuery_SaysNoNameWasGiven()
    {
        var match = Assert.Single(Sample().Screen(new ScreeningQuery(string.Empty) { Identifiers = [Id("IMO 9187629")] }).Matches);
        Assert.EndsWith("no name given", match.Explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ADateADayOff_OrDayAndMonthSwapped_IsNoContradiction()
    {
        var screener = Sample();
        foreach (var dob in new[] { "1962-03-11", "1962-10-03" })
        {
            var match = screener.Screen(new ScreeningQuery("Kim Yong Chol") { DatesOfBirth = [Dob(dob)] }).Matches.Single(m => m.Party.Id == "SDN:101");
            Assert.Equal(MatchBand.Strong, match.Band);
            Assert.Contains(match.Explanation.Evidence, e => e.Kind == "date-of-birth" && e.Effect == EvidenceEffect.NotComparable);
        }
    }

    [Fact]
    public void ContradictedMatches_KeepTheOrderOfTheirNames()
    {
        // Both persons' dates disagree; the exact name stays above the typo, both in review.
        var result = Sample().Screen(new ScreeningQuery("Kim Yong Chol") { DatesOfBirth = [Dob("1930")], Threshold = 0.85 });
        Assert.All(result.Matches, m => Assert.Equal(MatchBand.Review, m.Band));
        var typo = Sample().Screen(new ScreeningQuery("Kim Yong Chul") { DatesOfBirth = [Dob("1930")], Threshold = 0.5 }).Matches[0];
        Assert.True(result.Matches[0].Score > typo.Score, $"{result.Matches[0].Score} <= {typo.Score}");
    }

    [Fact]
    public void TypedIdentifier_IsReportedAboveAHighQueryThreshold()
    {
        var match = Assert.Single(Sample().Screen(new ScreeningQuery(string.Empty) { Identifiers = [Id("IMO 9187629")], Threshold = 0.99 }).Matches);
        Assert.True(match.Score >= 0.99);
    }

    [Fact]
    public void TypedIdentifier_FromAnotherIssuingCountry_IsReview()
    {
        var match = Sample().Screen(new ScreeningQuery(string.Empty) { Identifiers = [Id("Passport PD654321 (Iran)")] }).Matches.Single();
        Assert.Equal(MatchBand.Review, match.Band);
        Assert.Contains("issued by KP", match.Explanation.Summary, StringComparison.Ordinal);
        Assert.Equal(MatchBand.Strong, Sample().Screen(new ScreeningQuery(string.Empty) { Identifiers = [Id("Passport PD654321 (North Korea)")] }).Matches.Single().Band);
    }

    [Fact]
    public void ListedIdentifierOfKindOther_MatchesATypedOneOnlyUnderItsOwnLabel()
    {
        var bank = TestLists.Party("SDN:300", "SDN", PartyType.Organization, "EXAMPLE BANK") with
        {
            Identifiers = [new PartyIdentifier("BIK (RU)", "044525999", null) { Kind = IdentifierKind.Other }],
        };
        var screener = Screener.Create([TestLists.Snapshot([bank, .. Enumerable.Range(0, 5).Select(i => TestLists.Party($"EL:{i}", "EL", PartyType.Organization, $"Filler {i} Company"))])]);
        Assert.Equal(MatchBand.Review, screener.Screen(new ScreeningQuery(string.Empty) { Identifiers = [Id("Passport 044525999")] }).Matches.Single().Band);
        Assert.Equal(MatchBand.Strong, screener.Screen(new ScreeningQuery(string.Empty) { Identifiers = [Id("BIK (RU) 044525999")] }).Matches.Single().Band);
    }

    [Fact]
    public void CslFirstDayDates_AreTheirMonthOrYear()
    {
        using var temp = new TempFiles();
        var path = temp.Write("sample.csv", "\"_id\",\"source\",\"entity_number\",\"type\",\"name\",\"dates_of_birth\"\n"
            + "\"1\",\"Specially Designated Nationals (SDN) - Treasury Department\",\"1\",\"Individual\",\"QUOLVEN, Teodric\",\"1980-12-01; 1964-01-01; 1970-05-17\"\n");
        var party = Assert.Single(ListLoader.Load(path).Parties);
        Assert.Equal([DatePrecision.Month, DatePrecision.Year, DatePrecision.Day], party.BirthDates.Select(d => d.Precision));
        var screener = Screener.Create([ListLoader.Load(path)]);
        Assert.Equal(MatchBand.Strong, screener.Screen(new ScreeningQuery("Teodric Quolven") { DatesOfBirth = [Dob("1980-12-15")] }).Matches.Single().Band);
    }

    [Fact]
    public void SecondDateOfBirth_LiftsAsItWouldAlone()
    {
        // A first date that misses a person in the same year must not hide the second date that agrees with them.
        var screener = Sample();
        var alone = screener.Screen(new ScreeningQuery("Kim Yung Chal") { DatesOfBirth = [Dob("1962-03-10")] }).Matches.Single(m => m.Party.Id == "SDN:101");
        var plain = screener.Screen(new ScreeningQuery("Kim Yung Chal") { Threshold = 0.5 }).Matches.Single(m => m.Party.Id == "SDN:101");
        Assert.True(plain.Score < ScreeningDefaults.Threshold, $"the name alone must be under the threshold for this test: {plain.Score}");
        var both = screener.Screen(new ScreeningQuery("Kim Yung Chal") { DatesOfBirth = [Dob("1962-06-20"), Dob("1962-03-10")] }).Matches.Single(m => m.Party.Id == "SDN:101");
        Assert.Equal(alone.Score, both.Score);
    }
}
