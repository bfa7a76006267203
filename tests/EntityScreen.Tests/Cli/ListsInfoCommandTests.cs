using System.Text.Json;

namespace EntityScreen.Tests.Cli;

public class ListsInfoCommandTests
{
    [Fact]
    public void ListsInfo_TestLists_ReportsRowsAndParties()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var china = TestLists.WriteChina(dir);

        var run = CliHost.Run("lists", "info", "--list", csl, "--list", china, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = run.Json();
        var lists = doc.RootElement.GetProperty("lists");
        Assert.Equal(2, lists.GetArrayLength());
        Assert.Equal("csl", lists[0].GetProperty("format").GetString());
        Assert.Equal(3, lists[0].GetProperty("rowsRead").GetInt64());
        Assert.Equal("china", lists[1].GetProperty("format").GetString());
        Assert.Equal(1, lists[1].GetProperty("partiesByList").GetProperty("UEL").GetInt32());
        AssertConsistent(lists);
    }

    [Fact]
    public void ListsInfo_Table_NamesTheFileAndCounts()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);

        var run = CliHost.Run("lists", "info", "--list", csl);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("test_csl.csv", run.Stdout);
        Assert.Contains("3 read", run.Stdout);
    }

    [Fact]
    public void ListsInfo_UnrecognisedFile_ExitsTwo_NamingFileAndLine()
    {
        using var dir = new TempDir();
        var bad = dir.Write("mystery.csv", "foo,bar\n1,2\n");

        var run = CliHost.Run("lists", "info", "--list", bad);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(bad + ":1", run.Stderr);
    }

    [SharedDataTheory]
    [InlineData("derived/csl_assembled.csv")]
    [InlineData("trade_csl/consolidated.csv")]
    [InlineData("trade_csl/csl.csv")]
    [InlineData("ofac_sdn/2021-07-07")]
    [InlineData("ofac_sdn/2024-05-03/sdn.csv")]
    [InlineData("ofac_consolidated/2025-12-19")]
    [InlineData("derived/cn_mofcom_lists.csv")]
    public void ListsInfo_RealFile_ExitsZero_AndRowsAddUp(string relative)
    {
        var path = SharedData.Require(relative);

        var run = CliHost.Run("lists", "info", "--list", path, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = run.Json();
        var lists = doc.RootElement.GetProperty("lists");
        Assert.Equal(1, lists.GetArrayLength());
        Assert.True(lists[0].GetProperty("rowsRead").GetInt64() > 0);
        Assert.True(lists[0].GetProperty("partiesLoaded").GetInt32() > 0);
        AssertConsistent(lists);
    }

    private static void AssertConsistent(JsonElement lists)
    {
        foreach (var list in lists.EnumerateArray())
        {
            Assert.Matches("^[0-9a-f]{64}$", list.GetProperty("sha256").GetString());
            Assert.Equal(
                list.GetProperty("rowsRead").GetInt64(),
                list.GetProperty("rowsLoaded").GetInt64() + list.GetProperty("rowsRejected").GetInt64());
            Assert.NotEqual(0, list.GetProperty("files").GetArrayLength());
            foreach (var file in list.GetProperty("files").EnumerateArray())
            {
                Assert.Equal(
                    file.GetProperty("rowsRead").GetInt64(),
                    file.GetProperty("rowsLoaded").GetInt64() + file.GetProperty("rowsRejected").GetInt64());
                Assert.Matches("^[0-9a-f]{64}$", file.GetProperty("sha256").GetString());
            }
        }
    }
}
