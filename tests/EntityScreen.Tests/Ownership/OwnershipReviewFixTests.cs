using System.Globalization;
using System.Text;
using EntityScreen.Tests.Loading;
using static EntityScreen.Tests.Ownership.OwnershipFixture;

namespace EntityScreen.Tests.Ownership;

/// <summary>The defects of the review of 2026-12-05 (docs/ownership.md), each with the case that showed it.</summary>
public class OwnershipReviewFixTests
{
    private const string Header = "owner,owned,share\n";

    private static readonly OwnershipOptions s_inForce = new() { AsOf = InForce };

    /// <summary>Two SDN listings whose names normalize the same (no primary name is written as the owner is): an ambiguous owner under OFAC.</summary>
    private static ListSnapshot TwoNimbus(string secondList) => TestLists.Snapshot(
        TestLists.Party("SDN:5", "SDN", PartyType.Organization, "NIMBUS STAR TRADING CO. LTD"),
        TestLists.Party(secondList + ":6", secondList, PartyType.Organization, "Nimbus Star Trading Co., Ltd."));

    [Fact]
    public void Validate_NullOwnerLists_ClearArgumentException()
    {
        var options = new OwnershipOptions { AsOf = InForce };
        options.Ofac50Percent.OwnerLists = null!;

        var ex = Assert.Throws<ArgumentException>(options.Validate);
        Assert.Contains("Ofac50Percent.OwnerLists is null", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Graph(Header + "Xandor Holdings Limited,Alder Trading,100\n").Cover(OwnershipRule.Ofac50Percent, options));
    }

    [Fact]
    public void Cover_AmbiguousOwnerAllCandidatesFeedTheRule_HoldsAsCoveredOwner()
    {
        // C1: before, the ambiguous owner counted as unlisted and Opal Sub was silently clear.
        var graph = Graph(Header + "Nimbus Star Trading Co Ltd,Opal Sub,100\n", TwoNimbus("SDN"));

        var resolution = Assert.Single(graph.Resolutions);
        Assert.Equal(OwnerResolutionMethod.Ambiguous, resolution.Method);
        var set = graph.Cover(OwnershipRule.Ofac50Percent, s_inForce);
        var opal = Assert.Single(set.Covered);
        Assert.Equal("Opal Sub", opal.Entity.Name);
        Assert.Equal(["SDN"], opal.OwnerLists);
        var owner = Assert.Single(opal.Paths).Hops[0].Owner;
        Assert.Equal(OwnershipNodeKind.Ambiguous, owner.Kind);
        Assert.Equal(["SDN:5", "SDN:6"], owner.Candidates.Select(c => c.Id));
        Assert.Equal("Nimbus Star Trading Co Ltd (ambiguous: one of NIMBUS STAR TRADING CO. LTD (SDN:5, SDN); Nimbus Star Trading Co., Ltd. (SDN:6, SDN)) -100%-> Opal Sub", opal.Paths[0].ToString());
        Assert.Empty(set.RedFlags);

        // Under BIS neither candidate feeds the rule: nothing.
        var bis = graph.Cover(OwnershipRule.BisAffiliates, s_inForce);
        Assert.Empty(bis.Covered);
        Assert.Empty(bis.RedFlags);
    }

    [Fact]
    public void Cover_AmbiguousOwnerSomeCandidatesFeedTheRule_RedFlagOwnerAmbiguousUnderEitherRule()
    {
        var graph = Graph(Header + "Nimbus Star Trading Co Ltd,Opal Sub,100\nNimbus Star Trading Co Ltd,Onyx Sub,30\n", TwoNimbus("EL"));

        foreach (var rule in new[] { OwnershipRule.Ofac50Percent, OwnershipRule.BisAffiliates })
        {
            var set = graph.Cover(rule, s_inForce);
            Assert.Empty(set.Covered);
            var opal = set.RedFlag("Opal Sub")!;
            Assert.Equal(RedFlagReason.AmbiguousOwner, opal.Reason);
            Assert.StartsWith("owner ambiguous, undetermined", opal.Description, StringComparison.Ordinal);
            Assert.Contains("Nimbus Star Trading Co Ltd (ambiguous: one of", opal.Description, StringComparison.Ordinal);
            Assert.Equal(OwnershipNodeKind.Ambiguous, Assert.Single(opal.Holdings).Owner.Kind);

            // 30% would be a significant minority if the owner is the party that feeds the rule.
            var onyx = set.RedFlag("Onyx Sub")!;
            Assert.Equal(RedFlagReason.AmbiguousOwner, onyx.Reason);
            Assert.Contains("significant minority", onyx.Description, StringComparison.Ordinal);
        }

        Assert.Equal(OwnerResolutionMethod.Ambiguous, Assert.Single(graph.Resolutions).Method);
    }

