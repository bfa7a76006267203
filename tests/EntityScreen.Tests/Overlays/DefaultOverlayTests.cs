using System.Security.Cryptography;

namespace EntityScreen.Tests.Overlays;

/// <summary>The curated overlay shipped in <c>lists/</c> and embedded in the library.</summary>
public class DefaultOverlayTests
{
    [Fact]
    public void Default_IsTheFileInListsFolder_AndReadsWithoutRejections()
    {
        var path = Path.Combine(SharedData.RepoRoot, "lists", AliasOverlay.DefaultFileName);
        var overlay = AliasOverlay.Default;

        Assert.Equal("embedded:" + AliasOverlay.DefaultFileName, overlay.Identity.Source);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), overlay.Identity.Sha256);
        Assert.Empty(overlay.Rejections);
        Assert.Equal(overlay.Rows.Count, overlay.Identity.Rows);
        Assert.Same(overlay, AliasOverlay.Default);
    }

    [Fact]
    public void Default_CoversAtLeastSixtyPartiesOfTheElAndMeu_EachRowSourced()
    {
        var rows = AliasOverlay.Default.Rows;

        var parties = rows.Select(r => (r.ListCode, r.ListedName)).Distinct().ToList();
        Assert.True(parties.Count >= 60, $"{parties.Count} parties");
        Assert.All(rows, r => Assert.Contains(r.ListCode, new[] { "EL", "MEU" }));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.ListedName)));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Citation)));
        Assert.All(rows, r => Assert.NotEqual(NameKind.Primary, r.Kind));
        Assert.All(rows, r => Assert.Equal(NameScript.Han, ScriptDetector.Detect(r.Name)));

        // No row repeats another.
        Assert.Equal(rows.Count, rows.Select(r => (r.ListCode, r.ListedName, r.Name)).Distinct().Count());
    }

    [SharedDataFact]
    public void Default_EveryRowMatchesExactlyOneParty_OfTheRealCsl()
    {
        var csl = ListLoader.Load(SharedData.Require("derived/csl_assembled.csv"));

        var report = Assert.Single(AliasOverlay.Apply([csl], [AliasOverlay.Default]).Overlays);

        Assert.True(report.Issues.Count == 0, string.Join("\n", report.Issues));
        Assert.Equal(report.RowsRead, report.RowsApplied);
        Assert.Equal(AliasOverlay.Default.Rows.Select(r => (r.ListCode, r.ListedName)).Distinct().Count(), report.PartiesAffected);
    }

    [SharedDataFact]
    public void Default_ChineseNameOfHuawei_FindsTheElParty_ThroughTheOverlay()
    {
        var csl = ListLoader.Load(SharedData.Require("derived/csl_assembled.csv"));
        var screener = Screener.Create([csl], [AliasOverlay.Default]);

        var result = screener.Screen("华为技术有限公司");

        // Readings reach other Huawei parties at 1.0 too; this party's match is the overlay name's.
        var top = Assert.Single(result.Matches, m => m.Party.PrimaryName == "Huawei Technologies Co., Ltd." && m.Party.List.Code == "EL");
        Assert.Equal("EL", top.Party.List.Code);
        Assert.Equal(1.0, top.Score);
        Assert.Equal("华为技术有限公司", top.MatchedName.Value);
        Assert.Equal(AliasOverlay.Default.Identity, top.MatchedName.Overlay);
        Assert.Equal("https://www.huawei.com/cn/", top.MatchedName.Citation);
        Assert.Equal([AliasOverlay.Default.Identity], result.Context.Overlays);
    }

    [SharedDataTheory]
    [InlineData("杭州海康威视数字技术股份有限公司", "Hangzhou Hikvision Digital Technology Co., Ltd.")]
    [InlineData("深圳市大疆创新科技有限公司", "DJI")]
    [InlineData("中芯国际集成电路制造有限公司", "Semiconductor Manufacturing International Corporation (SMIC)")]
    [InlineData("北京航空航天大学", "Beijing University of Aeronautics and Astronautics (BUAA)")]
    [InlineData("中国电子科技集团公司第五十四研究所", "54th Research Institute of China")]
    [InlineData("華為技術有限公司", "Huawei Technologies Co., Ltd.")]
    public void Default_ChineseNames_FindTheirParties(string query, string listed)
    {
        var csl = ListLoader.Load(SharedData.Require("derived/csl_assembled.csv"));
        var screener = Screener.Create([csl], [AliasOverlay.Default]);

        var matches = screener.Screen(query).Matches;

        // The party is found at 1.0 through its overlay name (readings may find other parties at 1.0 as well).
        var top = Assert.Single(matches, m => m.Party.PrimaryName == listed);
        Assert.Equal(1.0, top.Score);
        Assert.Equal(1.0, matches[0].Score);
        Assert.True(top.MatchedName.FromOverlay);
    }
}
