using EntityScreen.Tests.Loading;
using static EntityScreen.Tests.Ownership.OwnershipFixture;

namespace EntityScreen.Tests.Ownership;

/// <summary>
/// The affiliates of an ownership file screened like listed names: a covered subsidiary is a match marked as an
/// affiliate (rule, owners, path, shares, licence terms), a red-flag-only entity is reported apart and never makes a
/// match, and the ownership file's identity is in every result's context.
/// </summary>
public class AffiliateScreeningTests
{
    private const string Header = "owner,owned,share\n";

    /// <summary>Z (EL) owns a holding 100%, which owns a trading company 100%; X (SDN) owns 40% of an unlisted fund, which owns 100% of a plant.</summary>
    private const string Groups =
        Header
        + "\"Zentrix Microelectronics Co., Ltd.\",Zentrix Holding (Hong Kong) Limited,100\n"
        + "Zentrix Holding (Hong Kong) Limited,Shenzhen Kelvara Trading Co. Ltd.,100\n"
        + "Xandor Holdings Limited,Orvane Capital Fund,40\n"
        + "Orvane Capital Fund,Pellmont Glassworks,100\n";

    private static (Screener Screener, AffiliateList Affiliates) Build(string csv, DateOnly? asOf = null)
    {
        var lists = Lists();
        var graph = OwnershipGraph.Build(Load(csv), [lists]);
        var affiliates = AffiliateList.Create(graph, new OwnershipOptions { AsOf = asOf ?? InForce });
        return (Screener.Create([lists, affiliates.Snapshot]), affiliates);
    }

    [Fact]
    public void Screen_SubsidiaryOfEntityListPartyThroughCoveredIntermediary_MatchWithBothHops()
    {
        var (screener, _) = Build(Groups);

        var result = screener.Screen("Shenzhen Kelvara Trading Co., Ltd.");

        var match = Assert.Single(result.Matches);
        Assert.Equal("OWNED", match.Party.List.Code);
        var affiliation = Assert.IsType<Affiliation>(match.Affiliation);
        Assert.True(affiliation.IsCovered);
        var bis = Assert.Single(affiliation.Covered);
        Assert.Equal(OwnershipRule.BisAffiliates, bis.Rule);
        var path = Assert.Single(bis.Paths);
        Assert.Equal(
            "Zentrix Microelectronics Co., Ltd. -100%-> Zentrix Holding (Hong Kong) Limited -100%-> Shenzhen Kelvara Trading Co. Ltd.",
            path.Plain());
        Assert.Equal("For all items subject to the EAR.", bis.License!.Requirement);
        Assert.Equal("Presumption of denial.", bis.License.Policy);
        Assert.Contains("BIS Affiliates Rule: owned 100% by covered owners", affiliation.Summary, StringComparison.Ordinal);
        Assert.Contains("(from Zentrix Microelectronics Co., Ltd., EL)", affiliation.Summary, StringComparison.Ordinal);
        Assert.Empty(result.RedFlags);
        Assert.True(result.IsMatch);
    }

    [Fact]
    public void Screen_EntityOwned40PercentThroughUncoveredIntermediary_RedFlagOnlyNeverAMatch()
    {
        var (screener, _) = Build(Groups);

        var result = screener.Screen("Pellmont Glassworks");

        Assert.False(result.IsMatch);
        Assert.Empty(result.Matches);
        var flag = Assert.Single(result.RedFlags);
        Assert.False(flag.Affiliation!.IsCovered);
        var reason = Assert.Single(flag.Affiliation.RedFlags);
        Assert.Equal(RedFlagReason.OwnedThroughUncoveredIntermediary, reason.Reason);
        Assert.Equal(OwnershipRule.Ofac50Percent, reason.Rule);
        Assert.StartsWith("red flag under OFAC 50 Percent Rule", flag.Affiliation.Summary, StringComparison.Ordinal);

        // The intermediary itself (40% held by an SDN party) is a significant-minority red flag.
        var fund = screener.Screen("Orvane Capital Fund");
        Assert.False(fund.IsMatch);
        Assert.Equal(RedFlagReason.SignificantMinority, Assert.Single(Assert.Single(fund.RedFlags).Affiliation!.RedFlags).Reason);
    }

