using static EntityScreen.Tests.Ownership.OwnershipFixture;

namespace EntityScreen.Tests.Ownership;

/// <summary>
/// Each example of issue 17's "The rule" section as its own test, then chains, cycles, aggregation across owners and
/// lists, rule dates, CMIC, and the Entity List subsidiary through a covered or an uncovered intermediary.
/// </summary>
public class OwnershipRuleTests
{
    private const string Header = "owner,owned,share\n";

    [Fact]
    public void Cover_ListedOwns50OfA_AOwns50OfB_BothCoveredAndBIsNotQuarter()
    {
        var set = Cover(Header + "Xandor Holdings Limited,Alder Trading,50\nAlder Trading,Birch Logistics,50\n", OwnershipRule.Ofac50Percent);

        Assert.Equal(["Alder Trading", "Birch Logistics"], set.CoveredNames());
        var b = set.CoveredEntity("Birch Logistics")!;
        Assert.Equal(OwnershipShare.Exact(50m), b.Share);
        Assert.Equal("Xandor Holdings Limited -50%-> Alder Trading -50%-> Birch Logistics", Assert.Single(b.Paths).Plain());
        Assert.Equal(["SDN"], b.OwnerLists);
        Assert.Empty(set.RedFlags);
    }

    [Fact]
    public void Cover_ListedOwnsHalfOfAAndB_EachOwningQuarterOfC_CIsCovered()
    {
        var set = Cover(
            Header
            + "Xandor Holdings Limited,Alder Trading,50\n"
            + "Xandor Holdings Limited,Birch Logistics,50\n"
            + "Alder Trading,Cedar Components,25\n"
            + "Birch Logistics,Cedar Components,25\n",
            OwnershipRule.Ofac50Percent);

        var c = set.CoveredEntity("Cedar Components")!;
        Assert.Equal(OwnershipShare.Exact(50m), c.Share);
        Assert.Equal(["Alder Trading", "Birch Logistics"], c.Holdings.Select(h => h.Owner.Name));
        Assert.Equal(2, c.Paths.Count);
    }

    [Fact]
    public void Cover_TwoListedOwnersQuarterEach_Aggregate()
    {
        var set = Cover(Header + "Xandor Holdings Limited,Cedar Components,25\n\"YEVRAN, Tomas\",Cedar Components,25\n", OwnershipRule.Ofac50Percent);

        var c = set.CoveredEntity("Cedar Components")!;
        Assert.Equal(OwnershipShare.Exact(50m), c.Share);
        Assert.Equal(["Xandor Holdings Limited", "YEVRAN, Tomas"], c.Holdings.Select(h => h.Owner.Name));
    }

