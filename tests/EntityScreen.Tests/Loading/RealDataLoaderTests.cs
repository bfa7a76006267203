namespace EntityScreen.Tests.Loading;

/// <summary>Loads every real file under the shared data folder (see <see cref="SharedData"/>).</summary>
public class RealDataLoaderTests
{
    private static void AssertBalanced(ListSnapshot snapshot)
    {
        foreach (var file in snapshot.Report.Files)
        {
            Assert.Equal(file.RowsRead, file.RowsLoaded + file.RowsRejected);
            Assert.Matches("^[0-9a-f]{64}$", file.Sha256);
        }

        Assert.Matches("^[0-9a-f]{64}$", snapshot.Identity.Sha256);
        Assert.Equal(snapshot.Parties.Count, snapshot.Report.PartiesLoaded);
        Assert.Equal(snapshot.Parties.Count, snapshot.Parties.Select(p => p.Id).Distinct().Count());
    }

    private static ListedParty Single(ListSnapshot snapshot, string list, string primaryName) =>
        Assert.Single(snapshot.Parties, p => p.List.Code == list && p.PrimaryName == primaryName);

    [Fact]
    public void CslAssembled_LoadsAllRows_MergesAddressRows_CleansElAliases()
    {
        if (SharedData.Path("derived/csl_assembled.csv") is not { } path)
        {
            return;
        }

        var snapshot = ListLoader.Load(path);

        AssertBalanced(snapshot);
        Assert.Equal(ListFormat.Csl, snapshot.Identity.Format);
        var file = Assert.Single(snapshot.Report.Files);
        Assert.Equal(13_019, file.RowsRead);
        Assert.Equal(13_019, file.RowsLoaded);
        Assert.Equal(12_782, snapshot.Parties.Count);
        Assert.Equal(8_976, snapshot.Report.PartiesByList["SDN"]);
        Assert.Equal(3_270, snapshot.Report.PartiesByList["EL"]);
        Assert.Equal(466, snapshot.Report.PartiesByList["DPL"]);
        Assert.Equal(70, snapshot.Report.PartiesByList["MEU"]);

        var huawei = Single(snapshot, "EL", "Huawei Technologies Co., Ltd.");
        Assert.Equal("EL:c464365ef302b80385cc1b9917488cb28275836306ca9f60acd57e0c", huawei.Id);
        Assert.Equal(PartyType.Organization, huawei.Type);
        Assert.True(huawei.TypeInferred);
        var aliases = huawei.Names.Where(n => n.Kind == NameKind.Aka).Select(n => n.Value).ToArray();
        Assert.Contains("Shenzhen Huawei Technologies", aliases);
        Assert.Contains("Shenzhen Huawei Agisson Electric Co., Ltd.", aliases);
        Assert.DoesNotContain(aliases, a => a.StartsWith("and ", StringComparison.Ordinal));
        Assert.Equal("84 FR 22963, 5/21/19", huawei.LegalCitation);
        Assert.Contains("CN", huawei.Countries);

        var ghoura = Single(snapshot, "EL", "Abdul Satar Ghoura");
        Assert.True(ghoura.SourceRowIds.Count > 1);
        Assert.Equal(PartyType.Person, ghoura.Type);
    }

    [Fact]
    public void TradeGovConsolidated_29Columns_CleansSuccessorSuffix()
    {
        if (SharedData.Path("trade_csl/consolidated.csv") is not { } path)
        {
            return;
        }

        var snapshot = ListLoader.Load(path);

        AssertBalanced(snapshot);
        Assert.Equal(13, snapshot.Report.RowsRead);
        Assert.Equal(13, snapshot.Report.RowsLoaded);
        Assert.Equal(13, snapshot.Parties.Count);
        var isn = Assert.Single(snapshot.Parties, p => p.List.Code == "ISN");
        Assert.Equal("Sinobright Import and Export Company", isn.PrimaryName);
        Assert.Equal(["INKSNA"], isn.Programs);
        Assert.Equal(new DateOnly(2023, 7, 19), isn.StartDate);
        Assert.Equal("ISN:233a4d725770c81fb561ffe3842c14010c2201971d6be62eca1e613b", isn.Id);
    }

