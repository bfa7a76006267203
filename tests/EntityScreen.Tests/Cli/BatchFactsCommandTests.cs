using System.Text.Json;

namespace EntityScreen.Tests.Cli;

/// <summary><c>batch</c> with the optional columns dob, nationality, ids and gender (issue 16).</summary>
public class BatchFactsCommandTests
{
    private static string Input(TempDir dir) => dir.Write(
        "queries.csv",
        "id,name,type,dob,nationality,ids,gender\n"
        + $"b1,{FactsTestList.PersonQuery},person,1964-08-31,MX,,male\n"
        + $"b2,,,,,IMO {FactsTestList.Imo},\n"
        + "b3,,,,,,\n"
        + "b4,,,1964-08-31,MX,---,male\n"
        + $"b5,{FactsTestList.PersonQuery},,31/02/1980,,,\n"
        + $"b6,Bristelmoor Digital Exchange,,,,\"passport X123; XBT {FactsTestList.Address}\",\n"
        + "b7,Sample Horizon,Vessel,,,,\n"
        + $"b8,{FactsTestList.PersonQuery},,1980-13-01; circa 1965,Narnia; Mexico,,robot\n"
        + $"b9,,,,,=9876543,\n");

    private static JsonElement MatchOf(JsonElement row, string entityId) =>
        Assert.Single(row.GetProperty("matches").EnumerateArray(), m => m.GetProperty("entityId").GetString() == entityId);

