namespace EntityScreen.Tests.Loading;

/// <summary>The hand-written samples under <c>lists/</c> load cleanly.</summary>
public class SampleListTests
{
    /// <summary>The repository's <c>lists/</c> folder.</summary>
    internal static string ListsFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EntityScreen.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return Path.Combine(dir.FullName, "lists");
    }

    [Fact]
    public void SampleCsl_LoadsWithoutRejections()
    {
        var snapshot = ListLoader.Load(Path.Combine(ListsFolder(), "sample_csl.csv"));

        Assert.Equal(ListFormat.Csl, snapshot.Identity.Format);
        Assert.Equal(29, snapshot.Report.RowsRead);
        Assert.Equal(0, snapshot.Report.RowsRejected);
        Assert.Equal(26, snapshot.Parties.Count);
        var merged = Assert.Single(snapshot.Parties, p => p.PrimaryName == "Sample Components Trading Limited");
        Assert.Equal(["HK", "SG", "MY"], merged.Countries);
        var institute = Assert.Single(snapshot.Parties, p => p.PrimaryName == "Sample Microelectronics Research Institute");
        Assert.Equal("Sample Research Institute 13", institute.Names[^1].Value);
        Assert.Equal("Sample Import and Export Company", Assert.Single(snapshot.Parties, p => p.List.Code == "ISN").PrimaryName);
        Assert.Contains(snapshot.Parties, p => p.Type == PartyType.Vessel);
        Assert.All(snapshot.Parties, p => Assert.Equal("https://example.invalid/sample", p.SourceUrl));
    }

    [Fact]
    public void SampleChinaLists_LoadsWithoutRejections()
    {
        var snapshot = ListLoader.Load(Path.Combine(ListsFolder(), "sample_china_lists.csv"));

        Assert.Equal(ListFormat.ChinaList, snapshot.Identity.Format);
        Assert.Equal(30, snapshot.Report.RowsRead);
        Assert.Equal(0, snapshot.Report.RowsRejected);
        Assert.Equal(30, snapshot.Parties.Count);
        Assert.Equal(["UEL", "ECCL", "ECWL", "AFSL"], snapshot.Report.PartiesByList.Keys);
        var lockheed = Assert.Single(snapshot.Parties, p => p.List.Code == "UEL" && p.PrimaryName == "Lockheed Martin Corporation");
        Assert.Contains(lockheed.Names, n => n.Value == "洛克希德·马丁公司" && n.Script == NameScript.Han);
        Assert.All(snapshot.Parties, p => Assert.StartsWith("SAMPLE", p.Remarks, StringComparison.Ordinal));
    }
}