    [Fact]
    public void Cover_AmbiguousFileEntitiesOneCovered_RedFlagNotClear()
    {
        var set = Cover(
            "owner,owned,share,owned_id\n"
            + "Xandor Holdings Limited,Pine Trading,100,P-1\n"
            + "Private Founder,Pine Trading,100,P-2\n"
            + "Pine Trading,Pine Sub,100,\n",
            OwnershipRule.Ofac50Percent);

        Assert.Equal(["Pine Trading"], set.CoveredNames());
        Assert.Equal(RedFlagReason.AmbiguousOwner, set.RedFlag("Pine Sub")!.Reason);
    }

    [Fact]
    public void Build_OwnedNameWithoutIdOfListedParty_IsThatListedParty()
    {
        // C2: before, the owned "Zentrix Microelectronics Co Ltd" was an entity of the file, and as owner that
        // entity, so Zentrix Europe BV was clear under the BIS rule.
        var graph = Graph(Header + "Private Founder,Zentrix Microelectronics Co Ltd,60\nZentrix Microelectronics Co Ltd,Zentrix Europe BV,100\n");

        var resolution = Assert.Single(graph.Resolutions);
        Assert.True(resolution.IsOwnedSide);
        Assert.Equal((OwnerResolutionMethod.NormalizedName, Z), (resolution.Method, resolution.Party));
        var set = graph.Cover(OwnershipRule.BisAffiliates, s_inForce);
        var europe = Assert.Single(set.Covered);
        Assert.Equal("Zentrix Europe BV", europe.Entity.Name);
        var owner = Assert.Single(europe.Paths).Hops[0].Owner;
        Assert.Equal(Z, owner.Party);
        Assert.Equal(["Zentrix Microelectronics Co Ltd"], owner.Aliases);
    }

    [Fact]
    public void Build_OwnedNameOfTwoListedParties_StaysFileEntityAndIsReported()
    {
        var graph = Graph(Header + "Private Founder,Nimbus Star Trading Co Ltd,100\n", TwoNimbus("SDN"));

        var resolution = Assert.Single(graph.Resolutions);
        Assert.True(resolution.IsOwnedSide);
        Assert.Equal(OwnerResolutionMethod.Ambiguous, resolution.Method);
        Assert.Equal(2, resolution.Candidates.Count);
        Assert.Equal(OwnershipNodeKind.FileEntity, graph.Node(graph.EdgeOwned[0]).Kind);
    }

    [Fact]
    public void Build_OwnerAndOwnedDifferInCase_ChainHoldsWithWarning()
    {
        // M5: before, "ACME  Holdings" was an unlisted owner and the chain broke.
        var graph = Graph(Header + "Xandor Holdings Limited,Acme Holdings,100\nACME  Holdings,Birch Logistics,100\nacme holdings,Cedar Components,100\n");

        Assert.Equal(["Acme Holdings", "Birch Logistics", "Cedar Components"], graph.Cover(OwnershipRule.Ofac50Percent, s_inForce).CoveredNames());
        Assert.Empty(graph.UnlistedOwners);
        Assert.Contains(graph.Warnings, w => w.Contains(":3: 'ACME  Holdings' and 'Acme Holdings' are taken as one name", StringComparison.Ordinal));
        Assert.Contains(graph.Warnings, w => w.Contains(":4: 'acme holdings' and 'Acme Holdings' are taken as one name", StringComparison.Ordinal));
    }