    [Fact]
    public void TradeGovCsl_28Columns_RepairsMojibake_MergesRepeatedRows()
    {
        if (SharedData.Path("trade_csl/csl.csv") is not { } path)
        {
            return;
        }

        var snapshot = ListLoader.Load(path);

        AssertBalanced(snapshot);
        Assert.Equal(115, snapshot.Report.RowsRead);
        Assert.Equal(115, snapshot.Report.RowsLoaded);
        Assert.Equal(110, snapshot.Parties.Count);
        foreach (var party in snapshot.Parties)
        {
            Assert.All(party.Names, n => Assert.False(HasC1(n.Value), n.Value));
            Assert.All(party.Addresses, a => Assert.False(HasC1(a.Text), a.Text));
            Assert.All(party.Fields.Values, v => Assert.False(HasC1(v), v));
        }

        Single(snapshot, "EL", "Gui\u2019an New District Huawei Investment Co., Ltd., Guiyang, Guizhou");
        var leib = Single(snapshot, "EL", "A. Leib Ltd.");
        Assert.Equal("HA\u2019Assif 19, Binyamina, IL", Assert.Single(leib.Addresses).Text);
        Assert.Equal(["IL"], leib.Countries);
        var migeotte = Single(snapshot, "EL", "Gunther Migeotte");
        Assert.True(migeotte.SourceRowIds.Count > 1);
        Assert.True(migeotte.Addresses.Count > 1);
    }

    private static bool HasC1(string value) => value.Any(c => c is >= '\u0080' and <= '\u009F');

