using System.Security.Cryptography;
using System.Text.Json;

namespace EntityScreen.Tests.Cli;

/// <summary>
/// <c>--ownership</c> on <c>screen</c> and <c>batch</c>, and <c>ownership explain</c> / <c>ownership info</c>, on an
/// invented list (an Entity List company with licence terms, an SDN company) and invented ownership files.
/// </summary>
public class OwnershipCommandTests
{
    /// <summary>A day on which every rule is in force (after the BIS suspension).</summary>
    private const string InForce = "2026-12-01";

    /// <summary>
    /// Zentrix (EL) owns a holding 100%, which owns a trading company 100% (covered under BIS, two hops); Xandor (SDN)
    /// owns 40% of a fund (a significant minority), which owns 100% of a glassworks (owned through an uncovered
    /// intermediary: a red flag only).
    /// </summary>
    private const string Groups =
        "owner,owned,share\n"
        + "\"Zentrix Microelectronics Co., Ltd.\",Zentrix Holding (Hong Kong) Limited,100\n"
        + "Zentrix Holding (Hong Kong) Limited,Shenzhen Kelvara Trading Co. Ltd.,100\n"
        + "Xandor Holdings Limited,Orvane Capital Fund,40\n"
        + "Orvane Capital Fund,Pellmont Glassworks,100\n";

    /// <summary>A CSL file with an Entity List company (licence terms) and an SDN company, both invented.</summary>
    private static string WriteList(TempDir dir)
    {
        string[] rows =
        [
            Row("c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00", "Entity List (EL) - Bureau of Industry and Security", "", "",
                "Zentrix Microelectronics Co., Ltd.", "For all items subject to the EAR.", "Presumption of denial."),
            Row("9001", "Specially Designated Nationals (SDN) - Treasury Department", "9001", "Entity", "Xandor Holdings Limited", "", ""),
        ];
        return dir.Write("own_csl.csv", TestLists.CslHeader + "\n" + string.Join("\n", rows) + "\n");

        static string Row(string id, string source, string entNum, string type, string name, string requirement, string policy) =>
            TestLists.CslRow((0, id), (1, source), (2, entNum), (3, type), (5, name), (9, "2024-05-16"), (12, requirement), (13, policy), (21, "https://example.test/list"));
    }

    private static CliRun Screen(TempDir dir, string name, params string[] more) =>
        CliHost.Run(["screen", name, "--list", WriteList(dir), "--ownership", dir.Write("own.csv", Groups), "--ownership-as-of", InForce, .. more]);