    [Fact]
    public void Cover_IntermediaryAndCoveredCoOwnerTogetherOver50_ThroughFlagNamesBoth()
    {
        // M6: X holds 40% of A (a minority flag, not covered); A holds 40% of B and X 20% directly. Before: B was clear
        // (40% through A under 50%, X's 20% under the minority share). Now: a flag naming A and X, 60% in aggregate.
        var set = Cover(
            Header + "Xandor Holdings Limited,Alder Trading,40\nAlder Trading,Birch Logistics,40\nXandor Holdings Limited,Birch Logistics,20\n",
            OwnershipRule.Ofac50Percent);

        Assert.Empty(set.Covered);
        var b = set.RedFlag("Birch Logistics")!;
        Assert.Equal(RedFlagReason.OwnedThroughUncoveredIntermediary, b.Reason);
        Assert.Equal(OwnershipShare.Exact(60m), b.Share);
        Assert.Contains("red-flagged owners (Alder Trading) hold 40%", b.Description, StringComparison.Ordinal);
        Assert.Contains("covered owners (Xandor Holdings Limited) hold 20% directly", b.Description, StringComparison.Ordinal);
        Assert.Equal(["Alder Trading", "Xandor Holdings Limited"], b.Holdings.Select(h => h.Owner.Name).Order(StringComparer.Ordinal));
        Assert.Equal(2, b.Paths.Count);
    }

