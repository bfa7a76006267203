using EntityScreen.Tests.Loading;
using static EntityScreen.Tests.Ownership.OwnershipFixture;

namespace EntityScreen.Tests.Ownership;

/// <summary>
/// Issue 17, three more rules: control without ownership is a red flag, never a cover (the <c>relation</c> column);
/// SDN parties of the programs of 15 CFR 744.8(a)(1) feed the BIS Affiliates Rule; the BIS rule covers foreign
/// affiliates only (the <c>owned_country</c> column). Parties invented.
/// </summary>
public class ControlProgramCountryTests
{
    private const string Header = "owner,owned,share,relation,owned_country\n";

    /// <summary>P: an SDN company under [NPWMD], a program of § 744.8(a)(1).</summary>
    private static readonly ListedParty s_p = TestLists.Party("SDN:9501", "SDN", PartyType.Organization, "Palivor Industrial Group") with { Programs = ["NPWMD"] };

    /// <summary>G: an SDN company under [GLOMAG] only, no program of § 744.8(a)(1).</summary>
    private static readonly ListedParty s_g = TestLists.Party("SDN:9502", "SDN", PartyType.Organization, "Grevault Resources Limited") with { Programs = ["[GLOMAG]"] };

    private static CoveredSet Cover(string csv, OwnershipRule rule, OwnershipOptions? options = null)
    {
        options ??= new OwnershipOptions();
        options.AsOf = InForce;
        return OwnershipGraph.Build(Load(csv), [TestLists.Snapshot(X, Y, Z, Q, M, s_p, s_g)]).Cover(rule, options);
    }

    // 1. Control without ownership.

    [Fact]
    public void Control_ListedDirectorOfUnownedCompany_IsControlRedFlagNeverCovered()
    {
        var set = Cover(Header + "Xandor Holdings Limited,Alder Trading,,director,\n", OwnershipRule.Ofac50Percent);

        Assert.Empty(set.Covered);
        var flag = set.RedFlag("Alder Trading")!;
        Assert.Equal(RedFlagReason.Control, flag.Reason);
        Assert.Contains("controlled by Xandor Holdings Limited (SDN:9001, SDN) (director; a listed owner of the rule)", flag.Description, StringComparison.Ordinal);
        var hop = Assert.Single(flag.Holdings);
        Assert.Equal(OwnershipRelation.Director, hop.Edge.Relation);
        Assert.Equal("Xandor Holdings Limited (SDN:9001, SDN) -director-> Alder Trading", Assert.Single(flag.Paths).ToString());
    }