    [Fact]
    public void OfacSdnFolder2021_JoinsAliasesAddressesAndComments()
    {
        if (SharedData.Path("ofac_sdn/2021-07-07") is not { } path)
        {
            return;
        }

        var snapshot = ListLoader.Load(path);

        AssertBalanced(snapshot);
        Assert.Equal(ListFormat.Ofac, snapshot.Identity.Format);
        Assert.Equal(4, snapshot.Report.Files.Count);
        var byName = snapshot.Report.Files.ToDictionary(f => Path.GetFileName(f.File));
        Assert.Equal(8_976, byName["sdn.csv"].RowsLoaded);
        Assert.Equal(11_910, byName["alt.csv"].RowsLoaded);
        Assert.Equal(13_837, byName["add.csv"].RowsLoaded);
        Assert.Equal(5, byName["sdn_comments.csv"].RowsLoaded);
        Assert.Equal(0, snapshot.Report.RowsRejected);
        Assert.Equal(8_976, snapshot.Parties.Count);

        var bnc = Assert.Single(snapshot.Parties, p => p.Id == "SDN:306");
        Assert.Equal("BANCO NACIONAL DE CUBA", bnc.PrimaryName);
        Assert.Equal(PartyType.Organization, bnc.Type);
        Assert.Equal(["CUBA"], bnc.Programs);
        Assert.Contains(bnc.Names, n => n.Value == "NATIONAL BANK OF CUBA" && n.Kind == NameKind.Aka);
        Assert.Contains(bnc.Names, n => n.Value == "BNC" && n.Kind == NameKind.Weak);
        Assert.Equal(["CH", "ES", "JP", "PA"], bnc.Addresses.Select(a => a.Country));
        Assert.Contains(bnc.Addresses, a => a.Text == "Zweierstrasse 35, Zurich CH-8022, Switzerland" && a.City == "Zurich CH-8022");

        var iran = Assert.Single(snapshot.Parties, p => p.Id == "SDN:4632");
        Assert.Equal(["IRAN", "SDGT", "IRGC", "IFSR"], iran.Programs);

        var continued = Assert.Single(snapshot.Parties, p => p.Id == "SDN:12300");
        Assert.True(continued.Remarks!.Length > 1000);
        Assert.Contains("PROMO RAIZ S.A.S.", continued.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void OfacSdnFileAlone2024_ParsesWeakAliasesFromRemarks()
    {
        if (SharedData.Path("ofac_sdn/2024-05-03/sdn.csv") is not { } path)
        {
            return;
        }

        var snapshot = ListLoader.Load(path);

        AssertBalanced(snapshot);
        var file = Assert.Single(snapshot.Report.Files);
        Assert.Equal(14_965, file.RowsRead);
        Assert.Equal(14_965, file.RowsLoaded);
        Assert.Equal(14_965, snapshot.Parties.Count);
        var bnc = Assert.Single(snapshot.Parties, p => p.Id == "SDN:306");
        Assert.Contains(bnc.Names, n => n.Value == "BNC" && n.Kind == NameKind.Weak);
        Assert.Contains(snapshot.Parties, p => p.Names.Any(n => n.Kind == NameKind.Fka));
        Assert.All(snapshot.Parties, p => Assert.DoesNotContain(p.Names, n => n.Value.Contains("-0-", StringComparison.Ordinal)));
    }

    [Fact]
    public void OfacConsolidated2025_DerivesListCodesFromPrograms()
    {
        if (SharedData.Path("ofac_consolidated/2025-12-19") is not { } path)
        {
            return;
        }

        var snapshot = ListLoader.Load(path);

        AssertBalanced(snapshot);
        Assert.Equal(4, snapshot.Report.Files.Count);
        var byName = snapshot.Report.Files.ToDictionary(f => Path.GetFileName(f.File));
        Assert.Equal(442, byName["cons_prim.csv"].RowsLoaded);
        Assert.Equal(1_073, byName["cons_alt.csv"].RowsLoaded);
        Assert.Equal(574, byName["cons_add.csv"].RowsLoaded);
        Assert.Equal(10, byName["cons_comments.csv"].RowsLoaded);
        Assert.Equal(0, snapshot.Report.RowsRejected);
        Assert.Equal(442, snapshot.Parties.Count);
        Assert.Equal(292, snapshot.Report.PartiesByList["SSI"]);
        Assert.Equal(78, snapshot.Report.PartiesByList["PLC"]);
        Assert.Equal(68, snapshot.Report.PartiesByList["CMIC"]);
        Assert.Equal(1, snapshot.Report.PartiesByList["CAP"]);
        Assert.Equal(3, snapshot.Report.PartiesByList["CONS"]);

        var haniya = Assert.Single(snapshot.Parties, p => p.Id == "PLC:9639");
        Assert.Equal("HANIYA, Ismail Abdul Salah", haniya.PrimaryName);
        Assert.Equal(PartyType.Person, haniya.Type);
        Assert.Contains("1962", haniya.DatesOfBirth);
        var telecom = Assert.Single(snapshot.Parties, p => p.Id == "CMIC:30882");
        Assert.Equal("CHINA TELECOM CORPORATION LIMITED", telecom.PrimaryName);
    }

    [Fact]
    public void ChinaLists_LoadsAllRows_MergesRepeatedListings()
    {
        if (SharedData.Path("derived/cn_mofcom_lists.csv") is not { } path)
        {
            return;
        }

        var snapshot = ListLoader.Load(path);

        AssertBalanced(snapshot);
        Assert.Equal(ListFormat.ChinaList, snapshot.Identity.Format);
        Assert.Equal(610, snapshot.Report.RowsRead);
        Assert.Equal(610, snapshot.Report.RowsLoaded);
        Assert.Equal(576, snapshot.Parties.Count);
        Assert.Equal(new DateOnly(2026, 8, 5), snapshot.Identity.AsOf);

        var lockheed = Single(snapshot, "UEL", "Lockheed Martin Corporation");
        Assert.Equal(ListAuthority.China, lockheed.List.Authority);
        Assert.Equal(PartyType.Organization, lockheed.Type);
        Assert.False(lockheed.TypeInferred);
        Assert.Equal(["US"], lockheed.Countries);
        Assert.Equal(new DateOnly(2023, 2, 16), lockheed.StartDate);
        var chinese = Assert.Single(lockheed.Names, n => n.Value == "洛克希德·马丁公司");
        Assert.Equal(NameKind.Aka, chinese.Kind);
        Assert.Equal(NameScript.Han, chinese.Script);
        Assert.StartsWith("UEL:", lockheed.Id, StringComparison.Ordinal);
        Assert.Equal(16, lockheed.Id.Length - "UEL:".Length);
    }
}