    private static List<string> Warnings(JsonElement row) => [.. row.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!)];

    [Fact]
    public void JsonLines_ScreensEachRowWithItsFacts()
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);
        var output = dir.File("out.jsonl");

        var run = CliHost.Run("batch", "--list", list, "--input", Input(dir), "--output", output, "--threads", "2");

        Assert.True(run.ExitCode == 1, run.ToString());
        var rows = CliHost.ReadJsonLines(output);
        Assert.Equal(["b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9"], rows.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rows, r => Assert.Equal(JsonValueKind.Array, r.GetProperty("warnings").ValueKind));

        // b1: the right date of birth keeps its person strong; the other one is a review with a contradiction.
        var b1 = rows[0];
        Assert.Empty(Warnings(b1));
        Assert.Equal("strong", MatchOf(b1, FactsTestList.Person1964).GetProperty("band").GetString());
        var other = MatchOf(b1, FactsTestList.Person1979);
        Assert.Equal("review", other.GetProperty("band").GetString());
        Assert.Contains(other.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("effect").GetString() == "contradicts"
            && e.GetProperty("kind").GetString() == "date-of-birth");
        Assert.Equal("male", b1.GetProperty("queryFacts").GetProperty("gender").GetString());

        // b2: no name, an identifier: screened by the identifier.
        var b2 = rows[1];
        Assert.False(b2.TryGetProperty("error", out _), b2.ToString());
        Assert.Equal(string.Empty, b2.GetProperty("query").GetString());
        var vessel = Assert.Single(b2.GetProperty("matches").EnumerateArray());
        Assert.Equal(FactsTestList.VesselId, vessel.GetProperty("entityId").GetString());
        Assert.Equal(FactsTestList.VesselName, vessel.GetProperty("name").GetString());
        Assert.Equal("identifier-match", vessel.GetProperty("evidence")[0].GetProperty("effect").GetString());

        // b3: no name, no identifier: the row error of an empty name, as before.
        Assert.Equal("line 4: missing name", rows[2].GetProperty("error").GetString());
        Assert.Empty(Warnings(rows[2]));

        // b4: no name, and its only identifier cannot be read: a row error, with the warning.
        Assert.Equal("line 5: missing name, and no usable identifier in column ids", rows[3].GetProperty("error").GetString());
        Assert.Equal(["line 5, column ids: identifier '---': identifier without a letter or digit; ignored"], Warnings(rows[3]));

        // b5: a bad date of birth is a warning; the row is screened on its name.
        var b5 = rows[4];
        Assert.False(b5.TryGetProperty("error", out _), b5.ToString());
        Assert.StartsWith("line 6, column dob: date of birth '31/02/1980': slashed dates are ambiguous", Assert.Single(Warnings(b5)), StringComparison.Ordinal);
        Assert.Equal(2, b5.GetProperty("matches").GetArrayLength());
        Assert.Empty(b5.GetProperty("queryFacts").GetProperty("datesOfBirth").EnumerateArray());

        // b6: several identifiers in one cell; the address equals the listed one.
        var exchange = MatchOf(rows[5], FactsTestList.ExchangeId);
        Assert.Equal("identifier-match", exchange.GetProperty("evidence")[0].GetProperty("effect").GetString());
        Assert.Equal(2, rows[5].GetProperty("queryFacts").GetProperty("identifiers").GetArrayLength());

        // b7: the type column takes vessel, any case.
        Assert.Equal(FactsTestList.VesselId, Assert.Single(rows[6].GetProperty("matches").EnumerateArray()).GetProperty("entityId").GetString());

        // b8: the bad values are left out, the good ones of the same cells kept.
        var b8 = rows[7];
        Assert.Equal(3, Warnings(b8).Count);
        Assert.Contains(Warnings(b8), w => w.StartsWith("line 9, column dob: date of birth '1980-13-01'", StringComparison.Ordinal));
        Assert.Contains(Warnings(b8), w => w.StartsWith("line 9, column nationality: nationality 'Narnia'", StringComparison.Ordinal));
        Assert.Contains(Warnings(b8), w => w.StartsWith("line 9, column gender: gender 'robot'", StringComparison.Ordinal));
        Assert.Equal("circa 1965", Assert.Single(b8.GetProperty("queryFacts").GetProperty("datesOfBirth").EnumerateArray()).GetProperty("text").GetString());
        Assert.Equal("MX", Assert.Single(b8.GetProperty("queryFacts").GetProperty("nationalities").EnumerateArray()).GetString());
        Assert.Equal("strong", MatchOf(b8, FactsTestList.Person1964).GetProperty("band").GetString());

        Assert.Contains("finished 9 rows", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 errors, 3 with warnings", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_CarriesNameScoreEvidenceAndWarnings_Neutralized()
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);
        var output = dir.File("out.csv");

        var run = CliHost.Run("batch", "--list", list, "--input", Input(dir), "--output", output);

        Assert.True(run.ExitCode == 1, run.ToString());
        var header = File.ReadLines(output).First();
        Assert.StartsWith(
            "id,line,query,listCode,entityId,name,matchedName,score,band,summary,error,algorithmVersion,snapshotId,matchedNameOverlay,",
            header,
            StringComparison.Ordinal);
        Assert.EndsWith(",nameScore,evidence,warnings,affiliation,redFlags", header, StringComparison.Ordinal);
        var rows = CliHost.ReadCsv(output);

        var right = Assert.Single(rows, r => r["id"] == "b1" && r["entityId"] == FactsTestList.Person1964);
        Assert.Equal("strong", right["band"]);
        Assert.Equal("1.0", right["nameScore"]);
        Assert.Equal("date of birth 1964-08-31 agrees with the listed 1964-08-31 | nationality MX agrees | gender male agrees", right["evidence"]);
        Assert.Equal(string.Empty, right["warnings"]);
        var wrong = Assert.Single(rows, r => r["id"] == "b1" && r["entityId"] == FactsTestList.Person1979);
        Assert.Equal("review", wrong["band"]);
        Assert.StartsWith("date of birth 1964-08-31 is 14 years from every listed one (1979) | nationality MX differs", wrong["evidence"], StringComparison.Ordinal);

        var byId = Assert.Single(rows, r => r["id"] == "b2");
        Assert.Equal(FactsTestList.VesselId, byId["entityId"]);
        Assert.Equal(FactsTestList.VesselName, byId["name"]);
        Assert.Equal("0.0", byId["nameScore"]);
        Assert.Equal($"IMO {FactsTestList.Imo} equals the listed IMO", byId["evidence"]);

        var noId = Assert.Single(rows, r => r["id"] == "b4");
        Assert.Equal("line 5: missing name, and no usable identifier in column ids", noId["error"]);
        Assert.Contains("identifier '---'", noId["warnings"], StringComparison.Ordinal);

        Assert.All(rows.Where(r => r["id"] == "b5"), r => Assert.StartsWith("line 6, column dob:", r["warnings"], StringComparison.Ordinal));
        Assert.Equal(3, rows.Single(r => r["id"] == "b8" && r["entityId"] == FactsTestList.Person1964)["warnings"].Split(" | ").Length);

        // A bare number is the query's text: a detail that starts with it starts like a formula, and is neutralized.
        var bare = Assert.Single(rows, r => r["id"] == "b9");
        Assert.StartsWith("'=9876543 equals the listed IMO 9876543", bare["evidence"], StringComparison.Ordinal);
        Assert.Equal("review", bare["band"]);
    }

    [Fact]
    public void NameColumn_StaysRequired()
    {
        using var dir = new TempDir();
        var input = dir.Write("q.csv", $"id,ids\n1,IMO {FactsTestList.Imo}\n");

        var run = CliHost.Run("batch", "--input", input, "--output", dir.File("out.jsonl"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'name'", run.Stderr, StringComparison.Ordinal);
    }
}
