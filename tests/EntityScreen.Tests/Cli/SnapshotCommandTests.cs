namespace EntityScreen.Tests.Cli;

/// <summary>The CLI's snapshots: the cache (--cache-dir, --no-cache), lists compile and screen --snapshot.</summary>
public class SnapshotCommandTests
{
    private static string[] Screen(TempDir dir, string csl, string china, string name, params string[] more) =>
        ["screen", name, "--list", csl, "--list", china, "--cache-dir", dir.File("cache"), .. more];

    private static string[] CachedFiles(TempDir dir) =>
        Directory.Exists(dir.File("cache")) ? Directory.GetFiles(dir.File("cache")) : [];

    [Fact]
    public void Screen_SecondRunReadsTheCachedSnapshot_SameOutput()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var china = TestLists.WriteChina(dir);

        var first = CliHost.Run(Screen(dir, csl, china, "华为技术有限公司", "-f", "json"));
        var cached = Assert.Single(CachedFiles(dir));
        var written = File.GetLastWriteTimeUtc(cached);
        var second = CliHost.Run(Screen(dir, csl, china, "华为技术有限公司", "-f", "json"));
        var uncached = CliHost.Run(["screen", "华为技术有限公司", "--list", csl, "--list", china, "-f", "json", "--no-cache", "--cache-dir", dir.File("cache")]);