    [Fact]
    public void Cover_CoveredMinorityAndIntermediary_MinorityFlagMentionsIntermediary()
    {
        var set = Cover(
            Header + "Xandor Holdings Limited,Alder Trading,40\nAlder Trading,Birch Logistics,60\n\"YEVRAN, Tomas\",Birch Logistics,30\n",
            OwnershipRule.Ofac50Percent);

        var b = set.RedFlag("Birch Logistics")!;
        Assert.Equal(RedFlagReason.SignificantMinority, b.Reason);
        Assert.Contains("covered owners hold 30%", b.Description, StringComparison.Ordinal);
        Assert.Contains("red-flagged intermediaries (Alder Trading) also hold 60%, which does not count", b.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Cover_HundredThousandListedOwnersAlongAChain_LicenceInheritedLinearly()
    {
        // M1: R(i) (Entity List, same policy text) holds 1% of E(i); E(i-1) holds 60% of E(i); R(1) holds all of E(1).
        // The roots come in reverse order, so the old worklist pushed each better term down one level per round:
        // about n^2/2 comparisons (hours at n = 100,000). Every E(i) inherits R(1)'s terms (ties go to the lower id).
        const int N = 100_000;
        var parties = new ListedParty[N];
        for (var i = 1; i <= N; i++)
        {
            parties[i - 1] = TestLists.Party(Id(i), "EL", PartyType.Organization, "Root " + Id(i)) with
            {
                LicenseRequirement = "For all items subject to the EAR.",
                LicensePolicy = "Presumption of denial.",
            };
        }

        // Every side by id, so the build resolves nothing by name (kept fast; names are another test's concern).
        var csv = new StringBuilder("owner,owned,share,owner_id,owned_id\n");
        for (var i = N; i >= 1; i--)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Root {Id(i)},E{i},{(i == 1 ? 100 : 1)},{Id(i)},E{i}\n");
        }

        for (var i = 2; i <= N; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"E{i - 1},E{i},60,E{i - 1},E{i}\n");
        }

        var set = OwnershipGraph.Build(Load(csv.ToString()), [TestLists.Snapshot(parties)]).Cover(OwnershipRule.BisAffiliates, s_inForce);

        Assert.Equal(N, set.Covered.Count);
        Assert.All(set.Covered, c => Assert.Equal((Id(1), Id(1)), (c.License!.PolicyFrom!.Id, c.License.RequirementFrom!.Id)));
        Assert.All(set.Covered, c => Assert.Equal(["EL"], c.OwnerLists));

        static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"EL:{i:D6}");
    }

    [Fact]
    public void Paths_ChainDeeperThanStepBudget_TruncatedPathNotNone()
    {
        // Before: a chain deeper than the walk's step budget gave no path at all.
        const int Depth = 150_000;
        var csv = new StringBuilder(Header + "Xandor Holdings Limited,E1,100\n");
        for (var i = 2; i <= Depth; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"E{i - 1},E{i},100\n");
        }

        var set = Graph(csv.ToString()).Cover(OwnershipRule.Ofac50Percent, s_inForce);

        var deepest = set.CoveredEntity("E" + Depth.ToString(CultureInfo.InvariantCulture))!;
        var path = Assert.Single(deepest.Paths);
        Assert.True(path.IsTruncated);
        Assert.Equal(OwnershipDefaults.MaxTruncatedPathHops, path.Hops.Count);
        Assert.Equal("E149999", path.Hops[^1].Owner.Name);
        Assert.Equal("E149000", path.Hops[0].Owner.Name);
        Assert.StartsWith("... -> E149000 -100%-> E149001", path.ToString(), StringComparison.Ordinal);
        Assert.False(Assert.Single(set.CoveredEntity("E10")!.Paths).IsTruncated);
    }

    [Fact]
    public void Build_SameNameWithTwoIds_TwoEntitiesNotSelfOwnership()
    {
        var graph = Graph("owner,owned,share,owner_id,owned_id\nXandor Holdings Limited,Acme Ltd,100,,ACME-UK\nAcme Ltd,Acme Ltd,100,ACME-UK,ACME-HK\n");

        Assert.Equal(2, graph.EdgeCount);
        Assert.DoesNotContain(graph.Warnings, w => w.Contains("self-ownership", StringComparison.Ordinal));
        Assert.Equal(["ACME-HK", "ACME-UK"], graph.Cover(OwnershipRule.Ofac50Percent, s_inForce).Covered.Select(c => c.Entity.Id).Order(StringComparer.Ordinal));

        // The owner's id is no owned_id: it is not the entity of another owned_id that shares its name.
        var alone = Graph("owner,owned,share,owner_id,owned_id\nAcme Ltd,Acme Ltd,100,ACME-UK,ACME-HK\n");
        Assert.Equal(1, alone.EdgeCount);
        Assert.Equal(["Acme Ltd"], alone.UnlistedOwners);
        Assert.Contains("not the entity of owned_id 'ACME-HK'", Assert.Single(alone.Resolutions).Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SecondRowSameOwnedIdChineseName_IsAliasAndResolvesAsOwner()
    {
        var graph = Graph(
            "owner,owned,share,owned_id\n"
            + "Xandor Holdings Limited,Zhenke Hong Kong Trading Limited,100,ZHK-1\n"
            + "Private Founder,真科香港贸易有限公司,0,ZHK-1\n"
            + "Private Founder,ZHENKE HONG KONG TRADING LIMITED,0,ZHK-1\n"
            + "真科香港贸易有限公司,深圳真科电子有限公司,100,\n");

        var set = graph.Cover(OwnershipRule.Ofac50Percent, s_inForce);
        var hk = set.Covered.Single(c => c.Entity.Id == "ZHK-1");
        Assert.Equal("Zhenke Hong Kong Trading Limited", hk.Entity.Name);
        Assert.Equal(["真科香港贸易有限公司"], hk.Entity.Aliases);
        Assert.Contains(set.Covered, c => c.Entity.Name == "深圳真科电子有限公司");
        Assert.DoesNotContain(graph.UnlistedOwners, o => o.StartsWith('真'));

        // The names of one owned_id are one entity by its id: no warning that spellings were folded.
        Assert.DoesNotContain(graph.Warnings, w => w.Contains("taken as one name", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_EntityNamesFromTheFile_MergedIntoAliases()
    {
        var loaded = Load("owner,owned,share,owned_id\nXandor Holdings Limited,Zhenke Hong Kong Trading Limited,100,ZHK-1\n真科香港,Sub,100,\n");
        var file = new OwnershipFile(loaded.Report, loaded.Strings, loaded.Shares, loaded.Rows)
        {
            EntityNames = new Dictionary<string, IReadOnlyList<string>>
            {
                ["ZHK-1"] = ["Zhenke Hong Kong Trading Limited", "真科香港", "Zhenke HK"],
                ["NOT-OWNED"] = ["Someone"],
            },
        };

        var graph = OwnershipGraph.Build(file, [Lists()]);

        var set = graph.Cover(OwnershipRule.Ofac50Percent, s_inForce);
        Assert.Equal(["真科香港", "Zhenke HK"], set.Covered.Single(c => c.Entity.Id == "ZHK-1").Entity.Aliases);
        Assert.NotNull(set.CoveredEntity("Sub"));
        Assert.Empty(new OwnershipNode(OwnershipNodeKind.Unlisted, "Private Founder", null, null).Aliases);
    }
}
