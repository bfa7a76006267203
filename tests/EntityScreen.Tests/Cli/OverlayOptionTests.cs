using System.Text.Json;

namespace EntityScreen.Tests.Cli;

/// <summary>The <c>--overlay</c> and <c>--no-default-overlay</c> options of screen, batch, compare and lists info.</summary>
public class OverlayOptionTests
{
    private const string OverlayHeader = "list,entity_id,listed_name,name,kind,source\n";

    private static string WriteOverlay(TempDir dir, string name = "my_overlay.csv") => dir.Write(
        name,
        "# test overlay\n" + OverlayHeader
        + "SDN,90001,,泽菲量子器件有限公司,aka,https://example.test/zqd\n");

    [Fact]
    public void Screen_WithOverlay_MatchesTheAddedName_AndSaysWhichOverlay()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var overlay = WriteOverlay(dir);

        var run = CliHost.Run("screen", "泽菲量子器件有限公司", "--list", csl, "--overlay", overlay, "--no-default-overlay", "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var doc = run.Json();
        var match = doc.RootElement.GetProperty("matches")[0];
        Assert.Equal("SDN:90001", match.GetProperty("entityId").GetString());
        Assert.Equal(1.0, match.GetProperty("score").GetDouble());
        Assert.Equal(overlay, match.GetProperty("matchedNameOverlay").GetProperty("source").GetString());
        Assert.Equal(64, match.GetProperty("matchedNameOverlay").GetProperty("sha256").GetString()!.Length);
        Assert.Equal("https://example.test/zqd", match.GetProperty("matchedNameCitation").GetString());
        var overlays = doc.RootElement.GetProperty("context").GetProperty("overlays");
        Assert.Equal(overlay, Assert.Single(overlays.EnumerateArray()).GetProperty("source").GetString());
    }

