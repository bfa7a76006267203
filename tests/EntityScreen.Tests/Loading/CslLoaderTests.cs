namespace EntityScreen.Tests.Loading;

public class CslLoaderTests
{
    private const string Header29 =
        "\"_id\",\"source\",\"entity_number\",\"type\",\"programs\",\"name\",\"title\",\"addresses\",\"federal_register_notice\",\"start_date\",\"end_date\",\"standard_order\",\"license_requirement\",\"license_policy\",\"call_sign\",\"vessel_type\",\"gross_tonnage\",\"gross_registered_tonnage\",\"vessel_flag\",\"vessel_owner\",\"remarks\",\"source_list_url\",\"alt_names\",\"citizenships\",\"dates_of_birth\",\"nationalities\",\"places_of_birth\",\"source_information_url\",\"ids\"\n";

    private const string Header28 =
        "source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids\n";

    private const string El = "Entity List (EL) - Bureau of Industry and Security";
    private const string Sdn = "Specially Designated Nationals (SDN) - Treasury Department";

    /// <summary>A quoted 29-field row from the named values; unnamed fields are empty.</summary>
    private static string Row(string id, string source, string name, string alt = "", string addresses = "", string type = "",
        string entityNumber = "", string programs = "", string ids = "", string citizenships = "", string dob = "",
        string startDate = "", string fr = "")
    {
        var fields = new string[29];
        Array.Fill(fields, string.Empty);
        fields[0] = id;
        fields[1] = source;
        fields[2] = entityNumber;
        fields[3] = type;
        fields[4] = programs;
        fields[5] = name;
        fields[7] = addresses;
        fields[8] = fr;
        fields[9] = startDate;
        fields[21] = "https://example.invalid/list";
        fields[22] = alt;
        fields[23] = citizenships;
        fields[24] = dob;
        fields[28] = ids;
        return string.Join(',', fields.Select(f => "\"" + f.Replace("\"", "\"\"") + "\"")) + "\n";
    }

    [Fact]
    public void Load_CurrentLayout_MapsColumns()
    {
        using var temp = new TempFiles();
        var path = temp.Write("list.csv", Header29
            + Row("52291", Sdn, "RIM, Ryong Nam", type: "Individual", entityNumber: "52291", programs: "NPWMD; IFSR",
                addresses: "Shenyang, CN; Pyongyang, KP", citizenships: "kp", dob: "1978-12-05",
                ids: "Passport, 836238033, KP; Secondary sanctions risk:, North Korea Sanctions Regulations, sections 510.201 and 510.210; Gender, Male")
            + Row("abc", "Denied Persons List (DPL) - Bureau of Industry and Security", " I. ASH ", startDate: "2002-03-04"));

        var snapshot = ListLoader.Load(path);

        Assert.Equal(ListFormat.Csl, snapshot.Identity.Format);
        Assert.Equal(2, snapshot.Parties.Count);
        var rim = snapshot.Parties[0];
        Assert.Equal("SDN:52291", rim.Id);
        Assert.Equal(PartyType.Person, rim.Type);
        Assert.False(rim.TypeInferred);
        Assert.Equal(["NPWMD", "IFSR"], rim.Programs);
        Assert.Equal(["CN", "KP"], rim.Countries);
        Assert.Equal("Shenyang, CN", rim.Addresses[0].Text);
        Assert.Equal(["1978-12-05"], rim.DatesOfBirth);
        Assert.Equal(new DateOnly(1978, 12, 5), Assert.Single(rim.BirthDates).From);
        Assert.Equal(new PartyIdentifier("Passport", "836238033", "KP") { Kind = IdentifierKind.Passport }, Assert.Single(rim.Identifiers));
        Assert.Equal(new PartyFact("Secondary sanctions risk:", "North Korea Sanctions Regulations, sections 510.201 and 510.210"), Assert.Single(rim.Facts));
        Assert.Equal(Gender.Male, rim.Gender);
        Assert.Equal("https://example.invalid/list", rim.SourceUrl);
        Assert.Equal(29, rim.Fields.Count);
        Assert.Equal("NPWMD; IFSR", rim.Fields["programs"]);

        var ash = snapshot.Parties[1];
        Assert.Equal("DPL:abc", ash.Id);
        Assert.Equal("I. ASH", ash.PrimaryName);
        Assert.Equal(new DateOnly(2002, 3, 4), ash.StartDate);
        Assert.True(ash.TypeInferred);
    }