        Assert.Equal(1, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(first.Stdout, uncached.Stdout);
        Assert.Equal("", second.Stderr);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Assert.Single(CachedFiles(dir))));

        // A threshold and a result count do not shape the index: the same snapshot serves them.
        var lower = CliHost.Run(Screen(dir, csl, china, "Huawei", "-t", "0.5", "-n", "1", "-f", "json"));
        var lowerUncached = CliHost.Run(["screen", "Huawei", "--list", csl, "--list", china, "-t", "0.5", "-n", "1", "-f", "json", "--no-cache"]);
        Assert.Equal(lowerUncached.Stdout, lower.Stdout);
        Assert.Single(CachedFiles(dir));
    }

    [Fact]
    public void Screen_ListFileChanged_BuildsFromTheListsAgain()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var china = TestLists.WriteChina(dir);
        Assert.Equal(0, CliHost.Run(Screen(dir, csl, china, "Quillon Borealis Trading")).ExitCode);

        File.AppendAllText(china, "UEL,公告,2099-03-01,2099-03-01,Quillon Borealis Trading Ltd,奎隆北极贸易有限公司,,organization,US,,https://example.test/uel/3,\n");
        var after = CliHost.Run(Screen(dir, csl, china, "Quillon Borealis Trading"));

        Assert.Equal(1, after.ExitCode);
        Assert.Contains("Quillon Borealis Trading Ltd", after.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, CachedFiles(dir).Length);
    }

    [Fact]
    public void Screen_CachedSnapshotDamaged_NotUsedSaysWhyAndIsWrittenAgain()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var china = TestLists.WriteChina(dir);
        var expected = CliHost.Run(Screen(dir, csl, china, "Huawei Technologies", "-f", "json"));
        var cached = Assert.Single(CachedFiles(dir));
        var bytes = File.ReadAllBytes(cached);
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(cached, bytes);

        var run = CliHost.Run(Screen(dir, csl, china, "Huawei Technologies", "-f", "json"));

        Assert.Equal(expected.Stdout, run.Stdout);
        Assert.Contains($"cached snapshot {cached} not used (damaged", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("building from the lists", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", CliHost.Run(Screen(dir, csl, china, "Huawei Technologies", "-f", "json")).Stderr);
    }

    [Fact]
    public void Screen_AnotherListsSnapshotSwappedIn_NotUsed()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var china = TestLists.WriteChina(dir);
        var other = TestLists.WriteChina(dir, "other_china.csv");
        File.AppendAllText(other, "UEL,公告,2099-03-01,2099-03-01,Quillon Borealis Trading Ltd,奎隆北极贸易有限公司,,organization,US,,https://example.test/uel/3,\n");
        var expected = CliHost.Run(Screen(dir, csl, china, "Quillon Borealis Trading", "-f", "json"));
        var ours = Assert.Single(CachedFiles(dir));
        CliHost.Run(Screen(dir, csl, other, "Quillon Borealis Trading"));
        var theirs = Assert.Single(CachedFiles(dir), f => f != ours);

        // The other lists' snapshot put in place of ours: refused for its lists, never screened against.
        File.Copy(theirs, ours, overwrite: true);
        var run = CliHost.Run(Screen(dir, csl, china, "Quillon Borealis Trading", "-f", "json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected.Stdout, run.Stdout);
        Assert.Contains($"cached snapshot {ours} not used (built from {other}", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_WithOwnership_NeverCached()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var china = TestLists.WriteChina(dir);
        var own = dir.Write("own.csv", "owner,owned,share\nZEPHYRION QUANTUM DEVICES COMPANY LIMITED,Marvell Orbital Systems Ltd,100\n");

        var run = CliHost.Run(Screen(dir, csl, china, "Marvell Orbital Systems Ltd", "--ownership", own, "--ownership-as-of", "2026-12-01"));

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(CachedFiles(dir));
    }

    [Fact]
    public void ListsCompile_ThenScreenSnapshot_SameOutputAsTheLists()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var china = TestLists.WriteChina(dir);
        var snapshot = dir.File("lists.esnap");

        var compile = CliHost.Run(["lists", "compile", "--list", csl, "--list", china, "--out", snapshot]);
        Assert.Equal(0, compile.ExitCode);
        Assert.Contains($"wrote {snapshot}: ", compile.Stderr, StringComparison.Ordinal);

        foreach (var name in new[] { "华为技术有限公司", "Northwind Aero", "ZEPHYRION QUANTUM DEVICES", "Nobody At All" })
        {
            var fromLists = CliHost.Run(["screen", name, "--list", csl, "--list", china, "-f", "json", "-t", "0.7"]);
            var fromSnapshot = CliHost.Run(["screen", name, "--snapshot", snapshot, "-f", "json", "-t", "0.7"]);
            Assert.Equal(fromLists.ExitCode, fromSnapshot.ExitCode);
            Assert.Equal(fromLists.Stdout, fromSnapshot.Stdout);
        }

        using var input = new TempDir();
        var rows = input.Write("in.csv", "id,name\n1,Huawei Technologies\n2,北风空气动力公司\n3,Nobody\n");
        var batchLists = CliHost.Run(["batch", "--input", rows, "--list", csl, "--list", china, "--output", input.File("a.jsonl")]);
        var batchSnapshot = CliHost.Run(["batch", "--input", rows, "--snapshot", snapshot, "--output", input.File("b.jsonl")]);
        Assert.Equal(batchLists.ExitCode, batchSnapshot.ExitCode);
        Assert.Equal(File.ReadAllText(input.File("a.jsonl")), File.ReadAllText(input.File("b.jsonl")));
    }

    [Fact]
    public void ScreenSnapshot_DamagedMissingOrWithLists_ClearError()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var snapshot = dir.File("lists.esnap");
        Assert.Equal(0, CliHost.Run(["lists", "compile", "--list", csl, "--out", snapshot]).ExitCode);

        var withList = CliHost.Run(["screen", "Huawei", "--snapshot", snapshot, "--list", csl]);
        Assert.Equal(2, withList.ExitCode);
        Assert.Contains("--snapshot holds its lists, overlays and options", withList.Stderr, StringComparison.Ordinal);

        var missing = CliHost.Run(["screen", "Huawei", "--snapshot", dir.File("none.esnap")]);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such snapshot file", missing.Stderr, StringComparison.Ordinal);

        File.WriteAllBytes(snapshot, File.ReadAllBytes(snapshot)[..1000]);
        var truncated = CliHost.Run(["screen", "Huawei", "--snapshot", snapshot]);
        Assert.Equal(2, truncated.ExitCode);
        Assert.Matches($"{System.Text.RegularExpressions.Regex.Escape(snapshot)}: the snapshot cannot be used: (truncated|damaged)", truncated.Stderr);

        File.WriteAllText(snapshot, "name,list\nHuawei,EL\n");
        var notOne = CliHost.Run(["screen", "Huawei", "--snapshot", snapshot]);
        Assert.Equal(2, notOne.ExitCode);
        Assert.Contains("cannot be used", notOne.Stderr, StringComparison.Ordinal);
    }
}