    [Fact]
    public void Screen_WithList_AppliesTheDefaultOverlay_UnlessTurnedOff()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);

        // A Hikvision row like the Huawei one: 海康威视 is a brand, no reading of the listed name; only the overlay reaches it.
        var lines = File.ReadAllLines(csl).ToList();
        lines.Add(lines[1]
            .Replace("a1b2c3d4e5f6", "f6e5d4c3b2a1", StringComparison.Ordinal)
            .Replace("Huawei Technologies Co., Ltd.", "Hangzhou Hikvision Digital Technology Co., Ltd.", StringComparison.Ordinal)
            .Replace("Huawei; Huawei Technologies", string.Empty, StringComparison.Ordinal));
        File.WriteAllLines(csl, lines);
        var on = CliHost.Run("screen", "海康威视", "--list", csl, "--format", "json");
        var off = CliHost.Run("screen", "海康威视", "--list", csl, "--no-default-overlay", "--format", "json");

        Assert.True(on.ExitCode == 1, on.ToString());
        using var onDoc = on.Json();
        var match = onDoc.RootElement.GetProperty("matches")[0];
        Assert.Equal("Hangzhou Hikvision Digital Technology Co., Ltd.", match.GetProperty("name").GetString());
        Assert.Equal("embedded:" + AliasOverlay.DefaultFileName, match.GetProperty("matchedNameOverlay").GetProperty("source").GetString());
        var context = onDoc.RootElement.GetProperty("context");
        Assert.Equal(AliasOverlay.Default.Identity.Sha256, context.GetProperty("overlays")[0].GetProperty("sha256").GetString());

        Assert.True(off.ExitCode == 0, off.ToString());
        using var offDoc = off.Json();
        Assert.Equal(0, offDoc.RootElement.GetProperty("context").GetProperty("overlays").GetArrayLength());
        Assert.NotEqual(context.GetProperty("snapshotId").GetString(), offDoc.RootElement.GetProperty("context").GetProperty("snapshotId").GetString());
    }

    [Fact]
    public void Screen_DefaultLists_ApplyTheDefaultOverlay_AndDoNotReadItAsAList()
    {
        var run = CliHost.Run("screen", "Lockheed Martin Corp", "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var doc = run.Json();
        var context = doc.RootElement.GetProperty("context");
        Assert.DoesNotContain(context.GetProperty("lists").EnumerateArray(), l => l.GetProperty("source").GetString()!.Contains("overlay_", StringComparison.Ordinal));
        Assert.Equal("embedded:" + AliasOverlay.DefaultFileName, Assert.Single(context.GetProperty("overlays").EnumerateArray()).GetProperty("source").GetString());
    }

    [Fact]
    public void Screen_TableOutput_NamesTheOverlayAndItsSource()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var overlay = WriteOverlay(dir);

        var run = CliHost.Run("screen", "泽菲量子器件有限公司", "--list", csl, "--overlay", overlay, "--no-default-overlay");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"name from overlay {overlay}", run.Stdout);
        Assert.Contains("source: https://example.test/zqd", run.Stdout);
        Assert.Contains($"Overlay {overlay}, sha256 ", run.Stdout);
    }

    [Fact]
    public void Overlay_MissingFile_ExitsTwo_NamingIt()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);

        var run = CliHost.Run("screen", "Acme", "--list", csl, "--overlay", dir.File("nope.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.csv", run.Stderr);
    }

    [Fact]
    public void Overlay_BadHeader_ExitsTwo_NamingFileLineAndColumn()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var bad = dir.Write("bad_overlay.csv", "# comment\nentity_id,name\nEL:1,x\n");

        var run = CliHost.Run("lists", "info", "--list", csl, "--overlay", bad);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{bad}:2, column source:", run.Stderr);
    }

    [Fact]
    public void ListsInfo_PrintsEachOverlayReport_WithUnmatchedAmbiguousAndRejectedRows()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var overlay = dir.Write(
            "report_overlay.csv",
            OverlayHeader
            + "SDN,90001,,泽菲,aka,x\n"               // 2: applied
            + ",EL:nope,,甲,aka,x\n"                  // 3: unmatched id
            + ",,Nobody Here,乙,aka,x\n"              // 4: unmatched name
            + ",,,丙,aka,x\n"                         // 5: rejected
            + "EL,,Huawei Technologies Co Ltd,丁,weird,x\n"); // 6: rejected kind

        var run = CliHost.Run("lists", "info", "--list", csl, "--overlay", overlay, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = run.Json();
        var overlays = doc.RootElement.GetProperty("overlays");
        Assert.Equal(2, overlays.GetArrayLength());
        Assert.Equal("embedded:" + AliasOverlay.DefaultFileName, overlays[0].GetProperty("source").GetString());
        Assert.True(overlays[0].GetProperty("rowsApplied").GetInt32() >= 1);
        var mine = overlays[1];
        Assert.Equal(overlay, mine.GetProperty("source").GetString());
        Assert.Equal(5, mine.GetProperty("rowsRead").GetInt32());
        Assert.Equal(1, mine.GetProperty("rowsApplied").GetInt32());
        Assert.Equal(2, mine.GetProperty("rowsUnmatched").GetInt32());
        Assert.Equal(2, mine.GetProperty("rowsRejected").GetInt32());
        Assert.Equal(1, mine.GetProperty("namesAdded").GetInt32());
        var issues = mine.GetProperty("firstIssues").EnumerateArray().Select(i => (i.GetProperty("line").GetInt64(), i.GetProperty("outcome").GetString())).ToList();
        Assert.Equal([(3L, "unmatched"), (4L, "unmatched"), (5L, "rejected"), (6L, "rejected")], issues);
    }

    [Fact]
    public void ListsInfo_Table_PrintsTheOverlayCounts()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);

        var run = CliHost.Run("lists", "info", "--list", csl, "--overlay", WriteOverlay(dir), "--no-default-overlay");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("overlay ", run.Stdout);
        Assert.Contains("1 read, 1 applied, 0 unmatched, 0 rejected", run.Stdout);
        Assert.DoesNotContain("embedded:", run.Stdout);
    }

    [Fact]
    public void Batch_WithOverlay_CarriesItInEveryResult_AndTheCsvColumn()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var overlay = WriteOverlay(dir);
        var input = dir.Write("q.csv", "id,name\n1,泽菲量子器件有限公司\n2,Orlando Wexmeyer-Plunkett\n");

        var jsonl = CliHost.Run("batch", "--input", input, "--list", csl, "--overlay", overlay, "--output", dir.File("out.jsonl"));
        var csv = CliHost.Run("batch", "--input", input, "--list", csl, "--overlay", overlay, "--output", dir.File("out.csv"));

        Assert.True(jsonl.ExitCode == 1, jsonl.ToString());
        Assert.Contains($"overlay {overlay}: 1 of 1 rows applied", jsonl.Stderr);
        var rows = CliHost.ReadJsonLines(dir.File("out.jsonl"));
        Assert.All(rows, r => Assert.Equal(2, r.GetProperty("context").GetProperty("overlays").GetArrayLength()));
        Assert.Equal(overlay, rows[0].GetProperty("matches")[0].GetProperty("matchedNameOverlay").GetProperty("source").GetString());
        Assert.False(rows[1].GetProperty("matches")[0].TryGetProperty("matchedNameOverlay", out _));

        Assert.True(csv.ExitCode == 1, csv.ToString());
        var lines = File.ReadAllLines(dir.File("out.csv"));
        Assert.Contains(",snapshotId,matchedNameOverlay,", lines[0], StringComparison.Ordinal);
        Assert.Equal(overlay, CliHost.ReadCsv(dir.File("out.csv"))[0]["matchedNameOverlay"]);
    }

    [Fact]
    public void Compare_WithOverlay_CarriesItInTheContext()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var overlay = WriteOverlay(dir);

        var run = CliHost.Run("compare", "A", "B", "--list", csl, "--overlay", overlay, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = run.Json();
        var sources = doc.RootElement.GetProperty("context").GetProperty("overlays").EnumerateArray().Select(o => o.GetProperty("source").GetString()).ToList();
        Assert.Equal(["embedded:" + AliasOverlay.DefaultFileName, overlay], sources);
    }

    [Fact]
    public void Overlay_IsRepeatable_AndAppliedInOrder()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var first = WriteOverlay(dir, "first.csv");
        var second = dir.Write("second.csv", OverlayHeader + ",,Orlando Wexmeyer-Plunkett,奥兰多·韦克斯迈尔,aka,x\n");

        var run = CliHost.Run("screen", "奥兰多·韦克斯迈尔", "--list", csl, "--overlay", first, "--overlay", second, "--no-default-overlay", "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var doc = run.Json();
        Assert.Equal(second, doc.RootElement.GetProperty("matches")[0].GetProperty("matchedNameOverlay").GetProperty("source").GetString());
        Assert.Equal(
            [first, second],
            doc.RootElement.GetProperty("context").GetProperty("overlays").EnumerateArray().Select(o => o.GetProperty("source").GetString()));
    }
}
