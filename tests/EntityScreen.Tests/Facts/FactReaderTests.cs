using System.Text;
using EntityScreen.Tests.Loading;

namespace EntityScreen.Tests.Facts;

/// <summary>
/// The facts beyond names as loaders type them, from small sample files written to a temporary folder. Every name,
/// number and address below is invented for these tests (SAMPLE …); none is a listed party's.
/// </summary>
public class FactReaderTests
{
    // Invented sample values with the published shapes: an IMO ship number with a valid check digit, a seven-digit
    // company number, a 34-character base58 address.
    private const string SampleImo = "9123453";
    private const string SampleCompanyImo = "5012345";
    private const string SampleXbt = "1SaMPLeAddRessXBTqqqqqqqqqqqqqqqqq";
    private const string SampleXbt2 = "1SaMPLeSeCondAddRessqqqqqqqqqqqqqq";

    private static byte[] Dos(params string[] lines) =>
        Encoding.ASCII.GetBytes(string.Concat(lines.Select(l => l + "\r\n")) + "\u001a");

    /// <summary>An OFAC sdn.csv row: ent_num, name, type and remarks; the other columns hold the -0- placeholder.</summary>
    private static string OfacRow(int entNum, string name, string? type, string remarks) =>
        $"{entNum},\"{name}\",{(type is null ? "-0- " : $"\"{type}\"")},\"SAMPLE\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"{remarks}\"";

    private static (ListSnapshot Snapshot, FactsReport Facts, string Path) LoadOfacSample(TempFiles temp)
    {
        var path = temp.WriteBytes("sdn.csv", Dos(
            OfacRow(900, "SAMPLE TANKER", "vessel", $"Vessel Registration Identification IMO {SampleImo}; Other Vessel Type Crude Oil Tanker; Linked To: SAMPLE SHIPPING CO."),
            OfacRow(901, "SAMPLE SHIPPING CO", null,
                $"Company Number IMO {SampleCompanyImo}; Sample register entry 42 of 2019; Digital Currency Address - XBT {SampleXbt}; Sample free text remark; alt. Digital Currency Address - XBT {SampleXbt2}."),
            OfacRow(902, "SAMPLE, Person", "individual",
                "DOB circa 1951; POB Sample City; nationality Russia; Gender Female; Passport A123456 (Iran) issued 01 Jan 2010 expires 31 Dec 2019; a.k.a. 'SAMPLE ALIAS'; Linked To: SAMPLE SHIPPING CO.")));
        var snapshot = ListLoader.Load(path);
        return (snapshot, Assert.Single(snapshot.Report.Files).Facts, path);
    }

    private static ListedParty Party(ListSnapshot snapshot, string id) => Assert.Single(snapshot.Parties, p => p.Id == id);

    [Fact]
    public void OfacRemarks_VesselImo_IsAShipsImoNumberWithoutThePrefix()
    {
        using var temp = new TempFiles();
        var (snapshot, facts, _) = LoadOfacSample(temp);

        var vessel = Party(snapshot, "SDN:900");
        var imo = Assert.Single(vessel.Identifiers);
        Assert.Equal(new PartyIdentifier("Vessel Registration Identification", SampleImo, null) { Kind = IdentifierKind.Imo }, imo);
        Assert.Equal(1, facts.Identifiers[IdentifierKind.Imo]);
        Assert.Contains(new PartyFact("Linked To:", "SAMPLE SHIPPING CO"), vessel.Facts);
        Assert.Contains(new PartyFact("Other Vessel Type", "Crude Oil Tanker"), vessel.Facts);
    }

    [Fact]
    public void OfacRemarks_CompanyImo_IsACompanyImoNumber()
    {
        using var temp = new TempFiles();
        var (snapshot, facts, _) = LoadOfacSample(temp);

        var company = Party(snapshot, "SDN:901");
        Assert.Contains(new PartyIdentifier("Company Number", SampleCompanyImo, null) { Kind = IdentifierKind.CompanyImo }, company.Identifiers);
        Assert.DoesNotContain(company.Identifiers, i => i.Kind == IdentifierKind.Imo);
        Assert.Equal(1, facts.Identifiers[IdentifierKind.CompanyImo]);
    }

    [Fact]
    public void OfacRemarks_DigitalCurrencyAddress_KeepsItsCurrency()
    {
        using var temp = new TempFiles();
        var (snapshot, facts, _) = LoadOfacSample(temp);

        var company = Party(snapshot, "SDN:901");
        var addresses = company.Identifiers.Where(i => i.Kind == IdentifierKind.DigitalCurrencyAddress).ToArray();
        Assert.Equal(
            [
                new PartyIdentifier("Digital Currency Address", SampleXbt, null) { Kind = IdentifierKind.DigitalCurrencyAddress, Currency = "XBT" },
                new PartyIdentifier("Digital Currency Address", SampleXbt2, null) { Kind = IdentifierKind.DigitalCurrencyAddress, Currency = "XBT" },
            ],
            addresses);
        Assert.Equal(2, facts.Identifiers[IdentifierKind.DigitalCurrencyAddress]);
    }

    [Fact]
    public void OfacRemarks_Passport_HasCountryIssueAndExpiry()
    {
        using var temp = new TempFiles();
        var (snapshot, facts, _) = LoadOfacSample(temp);

        var person = Party(snapshot, "SDN:902");
        var passport = Assert.Single(person.Identifiers);
        Assert.Equal(
            new PartyIdentifier("Passport", "A123456", "IR") { Kind = IdentifierKind.Passport, Issued = "01 Jan 2010", Expires = "31 Dec 2019" },
            passport);
        Assert.Equal(1, facts.Identifiers[IdentifierKind.Passport]);
    }

    [Fact]
    public void OfacRemarks_GenderNationalityDateOfBirthAndFacts_AreTyped()
    {
        using var temp = new TempFiles();
        var (snapshot, facts, _) = LoadOfacSample(temp);

        var person = Party(snapshot, "SDN:902");
        Assert.Equal(Gender.Female, person.Gender);
        Assert.Equal(["RU"], person.Nationalities);
        Assert.Contains("RU", person.Countries);
        Assert.Equal(["circa 1951"], person.DatesOfBirth);
        var dob = Assert.Single(person.BirthDates);
        Assert.True(dob.Circa);
        Assert.Equal(new DateOnly(1951 - BirthDate.CircaToleranceYears, 1, 1), dob.From);
        Assert.Equal(new DateOnly(1951 + BirthDate.CircaToleranceYears, 12, 31), dob.To);
        Assert.Contains(new PartyFact("Linked To:", "SAMPLE SHIPPING CO"), person.Facts);
        Assert.Contains(new PartyFact("POB", "Sample City"), person.Facts);
        Assert.Contains(person.Names, n => n.Value == "SAMPLE ALIAS" && n.Kind == NameKind.Weak);
        Assert.Empty(person.UnparsedFacts);

        Assert.Equal(1, facts.DatesOfBirth);
        Assert.Equal(1, facts.Nationalities);
        Assert.Equal(1, facts.Genders);
        Assert.Equal(4, facts.OtherFacts); // two Linked To, Other Vessel Type and POB
        Assert.Equal(1, facts.FreeTextRemarks);
        Assert.Equal(5, facts.IdentifiersTotal); // IMO, company IMO, two addresses, passport
    }

    [Fact]
    public void OfacRemarks_NumberWithoutAKnownLabel_IsReportedUnparsedWithItsPlace()
    {
        using var temp = new TempFiles();
        var (snapshot, facts, path) = LoadOfacSample(temp);

        var unparsed = Assert.Single(facts.Unparsed);
        Assert.Equal(path, unparsed.File);
        Assert.Equal(2, unparsed.Line);
        Assert.Equal("SDN:901", unparsed.PartyId);
        Assert.Equal("Remarks", unparsed.Column);
        Assert.Equal("Sample register entry 42 of 2019", unparsed.Text);
        Assert.False(string.IsNullOrWhiteSpace(unparsed.Reason));
        Assert.Contains("SDN:901", unparsed.ToString(), StringComparison.Ordinal);
        Assert.Equal(["Sample register entry 42 of 2019"], Party(snapshot, "SDN:901").UnparsedFacts);

        // The free-text remark without a digit is counted, not reported.
        Assert.DoesNotContain(facts.Unparsed, u => u.Text.Contains("free text", StringComparison.Ordinal));
    }

    [Fact]
    public void OfacRemarks_DateOfBirthNotRead_IsReportedUnparsed()
    {
        using var temp = new TempFiles();
        var path = temp.WriteBytes("sdn.csv", Dos(OfacRow(910, "SAMPLE, Other", "individual", "DOB 31/02/1980; DOB 1980")));

        var snapshot = ListLoader.Load(path);

        var facts = Assert.Single(snapshot.Report.Files).Facts;
        Assert.Equal(1, facts.DatesOfBirth);
        var unparsed = Assert.Single(facts.Unparsed);
        Assert.Equal(new UnparsedFact(path, 1, "SDN:910", "Remarks", "31/02/1980", unparsed.Reason), unparsed);
        var party = Assert.Single(snapshot.Parties);
        Assert.Equal(["31/02/1980", "1980"], party.DatesOfBirth);
        Assert.Equal(new DateOnly(1980, 1, 1), Assert.Single(party.BirthDates).From);
    }

    /// <summary>
    /// A remark that starts with a label but holds no number is no identifier: it is reported, as the loader reports an
    /// identifier without a number. (The SDN file of 2024-05-03 has three such passport remarks.)
    /// </summary>
    [Fact]
    public void OfacRemarks_LabelFollowedByASentenceWithoutANumber_IsNoIdentifier()
    {
        using var temp = new TempFiles();
        var path = temp.WriteBytes("sdn.csv", Dos(OfacRow(920, "SAMPLE, Third", "individual", "Passport issued in Sample City, Exampleland; DOB 1970")));

        var snapshot = ListLoader.Load(path);

        var party = Assert.Single(snapshot.Parties);
        Assert.Empty(party.Identifiers);
        var facts = Assert.Single(snapshot.Report.Files).Facts;
        Assert.Equal(0, facts.IdentifiersTotal);
        Assert.Contains(facts.Unparsed, u => u.Text == "Passport issued in Sample City, Exampleland" && u.PartyId == "SDN:920");
    }

    /// <summary>
    /// <c>issued</c> followed by no date (<c>issued under the name …</c>) gives no issue date. (The SDN file of
    /// 2024-05-03 has two such passport remarks; in one the text before it also holds a national ID number.)
    /// </summary>
    [Fact]
    public void OfacRemarks_IssuedFollowedByNoDate_IsNoIssueDate()
    {
        using var temp = new TempFiles();
        var path = temp.WriteBytes("sdn.csv", Dos(OfacRow(921, "SAMPLE, Fourth", "individual", "Passport S1234567 issued under the name SAMPLE OTHER NAME")));

        var snapshot = ListLoader.Load(path);

        var party = Assert.Single(snapshot.Parties);
        Assert.All(party.Identifiers, i => Assert.True(i.Issued is null || RawDates.IsWellFormed(i.Issued), $"issued '{i.Issued}'"));
        Assert.All(party.Identifiers, i => Assert.DoesNotContain("under the name", i.Number, StringComparison.Ordinal));
    }

    // --- CSL ids ---------------------------------------------------------------------------------------------------

    private static readonly string[] s_columns28 =
    [
        "source", "entity_number", "type", "programs", "name", "title", "addresses", "federal_register_notice", "start_date", "end_date",
        "standard_order", "license_requirement", "license_policy", "call_sign", "vessel_type", "gross_tonnage", "gross_registered_tonnage",
        "vessel_flag", "vessel_owner", "remarks", "source_list_url", "alt_names", "citizenships", "dates_of_birth", "nationalities",
        "places_of_birth", "source_information_url", "ids",
    ];

    private const string Sdn = "Specially Designated Nationals (SDN) - Treasury Department";

    /// <summary>A CSL file in the 28-column layout (no <c>_id</c>) or the 29-column one, rows given as named values.</summary>
    private static string CslFile(bool withId, params Dictionary<string, string>[] rows)
    {
        var columns = withId ? ["_id", .. s_columns28] : s_columns28;
        var text = new StringBuilder(string.Join(',', columns)).Append('\n');
        foreach (var row in rows)
        {
            text.AppendJoin(',', columns.Select(c => "\"" + row.GetValueOrDefault(c, string.Empty).Replace("\"", "\"\"") + "\"")).Append('\n');
        }

        return text.ToString();
    }

    private static Dictionary<string, string> CslRow(string id, string name, string ids, string dob = "", string remarks = "") => new()
    {
        ["_id"] = id,
        ["source"] = Sdn,
        ["entity_number"] = id,
        ["type"] = "Individual",
        ["name"] = name,
        ["ids"] = ids,
        ["dates_of_birth"] = dob,
        ["remarks"] = remarks,
    };

    private static (ListSnapshot Snapshot, FactsReport Facts, string Path) LoadCslSample(TempFiles temp, bool withId)
    {
        var path = temp.Write("csl.csv", CslFile(
            withId,
            CslRow("9001", "SAMPLE, First", "RU, 4000000001, Passport; Male, Gender; JO, 2014-08-30, 2009-08-31, K000001, Passport", dob: "1970-01-01"),
            CslRow("9002", "SAMPLE, Second", $"Passport, 800000001, KP; {SampleXbt}, Digital Currency Address - XBT; XX, 12345, Sample Unknown Document",
                remarks: "(Linked To: SAMPLE HOLDING)")));
        var snapshot = ListLoader.Load(path);
        return (snapshot, Assert.Single(snapshot.Report.Files).Facts, path);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CslIds_CountryNumberType_IsAPassportWithItsCountry(bool withId)
    {
        using var temp = new TempFiles();
        var (snapshot, _, _) = LoadCslSample(temp, withId);

        var first = Party(snapshot, "SDN:9001");
        Assert.Contains(new PartyIdentifier("Passport", "4000000001", "RU") { Kind = IdentifierKind.Passport }, first.Identifiers);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CslIds_TypeNumberCountry_IsAPassportWithItsCountry(bool withId)
    {
        using var temp = new TempFiles();
        var (snapshot, _, _) = LoadCslSample(temp, withId);

        var second = Party(snapshot, "SDN:9002");
        Assert.Contains(new PartyIdentifier("Passport", "800000001", "KP") { Kind = IdentifierKind.Passport }, second.Identifiers);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CslIds_TwoDates_AreIssueAndExpiryInDateOrder(bool withId)
    {
        using var temp = new TempFiles();
        var (snapshot, _, _) = LoadCslSample(temp, withId);

        var first = Party(snapshot, "SDN:9001");
        Assert.Contains(
            new PartyIdentifier("Passport", "K000001", "JO") { Kind = IdentifierKind.Passport, Issued = "2009-08-31", Expires = "2014-08-30" },
            first.Identifiers);
        Assert.Equal(2, first.Identifiers.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CslIds_AddressThenCurrencyLabel_IsADigitalCurrencyAddress(bool withId)
    {
        using var temp = new TempFiles();
        var (snapshot, _, _) = LoadCslSample(temp, withId);

        var second = Party(snapshot, "SDN:9002");
        Assert.Contains(
            new PartyIdentifier("Digital Currency Address", SampleXbt, null) { Kind = IdentifierKind.DigitalCurrencyAddress, Currency = "XBT" },
            second.Identifiers);
        Assert.Equal(2, second.Identifiers.Count);
        Assert.Contains(new PartyFact("Linked To:", "SAMPLE HOLDING"), second.Facts);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CslIds_MaleGender_IsTheGenderNotAnIdentifier(bool withId)
    {
        using var temp = new TempFiles();
        var (snapshot, facts, _) = LoadCslSample(temp, withId);

        var first = Party(snapshot, "SDN:9001");
        Assert.Equal(Gender.Male, first.Gender);
        Assert.DoesNotContain(first.Identifiers, i => i.Type == "Gender" || i.Number == "Male");
        Assert.Equal(1, facts.Genders);
        Assert.Equal(new DateOnly(1970, 1, 1), Assert.Single(first.BirthDates).From);
        Assert.Equal(1, facts.DatesOfBirth);
        Assert.Equal(3, facts.Identifiers[IdentifierKind.Passport]);
        Assert.Equal(1, facts.Identifiers[IdentifierKind.DigitalCurrencyAddress]);
        Assert.Equal(4, facts.IdentifiersTotal);
        Assert.Equal(1, facts.OtherFacts);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CslIds_NoKnownLabelAtEitherEnd_IsReportedUnparsedWithItsPlace(bool withId)
    {
        using var temp = new TempFiles();
        var (snapshot, facts, path) = LoadCslSample(temp, withId);

        var unparsed = Assert.Single(facts.Unparsed);
        Assert.Equal(path, unparsed.File);
        Assert.Equal(3, unparsed.Line);
        Assert.Equal("SDN:9002", unparsed.PartyId);
        Assert.Equal("ids", unparsed.Column);
        Assert.Equal("XX, 12345, Sample Unknown Document", unparsed.Text);
        Assert.False(string.IsNullOrWhiteSpace(unparsed.Reason));
        Assert.Equal(["XX, 12345, Sample Unknown Document"], Party(snapshot, "SDN:9002").UnparsedFacts);
        Assert.Empty(Party(snapshot, "SDN:9001").UnparsedFacts);
    }

    [Fact]
    public void CslIds_RowsOfOneParty_AreTypedOnce()
    {
        using var temp = new TempFiles();
        var row = CslRow("9003", "SAMPLE, Repeated", "RU, 4000000003, Passport; Female, Gender", dob: "1975");
        var path = temp.Write("csl.csv", CslFile(withId: false, row, new Dictionary<string, string>(row) { ["addresses"] = "Sample Street 2, RU" }));

        var snapshot = ListLoader.Load(path);

        var party = Assert.Single(snapshot.Parties);
        Assert.Equal(2, party.SourceRowIds.Count);
        var facts = Assert.Single(snapshot.Report.Files).Facts;
        Assert.Equal(1, facts.IdentifiersTotal);
        Assert.Equal(1, facts.Genders);
        Assert.Equal(1, facts.DatesOfBirth);
        Assert.Equal(Gender.Female, party.Gender);
    }
}
