using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;

namespace EntityScreen.Tests.Screening;

public class ScreenerTests
{
    private static readonly Screener s_screener = Screener.Create([TestLists.Sample()]);

    [Fact]
    public void Screen_EveryListedName_MatchesItsPartyWithScoreOne()
    {
        foreach (var party in TestLists.Sample().Parties)
        {
            foreach (var name in party.Names)
            {
                var result = s_screener.Screen(name.Value);
                Assert.Contains(result.Matches, m => m.Party.Id == party.Id && m.Score == 1.0);
            }
        }
    }

    [Fact]
    public void Screen_MatchExplanation_ScoreEqualsMatchScore()
    {
        foreach (var query in new[] { "Huawai Technologies", "Lockhead Martin", "洛克希德马丁", "Ryong Nam Rim" })
        {
            foreach (var m in s_screener.Screen(new ScreeningQuery(query) { Threshold = 0.5 }).Matches)
            {
                Assert.Equal(m.Score, m.Explanation.Score);
                Assert.NotEmpty(m.Explanation.Tokens);
                Assert.All(m.Explanation.Tokens.Where(t => t.Kind is not AlignmentKind.QueryOnly and not AlignmentKind.NameOnly), t => Assert.True(t.QueryWeight > 0 && t.NameWeight > 0));
            }
        }
    }

    [Fact]
    public void Screen_ResultCarriesListIdentityAndAlgorithmVersion()
    {
        var result = s_screener.Screen("Huawei Technologies");
        Assert.Equal(ScreeningDefaults.AlgorithmVersion, result.Context.AlgorithmVersion);
        Assert.Single(result.Context.Lists);
        Assert.Equal(new string('0', 64), result.Context.Lists[0].Sha256);
        Assert.Equal(16, result.Context.SnapshotId.Length);
        Assert.Equal(ScreeningDefaults.Threshold, result.Context.Threshold);
    }

    [Fact]
    public void Screen_SameListsAndOptions_GiveSameResultsAndSnapshotId()
    {
        var other = Screener.Create([TestLists.Sample()]);
        Assert.Equal(s_screener.Context.SnapshotId, other.Context.SnapshotId);
        var a = s_screener.Screen(new ScreeningQuery("Shenzhen Technology") { Threshold = 0.3 }).Matches.Select(m => (m.Party.Id, m.Score));
        var b = other.Screen(new ScreeningQuery("Shenzhen Technology") { Threshold = 0.3 }).Matches.Select(m => (m.Party.Id, m.Score));
        Assert.Equal(a, b);
        var stricter = Screener.Create([TestLists.Sample()], new ScreeningOptions { Threshold = 0.9 });
        Assert.NotEqual(s_screener.Context.SnapshotId, stricter.Context.SnapshotId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\0\u0001\u0002\t\r\n")]
    [InlineData("!!!@@@###")]
    [InlineData("\uD800 lone surrogate \uDC00")]
    [InlineData("Huawei 华为 Роснефть عربي ΕΛΛΑΣ 한국")]
    [InlineData("ＨＵＡＷＥＩ")]
    public void Screen_BadOrOddInput_NeverThrows(string query)
    {
        var result = s_screener.Screen(query);
        Assert.All(result.Matches, m => Assert.InRange(m.Score, 0, 1));
    }

    [Fact]
    public void Screen_HugeQuery_IsCutAndAnswered()
    {
        var huge = string.Concat(Enumerable.Repeat("Huawei Technologies Shenzhen ", 200_000));
        var result = s_screener.Screen(huge);
        Assert.NotNull(result);
    }

    [Fact]
    public void Screen_NullName_GivesNoMatches() => Assert.Empty(s_screener.Screen((string)null!).Matches);

    [Fact]
    public void Screen_Filters_RestrictListTypeAndCountry()
    {
        Assert.All(s_screener.Screen(new ScreeningQuery("Lockheed Martin") { ListCodes = ["EL"] }).Matches, m => Assert.Equal("EL", m.Party.List.Code));
        Assert.Empty(s_screener.Screen(new ScreeningQuery("RIM, Ryong Nam") { Type = PartyType.Organization }).Matches);
        Assert.NotEmpty(s_screener.Screen(new ScreeningQuery("RIM, Ryong Nam") { Type = PartyType.Person }).Matches);
    }

    [Fact]
    public void Screen_BadThreshold_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => s_screener.Screen(new ScreeningQuery("x") { Threshold = 1.5 }));

    [Fact]
    public void Create_BadOptions_Throw() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Screener.Create([TestLists.Sample()], new ScreeningOptions { MaxResults = 0 }));