    [Fact]
    public void Control_NeverCountsTowardAShare_40PercentPlusBoardIsAMinorityNotACover()
    {
        var set = Cover(
            Header + "Xandor Holdings Limited,Alder Trading,40,,\nXandor Holdings Limited,Alder Trading,,board,\n",
            OwnershipRule.Ofac50Percent);

        Assert.Empty(set.Covered);
        var flag = set.RedFlag("Alder Trading")!;
        Assert.Equal(RedFlagReason.SignificantMinority, flag.Reason);
        Assert.Contains("also controlled by Xandor Holdings Limited (SDN:9001, SDN) (board; a listed owner of the rule)", flag.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_ByACoveredSubsidiary_FlagsWithThePathThroughIt_AndPassesNothingOn()
    {
        var set = Cover(
            Header
            + "Xandor Holdings Limited,Alder Trading,100,,\n"
            + "Alder Trading,Birch Logistics,,officer,\n"
            + "Birch Logistics,Cedar Components,100,,\n",
            OwnershipRule.Ofac50Percent);

        Assert.Equal(["Alder Trading"], set.CoveredNames());
        var flag = set.RedFlag("Birch Logistics")!;
        Assert.Equal(RedFlagReason.Control, flag.Reason);
        Assert.Contains("Alder Trading (officer; covered under the rule)", flag.Description, StringComparison.Ordinal);
        Assert.EndsWith("-100%-> Alder Trading -officer-> Birch Logistics", Assert.Single(flag.Paths).ToString(), StringComparison.Ordinal);
        Assert.Null(set.RedFlag("Cedar Components"));
    }

    [Fact]
    public void Control_OfACoveredEntity_StaysCovered()
    {
        var set = Cover(Header + "Xandor Holdings Limited,Alder Trading,60,,\nXandor Holdings Limited,Alder Trading,,director,\n", OwnershipRule.Ofac50Percent);

        Assert.Equal(["Alder Trading"], set.CoveredNames());
        Assert.Empty(set.RedFlags);
    }

    [Fact]
    public void Control_ByAnUnlistedPerson_IsNothing()
    {
        var set = Cover(Header + "Jane Roe,Alder Trading,,director,\n", OwnershipRule.Ofac50Percent);

        Assert.Empty(set.RedFlags);
    }

    [Fact]
    public void Control_EntityListCeo_IsARedFlagUnderBisOnly()
    {
        const string Csv = Header + "\"Zentrix Microelectronics Co., Ltd.\",Alder Trading,,officer,\n";

        Assert.Equal(RedFlagReason.Control, Cover(Csv, OwnershipRule.BisAffiliates).RedFlag("Alder Trading")!.Reason);
        Assert.Empty(Cover(Csv, OwnershipRule.Ofac50Percent).RedFlags);
    }

    [Fact]
    public void Load_RelationColumn_ReadsTheValues_RejectsAnUnknownOne_IgnoresAShareOnControl()
    {
        var file = Load(
            Header
            + "A,B,50,,\n"
            + "A,C,,Control,\n"
            + "A,D,,DIRECTOR,\n"
            + "A,E,,officer,\n"
            + "A,F,,board,\n"
            + "A,G,,shareholder,\n"
            + "A,H,30,director,\n");

        Assert.Equal(
            [OwnershipRelation.Ownership, OwnershipRelation.Control, OwnershipRelation.Director, OwnershipRelation.Officer, OwnershipRelation.Board, OwnershipRelation.Director],
            file.Edges.Select(e => e.Relation));
        var rejection = Assert.Single(file.Report.File.Rejections);
        Assert.Equal(7, rejection.Line);
        Assert.Equal("relation", rejection.Column);
        Assert.Contains("'shareholder' is no relation", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(OwnershipShare.Unknown, file.Edges[^1].Share);
        Assert.Contains(file.Report.Warnings, w => w.Contains("a control row's share is ignored", StringComparison.Ordinal));
    }

    [Fact]
    public void Screen_ControlledEntity_IsInRedFlagsNotMatches()
    {
        using var temp = new TempFiles();
        var file = OwnershipFile.LoadCsv(temp.Write("o.csv", Header + "Xandor Holdings Limited,Alder Trading Company,,director,\n"));
        var screener = Screener.Create([TestLists.Snapshot(X, Z)], [], [file], ownershipOptions: new OwnershipOptions { AsOf = InForce });

        var result = screener.Screen("Alder Trading Company");

        Assert.False(result.IsMatch);
        var flagged = Assert.Single(result.RedFlags);
        Assert.Equal(RedFlagReason.Control, Assert.Single(flagged.Party.Affiliation!.RedFlags).Reason);
    }

    // 2. SDN programs of § 744.8(a)(1) feed the BIS rule.

    [Fact]
    public void Programs_SdnNpwmdOwns60_CoveredUnderBisAndOfac_WithTheSynthesizedRequirement()
    {
        const string Csv = Header + "Palivor Industrial Group,Alder Trading,60,,\n";

        var bis = Cover(Csv, OwnershipRule.BisAffiliates).CoveredEntity("Alder Trading")!;
        Assert.Equal(["SDN"], bis.OwnerLists);
        Assert.Equal(OwnershipDefaults.SdnProgramLicenseRequirement, bis.License!.Requirement);
        Assert.Equal("SDN:9501", bis.License.RequirementFrom!.Id);
        Assert.Null(bis.License.Policy);
        Assert.NotNull(Cover(Csv, OwnershipRule.Ofac50Percent).CoveredEntity("Alder Trading"));
    }

    [Fact]
    public void Programs_SdnOfAnotherProgramOwns60_OfacCoveredNotBis()
    {
        const string Csv = Header + "Grevault Resources Limited,Alder Trading,60,,\n";

        Assert.NotNull(Cover(Csv, OwnershipRule.Ofac50Percent).CoveredEntity("Alder Trading"));
        var bis = Cover(Csv, OwnershipRule.BisAffiliates);
        Assert.Empty(bis.Covered);
        Assert.Empty(bis.RedFlags);
    }

    [Fact]
    public void Programs_OptionsChangeTheList_BracketedAndCaseAside()
    {
        const string Csv = Header + "Grevault Resources Limited,Alder Trading,60,,\nPalivor Industrial Group,Birch Logistics,60,,\n";
        var options = new OwnershipOptions();
        options.BisAffiliates.OwnerPrograms = ["[glomag]"];

        var set = Cover(Csv, OwnershipRule.BisAffiliates, options);

        Assert.Equal(["Alder Trading"], set.CoveredNames());
        options = new OwnershipOptions();
        options.BisAffiliates.ProgramLists = [];
        Assert.Empty(Cover(Csv, OwnershipRule.BisAffiliates, options).Covered);
    }

    [Fact]
    public void Programs_SdnNpwmd30AndEntityList30_AggregateUnderBis()
    {
        var set = Cover(Header + "Palivor Industrial Group,Alder Trading,30,,\n\"Zentrix Microelectronics Co., Ltd.\",Alder Trading,30,,\n", OwnershipRule.BisAffiliates);

        var a = set.CoveredEntity("Alder Trading")!;
        Assert.Equal(OwnershipShare.Exact(60m), a.Share);
        Assert.Equal(["EL", "SDN"], a.OwnerLists);
        Assert.Equal("For all items subject to the EAR (15 CFR 744.8)", a.License!.Requirement);
    }

    [Fact]
    public void Programs_NullOrCmicInOptions_Refused()
    {
        var options = new OwnershipOptions();
        options.BisAffiliates.OwnerPrograms = null!;
        Assert.Throws<ArgumentException>(options.Validate);
        options = new OwnershipOptions();
        options.BisAffiliates.ProgramLists = ["CMIC"];
        Assert.Throws<ArgumentException>(options.Validate);
    }

    // 3. The BIS rule covers foreign affiliates only.

    [Fact]
    public void Country_UsSubsidiaryOfEntityListParty_NotCoveredUnderBis_ARedFlag_ForeignGrandchildStillCovered()
    {
        var set = Cover(
            Header
            + "\"Zentrix Microelectronics Co., Ltd.\",Zentrix Americas Inc,100,,US\n"
            + "Zentrix Americas Inc,Zentrix Mexico SA de CV,100,,Mexico\n",
            OwnershipRule.BisAffiliates);

        var us = set.RedFlag("Zentrix Americas Inc")!;
        Assert.Equal(RedFlagReason.UsLocated, us.Reason);
        Assert.StartsWith("US-located: not covered by the BIS Affiliates Rule", us.Description, StringComparison.Ordinal);
        Assert.Equal("US", us.Entity.Country);
        var mexico = set.CoveredEntity("Zentrix Mexico SA de CV")!;
        Assert.Equal("MX", mexico.Entity.Country);
        Assert.Equal(2, Assert.Single(mexico.Paths).Hops.Count);
        Assert.Equal(["Zentrix Mexico SA de CV"], set.CoveredNames());
    }

    [Fact]
    public void Country_UsSubsidiaryOfSdnParty_StillBlockedUnderOfac()
    {
        var set = Cover(Header + "Xandor Holdings Limited,Alder Trading,100,,United States\n", OwnershipRule.Ofac50Percent);

        Assert.Equal(["Alder Trading"], set.CoveredNames());
    }

    [Fact]
    public void Country_ConflictingCountries_WarnAndKeepTheFirst_UnknownCountryRejected()
    {
        var file = Load(
            Header
            + "\"Zentrix Microelectronics Co., Ltd.\",Alder Trading,60,,HK\n"
            + "Jane Roe,Alder Trading,40,,US\n"
            + "Jane Roe,Birch Logistics,40,,Atlantis\n");
        var graph = OwnershipGraph.Build(file, [TestLists.Snapshot(Z)]);

        var rejection = Assert.Single(file.Report.File.Rejections);
        Assert.Equal(("owned_country", 4L), (rejection.Column, rejection.Line));
        Assert.Contains(graph.Warnings, w => w.Contains("Alder Trading is given the country US, but HK", StringComparison.Ordinal));
        var set = graph.Cover(OwnershipRule.BisAffiliates, new OwnershipOptions { AsOf = InForce });
        Assert.Equal(["Alder Trading"], set.CoveredNames());
    }
}
