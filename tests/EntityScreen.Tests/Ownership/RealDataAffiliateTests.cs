using EntityScreen.Tests.Loading;

namespace EntityScreen.Tests.Ownership;

/// <summary>
/// Ownership on the real lists of the shared data folder: subsidiaries with invented names, owned by real listed parties
/// named as the lists name them (public names, no row of the files), screened with the default alias overlay.
/// </summary>
public class RealDataAffiliateTests
{
    /// <summary>A day on which both rules are in force.</summary>
    private static readonly DateOnly s_inForce = new(2026, 12, 1);

    private const string Csv =
        "owner,owned,owned_id,share\n"
        + "\"Huawei Technologies Co., Ltd.\",\"Shenzhen Lumacrest Devices Co., Ltd.\",T-1,60\n"
        + "\"Shenzhen Lumacrest Devices Co., Ltd.\",Lumacrest Trading (HK) Limited,T-2,100\n"
        + "华为技术有限公司,Qorvale Photonics Pte. Ltd.,T-3,30\n"
        + "Islamic Revolutionary Guard Corps,Kavirand Marine Services LLC,T-4,50\n"
        + "\"Shenzhen Lumacrest Devices Co., Ltd.\",Lumacrest Optical (Dongguan) Co. Ltd.,T-5,100\n"
        + "\"Shenzhen Lumacrest Devices Co., Ltd.\",东莞流明峰光学有限公司,T-5,100\n";

    private static readonly Lazy<Screener?> s_screener = new(() =>
    {
        if (RealLists.Snapshots is not { } s)
        {
            return null;
        }

        using var temp = new TempFiles();
        var file = OwnershipFile.LoadCsv(temp.Write("ownership.csv", Csv));
        return Screener.Create([s.Csl, s.China], [AliasOverlay.Default], [file], ownershipOptions: new OwnershipOptions { AsOf = s_inForce });
    });

    [SharedDataFact]
    public void EntityListSubsidiary_TwoHops_MatchWithPathSharesAndInheritedLicence()
    {
        if (s_screener.Value is not { } screener)
        {
            return;
        }

        var match = Assert.Single(screener.Screen("Lumacrest Trading (HK) Limited").Matches);
        var bis = Assert.Single(match.Affiliation!.Covered);
        Assert.Equal(OwnershipRule.BisAffiliates, bis.Rule);
        var path = Assert.Single(bis.Paths);
        Assert.Equal(2, path.Hops.Count);
        Assert.Equal("Huawei Technologies Co., Ltd.", path.Hops[0].Owner.Name);
        Assert.Equal("EL", path.Hops[0].Owner.Party!.List.Code);
        Assert.Equal([OwnershipShare.Exact(60m), OwnershipShare.Exact(100m)], path.Hops.Select(h => h.Share));
        Assert.Equal(OwnershipShare.Exact(100m), bis.Share);

        // The Entity List entry's licence requirement (with its § 734.9(e) foreign direct product footnote) is inherited.
        Assert.Equal(path.Hops[0].Owner.Party!.LicenseRequirement, bis.License!.Requirement);
        Assert.Contains("734.9(e)", bis.License.Requirement, StringComparison.Ordinal);
        Assert.Contains("owned 100% by covered owners (Huawei Technologies Co., Ltd. (", match.Affiliation.Summary, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void OwnerNamedInChinese_ResolvedToTheEntityListParty_MinorityIsARedFlagOnly()
    {
        if (s_screener.Value is not { } screener)
        {
            return;
        }

        var resolution = Assert.Single(screener.Affiliates!.Graph.Resolutions, r => r.Owner == "华为技术有限公司");
        Assert.Equal("Huawei Technologies Co., Ltd.", resolution.Party!.PrimaryName);

        var result = screener.Screen("Qorvale Photonics Pte Ltd");
        Assert.False(result.IsMatch);
        var flag = Assert.Single(result.RedFlags);
        Assert.Equal(RedFlagReason.SignificantMinority, Assert.Single(flag.Affiliation!.RedFlags).Reason);
    }

    [SharedDataFact]
    public void AffiliateNamedInChinese_FoundByItsChineseName_WhenTheFileGivesIt()
    {
        if (s_screener.Value is not { } screener)
        {
            return;
        }

        // The file gives the subsidiary's Chinese name on a second row of the same owned_id: an alias, indexed like a
        // listed Chinese name (read as well as matched as written).
        foreach (var query in new[] { "东莞流明峰光学有限公司", "东莞流明峰光学" })
        {
            var match = Assert.Single(screener.Screen(query).Matches);
            Assert.Equal("OWNED:T-5", match.Party.Id);
            Assert.Equal("Lumacrest Optical (Dongguan) Co. Ltd.", match.Party.PrimaryName);
            Assert.Equal(OwnershipRule.BisAffiliates, Assert.Single(match.Affiliation!.Covered).Rule);
            Assert.Equal(2, match.Affiliation.Covered[0].Paths[0].Hops.Count);
        }
    }

    [SharedDataFact]
    public void SdnSubsidiary_CoveredByOfac_ListedPartiesStillMatchAsThemselves()
    {
        if (s_screener.Value is not { } screener)
        {
            return;
        }

        var match = Assert.Single(screener.Screen("Kavirand Marine Services LLC").Matches);
        var ofac = match.Affiliation!.Covered[0];
        Assert.Equal(OwnershipRule.Ofac50Percent, ofac.Rule);
        Assert.Contains("SDN", ofac.OwnerLists);

        // The IRGC is designated under programs of 15 CFR 744.8(a)(1) (SDGT, NPWMD on the real list), so the BIS
        // Affiliates Rule covers its subsidiary too, with the § 744.8 requirement (the SDN list publishes none).
        var bis = Assert.Single(match.Affiliation.Covered, c => c.Rule == OwnershipRule.BisAffiliates);
        Assert.Equal(OwnershipDefaults.SdnProgramLicenseRequirement, bis.License!.Requirement);

        var huawei = screener.Screen("Huawei Technologies Co., Ltd.");
        Assert.Contains(huawei.Matches, m => m.Party.List.Code == "EL" && m.Affiliation is null && m.Score == 1.0);
        Assert.Empty(huawei.RedFlags);
    }

    [SharedDataFact]
    public void AffiliatesIndexed_IndexEqualsExhaustiveScan()
    {
        if (s_screener.Value is not { } screener)
        {
            return;
        }

        string[] queries =
        [
            "Lumacrest Trading HK", "Shenzhen Lumacrest Devices", "Qorvale Photonics", "Kavirand Marine", "Huawei Technologies",
            "华为技术有限公司", "Lumacrest", "Shenzhen Trading Co., Ltd.",
        ];
        foreach (var name in queries)
        {
            var query = new ScreeningQuery(name);
            var indexed = screener.Screen(query);
            var exhaustive = screener.ScreenExhaustive(query);
            Assert.Equal(Describe(exhaustive.Matches), Describe(indexed.Matches));
            Assert.Equal(Describe(exhaustive.RedFlags), Describe(indexed.RedFlags));
        }

        static string[] Describe(IEnumerable<ScreeningMatch> matches) => [.. matches.Select(m => $"{m.Party.Id} {m.Score:R}")];
    }
}
