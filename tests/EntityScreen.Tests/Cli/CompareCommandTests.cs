using System.Text.Json;

namespace EntityScreen.Tests.Cli;

public class CompareCommandTests
{
    [Fact]
    public void Compare_NamesAndInputTogether_ExitsTwo()
    {
        using var dir = new TempDir();
        var input = dir.Write("pairs.csv", "name1,name2\na,b\n");

        var run = CliHost.Run("compare", "A", "B", "--input", input);

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Compare_InputWithoutName2_ExitsTwo_NamingTheHeader()
    {
        using var dir = new TempDir();
        var input = dir.Write("pairs.csv", "id,name1\n1,a\n");

        var run = CliHost.Run("compare", "--input", input);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'name2'", run.Stderr);
    }

    [Fact]
    public void Compare_TwoNames_PrintsScoreAndExplanation()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);

        var run = CliHost.Run("compare", "Huawei Technologies Co Ltd", "Huawei Technologies Co., Ltd.", "--list", csl);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Score:", run.Stdout);
        Assert.Contains(ScreeningDefaults.AlgorithmVersion, run.Stdout);
    }

    [Fact]
    public void Compare_TwoNames_Json_HasScoreExplanationAndContext()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);

        var run = CliHost.Run("compare", "Huawei Technologies", "Huawei Technologies Co., Ltd.", "--list", csl, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = run.Json();
        var root = doc.RootElement;
        Assert.InRange(root.GetProperty("score").GetDouble(), 0.0, 1.0);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("explanation").ValueKind);
        Assert.Equal(1, root.GetProperty("context").GetProperty("lists").GetArrayLength());
    }

    [Fact]
    public void Compare_Input_AnswersEveryRowInOrder()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var input = dir.Write(
            "pairs.csv",
            "id,name1,name2\n"
            + "a,Huawei Technologies,\"Huawei Technologies Co., Ltd.\"\n"
            + "b,,Missing First\n"
            + "c,Acme,Acme,extra\n"
            + "d,北风空气动力公司,Northwind Aerodynamics Incorporated\n");
        var output = dir.File("scores.jsonl");

        var run = CliHost.Run("compare", "--list", csl, "--input", input, "--output", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = CliHost.ReadJsonLines(output);
        Assert.Equal(["a", "b", "c", "d"], rows.Select(r => r.GetProperty("id").GetString()));
        Assert.InRange(rows[0].GetProperty("score").GetDouble(), 0.0, 1.0);
        Assert.Equal("line 3: missing name1", rows[1].GetProperty("error").GetString());
        Assert.Contains("line 4", rows[2].GetProperty("error").GetString());
        Assert.InRange(rows[3].GetProperty("score").GetDouble(), 0.0, 1.0);
    }

    [Fact]
    public void Compare_InputWithTypeColumn_ScoresPersonsWithThePersonRules()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);
        var input = dir.Write(
            "pairs.csv",
            "id,name1,name2,type\n"
            + "p,John Robert Smith,John Smith,person\n"
            + "o,John Robert Smith,John Smith,organization\n"
            + "x,John Robert Smith,John Smith,vessel-ish\n");
        var output = dir.File("scores.jsonl");

        var run = CliHost.Run("compare", "--list", csl, "--input", input, "--output", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = CliHost.ReadJsonLines(output);
        Assert.True(rows[0].GetProperty("score").GetDouble() > rows[1].GetProperty("score").GetDouble(), run.ToString());
        Assert.Contains("line 4", rows[2].GetProperty("error").GetString());
    }

    [Fact]
    public void Compare_TypeOption_AppliesThePersonRules()
    {
        using var dir = new TempDir();
        var csl = TestLists.WriteCsl(dir);

        var plain = CliHost.Run("compare", "John Robert Smith", "John Smith", "--list", csl, "--format", "json");
        var person = CliHost.Run("compare", "John Robert Smith", "John Smith", "--list", csl, "--format", "json", "--type", "person");

        Assert.True(plain.ExitCode == 0 && person.ExitCode == 0, plain.ToString() + person);
        static double Score(string json) => JsonDocument.Parse(json).RootElement.GetProperty("score").GetDouble();
        Assert.True(Score(person.Stdout) > Score(plain.Stdout), person.Stdout);
    }

    [SharedDataFact]
    public void Compare_Input_RealListWeights_AnswersEveryRow()
    {
        var cslPath = SharedData.Require("derived/csl_assembled.csv");
        using var dir = new TempDir();
        var (csv, ids, malformed) = QueryFile.GeneratePairs(cslPath, rows: 400, seed: 7);
        var input = dir.Write("pairs.csv", csv);
        var output = dir.File("scores.jsonl");

        var run = CliHost.Run("compare", "--list", cslPath, "--input", input, "--output", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = CliHost.ReadJsonLines(output);
        Assert.Equal(ids, rows.Select(r => r.GetProperty("id").GetString()));
        for (var i = 0; i < rows.Count; i++)
        {
            if (malformed[i])
            {
                Assert.StartsWith($"line {i + 2}", rows[i].GetProperty("error").GetString());
                continue;
            }

            var score = rows[i].GetProperty("score").GetDouble();
            Assert.InRange(score, 0.0, 1.0);
            Assert.Equal(Math.Round(score, 4), score);
            Assert.Equal(JsonValueKind.Object, rows[i].GetProperty("explanation").ValueKind);
            if (i % 3 == 0)
            {
                // The same name on both sides.
                Assert.True(score >= 0.99, $"{rows[i]}");
            }
        }
    }
}