    [Fact]
    public void Load_EntityListAliases_CleansAndPrefixAndClosingPeriod()
    {
        using var temp = new TempFiles();
        var path = temp.Write("list.csv", Header29
            + Row("1", El, "Example Semiconductor Research Institute",
                alt: "ESRI; Example Institute of Semiconductors; and Example Research Institute 13.")
            + Row("2", El, "Example Trading Co., Ltd.", alt: "Example Trade; and Example Holdings Co., Ltd."));

        var snapshot = ListLoader.Load(path);

        Assert.Equal(
            ["Example Semiconductor Research Institute", "ESRI", "Example Institute of Semiconductors", "Example Research Institute 13"],
            snapshot.Parties[0].Names.Select(n => n.Value));
        Assert.All(snapshot.Parties[0].Names.Skip(1), n => Assert.Equal(NameKind.Aka, n.Kind));
        Assert.Equal("Example Holdings Co., Ltd.", snapshot.Parties[1].Names[^1].Value);
    }

    [Fact]
    public void Load_EntityListLoneAndBetweenSeparators_IsNoAlias()
    {
        using var temp = new TempFiles();
        var path = temp.Write("list.csv", Header29
            + Row("1", El, "Example High Pressure Research Center", alt: "EHPRC; and; and Example Voltage Research Center")
            + Row("2", El, "Example Optics Center", alt: "EOC; and."));

        var snapshot = ListLoader.Load(path);

        Assert.Equal(
            ["Example High Pressure Research Center", "EHPRC", "Example Voltage Research Center"],
            snapshot.Parties[0].Names.Select(n => n.Value));
        Assert.Equal(["Example Optics Center", "EOC"], snapshot.Parties[1].Names.Select(n => n.Value));
    }

    [Fact]
    public void Load_SuccessorSuffix_RemovedFromNameAndAliases()
    {
        using var temp = new TempFiles();
        var path = temp.Write("list.csv", Header29
            + Row("1", "Nonproliferation Sanctions (ISN) - State Department",
                "Example Import and Export Company; and any successor, sub-unit, or subsidiary thereof")
            + Row("2", El, "Example Works", alt: "EW; Example Plant and any successor, sub-unit, or subsidiary thereof"));

        var snapshot = ListLoader.Load(path);

        Assert.Equal("Example Import and Export Company", snapshot.Parties[0].PrimaryName);
        Assert.Equal(["Example Works", "EW", "Example Plant"], snapshot.Parties[1].Names.Select(n => n.Value));
    }

    [Fact]
    public void Load_EntityListAddressContinuedWithAnd_StaysOneAddress()
    {
        using var temp = new TempFiles();
        var path = temp.Write("list.csv", Header29
            + Row("1", El, "Example Institute 13", addresses: "1 Sample Road, Shijiazhuang, Hebei, China; and 2 Sample Street, Shijiazhuang, Hebei, China, Shijiazhuang, CN; Other Road, Harbin, CN"));

        var party = Assert.Single(ListLoader.Load(path).Parties);

        Assert.Equal(
            ["1 Sample Road, Shijiazhuang, Hebei, China; and 2 Sample Street, Shijiazhuang, Hebei, China, Shijiazhuang, CN", "Other Road, Harbin, CN"],
            party.Addresses.Select(a => a.Text));
        Assert.All(party.Addresses, a => Assert.Equal("CN", a.Country));
    }