    [Fact]
    public void Screen_ListedOwnerStillMatchesAsItselfAndNotAsAnAffiliate()
    {
        var (screener, affiliates) = Build(Groups);

        var result = screener.Screen("Zentrix Microelectronics Co., Ltd.");

        var match = Assert.Single(result.Matches);
        Assert.Equal("EL:9101", match.Party.Id);
        Assert.Null(match.Affiliation);
        Assert.DoesNotContain(affiliates.Snapshot.Parties, p => p.Names.Any(n => n.Value == "Zentrix Microelectronics Co., Ltd."));
    }

    [Fact]
    public void Screen_BisRuleSuspended_SubsidiaryIsNoMatchAndTheContextSaysWhy()
    {
        var (screener, affiliates) = Build(Groups, asOf: new DateOnly(2026, 1, 15));

        var result = screener.Screen("Shenzhen Kelvara Trading Co., Ltd.");

        Assert.False(result.IsMatch);
        Assert.Empty(result.RedFlags);
        var bis = affiliates.Rules.Single(r => r.Rule == OwnershipRule.BisAffiliates);
        Assert.False(bis.InForce);
        Assert.Contains(result.Context.Ownership!.Rules, r => r.StartsWith("BIS Affiliates Rule: not applied on 2026-01-15", StringComparison.Ordinal));
    }

    [Fact]
    public void Screen_ListedPartyCoveredByAnotherListsRule_MatchesAsItselfAndAsAnAffiliate()
    {
        // An Entity List party owned 60% by an SDN party: listed by BIS, and blocked by OFAC's rule.
        var (screener, _) = Build("owner,owned,owned_id,share\nXandor Holdings Limited,\"Zentrix Microelectronics Co., Ltd.\",EL:9101,60\n");

        var result = screener.Screen("Zentrix Microelectronics Co., Ltd.");

        Assert.Equal(["EL:9101", "OWNED:EL:9101"], result.Matches.Select(m => m.Party.Id).Order(StringComparer.Ordinal));
        var affiliate = result.Matches.Single(m => m.Affiliation is not null);
        Assert.Equal(OwnershipRule.Ofac50Percent, Assert.Single(affiliate.Affiliation!.Covered).Rule);
        Assert.Equal(["SDN"], affiliate.Affiliation.Covered[0].OwnerLists);
    }

