using System.Text.Json;

namespace EntityScreen.Tests.Cli;

public class BatchCommandTests
{
    [Fact]
    public void Batch_MissingInputFile_ExitsTwo_NamingIt()
    {
        using var dir = new TempDir();

        var run = CliHost.Run("batch", "--input", dir.File("nope.csv"), "--output", dir.File("out.jsonl"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.csv", run.Stderr);
    }

    [Fact]
    public void Batch_InputWithoutNameColumn_ExitsTwo_NamingTheHeader()
    {
        using var dir = new TempDir();
        var input = dir.Write("q.csv", "id,company\n1,Acme\n");

        var run = CliHost.Run("batch", "--input", input, "--output", dir.File("out.jsonl"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("q.csv:1", run.Stderr);
        Assert.Contains("'name'", run.Stderr);
    }

    [Fact]
    public void Batch_EmptyInput_ExitsTwo()
    {
        using var dir = new TempDir();
        var input = dir.Write("q.csv", "");

        var run = CliHost.Run("batch", "--input", input, "--output", dir.File("out.jsonl"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("q.csv", run.Stderr);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void Batch_BadThreads_ExitsTwo(string threads)
    {
        using var dir = new TempDir();
        var input = dir.Write("q.csv", "id,name\n1,Acme\n");

        var run = CliHost.Run("batch", "--input", input, "--threads", threads);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--threads", run.Stderr);
    }

    [Fact]
    public void Batch_AnswersEveryRowInOrder_WithErrorObjectsForBadRows()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var china = TestLists.WriteChina(dir);
        var input = dir.Write(
            "queries.csv",
            "id,name,country,type\n"
            + "q1,Huawei Technologies Co Ltd,CN,organization\n"
            + "q2,Blueberry Muffin Bakery of Vermont,,\n"
            + "q3,,,\n"
            + "q4,Too,Many,Fields,Here\n"
            + "q5,Zephyrion Quantum Devices,,robot\n"
            + "q6,北风空气动力公司,,\n"
            + "q7,\"Kestrelmark Shipbuilding Co., Ltd\",JP,organization\n"
            + "q8,Acme,Germany,\n");
        var output = dir.File("results.jsonl");

        var run = CliHost.Run("batch", "--list", csl, "--list", china, "--input", input, "--output", output, "--threads", "2");

        Assert.True(run.ExitCode == 1, run.ToString());
        var rows = CliHost.ReadJsonLines(output);
        Assert.Equal(["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8"], rows.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("line 4: missing name", rows[2].GetProperty("error").GetString());
        Assert.Contains("line 5", rows[3].GetProperty("error").GetString());
        Assert.Contains("line 6", rows[4].GetProperty("error").GetString());
        Assert.Contains("robot", rows[4].GetProperty("error").GetString());
        Assert.Contains("line 9", rows[7].GetProperty("error").GetString());
        foreach (var i in new[] { 0, 1, 5, 6 })
        {
            Assert.False(rows[i].TryGetProperty("error", out _), rows[i].ToString());
            Assert.Equal(JsonValueKind.Array, rows[i].GetProperty("matches").ValueKind);
            Assert.Equal(2, rows[i].GetProperty("context").GetProperty("lists").GetArrayLength());
        }

        Assert.Equal("EL", rows[0].GetProperty("matches")[0].GetProperty("listCode").GetString());
        Assert.Equal(0, rows[1].GetProperty("matches").GetArrayLength());
        Assert.Equal("UEL", rows[5].GetProperty("matches")[0].GetProperty("listCode").GetString());
        Assert.Contains("finished 8 rows", run.Stderr);
    }

    [Fact]
    public void Batch_CsvOutput_OneRowPerMatch_PlusOneForRowsWithout()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var input = dir.Write("queries.csv", "id,name\nA,Huawei Technologies Co Ltd\nB,Blueberry Muffin Bakery of Vermont\nC,\n");
        var output = dir.File("results.csv");

        var run = CliHost.Run("batch", "--list", csl, "--input", input, "--output", output);

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = File.ReadAllLines(output);
        Assert.StartsWith("id,line,query,listCode,entityId,name,matchedName,score,band", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("A,2,", StringComparison.Ordinal) && l.Contains(",EL,"));
        Assert.Single(lines, l => l.StartsWith("B,3,", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("C,4,", StringComparison.Ordinal) && l.Contains("missing name"));
        var ids = lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().ToList();
        Assert.Equal(["A", "B", "C"], ids);
    }

    [Fact]
    public void Batch_InputWithBomAndCrlf_IsRead()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var input = dir.File("queries.csv");
        File.WriteAllText(input, "id,NAME\r\nx1,Huawei Technologies Co Ltd\r\nx2,\"Orlando Wexmeyer-Plunkett\"\r\n", new System.Text.UTF8Encoding(true));
        var output = dir.File("out.jsonl");

        var run = CliHost.Run("batch", "--list", csl, "--input", input, "--output", output);

        Assert.True(run.ExitCode == 1, run.ToString());
        var rows = CliHost.ReadJsonLines(output);
        Assert.Equal(["x1", "x2"], rows.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rows, r => Assert.True(r.GetProperty("isMatch").GetBoolean(), r.ToString()));
    }

    [Fact]
    public void Batch_NoMatchAnywhere_ExitsZero()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var input = dir.Write("queries.csv", "id,name\n1,Blueberry Muffin Bakery of Vermont\n2,Sunflower Garden Supplies\n");

        var run = CliHost.Run("batch", "--list", csl, "--input", input, "--output", "-");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
    }

    [SharedDataFact]
    public void Batch_RealLists_3000Rows_AnswersEveryRowInOrder()
    {
        var cslPath = SharedData.Require("derived/csl_assembled.csv");
        var chinaPath = SharedData.Require("derived/cn_mofcom_lists.csv");
        using var dir = new TempDir();
        var queries = QueryFile.Generate(cslPath, chinaPath, rows: 3000, seed: 20261127);
        var input = dir.Write("queries.csv", queries.Csv);
        var output = dir.File("results.jsonl");

        var run = CliHost.Run("batch", "--list", cslPath, "--list", chinaPath, "--input", input, "--output", output);

        Assert.True(run.ExitCode == 1, run.ToString());
        var rows = CliHost.ReadJsonLines(output);
        Assert.Equal(3000, rows.Count);
        Assert.Equal(queries.Rows.Select(q => q.Id), rows.Select(r => r.GetProperty("id").GetString()));
        var exactMatched = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var q = queries.Rows[i];
            Assert.Equal(i + 2, row.GetProperty("line").GetInt64());
            if (q.Kind == QueryKind.Malformed)
            {
                var error = row.GetProperty("error").GetString();
                Assert.StartsWith($"line {i + 2}", error);
                continue;
            }

            Assert.False(row.TryGetProperty("error", out var e), $"{q.Id}: {e}");
            Assert.Equal(q.Name, row.GetProperty("query").GetString());
            var context = row.GetProperty("context");
            Assert.Equal(ScreeningDefaults.AlgorithmVersion, context.GetProperty("algorithmVersion").GetString());
            Assert.Equal(2, context.GetProperty("lists").GetArrayLength());
            var matches = row.GetProperty("matches");
            foreach (var m in matches.EnumerateArray())
            {
                Assert.False(string.IsNullOrEmpty(m.GetProperty("listCode").GetString()));
                Assert.False(string.IsNullOrEmpty(m.GetProperty("entityId").GetString()));
                Assert.False(string.IsNullOrEmpty(m.GetProperty("name").GetString()));
                Assert.False(string.IsNullOrEmpty(m.GetProperty("matchedName").GetString()));
                Assert.InRange(m.GetProperty("score").GetDouble(), ScreeningDefaults.Threshold, 1.0);
                Assert.Contains(m.GetProperty("band").GetString(), new[] { "strong", "review" });
                Assert.Equal(JsonValueKind.Object, m.GetProperty("explanation").ValueKind);
            }

            if (q.Kind == QueryKind.Exact && matches.GetArrayLength() > 0)
            {
                exactMatched++;
            }
        }

        // A listed primary name, given verbatim, must match its list.
        var exact = queries.Rows.Count(q => q.Kind == QueryKind.Exact);
        Assert.True(exactMatched >= exact * 0.95, $"{exactMatched} of {exact} verbatim listed names matched");
        Assert.Contains("finished 3000 rows", run.Stderr);
    }
}
