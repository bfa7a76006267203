using System.Text.Json;

namespace EntityScreen.Tests.Cli;

public class ScreenCommandTests
{
    [Theory]
    [InlineData("")]
    [InlineData("frobnicate")]
    [InlineData("screen")]
    [InlineData("screen Acme --threshold 1.5")]
    [InlineData("screen Acme --threshold -0.1")]
    [InlineData("screen Acme --threshold abc")]
    [InlineData("screen Acme --top 0")]
    [InlineData("screen Acme --type robot")]
    [InlineData("screen Acme --format xml")]
    [InlineData("screen Acme --country China")]
    [InlineData("screen Acme --list-format pdf")]
    [InlineData("screen Acme --no-such-option")]
    [InlineData("batch --list x.csv")]
    [InlineData("compare only-one-name")]
    [InlineData("lists")]
    public void UsageError_ExitsTwo_WithMessageOnStderr(string commandLine)
    {
        var run = CliHost.Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.NotEmpty(run.Stderr.Trim());
        Assert.Empty(run.Stdout.Trim());
    }

    [Fact]
    public void Help_ExitsZero_AndNamesEveryCommand()
    {
        var run = CliHost.Run("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "screen", "batch", "compare", "lists" })
        {
            Assert.Contains(command, run.Stdout);
        }
    }

    [Fact]
    public void Screen_MissingListFile_ExitsTwo_NamingTheFile()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-list-" + Guid.NewGuid().ToString("N") + ".csv");

        var run = CliHost.Run("screen", "Acme", "--list", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(missing, run.Stderr);
    }

    [Fact]
    public void Screen_UnreadableList_ExitsTwo_NamingTheFile()
    {
        using var dir = new TempDir();
        var bad = dir.Write("not_a_list.csv", "foo,bar\n1,2\n");

        var run = CliHost.Run("screen", "Acme", "--list", bad, "--list-format", "csl");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("not_a_list.csv", run.Stderr);
    }

    [Fact]
    public void Screen_ListedName_ExitsOne_AndPrintsTheMatch()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);

        var run = CliHost.Run("screen", "Huawei Technologies Co Ltd", "--list", csl);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Huawei Technologies Co., Ltd.", run.Stdout);
        Assert.Contains("EL", run.Stdout);
        Assert.Contains("SCORE", run.Stdout);
        Assert.Contains(ScreeningDefaults.AlgorithmVersion, run.Stdout);
    }

    [Fact]
    public void Screen_UnrelatedName_ExitsZero()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);

        var run = CliHost.Run("screen", "Blueberry Muffin Bakery of Vermont", "--list", csl);

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public void Screen_Json_CarriesMatchFieldsAndContext()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var china = TestLists.WriteChina(dir);

        var run = CliHost.Run("screen", "Huawei Technologies Co Ltd", "--list", csl, "--list", china, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var doc = run.Json();
        var root = doc.RootElement;
        Assert.Equal("Huawei Technologies Co Ltd", root.GetProperty("query").GetString());
        Assert.True(root.GetProperty("isMatch").GetBoolean());
        var match = root.GetProperty("matches")[0];
        Assert.Equal("EL", match.GetProperty("listCode").GetString());
        Assert.Equal("Huawei Technologies Co., Ltd.", match.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(match.GetProperty("entityId").GetString()));
        Assert.False(string.IsNullOrEmpty(match.GetProperty("matchedName").GetString()));
        var score = match.GetProperty("score").GetDouble();
        Assert.InRange(score, ScreeningDefaults.Threshold, 1.0);
        Assert.Equal(Math.Round(score, 4), score);
        Assert.Contains(match.GetProperty("band").GetString(), new[] { "strong", "review" });
        Assert.Equal(JsonValueKind.Object, match.GetProperty("explanation").ValueKind);

        var context = root.GetProperty("context");
        Assert.Equal(ScreeningDefaults.AlgorithmVersion, context.GetProperty("algorithmVersion").GetString());
        Assert.Equal(ScreeningDefaults.Threshold, context.GetProperty("threshold").GetDouble());
        var lists = context.GetProperty("lists");
        Assert.Equal(2, lists.GetArrayLength());
        foreach (var list in lists.EnumerateArray())
        {
            Assert.Matches("^[0-9a-f]{64}$", list.GetProperty("sha256").GetString());
            Assert.True(list.TryGetProperty("asOf", out _));
            Assert.False(string.IsNullOrEmpty(list.GetProperty("source").GetString()));
        }
    }

    [Fact]
    public void Screen_ChineseName_MatchesTheChinaList()
    {
        using var dir = new TempDir();
        var china = TestLists.WriteChina(dir);

        var run = CliHost.Run("screen", "北风空气动力公司", "--list", china, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var doc = run.Json();
        Assert.Equal("UEL", doc.RootElement.GetProperty("matches")[0].GetProperty("listCode").GetString());
    }

    [Fact]
    public void Screen_ListCodeFilter_ExcludesOtherLists()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);

        var run = CliHost.Run("screen", "Huawei Technologies Co Ltd", "--list", csl, "--list-code", "SDN");

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public void Screen_TypeFilter_IsCaseInsensitive()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);

        var run = CliHost.Run("screen", "Huawei Technologies Co Ltd", "--list", csl, "--type", "Organization");

        Assert.True(run.ExitCode == 1, run.ToString());
    }

    [Fact]
    public void Screen_ThresholdOne_OnlyExactScoresMatch()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);

        var run = CliHost.Run("screen", "Huawey Technologies", "--list", csl, "--threshold", "1", "--format", "json");

        Assert.True(run.ExitCode is 0 or 1, run.ToString());
        using var doc = run.Json();
        Assert.Equal(1.0, doc.RootElement.GetProperty("context").GetProperty("threshold").GetDouble());
        foreach (var m in doc.RootElement.GetProperty("matches").EnumerateArray())
        {
            Assert.Equal(1.0, m.GetProperty("score").GetDouble());
        }
    }

    [Fact]
    public void Screen_WithoutList_UsesTheRepositoryListsFolder()
    {
        var lists = Path.Combine(SharedData.RepoRoot, "lists");
        Assert.True(Directory.Exists(lists), $"{lists} is missing (the sample lists arrive with the loaders)");

        var run = CliHost.Run("screen", "Lockheed Martin Corp", "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var doc = run.Json();
        var sources = doc.RootElement.GetProperty("context").GetProperty("lists").EnumerateArray()
            .Select(l => l.GetProperty("source").GetString()!).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.Contains("lists", s));
        Assert.Contains(sources, s => s.EndsWith("sample_csl.csv", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.EndsWith("sample_china_lists.csv", StringComparison.Ordinal));
    }
}