    [Fact]
    public void Load_C1Mojibake_RepairedInEveryField()
    {
        using var temp = new TempFiles();
        var path = temp.Write("list.csv", Header29
            + Row("1", El, "Gui\u0092an Example Co., Ltd.", alt: "\u0093Example\u0094", addresses: "HA\u0092Assif 19, Binyamina, IL"));

        var party = Assert.Single(ListLoader.Load(path).Parties);

        Assert.Equal("Gui\u2019an Example Co., Ltd.", party.PrimaryName);
        Assert.Equal("\u201CExample\u201D", party.Names[1].Value);
        Assert.Equal("HA\u2019Assif 19, Binyamina, IL", party.Addresses[0].Text);
        Assert.All(party.Fields.Values, v => Assert.DoesNotContain(v, c => c is >= '\u0080' and <= '\u009F'));
    }

    [Fact]
    public void Load_RowsRepeatedPerAddress_MergeIntoOneParty()
    {
        using var temp = new TempFiles();
        var path = temp.Write("list.csv", Header29
            + Row("a1", El, "Jan Example", addresses: "Street 1, Brussels, BE", startDate: "2010-01-01")
            + Row("a2", El, " jan example ", addresses: "Street 2, Rotterdam, NL", startDate: "2011-01-01")
            + Row("a3", El, "Jan Example", alt: "J. Example", addresses: "Street 3, Paris, FR"));

        var snapshot = ListLoader.Load(path);

        Assert.Equal(2, snapshot.Parties.Count);
        var merged = snapshot.Parties[0];
        Assert.Equal("EL:a1", merged.Id);
        Assert.Equal(["a1", "a2"], merged.SourceRowIds);
        Assert.Equal(["BE", "NL"], merged.Countries);
        Assert.Equal(2, merged.Addresses.Count);
        Assert.Equal("2010-01-01; 2011-01-01", merged.Fields["start_date"]);
        Assert.Equal(new DateOnly(2010, 1, 1), merged.StartDate);
        Assert.Equal(PartyType.Person, merged.Type);
        Assert.Equal(3, snapshot.Report.RowsLoaded);
        Assert.Equal(2, snapshot.Report.PartiesByList["EL"]);
    }

    [Fact]
    public void Load_OldLayout_UsesLineNumbersAndCountryNumberTypeIds()
    {
        using var temp = new TempFiles();
        var path = temp.Write("old.csv", Header28
            + Sdn + ",20264,Entity,SDNTK,200G EXAMPLE HOLDINGS LLC,,\"80 SW 8th Street, Miami, FL, 33130, US\",,,,,,,,,,,,,,http://bit.ly/x,\"\",\"\",\"\",\"\",\"\",http://bit.ly/y,\"US, 80-0890696, Tax ID No.; 21795618, Passport\"\n"
            + El + ",,,,\"Example Research Institute\",,CN,\"66 FR 24266, 77 FR 58006\",2001-05-14,,,For all items subject to the EAR.,See §744.3(d),,,,,,,,http://bit.ly/z,\"Example Institute; and Example Observation Institute.\",,,,,http://bit.ly/z,\n");

        var snapshot = ListLoader.Load(path);

        Assert.Equal(ListFormat.Csl, snapshot.Identity.Format);
        var sdn = snapshot.Parties[0];
        Assert.Equal("SDN:20264", sdn.Id);
        Assert.Equal(["2"], sdn.SourceRowIds);
        Assert.Equal(new PartyIdentifier("Tax ID No.", "80-0890696", "US") { Kind = IdentifierKind.TaxId }, sdn.Identifiers[0]);
        Assert.Equal(new PartyIdentifier("Passport", "21795618", null) { Kind = IdentifierKind.Passport }, sdn.Identifiers[1]);
        var el = snapshot.Parties[1];
        Assert.Equal("EL:3", el.Id);
        Assert.Equal("Example Observation Institute", el.Names[^1].Value);
        Assert.Equal(["CN"], el.Countries);
        Assert.Equal(28, el.Fields.Count);
    }