    [Fact]
    public void Context_CarriesTheOwnershipFilesHashTheDayAndTheRules()
    {
        using var temp = new TempFiles();
        var path = temp.Write("own.csv", Groups);
        var lists = Lists();
        var file = OwnershipFile.LoadCsv(path);
        var affiliates = AffiliateList.Create(OwnershipGraph.Build(file, [lists]), new OwnershipOptions { AsOf = InForce });
        var screener = Screener.Create([lists, affiliates.Snapshot]);

        var context = screener.Screen("anything at all").Context;

        var own = Assert.Single(context.Ownership!.Files);
        Assert.Equal(path, own.Source);
        Assert.Equal(ListFormat.Ownership, own.Format);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), own.Sha256);
        Assert.Equal(InForce, context.Ownership.AsOf);
        Assert.Equal(3, context.Ownership.Rules.Count);
        Assert.Contains(context.Lists, l => l.Format == ListFormat.Ownership);

        // Another day is another configuration: the snapshot id changes.
        var later = AffiliateList.Create(OwnershipGraph.Build(file, [lists]), new OwnershipOptions { AsOf = InForce.AddDays(1) });
        Assert.NotEqual(screener.Context.SnapshotId, Screener.Create([lists, later.Snapshot]).Context.SnapshotId);
    }

    [Fact]
    public void Screen_AffiliateNameInChinese_GivenOnASecondRowOfItsOwnedId_FindsIt()
    {
        var (screener, affiliates) = Build(
            "owner,owned,owned_id,share\n"
            + "\"Zentrix Microelectronics Co., Ltd.\",Shenzhen Kelvara Trading Co. Ltd.,K1,100\n"
            + "\"Zentrix Microelectronics Co., Ltd.\",深圳凯尔瓦拉贸易有限公司,K1,100\n");

        var party = Assert.Single(affiliates.Snapshot.Parties);
        Assert.Equal(["Shenzhen Kelvara Trading Co. Ltd.", "深圳凯尔瓦拉贸易有限公司"], party.Names.Select(n => n.Value));
        foreach (var query in new[] { "深圳凯尔瓦拉贸易有限公司", "深圳凯尔瓦拉贸易", "Shenzhen Kelvara Trading" })
        {
            var match = Assert.Single(screener.Screen(query).Matches);
            Assert.Equal("OWNED:K1", match.Party.Id);
            Assert.True(match.Affiliation!.IsCovered);
        }

        // Another Chinese company name shares only the place and the legal form: no match.
        Assert.False(screener.Screen("深圳华星贸易有限公司").IsMatch);
    }

    [Fact]
    public void Screen_WithoutOwnership_NoRedFlagsAndNoOwnershipContext()
    {
        var screener = Screener.Create([Lists()]);

        var result = screener.Screen("Shenzhen Kelvara Trading Co., Ltd.");

        Assert.False(result.IsMatch);
        Assert.Empty(result.RedFlags);
        Assert.Null(result.Context.Ownership);
    }

    [Fact]
    public void Screen_AffiliatesIndexed_ExhaustiveScanGivesTheSameMatchesAndFlags()
    {
        var (screener, affiliates) = Build(Groups);
        string[] queries =
        [
            "Shenzhen Kelvara Trading", "Kelvara Trading Co", "Zentrix Holding HK Ltd", "Pellmont Glass Works",
            "Orvane Capital", "Zentrix", "Xandor Holdings", "深圳凯尔瓦拉贸易有限公司",
        ];
        foreach (var name in queries.Concat(affiliates.Snapshot.Parties.SelectMany(p => p.Names.Select(n => n.Value))))
        {
            var query = new ScreeningQuery(name) { Threshold = 0.5 };
            var indexed = screener.Screen(query);
            var exhaustive = screener.ScreenExhaustive(query);
            Assert.Equal(Describe(exhaustive.Matches), Describe(indexed.Matches));
            Assert.Equal(Describe(exhaustive.RedFlags), Describe(indexed.RedFlags));
        }

        static string[] Describe(IEnumerable<ScreeningMatch> matches) => [.. matches.Select(m => $"{m.Party.Id} {m.Score:R}")];
    }

    [Fact]
    public void Screen_EveryAffiliateNameFindsItsParty()
    {
        var (screener, affiliates) = Build(Groups);

        Assert.NotEmpty(affiliates.Snapshot.Parties);
        foreach (var party in affiliates.Snapshot.Parties)
        {
            foreach (var name in party.Names)
            {
                var result = screener.Screen(name.Value);
                var all = result.Matches.Concat(result.RedFlags);
                Assert.Contains(all, m => m.Party.Id == party.Id && m.Score == 1.0);
            }
        }
    }

    [Fact]
    public void CreateWithOwnershipFiles_OneCall_ResolvesOwnersAndIndexesAffiliates()
    {
        var screener = Screener.Create([Lists()], [], [Load(Groups)], ownershipOptions: new OwnershipOptions { AsOf = InForce });

        Assert.NotNull(screener.Affiliates);
        Assert.True(screener.Screen("Shenzhen Kelvara Trading Co., Ltd.").Matches.Single().Affiliation!.IsCovered);
        Assert.Single(screener.Screen("Pellmont Glassworks").RedFlags);
        Assert.NotNull(screener.Context.Ownership);
    }

    [Fact]
    public void CreateWithOwnershipFiles_OptionsAreCopied_LaterChangesDoNotReachTheScreener()
    {
        var options = new OwnershipOptions { AsOf = InForce };
        var screener = Screener.Create([Lists()], [], [Load(Groups)], ownershipOptions: options);
        options.BisAffiliates.Enabled = false;
        options.AsOf = new DateOnly(2026, 1, 1);

        var service = new ScreeningService(screener);
        Assert.True(service.Screen("Shenzhen Kelvara Trading Co., Ltd.").IsMatch);
        Assert.Equal(InForce, screener.Context.Ownership!.AsOf);
    }

    [Fact]
    public void ServiceReload_AppliesTheOwnershipFilesAgainToTheNewLists()
    {
        using var temp = new TempFiles();
        var list = temp.Write("china.csv", "list,name_en,name_zh\nUEL,Lockheed Martin Corporation,洛克希德·马丁公司\n");
        var ownership = OwnershipFile.LoadCsv(temp.Write("own.csv", Header + "Lockheed Martin Corporation,Marvell Orbital Systems Ltd,100\n"));

        // The UEL feeds no rule by default: a rule fed by it here, to exercise the reload on a list file at hand.
        var options = new OwnershipOptions { AsOf = InForce };
        options.Ofac50Percent.OwnerLists = ["UEL"];
        var service = new ScreeningService(Screener.Create(ListLoader.Load([list]), [], [ownership], ownershipOptions: options));
        Assert.True(service.Screen("Marvell Orbital Systems").IsMatch);

        var reloaded = service.Reload([list]);

        Assert.NotNull(reloaded.Affiliates);
        Assert.True(reloaded.Screen("Marvell Orbital Systems").IsMatch);
        Assert.Equal(InForce, reloaded.Context.Ownership!.AsOf);
    }

    [Fact]
    public void AddEntityScreening_OwnershipPaths_AffiliatesScreened()
    {
        using var temp = new TempFiles();
        var list = temp.Write("china.csv", "list,name_en,name_zh\nUEL,Lockheed Martin Corporation,洛克希德·马丁公司\n");
        var own = temp.Write("own.csv", Header + "洛克希德·马丁公司,Marvell Orbital Systems Ltd,60\n");
        var service = ServiceOwningMarvell(list, own);

        var match = Assert.Single(service.Screen("Marvell Orbital Systems Ltd").Matches);
        Assert.Equal("Lockheed Martin Corporation", Assert.Single(match.Affiliation!.Covered).Paths[0].Hops[0].Owner.Name);
    }

    [Theory]
    [InlineData("own.ftm.JSONL", true)]
    [InlineData("own.ndjson", true)]
    [InlineData("own.json", true)]
    [InlineData("own.csv", false)]
    [InlineData("own.txt", false)]
    public void AddEntityScreening_OwnershipPathsReadByExtension_FollowTheMoneyOrCsv(string name, bool followTheMoney)
    {
        using var temp = new TempFiles();
        var list = temp.Write("china.csv", "list,name_en,name_zh\nUEL,Lockheed Martin Corporation,洛克希德·马丁公司\n");
        var own = temp.Write(
            name,
            followTheMoney
                ? """
                  {"id":"lm","schema":"Company","properties":{"name":["Lockheed Martin Corporation"]}}
                  {"id":"mo","schema":"Company","properties":{"name":["Marvell Orbital Systems Ltd"]}}
                  {"id":"own-1","schema":"Ownership","properties":{"owner":["lm"],"asset":["mo"],"percentage":["60"]}}

                  """
                : Header + "Lockheed Martin Corporation,Marvell Orbital Systems Ltd,60\n");
        Assert.Equal(followTheMoney, OwnershipFile.IsFollowTheMoney(own));
        var service = ServiceOwningMarvell(list, own);

        var match = Assert.Single(service.Screen("Marvell Orbital Systems Ltd").Matches);
        Assert.Equal("Lockheed Martin Corporation", Assert.Single(match.Affiliation!.Covered).Paths[0].Hops[0].Owner.Name);
        Assert.Equal(own, Assert.Single(service.Current.Context.Ownership!.Files).Source);
    }

    /// <summary>The service AddEntityScreening makes of one list and one ownership file, the OFAC rule fed by the UEL list, on <see cref="InForce"/>.</summary>
    private static ScreeningService ServiceOwningMarvell(string list, string own)
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Microsoft.Extensions.DependencyInjection.EntityScreeningServiceCollectionExtensions.AddEntityScreening(services, o =>
        {
            o.ListPaths.Add(list);
            o.OwnershipPaths.Add(own);
            o.Ownership.AsOf = InForce;
            o.Ownership.Ofac50Percent.OwnerLists = ["UEL"];
        });

        // The provider is not disposed: the service holds no disposable resource, and the test reads it after.
        var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        return (ScreeningService)provider.GetService(typeof(ScreeningService))!;
    }
}