    [Fact]
    public void Screen_CoveredSubsidiary_Table_ShowsBothHopsAndLicenceTerms_AndStaysQuiet()
    {
        using var dir = new TempDir();

        var run = Screen(dir, "Shenzhen Kelvara Trading Co Ltd");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("OWNED", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("affiliate: BIS Affiliates Rule: owned 100% by covered owners", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("-100%-> Zentrix Holding (Hong Kong) Limited -100%-> Shenzhen Kelvara Trading Co. Ltd.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("licence requirement: For all items subject to the EAR. (from Zentrix Microelectronics Co., Ltd., EL)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("review policy: Presumption of denial.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Ownership rule BIS Affiliates Rule: applied on 2026-12-01", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Red flags", run.Stdout, StringComparison.Ordinal);
        Assert.True(run.Stderr.Length == 0, run.ToString());
    }

    [Fact]
    public void Screen_CoveredSubsidiary_Json_CarriesTheAffiliationAndTheOwnershipContext()
    {
        using var dir = new TempDir();

        var run = Screen(dir, "Shenzhen Kelvara Trading Co Ltd", "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        var root = run.Json().RootElement;
        Assert.True(root.GetProperty("isMatch").GetBoolean());
        Assert.Equal(0, root.GetProperty("redFlags").GetArrayLength());
        var match = root.GetProperty("matches")[0];
        Assert.Equal("OWNED", match.GetProperty("listCode").GetString());
        var affiliation = match.GetProperty("affiliation");
        Assert.Equal(0, affiliation.GetProperty("redFlags").GetArrayLength());
        Assert.StartsWith("BIS Affiliates Rule: owned 100%", affiliation.GetProperty("summary").GetString(), StringComparison.Ordinal);
        var covered = affiliation.GetProperty("covered")[0];
        Assert.Equal("bis-affiliates", covered.GetProperty("rule").GetString());
        Assert.Equal("100%", covered.GetProperty("share").GetString());
        Assert.Equal(["EL"], covered.GetProperty("ownerLists").EnumerateArray().Select(e => e.GetString()));
        var path = covered.GetProperty("paths")[0].GetString();
        Assert.StartsWith("Zentrix Microelectronics Co., Ltd. (EL:", path, StringComparison.Ordinal);
        Assert.EndsWith(", EL) -100%-> Zentrix Holding (Hong Kong) Limited -100%-> Shenzhen Kelvara Trading Co. Ltd.", path, StringComparison.Ordinal);
        var holding = covered.GetProperty("holdings")[0];
        Assert.Equal("Zentrix Holding (Hong Kong) Limited", holding.GetProperty("owner").GetString());
        Assert.Equal("100%", holding.GetProperty("share").GetString());
        Assert.Equal(dir.File("own.csv"), holding.GetProperty("file").GetString());
        Assert.Equal(3, holding.GetProperty("line").GetInt64());
        var licence = covered.GetProperty("licence");
        Assert.Equal("For all items subject to the EAR.", licence.GetProperty("requirement").GetString());
        Assert.Equal("Presumption of denial.", licence.GetProperty("policy").GetString());
        Assert.Equal("EL", licence.GetProperty("requirementFrom").GetProperty("listCode").GetString());
        Assert.Equal("Zentrix Microelectronics Co., Ltd.", licence.GetProperty("policyFrom").GetProperty("name").GetString());

        var ownership = root.GetProperty("context").GetProperty("ownership");
        Assert.Equal(InForce, ownership.GetProperty("asOf").GetString());
        Assert.Equal(3, ownership.GetProperty("rules").GetArrayLength());
        var file = ownership.GetProperty("files")[0];
        Assert.Equal(dir.File("own.csv"), file.GetProperty("source").GetString());
        Assert.Equal("ownership", file.GetProperty("format").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(dir.File("own.csv")))), file.GetProperty("sha256").GetString());
    }

    [Fact]
    public void Screen_ListedParty_HasNoAffiliation_AndWithoutOwnershipNoOwnershipContext()
    {
        using var dir = new TempDir();

        var with = Screen(dir, "Zentrix Microelectronics Co., Ltd.", "--format", "json");
        var without = CliHost.Run("screen", "Zentrix Microelectronics Co., Ltd.", "--list", WriteList(dir), "--format", "json");

        Assert.True(with.ExitCode == 1, with.ToString());
        var match = with.Json().RootElement.GetProperty("matches")[0];
        Assert.Equal("EL", match.GetProperty("listCode").GetString());
        Assert.False(match.TryGetProperty("affiliation", out _));
        Assert.False(without.Json().RootElement.GetProperty("context").TryGetProperty("ownership", out _));
        Assert.Equal(0, without.Json().RootElement.GetProperty("redFlags").GetArrayLength());
    }

    [Fact]
    public void Screen_RedFlagOnly_ExitsZero_WithRedFlagsInJsonAndASectionInTheTable()
    {
        using var dir = new TempDir();

        var json = Screen(dir, "Pellmont Glassworks", "--format", "json");
        var table = Screen(dir, "Pellmont Glassworks");

        Assert.True(json.ExitCode == 0, json.ToString());
        var root = json.Json().RootElement;
        Assert.False(root.GetProperty("isMatch").GetBoolean());
        Assert.Equal(0, root.GetProperty("matches").GetArrayLength());
        var flag = Assert.Single(root.GetProperty("redFlags").EnumerateArray());
        Assert.Equal("Pellmont Glassworks", flag.GetProperty("name").GetString());
        var affiliation = flag.GetProperty("affiliation");
        Assert.Equal(0, affiliation.GetProperty("covered").GetArrayLength());
        var reason = affiliation.GetProperty("redFlags")[0];
        Assert.Equal("ofac-50-percent", reason.GetProperty("rule").GetString());
        Assert.Equal("owned-through-uncovered-intermediary", reason.GetProperty("reason").GetString());
        Assert.Contains("-40%-> Orvane Capital Fund -100%-> Pellmont Glassworks", reason.GetProperty("paths")[0].GetString(), StringComparison.Ordinal);

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("No match at or above", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("Red flags (not matches): 1", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("red flag under OFAC 50 Percent Rule: owned through an uncovered intermediary", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_DuringTheBisSuspension_NoAffiliateMatch_AndTheContextSaysWhy()
    {
        using var dir = new TempDir();

        var run = CliHost.Run(
            "screen", "Shenzhen Kelvara Trading Co Ltd", "--list", WriteList(dir), "--ownership", dir.Write("own.csv", Groups),
            "--ownership-as-of", "2026-01-15", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var rules = run.Json().RootElement.GetProperty("context").GetProperty("ownership").GetProperty("rules").EnumerateArray().Select(r => r.GetString()!);
        Assert.Contains(rules, r => r.StartsWith("BIS Affiliates Rule: not applied on 2026-01-15", StringComparison.Ordinal));
    }

    [Fact]
    public void Screen_BisSuspensionExtended_NoAffiliateMatchOnADayItWouldApply()
    {
        using var dir = new TempDir();

        var run = Screen(dir, "Shenzhen Kelvara Trading Co Ltd", "--bis-suspended-until", "2027-06-30");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Ownership rule BIS Affiliates Rule: not applied on 2026-12-01", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("suspended from 2025-11-10 to 2027-06-30", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_NoOwnershipRuleBis_NoAffiliateMatch_OfacStillApplies()
    {
        using var dir = new TempDir();

        var bis = Screen(dir, "Shenzhen Kelvara Trading Co Ltd", "--no-ownership-rule", "bis");
        var ofac = Screen(dir, "Pellmont Glassworks", "--no-ownership-rule", "BIS", "--format", "json");

        Assert.True(bis.ExitCode == 0, bis.ToString());
        Assert.Contains("Ownership rule BIS Affiliates Rule: not applied on 2026-12-01", bis.Stdout, StringComparison.Ordinal);
        Assert.Contains("switched off", bis.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, ofac.Json().RootElement.GetProperty("redFlags").GetArrayLength());
    }

    [Theory]
    [InlineData("--ownership-as-of", "2026-13-01")]
    [InlineData("--ownership-as-of", "tomorrow")]
    [InlineData("--ownership-as-of", "01/12/2026")]
    [InlineData("--bis-suspended-until", "2026-02-30")]
    [InlineData("--bis-suspended-until", "2025-01-01")]
    [InlineData("--no-ownership-rule", "cmic")]
    public void Screen_BadOwnershipValue_ExitsTwo_NamingTheOption(string option, string value)
    {
        using var dir = new TempDir();

        var run = Screen(dir, "Acme", option, value);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(option, run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Screen_OwnershipOptionWithoutAFile_ExitsTwo()
    {
        using var dir = new TempDir();

        var run = CliHost.Run("screen", "Acme", "--list", WriteList(dir), "--ownership-as-of", InForce);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--ownership-as-of needs --ownership", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_MissingOwnershipFile_ExitsTwo_NamingIt()
    {
        using var dir = new TempDir();
        var missing = dir.File("no-such-ownership.csv");

        var run = CliHost.Run("screen", "Acme", "--list", WriteList(dir), "--ownership", missing);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(missing + ": no such ownership file", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_OwnershipFileWithoutRequiredColumn_ExitsTwo_NamingIt()
    {
        using var dir = new TempDir();
        var bad = dir.Write("bad.csv", "owner,owned\nA,B\n");

        var run = CliHost.Run("screen", "Acme", "--list", WriteList(dir), "--ownership", bad);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("bad.csv", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("own.json")]
    [InlineData("own.jsonl")]
    [InlineData("own.NDJSON")]
    public void Screen_FollowTheMoneyFile_ReadByItsExtension_CoversTheSubsidiary(string name)
    {
        using var dir = new TempDir();
        var ftm = dir.Write(
            name,
            "{\"id\":\"z\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Zentrix Microelectronics Co., Ltd.\"]}}\n"
            + "{\"id\":\"k\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Shenzhen Kelvara Trading Co. Ltd.\"]}}\n"
            + "{\"id\":\"o1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"z\"],\"asset\":[\"k\"],\"percentage\":[\"75\"]}}\n");

        var run = CliHost.Run("screen", "Shenzhen Kelvara Trading Co Ltd", "--list", WriteList(dir), "--ownership", ftm, "--ownership-as-of", InForce);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("affiliate: BIS Affiliates Rule: owned 75% by covered owners", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_FollowTheMoneyFileNotJson_EachLineARejectionWithLineAndColumn()
    {
        using var dir = new TempDir();
        var ftm = dir.Write("own.jsonl", "owner,owned,share\nA,B,50\n");

        var run = CliHost.Run("screen", "Acme", "--list", WriteList(dir), "--ownership", ftm);

        // Every line is a rejection (not JSON), reported with its line and column; nothing is covered, the name is screened.
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("own.jsonl:1, column 1: not JSON", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("own.jsonl:2, column 1: not JSON", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_RejectedRowsAndUnresolvedOwners_AreWarningsOnStderr_AndTheRestIsScreened()
    {
        using var dir = new TempDir();
        var own = dir.Write(
            "own.csv",
            Groups.Replace("owner,owned,share\n", "owner,owned,share,owner_id\n", StringComparison.Ordinal).Replace(",100\n", ",100,\n", StringComparison.Ordinal).Replace(",40\n", ",40,\n", StringComparison.Ordinal)
            + "Kelvara Parent,Quillon Works,abc,\n"
            + "Nobody Known,Quillon Works,60,SDN:404\n");

        var run = CliHost.Run("screen", "Shenzhen Kelvara Trading Co Ltd", "--list", WriteList(dir), "--ownership", own, "--ownership-as-of", InForce);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("1 rejected", run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"rejected {own}:6, column share:", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("warning: ownership: owner 'Nobody Known' (owner_id SDN:404)", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_EscapesControlCharactersOfOwnershipNames()
    {
        using var dir = new TempDir();
        var own = dir.Write("own.csv", Groups + "Zentrix Holding (Hong Kong) Limited,\"Kelvara\u001B[31m Optics\u202E Trading\",100\n");

        var run = CliHost.Run("screen", "Kelvara Optics Trading", "--list", WriteList(dir), "--ownership", own, "--ownership-as-of", InForce, "--threshold", "0.7");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("\\u001B[31m", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001B', run.Stdout);
        Assert.DoesNotContain('\u202E', run.Stdout);
    }

    [Fact]
    public void Batch_JsonLines_AffiliatesAndRedFlags_SummaryOnStderr()
    {
        using var dir = new TempDir();
        var input = dir.Write("q.csv", "id,name\n1,Shenzhen Kelvara Trading Co Ltd\n2,Pellmont Glassworks\n3,Acme Widgets\n");
        var output = dir.File("out.jsonl");

        var run = CliHost.Run(
            "batch", "--list", WriteList(dir), "--ownership", dir.Write("own.csv", Groups), "--ownership-as-of", InForce, "--input", input, "--output", output);

        Assert.True(run.ExitCode == 1, run.ToString());
        var records = CliHost.ReadJsonLines(output);
        Assert.Equal(3, records.Count);
        Assert.Equal("bis-affiliates", records[0].GetProperty("matches")[0].GetProperty("affiliation").GetProperty("covered")[0].GetProperty("rule").GetString());
        Assert.False(records[1].GetProperty("isMatch").GetBoolean());
        var flag = Assert.Single(records[1].GetProperty("redFlags").EnumerateArray());
        Assert.Equal("Pellmont Glassworks", flag.GetProperty("name").GetString());
        Assert.Equal("owned-through-uncovered-intermediary", flag.GetProperty("affiliation").GetProperty("redFlags")[0].GetProperty("reason").GetString());
        Assert.Equal(0, records[2].GetProperty("redFlags").GetArrayLength());
        Assert.Equal(InForce, records[2].GetProperty("context").GetProperty("ownership").GetProperty("asOf").GetString());

        Assert.Contains($"ownership {dir.File("own.csv")}: 4 rows read, 4 loaded, 0 rejected, 0 warnings", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("ownership rule BIS Affiliates Rule: applied on 2026-12-01, 2 covered, 0 red flags", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("ownership rule OFAC 50 Percent Rule: applied on 2026-12-01, 0 covered, 2 red flags", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("batch: 1 rows with ownership red flags", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_Csv_AffiliationAndRedFlagColumns_NeutralizedAgainstFormulas()
    {
        using var dir = new TempDir();
        var own = dir.Write("own.csv", Groups + "Orvane Capital Fund,\"=Quillon Works\",100\n");
        var input = dir.Write("q.csv", "id,name\n1,Shenzhen Kelvara Trading Co Ltd\n2,Pellmont Glassworks\n3,Quillon Works\n");
        var output = dir.File("out.csv");

        var run = CliHost.Run("batch", "--list", WriteList(dir), "--ownership", own, "--ownership-as-of", InForce, "--input", input, "--output", output);

        Assert.True(run.ExitCode == 1, run.ToString());
        var rows = CliHost.ReadCsv(output);
        Assert.Equal(3, rows.Count);
        Assert.StartsWith("BIS Affiliates Rule: owned 100% by covered owners", rows[0]["affiliation"], StringComparison.Ordinal);
        Assert.Empty(rows[0]["redFlags"]);
        Assert.Empty(rows[1]["affiliation"]);
        Assert.Empty(rows[1]["entityId"]);
        Assert.StartsWith("Pellmont Glassworks (OWNED:Pellmont Glassworks, score 1.0): red flag under OFAC 50 Percent Rule", rows[1]["redFlags"], StringComparison.Ordinal);
        Assert.StartsWith("'=Quillon Works (OWNED:=Quillon Works, score", rows[2]["redFlags"], StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Affiliate_PrintsEachPathUpToTheListedOwner_ExitsOne()
    {
        using var dir = new TempDir();
        var own = dir.Write("own.csv", Groups);

        var table = CliHost.Run("ownership", "explain", "Shenzhen Kelvara Trading", "--list", WriteList(dir), "--ownership", own, "--ownership-as-of", InForce);
        var json = CliHost.Run("ownership", "explain", "Shenzhen Kelvara Trading", "--list", WriteList(dir), "--ownership", own, "--ownership-as-of", InForce, "--format", "json");

        Assert.True(table.ExitCode == 1, table.ToString());
        Assert.Contains("Found: Shenzhen Kelvara Trading Co. Ltd. (OWNED:Shenzhen Kelvara Trading Co. Ltd., OWNED)", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("BIS Affiliates Rule: covered, owned 100% by covered owners; owner lists EL", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("  licence requirement: For all items subject to the EAR. (from Zentrix Microelectronics Co., Ltd., EL)", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("      -100%-> Zentrix Holding (Hong Kong) Limited  [" + own + ":2]", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("        -100%-> Shenzhen Kelvara Trading Co. Ltd.  [" + own + ":3]", table.Stdout, StringComparison.Ordinal);

        Assert.True(json.ExitCode == 1, json.ToString());
        var root = json.Json().RootElement;
        Assert.Equal("affiliate", root.GetProperty("found").GetString());
        Assert.Equal("bis-affiliates", root.GetProperty("entity").GetProperty("affiliation").GetProperty("covered")[0].GetProperty("rule").GetString());
        Assert.Equal(0, root.GetProperty("beneath").GetArrayLength());
    }

    [Fact]
    public void Explain_ListedOwner_ListsWhatEachRuleCoversAndFlagsBeneathIt()
    {
        using var dir = new TempDir();
        var own = dir.Write("own.csv", Groups);

        var bis = CliHost.Run("ownership", "explain", "Zentrix Microelectronics", "--list", WriteList(dir), "--ownership", own, "--ownership-as-of", InForce, "--format", "json");
        var ofac = CliHost.Run("ownership", "explain", "Xandor Holdings Limited", "--list", WriteList(dir), "--ownership", own, "--ownership-as-of", InForce);

        Assert.True(bis.ExitCode == 1, bis.ToString());
        var root = bis.Json().RootElement;
        Assert.Equal("owner", root.GetProperty("found").GetString());
        Assert.Equal("EL", root.GetProperty("entity").GetProperty("listCode").GetString());
        var rule = root.GetProperty("beneath").EnumerateArray().Single(b => b.GetProperty("rule").GetString() == "bis-affiliates");
        Assert.Equal(2, rule.GetProperty("coveredTotal").GetInt32());
        Assert.Equal(
            ["Zentrix Holding (Hong Kong) Limited", "Shenzhen Kelvara Trading Co. Ltd."],
            rule.GetProperty("covered").EnumerateArray().Select(c => c.GetProperty("name").GetString()));

        Assert.True(ofac.ExitCode == 1, ofac.ToString());
        Assert.Contains("OFAC 50 Percent Rule (applied on 2026-12-01): 0 covered, 2 red flags beneath it", ofac.Stdout, StringComparison.Ordinal);
        Assert.Contains("  red flag  Pellmont Glassworks: owned-through-uncovered-intermediary:", ofac.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_RedFlagOnlyExitsZero_NothingFoundExitsZero_NoOwnershipExitsTwo()
    {
        using var dir = new TempDir();
        var own = dir.Write("own.csv", Groups);
        var list = WriteList(dir);

        var flag = CliHost.Run("ownership", "explain", "Pellmont Glassworks", "--list", list, "--ownership", own, "--ownership-as-of", InForce);
        var none = CliHost.Run("ownership", "explain", "Acme Widgets", "--list", list, "--ownership", own, "--ownership-as-of", InForce);
        var missing = CliHost.Run("ownership", "explain", "Acme Widgets", "--list", list);

        Assert.True(flag.ExitCode == 0, flag.ToString());
        Assert.Contains("a red flag, not a match", flag.Stdout, StringComparison.Ordinal);
        Assert.Contains("OFAC 50 Percent Rule: red flag (owned-through-uncovered-intermediary), not a match", flag.Stdout, StringComparison.Ordinal);
        Assert.True(none.ExitCode == 0, none.ToString());
        Assert.Contains("No affiliate, and no listed owner of the ownership files, matches", none.Stdout, StringComparison.Ordinal);
        Assert.True(missing.ExitCode == 2, missing.ToString());
        Assert.Contains("--ownership", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Info_ReportsLoadResolutionsWarningsAndRules_TableAndJson()
    {
        using var dir = new TempDir();
        var own = dir.Write("own.csv", "owner,owned,share,owner_id\n" + "\"Zentrix Microelectronics Co., Ltd.\",Zentrix Holding (Hong Kong) Limited,100,\n" + "Ghost Holder,Zentrix Holding (Hong Kong) Limited,5,EL:nope\n" + "Someone,Orvane Capital Fund,150,\n");
        var list = WriteList(dir);

        var table = CliHost.Run("ownership", "info", "--list", list, "--ownership", own, "--ownership-as-of", InForce);
        var json = CliHost.Run("ownership", "info", "--list", list, "--ownership", own, "--ownership-as-of", InForce, "--format", "json");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("rows      3 read, 2 loaded, 1 rejected", table.Stdout, StringComparison.Ordinal);
        Assert.Contains($"rejected {own}:4, column share:", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("'Zentrix Microelectronics Co., Ltd.' is Zentrix Microelectronics Co., Ltd. (EL:", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("owner 'Ghost Holder' (owner_id EL:nope)", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("BIS Affiliates Rule: applied on 2026-12-01, 1 covered, 0 red flags", table.Stdout, StringComparison.Ordinal);

        Assert.True(json.ExitCode == 0, json.ToString());
        var root = json.Json().RootElement;
        var file = root.GetProperty("files")[0];
        Assert.Equal(3, file.GetProperty("rowsRead").GetInt64());
        Assert.Equal(1, file.GetProperty("rowsRejected").GetInt64());
        Assert.Equal(4, file.GetProperty("firstRejections")[0].GetProperty("line").GetInt64());
        Assert.Contains(root.GetProperty("resolutions").EnumerateArray(), r => r.GetProperty("method").GetString() == "not-found" && r.GetProperty("owner").GetString() == "Ghost Holder");
        var bis = root.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("rule").GetString() == "bis-affiliates");
        Assert.True(bis.GetProperty("inForce").GetBoolean());
        Assert.Equal(1, bis.GetProperty("covered").GetInt32());
        Assert.Equal(InForce, root.GetProperty("asOf").GetString());
    }

    [Fact]
    public void SampleOwnershipFile_CoversASubsidiaryOfASampleListParty()
    {
        var sample = Path.Combine(SharedData.RepoRoot, "samples", "ownership-example.csv");
        var lists = Path.Combine(SharedData.RepoRoot, "lists");

        var run = CliHost.Run(
            "screen", "Shenzhen Samplewave Trading Co Ltd", "--list", Path.Combine(lists, "sample_csl.csv"), "--list", Path.Combine(lists, "sample_china_lists.csv"),
            "--ownership", sample, "--ownership-as-of", InForce);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("affiliate: BIS Affiliates Rule: owned 100% by covered owners (Sample Microelectronics Research Institute", run.Stdout, StringComparison.Ordinal);
        Assert.True(run.Stderr.Length == 0, run.ToString());
    }

    [Fact]
    public void Screen_ControlledCompany_RedFlagWithReasonControl_InTableAndJson()
    {
        using var dir = new TempDir();
        var list = WriteList(dir);
        var ownership = dir.Write("control.csv", "owner,owned,share,relation\nXandor Holdings Limited,Varnel Shipping Agency,,director\n");

        var json = CliHost.Run(["screen", "Varnel Shipping Agency", "--list", list, "--ownership", ownership, "--ownership-as-of", InForce, "--format", "json"]);
        var table = CliHost.Run(["screen", "Varnel Shipping Agency", "--list", list, "--ownership", ownership, "--ownership-as-of", InForce]);

        Assert.True(json.ExitCode == 0, json.ToString());
        var root = json.Json().RootElement;
        Assert.False(root.GetProperty("isMatch").GetBoolean());
        var flag = root.GetProperty("redFlags")[0].GetProperty("affiliation").GetProperty("redFlags")[0];
        Assert.Equal("control", flag.GetProperty("reason").GetString());
        Assert.EndsWith("-director-> Varnel Shipping Agency", flag.GetProperty("paths")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("director", flag.GetProperty("holdings")[0].GetProperty("relation").GetString());
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("control without ownership: controlled by Xandor Holdings Limited", table.Stdout, StringComparison.Ordinal);
    }
}