    [Fact]
    public void Cover_ListedOwns10Directly_CoveredAOwns40_Covered()
    {
        var set = Cover(
            Header
            + "Xandor Holdings Limited,Cedar Components,10\n"
            + "Xandor Holdings Limited,Alder Trading,100\n"
            + "Alder Trading,Cedar Components,40\n",
            OwnershipRule.Ofac50Percent);

        Assert.Equal(OwnershipShare.Exact(50m), set.CoveredEntity("Cedar Components")!.Share);
        Assert.Equal(
            ["Xandor Holdings Limited -10%-> Cedar Components", "Xandor Holdings Limited -100%-> Alder Trading -40%-> Cedar Components"],
            set.CoveredEntity("Cedar Components")!.Paths.Select(p => p.Plain()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Cover_ListedOwns40OfUncoveredA_AOwnsAllOfB_BIsRedFlagOnly()
    {
        var set = Cover(Header + "Xandor Holdings Limited,Alder Trading,40\nAlder Trading,Birch Logistics,100\n", OwnershipRule.Ofac50Percent);

        Assert.Empty(set.Covered);
        var a = set.RedFlag("Alder Trading")!;
        Assert.Equal(RedFlagReason.SignificantMinority, a.Reason);
        var b = set.RedFlag("Birch Logistics")!;
        Assert.Equal(RedFlagReason.OwnedThroughUncoveredIntermediary, b.Reason);
        Assert.Equal(OwnershipShare.Exact(100m), b.Share);
        Assert.Equal("Xandor Holdings Limited -40%-> Alder Trading -100%-> Birch Logistics", Assert.Single(b.Paths).Plain());
        Assert.Contains("uncovered intermediary", b.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Cover_Minority30_IsSignificantMinorityRedFlag()
    {
        var set = Cover(Header + "Xandor Holdings Limited,Dogwood Metals,30\n", OwnershipRule.Ofac50Percent);

        Assert.Empty(set.Covered);
        var flag = set.RedFlag("Dogwood Metals")!;
        Assert.Equal(RedFlagReason.SignificantMinority, flag.Reason);
        Assert.Equal(OwnershipShare.Exact(30m), flag.Share);
        Assert.Contains("30%", flag.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Cover_MinorityBelowConfiguredShare_NoRedFlag()
    {
        var csv = Header + "Xandor Holdings Limited,Dogwood Metals,20\n";

        Assert.Empty(Cover(csv, OwnershipRule.Ofac50Percent).RedFlags);
        var lower = Cover(csv, OwnershipRule.Ofac50Percent, options: new OwnershipOptions { MinorityShare = 10m });
        Assert.Equal(RedFlagReason.SignificantMinority, lower.RedFlag("Dogwood Metals")!.Reason);
    }

    [Fact]
    public void Cover_RangeSpanning50_IsUndeterminedRedFlag()
    {
        var set = Cover(Header + "Xandor Holdings Limited,Elm Instruments,40-60%\n", OwnershipRule.Ofac50Percent);

        Assert.Empty(set.Covered);
        var flag = set.RedFlag("Elm Instruments")!;
        Assert.Equal(RedFlagReason.Undetermined, flag.Reason);
        Assert.Equal(new OwnershipShare(40m, 60m, false, false, true), flag.Share);
        Assert.Contains("range", flag.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Cover_MissingShareFromCoveredOwner_IsUndetermined()
    {
        var set = Cover(Header + "Xandor Holdings Limited,Fir Shipping,\n", OwnershipRule.Ofac50Percent);

        var flag = set.RedFlag("Fir Shipping")!;
        Assert.Equal(RedFlagReason.Undetermined, flag.Reason);
        Assert.False(flag.Share.IsKnown);
        Assert.Contains("missing share", flag.Description, StringComparison.Ordinal);
        Assert.Empty(set.Covered);
    }

    [Fact]
    public void Cover_MissingShareBesideCoveringShare_IsCovered()
    {
        // The known 60% already covers; the missing share can only add to it.
        var set = Cover(Header + "Xandor Holdings Limited,Fir Shipping,60\n\"YEVRAN, Tomas\",Fir Shipping,\n", OwnershipRule.Ofac50Percent);

        Assert.Equal(["Fir Shipping"], set.CoveredNames());
        Assert.Empty(set.RedFlags);
    }

    [Fact]
    public void Cover_UndeterminedOwner_MakesItsSubsidiaryUndetermined()
    {
        var set = Cover(Header + "Xandor Holdings Limited,Elm Instruments,40-60%\nElm Instruments,Elm Sensors,100\n", OwnershipRule.Ofac50Percent);

        var flag = set.RedFlag("Elm Sensors")!;
        Assert.Equal(RedFlagReason.Undetermined, flag.Reason);
        Assert.Contains("undetermined", flag.Description, StringComparison.Ordinal);
        Assert.Equal("Xandor Holdings Limited -40%-60%-> Elm Instruments -100%-> Elm Sensors", Assert.Single(flag.Paths).Plain());
    }

    [Theory]
    [InlineData(ShareRangeBound.Low, false)]
    [InlineData(ShareRangeBound.High, true)]
    public void Cover_RangeBoundOption_CountsTheChosenBound(ShareRangeBound bound, bool covered)
    {
        var set = Cover(Header + "Xandor Holdings Limited,Elm Instruments,40-60%\n", OwnershipRule.Ofac50Percent, options: new OwnershipOptions { RangeBound = bound });

        Assert.Equal(covered, set.CoveredEntity("Elm Instruments") is not null);
        Assert.DoesNotContain(set.RedFlags, f => f.Reason == RedFlagReason.Undetermined);
    }

    [Fact]
    public void Cover_RangeBelow50_IsNotCoveredButMinority()
    {
        var set = Cover(Header + "Xandor Holdings Limited,Elm Instruments,<50%\nXandor Holdings Limited,Elm Sensors,>50%\n", OwnershipRule.Ofac50Percent);

        Assert.Equal(["Elm Sensors"], set.CoveredNames());
        Assert.Equal(RedFlagReason.SignificantMinority, set.RedFlag("Elm Instruments")!.Reason);
    }

    [Fact]
    public void Cover_ChainOfDepthFive_AllCoveredWithFiveHops()
    {
        var set = Cover(
            Header
            + "Xandor Holdings Limited,Level One,100\n"
            + "Level One,Level Two,75\n"
            + "Level Two,Level Three,50\n"
            + "Level Three,Level Four,60%\n"
            + "Level Four,Level Five,50.5\n",
            OwnershipRule.Ofac50Percent);

        Assert.Equal(["Level Five", "Level Four", "Level One", "Level Three", "Level Two"], set.CoveredNames());
        var path = Assert.Single(set.CoveredEntity("Level Five")!.Paths);
        Assert.Equal(5, path.Hops.Count);
        Assert.Equal(
            "Xandor Holdings Limited -100%-> Level One -75%-> Level Two -50%-> Level Three -60%-> Level Four -50.5%-> Level Five",
            path.Plain());
        Assert.Equal(OwnershipShare.Exact(50.5m), set.CoveredEntity("Level Five")!.Share);
    }

    [Fact]
    public void Cover_CycleThroughCoveredEntities_EndsAndWarns()
    {
        var set = Cover(
            Header
            + "Xandor Holdings Limited,Alder Trading,60\n"
            + "Alder Trading,Birch Logistics,60\n"
            + "Birch Logistics,Alder Trading,30\n",
            OwnershipRule.Ofac50Percent);

        Assert.Equal(["Alder Trading", "Birch Logistics"], set.CoveredNames());
        Assert.Equal(OwnershipShare.Exact(90m), set.CoveredEntity("Alder Trading")!.Share);
        Assert.Contains(set.Warnings, w => w.Contains("ownership cycle among 2 entities", StringComparison.Ordinal));
        Assert.Single(set.CoveredEntity("Alder Trading")!.Paths);
    }

    [Fact]
    public void Cover_CycleWithoutListedOwner_CoversNothing()
    {
        var set = Cover(Header + "Alder Trading,Birch Logistics,60\nBirch Logistics,Alder Trading,60\n", OwnershipRule.Ofac50Percent);

        Assert.Empty(set.Covered);
        Assert.Empty(set.RedFlags);
        Assert.Contains(set.Warnings, w => w.Contains("ownership cycle", StringComparison.Ordinal));
    }

    [Fact]
    public void Cover_ThreeOwnersAggregate_OneListedTwoCovered()
    {
        var csv = Header
            + "Xandor Holdings Limited,Alder Trading,100\n"
            + "Wendal Maritime SA,Birch Logistics,51\n"
            + "\"YEVRAN, Tomas\",Juniper Energy,20\n"
            + "Alder Trading,Juniper Energy,15\n"
            + "Birch Logistics,Juniper Energy,15\n"
            + "Unlisted Investor Ltd,Juniper Energy,50\n";
        var set = Cover(csv, OwnershipRule.Ofac50Percent);

        var j = set.CoveredEntity("Juniper Energy")!;
        Assert.Equal(OwnershipShare.Exact(50m), j.Share);
        Assert.Equal(3, j.Holdings.Count);
        Assert.Equal(["Unlisted Investor Ltd"], set.Graph.UnlistedOwners);
    }

    [Fact]
    public void Cover_ThirdsInDecimal_ExactlyFifty()
    {
        // 16.67 + 16.67 + 16.66 = 50.00 in decimal (in binary floating point it is not).
        var set = Cover(
            Header
            + "Xandor Holdings Limited,Kapok Mining,16.67\n"
            + "\"YEVRAN, Tomas\",Kapok Mining,16.67\n"
            + "Wendal Maritime SA,Kapok Mining,16.66\n"
            + "Xandor Holdings Limited,Larch Mining,16.66\n"
            + "\"YEVRAN, Tomas\",Larch Mining,16.66\n"
            + "Wendal Maritime SA,Larch Mining,16.67\n"
            + "Xandor Holdings Limited,Maple Mining,16.66\n"
            + "\"YEVRAN, Tomas\",Maple Mining,16.66\n"
            + "Wendal Maritime SA,Maple Mining,16.66\n",
            OwnershipRule.Ofac50Percent);

        Assert.Equal(["Kapok Mining"], set.CoveredNames());
        Assert.Equal(OwnershipShare.Exact(50.00m), set.CoveredEntity("Kapok Mining")!.Share);
        Assert.Equal(RedFlagReason.SignificantMinority, set.RedFlag("Larch Mining")!.Reason);
        Assert.Equal(OwnershipShare.Exact(49.98m), set.RedFlag("Maple Mining")!.Share);
    }

    [Fact]
    public void Cover_AcrossLists_EachRuleCountsOnlyItsOwnersLists()
    {
        var csv = Header
            + "Xandor Holdings Limited,Nutmeg Trade,30\n"
            + "Zentrix Microelectronics Co. Ltd,Nutmeg Trade,30\n"
            + "Xandor Holdings Limited,Olive Trade,60\n"
            + "Zentrix Microelectronics Co. Ltd,Pecan Trade,60\n"
            + "Zentrix Microelectronics Co. Ltd,Quince Trade,30\n"
            + "Morvath Aviation Plant,Quince Trade,30\n";
        var ofac = Cover(csv, OwnershipRule.Ofac50Percent);
        var bis = Cover(csv, OwnershipRule.BisAffiliates);

        // SDN 30% + EL 30%: no rule adds them up; each sees a significant minority.
        Assert.Equal(RedFlagReason.SignificantMinority, ofac.RedFlag("Nutmeg Trade")!.Reason);
        Assert.Equal(RedFlagReason.SignificantMinority, bis.RedFlag("Nutmeg Trade")!.Reason);

        // SDN 60%: OFAC covers it, BIS does not. EL 60%: BIS covers it, OFAC does not. EL 30% + MEU 30%: BIS covers it.
        Assert.Equal(["Olive Trade"], ofac.CoveredNames());
        Assert.Equal(["Pecan Trade", "Quince Trade"], bis.CoveredNames());
        Assert.Equal(["EL", "MEU"], bis.CoveredEntity("Quince Trade")!.OwnerLists);
        Assert.Null(ofac.CoveredEntity("Olive Trade")!.License);
    }

    [Fact]
    public void Cover_SsiOwner_FeedsItsDirectivesTest_NotBlocking()
    {
        var set = Cover(Header + "Selvaro Energy Trading OAO,Rowan Fuels,50\n", OwnershipRule.OfacSsiDirectives);
        Assert.Equal(["SSI"], set.CoveredEntity("Rowan Fuels")!.OwnerLists);
        Assert.Empty(Cover(Header + "Selvaro Energy Trading OAO,Rowan Fuels,50\n", OwnershipRule.Ofac50Percent).CoveredNames());
    }

    [Fact]
    public void Cover_SdnAndSsiShares_AreNeverSummed()
    {
        var csv = Header + "Xandor Holdings Limited,Rowan Fuels,30\nSelvaro Energy Trading OAO,Rowan Fuels,30\n";
        Assert.Empty(Cover(csv, OwnershipRule.Ofac50Percent).CoveredNames());
        Assert.Empty(Cover(csv, OwnershipRule.OfacSsiDirectives).CoveredNames());
    }

    [Fact]
    public void Cover_HighBound_KeepsUnder50Under50()
    {
        var set = Cover(Header + "Xandor Holdings Limited,Elm Instruments,<50%\n", OwnershipRule.Ofac50Percent, options: new OwnershipOptions { RangeBound = ShareRangeBound.High });
        Assert.Empty(set.CoveredNames());
    }

    [Theory]
    [InlineData("2025-09-28", false, "not yet effective")]
    [InlineData("2025-10-15", true, null)]
    [InlineData("2025-11-10", false, "suspended")]
    [InlineData("2026-01-01", false, "suspended")]
    [InlineData("2026-11-09", false, "suspended")]
    [InlineData("2026-11-10", true, null)]
    [InlineData("2026-12-01", true, null)]
    public void Cover_BisRule_OnlyInForceOutsideItsSuspension(string day, bool covered, string? why)
    {
        var set = Cover(Header + "Zentrix Microelectronics Co. Ltd,Sumac Devices,100\n", OwnershipRule.BisAffiliates, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(covered, set.InForce);
        Assert.Equal(covered, set.CoveredEntity("Sumac Devices") is not null);
        if (why is not null)
        {
            Assert.Contains(why, set.NotInForceReason, StringComparison.Ordinal);
            Assert.Empty(set.RedFlags);
        }
    }

    [Fact]
    public void Cover_BisSuspensionExtendedInOptions_StillOff()
    {
        var options = new OwnershipOptions();
        options.BisAffiliates.SuspendedUntil = new DateOnly(2027, 11, 9);
        var set = Cover(Header + "Zentrix Microelectronics Co. Ltd,Sumac Devices,100\n", OwnershipRule.BisAffiliates, options: options);

        Assert.False(set.InForce);
        Assert.Equal("BIS Affiliates Rule: suspended on 2026-12-01 (suspended from 2025-11-10 to 2027-11-09); not applied", set.NotInForceReason);
    }

    [Fact]
    public void Cover_RuleSwitchedOff_NotApplied()
    {
        var options = new OwnershipOptions();
        options.Ofac50Percent.Enabled = false;
        var set = Cover(Header + "Xandor Holdings Limited,Alder Trading,100\n", OwnershipRule.Ofac50Percent, options: options);

        Assert.False(set.InForce);
        Assert.Empty(set.Covered);
    }

    [Fact]
    public void Cover_CmicOwner_CoversNothingUnderEitherRule()
    {
        var csv = Header + "Corvessa Aerospace Industry Corporation,Tamarind Avionics,100\n";

        foreach (var rule in new[] { OwnershipRule.Ofac50Percent, OwnershipRule.BisAffiliates })
        {
            var set = Cover(csv, rule);
            Assert.Empty(set.Covered);
            Assert.Empty(set.RedFlags);
        }

        // The owner is resolved (it is listed), it just feeds no rule; and no option can make it feed one.
        Assert.Equal(OwnerResolutionMethod.NormalizedName, Assert.Single(Graph(csv).Resolutions).Method);
        var options = new OwnershipOptions();
        options.Ofac50Percent.OwnerLists.Add("CMIC");
        Assert.Throws<ArgumentException>(options.Validate);
    }

    [Fact]
    public void Cover_EntityListOwnsAllThroughCoveredIntermediary_SubsidiaryCoveredWithBothHops()
    {
        var set = Cover(
            Header + "Zentrix Microelectronics Co. Ltd,Zentrix Hong Kong Trading Limited,100\nZentrix Hong Kong Trading Limited,Shenzhen Umber Technology Co. Ltd,100\n",
            OwnershipRule.BisAffiliates);

        var sub = set.CoveredEntity("Shenzhen Umber Technology Co. Ltd")!;
        var path = Assert.Single(sub.Paths);
        Assert.Equal(2, path.Hops.Count);
        Assert.Equal(Z, path.Hops[0].Owner.Party);
        Assert.Equal("Zentrix Hong Kong Trading Limited", path.Hops[0].Owned.Name);
        Assert.Equal(OwnershipNodeKind.FileEntity, path.Hops[1].Owner.Kind);
        Assert.Equal(
            "Zentrix Microelectronics Co., Ltd. (EL:9101, EL) -100%-> Zentrix Hong Kong Trading Limited -100%-> Shenzhen Umber Technology Co. Ltd",
            path.ToString());
        Assert.Equal(new LicenseTerms(Z.LicenseRequirement, Z, Z.LicensePolicy, Z), sub.License);
        Assert.Equal(["EL"], sub.OwnerLists);
    }

    [Fact]
    public void Cover_EntityListOwns40OfIntermediary_SubsidiaryIsRedFlagOnly()
    {
        var set = Cover(
            Header + "Zentrix Microelectronics Co. Ltd,Vetiver Holdings Limited,40\nVetiver Holdings Limited,Shenzhen Umber Technology Co. Ltd,100\n",
            OwnershipRule.BisAffiliates);

        Assert.Empty(set.Covered);
        var flag = set.RedFlag("Shenzhen Umber Technology Co. Ltd")!;
        Assert.Equal(RedFlagReason.OwnedThroughUncoveredIntermediary, flag.Reason);
        var path = Assert.Single(flag.Paths);
        Assert.Equal(
            "Zentrix Microelectronics Co., Ltd. -40%-> Vetiver Holdings Limited -100%-> Shenzhen Umber Technology Co. Ltd",
            path.Plain());
    }

    [Fact]
    public void Cover_BisOwnersWithDifferentPolicies_InheritsTheMostRestrictive()
    {
        var set = Cover(
            Header
            + "Quorvane Optics Research Institute,Wisteria Photonics,30\n"
            + "Zentrix Microelectronics Co. Ltd,Wisteria Photonics,30\n"
            + "Quorvane Optics Research Institute,Yew Photonics,60\n"
            + "Morvath Aviation Plant,Yew Photonics,10\n"
            + "Yew Photonics,Yew Photonics Europe,100\n",
            OwnershipRule.BisAffiliates);

        var wisteria = set.CoveredEntity("Wisteria Photonics")!.License!;
        Assert.Equal(Z, wisteria.PolicyFrom);
        Assert.Equal("Presumption of denial.", wisteria.Policy);

        // Q's case-by-case policy is beaten by M's presumption of denial; Q's requirement (all items) by none.
        var yew = set.CoveredEntity("Yew Photonics Europe")!.License!;
        Assert.Equal(M, yew.PolicyFrom);
        Assert.Equal(Q, yew.RequirementFrom);
        Assert.Equal(["EL", "MEU"], set.CoveredEntity("Yew Photonics Europe")!.OwnerLists);
    }

    [Fact]
    public void Cover_SharesOver100_WarnsAndStillComputes()
    {
        var set = Cover(Header + "Xandor Holdings Limited,Alder Trading,80\nSomeone Else,Alder Trading,40\n", OwnershipRule.Ofac50Percent);

        Assert.Equal(["Alder Trading"], set.CoveredNames());
        Assert.Contains(set.Warnings, w => w.Contains("sum to at least 120% (over 100%", StringComparison.Ordinal));
    }

    [Fact]
    public void Cover_DuplicateHolding_CountsOnceKeepingTheLatest()
    {
        var set = Cover(
            "owner,owned,share,as_of\n"
            + "Xandor Holdings Limited,Alder Trading,30,2024-01-01\n"
            + "Xandor Holdings Limited,Alder Trading,30,2023-01-01\n"
            + "Xandor Holdings Limited,Birch Logistics,30,2024-01-01\n"
            + "Xandor Holdings Limited,Birch Logistics,55,2025-01-01\n",
            OwnershipRule.Ofac50Percent);

        Assert.Equal(["Birch Logistics"], set.CoveredNames());
        Assert.Equal(OwnershipShare.Exact(30m), set.RedFlag("Alder Trading")!.Share);
        Assert.Equal(2, set.Warnings.Count(w => w.Contains("one holding, not two", StringComparison.Ordinal)));
    }

    [Fact]
    public void Cover_ResultCarriesTheFileSha256()
    {
        var set = Cover(Header + "Xandor Holdings Limited,Alder Trading,100\n", OwnershipRule.Ofac50Percent);

        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Header + "Xandor Holdings Limited,Alder Trading,100\n")));
        Assert.Equal(expected, Assert.Single(set.Sources).File.Sha256);
        Assert.Equal(set.Sources[0].File.File, set.CoveredEntity("Alder Trading")!.Holdings[0].Edge.File);
    }

    [Fact]
    public void Resolution_TheNameAsWrittenWinsOverAFoldedDuplicate()
    {
        // Two listings whose names fold to the same words; the owner names the first as written.
        var dup = TestLists.Party("EL:9103", "EL", PartyType.Organization, "Zentrix Microelectronic Co Ltd");
        var lists = TestLists.Snapshot(X, Y, W, Z, Q, M, Cmic, S, dup);
        var set = Graph(Header + "\"Zentrix Microelectronics Co., Ltd.\",Walnut Devices,100\n", lists)
            .Cover(OwnershipRule.BisAffiliates, new OwnershipOptions { AsOf = InForce });
        Assert.Equal(["Walnut Devices"], set.CoveredNames());
    }

    [Fact]
    public void Resolution_AnotherLegalFormIsNotTheListedParty()
    {
        var set = Cover(Header + "Xandor Holdings GmbH,Walnut Devices,100\n", OwnershipRule.Ofac50Percent);
        Assert.Empty(set.CoveredNames());
    }
}