    [Fact]
    public void Load_BadRows_RejectedWithPhysicalLineAndColumn()
    {
        using var temp = new TempFiles();
        var shortRow = string.Join(',', Enumerable.Repeat("\"x\"", 27)) + "\n";
        var path = temp.Write("list.csv", Header29
            + Row("1", El, "Multi\nLine Example Institute")
            + shortRow
            + Row("3", El, "   ")
            + Row("4", "", "No Source Example Ltd")
            + Row("5", El, "Fine Example Ltd"));

        var snapshot = ListLoader.Load(path);

        var file = Assert.Single(snapshot.Report.Files);
        Assert.Equal(5, file.RowsRead);
        Assert.Equal(2, file.RowsLoaded);
        Assert.Equal(3, file.RowsRejected);
        Assert.Equal(file.RowsRead, file.RowsLoaded + file.RowsRejected);
        Assert.Equal(new RowRejection(path, 4, null, "expected 29 fields, found 27"), file.Rejections[0]);
        Assert.Equal(new RowRejection(path, 5, "name", "empty name"), file.Rejections[1]);
        Assert.Equal(new RowRejection(path, 6, "source", "empty source"), file.Rejections[2]);
        Assert.Equal("Multi\nLine Example Institute", snapshot.Parties[0].PrimaryName);
    }

    [Fact]
    public void Load_HeaderWithoutNameColumn_ThrowsNamingFileAndColumn()
    {
        using var temp = new TempFiles();
        var path = temp.Write("list.csv", "_id,source,entity_number,type\n\"1\",\"x\",\"\",\"\"\n");

        var ex = Assert.Throws<ListFormatException>(() => ListLoader.Load(path, ListFormat.Csl));

        Assert.Equal(path, ex.File);
        Assert.Equal("name", ex.Column);
        Assert.Equal(1, ex.Line);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Identity_HashesTheFileBytes()
    {
        using var temp = new TempFiles();
        var path = temp.Write("list.csv", Header29 + Row("1", El, "Example Ltd"));

        var snapshot = ListLoader.Load(path);

        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
        Assert.Equal(expected, snapshot.Identity.Sha256);
        Assert.Equal(expected, snapshot.Report.Files[0].Sha256);
        Assert.Equal(DateOnly.FromDateTime(File.GetLastWriteTimeUtc(path)), snapshot.Identity.AsOf);
        Assert.Equal(path, snapshot.Identity.Source);
    }

    [Theory]
    [InlineData("Example Technologies Co., Ltd.", PartyType.Organization)]
    [InlineData("EXAMPLE S.A.", PartyType.Organization)]
    [InlineData("Example GmbH", PartyType.Organization)]
    [InlineData("OOO Primer", PartyType.Organization)]
    [InlineData("Harbin Institute of Technology", PartyType.Organization)]
    [InlineData("示例科技有限公司", PartyType.Organization)]
    [InlineData("Abdul Satar Ghoura", PartyType.Person)]
    [InlineData("RIM, Ryong Nam", PartyType.Person)]
    [InlineData("CETC 13", PartyType.Unknown)]
    [InlineData("Example", PartyType.Unknown)]
    public void Infer_ClassifiesNames(string name, PartyType expected) =>
        Assert.Equal(expected, PartyTypeInference.Infer(name));
}

public class CsvHeaderQuoteTests
{
    [Fact]
    public void Load_HeaderWithUnclosedQuote_FailsNamingFileLineAndColumn()
    {
        var path = Path.Combine(Path.GetTempPath(), $"es-unclosed-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "_id,source,entity_number,type,programs,name,\"ids\n\"1\",\"Entity List (EL) - Bureau of Industry and Security\",\"\",\"\",\"\",\"Acme\",\"\"\n");
        try
        {
            var e = Assert.Throws<ListFormatException>(() => ListLoader.Load(path, ListFormat.Csl));
            Assert.Equal(path, e.File);
            Assert.Equal(1, e.Line);
            Assert.Equal("7", e.Column);
            Assert.Contains("unclosed quote", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
