using EntityScreen.Tests.Overlays;
using Microsoft.Extensions.DependencyInjection;

namespace EntityScreen.Tests.Screening;

/// <summary>A screener built with alias overlays: overlay names match, and say so; the context carries the overlays.</summary>
public class ScreenerOverlayTests
{
    private static readonly AliasOverlay s_overlay = AliasOverlayTests.Overlay(
        "list,listed_name,name,source",
        "EL,China Electronics Technology Group Corporation 13th Research Institute,电科十三所,https://www.cetc.com.cn/",
        "SDN,ROSNEFT OIL COMPANY,Rosneft Oil Co. PJSC,https://www.rosneft.com/");

    [Fact]
    public void Screen_OverlayName_FindsThePartyAtOne_AndTheMatchNamesTheOverlay()
    {
        var screener = Screener.Create([TestLists.Sample()], [s_overlay]);

        var result = screener.Screen("电科十三所");

        var top = result.Matches[0];
        Assert.Equal("EL:2", top.Party.Id);
        Assert.Equal(1.0, top.Score);
        Assert.Equal(1.0, top.Explanation.Score);
        Assert.Equal("电科十三所", top.MatchedName.Value);
        Assert.Equal(s_overlay.Identity, top.MatchedName.Overlay);
        Assert.Equal("https://www.cetc.com.cn/", top.MatchedName.Citation);
        Assert.Contains(top.Party.Names, n => n.FromOverlay);
        Assert.Equal([s_overlay.Identity], result.Context.Overlays);
    }

    [Fact]
    public void Screen_WithoutOverlay_TheChineseNameFindsNothing()
    {
        var result = Screener.Create([TestLists.Sample()]).Screen("电科十三所");

        Assert.DoesNotContain(result.Matches, m => m.Party.Id == "EL:2" && m.Score == 1.0);
        Assert.Empty(result.Context.Overlays);
    }

    [Fact]
    public void Screen_ListedNameStillWins_WhenTheOverlayNameNormalizesTheSame()
    {
        var screener = Screener.Create([TestLists.Sample()], [s_overlay]);

        var top = screener.Screen("Rosneft Oil Company").Matches[0];

        Assert.Equal("SDN:3", top.Party.Id);
        Assert.False(top.MatchedName.FromOverlay);
    }

    [Fact]
    public void Create_WithOverlays_ReportsThem_AndTheSnapshotIdHashesThem()
    {
        var plain = Screener.Create([TestLists.Sample()]);
        var none = Screener.Create([TestLists.Sample()], []);
        var with = Screener.Create([TestLists.Sample()], [s_overlay]);
        var other = Screener.Create([TestLists.Sample()], [AliasOverlayTests.Overlay("entity_id,name,source", "EL:1,华为,x")]);

        Assert.Equal(plain.Context.SnapshotId, none.Context.SnapshotId);
        Assert.NotEqual(plain.Context.SnapshotId, with.Context.SnapshotId);
        Assert.NotEqual(with.Context.SnapshotId, other.Context.SnapshotId);
        Assert.Equal(with.Context.SnapshotId, Screener.Create([TestLists.Sample()], [s_overlay]).Context.SnapshotId);
        var report = Assert.Single(with.Overlays);
        Assert.Equal(2, report.RowsApplied);
        Assert.Empty(plain.Overlays);
        Assert.Equal(plain.PartyCount, with.PartyCount);
        Assert.True(with.NameCount > plain.NameCount);
    }

    [Fact]
    public void ServiceReload_KeepsTheOverlaysInForce_OrReplacesThem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"es-overlay-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "list,name_en,name_zh\nUEL,Lockheed Martin Corporation,洛克希德·马丁公司\n");
        try
        {
            var overlay = AliasOverlayTests.Overlay("listed_name,name,source", "Lockheed Martin Corporation,LMT Sample Brand,x");
            var service = new ScreeningService(Screener.Create(ListLoader.Load([path]), [overlay]));

            var kept = service.Reload([path]);
            Assert.Equal([overlay.Identity], kept.Context.Overlays);
            Assert.True(kept.Screen("LMT Sample Brand").Matches[0].MatchedName.FromOverlay);

            var replaced = service.Reload([path], []);
            Assert.Empty(replaced.Context.Overlays);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AddEntityScreening_AppliesTheConfiguredOverlays()
    {
        var list = Path.Combine(Path.GetTempPath(), $"es-di-{Guid.NewGuid():N}.csv");
        var overlay = Path.Combine(Path.GetTempPath(), $"es-di-overlay-{Guid.NewGuid():N}.csv");
        File.WriteAllText(list, "list,name_en,name_zh\nUEL,Lockheed Martin Corporation,洛克希德·马丁公司\n");
        File.WriteAllText(overlay, "listed_name,name,source\nLockheed Martin Corporation,LMT Sample Brand,x\n");
        try
        {
            var services = new ServiceCollection();
            services.AddEntityScreening(o =>
            {
                o.ListPaths.Add(list);
                o.OverlayPaths.Add(overlay);
                o.UseDefaultOverlay = true;
            });
            using var provider = services.BuildServiceProvider();
            var screener = provider.GetRequiredService<ScreeningService>().Current;

            Assert.Equal([AliasOverlay.Default.Identity.Sha256, screener.Overlays[1].Identity.Sha256], screener.Context.Overlays.Select(o => o.Sha256));
            Assert.Equal(overlay, screener.Overlays[1].Identity.Source);
            Assert.True(screener.Screen("LMT Sample Brand").IsMatch);
        }
        finally
        {
            File.Delete(list);
            File.Delete(overlay);
        }
    }

    [Fact]
    public void Create_NullOverlays_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Screener.Create([TestLists.Sample()], (IEnumerable<AliasOverlay>)null!));
}