    [Fact]
    public void ScreenMany_ReturnsResultsInInputOrder()
    {
        var names = TestLists.Sample().Parties.SelectMany(p => p.Names).Select(n => n.Value).ToList();
        var results = s_screener.ScreenMany([.. names.Select(n => new ScreeningQuery(n))], maxDegreeOfParallelism: 4);
        Assert.Equal(names, results.Select(r => r.Query));
    }

    [Fact]
    public void Screen_ConcurrentFromManyThreads_GivesSameResultsAsSequential()
    {
        var names = TestLists.Sample().Parties.SelectMany(p => p.Names).Select(n => n.Value).ToArray();
        var expected = names.Select(n => string.Join(";", s_screener.Screen(n).Matches.Select(m => $"{m.Party.Id}={m.Score}"))).ToArray();
        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var k = i % names.Length;
            var got = string.Join(";", s_screener.Screen(names[k]).Matches.Select(m => $"{m.Party.Id}={m.Score}"));
            Assert.Equal(expected[k], got);
        });
    }

    [Fact]
    public async Task ScreeningService_SwapDuringScreening_NeverMixesSnapshots()
    {
        var a = Screener.Create([TestLists.Sample()]);
        var b = Screener.Create([TestLists.Snapshot(TestLists.Party("X:1", "EL", PartyType.Organization, "Huawei Technologies Co., Ltd."))]);
        var service = new ScreeningService(a);
        using var stop = new CancellationTokenSource();
        var swapper = Task.Run(() =>
        {
            var i = 0;
            while (!stop.IsCancellationRequested)
            {
                service.Swap(i++ % 2 == 0 ? b : a);
            }
        });
        Parallel.For(0, 5000, _ =>
        {
            var result = service.Screen("Huawei Technologies Co., Ltd.");
            Assert.True(ReferenceEquals(result.Context, a.Context) || ReferenceEquals(result.Context, b.Context));
            var expectedId = ReferenceEquals(result.Context, a.Context) ? "EL:1" : "X:1";
            Assert.Equal(expectedId, Assert.Single(result.Matches).Party.Id);
        });
        await stop.CancelAsync();
        await swapper;
    }

    [Fact]
    public void ScreeningService_FailedReload_KeepsCurrentScreener()
    {
        var service = new ScreeningService(s_screener);
        Assert.Throws<ListFormatException>(() => service.Reload([Path.Combine(Path.GetTempPath(), "no-such-list-" + Guid.NewGuid() + ".csv")]));
        Assert.Same(s_screener, service.Current);
    }

    [Fact]
    public void AddEntityScreening_RegistersOneServiceLoadingTheLists()
    {
        var path = Path.Combine(Path.GetTempPath(), $"es-di-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "list,name_en,name_zh\nUEL,Lockheed Martin Corporation,洛克希德·马丁公司\n");
        try
        {
            var services = new ServiceCollection();
            services.AddEntityScreening(o => o.ListPaths.Add(path));
            services.AddEntityScreening(o => o.Screening.Threshold = 0.9);
            Assert.Single(services, d => d.ServiceType == typeof(ScreeningService));
            using var provider = services.BuildServiceProvider();
            var service = provider.GetRequiredService<ScreeningService>();
            Assert.Equal(0.9, service.Current.Options.Threshold);
            Assert.True(service.Screen("洛克希德马丁").IsMatch);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Compare_AnyTwoStrings_ScoreInUnitIntervalAndNeverThrows() =>
        Prop.ForAll<string, string>((a, b) =>
        {
            var e = s_screener.Compare(a, b);
            return e.Score is >= 0 and <= 1;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Screen_AnyString_NeverThrowsAndScoresInUnitInterval() =>
        Prop.ForAll<string>(a => s_screener.Screen(a).Matches.All(m => m.Score is >= 0 and <= 1)).QuickCheckThrowOnFailure();

    [Fact]
    public void Compare_NonEmptyNameWithItself_ScoresOne() =>
        Prop.ForAll<NonEmptyString>(s =>
        {
            var e = s_screener.Compare(s.Get, s.Get);
            return e.Score == 1.0 || e.Method == "none";
        }).QuickCheckThrowOnFailure();
}
