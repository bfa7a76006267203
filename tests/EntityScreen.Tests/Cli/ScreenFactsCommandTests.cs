using System.Text.Json;

namespace EntityScreen.Tests.Cli;

/// <summary><c>screen</c> with the facts beside the name: --dob, --nationality, --id, --gender (issue 16).</summary>
public class ScreenFactsCommandTests
{
    private static JsonElement MatchOf(JsonDocument doc, string entityId) =>
        Assert.Single(doc.RootElement.GetProperty("matches").EnumerateArray(), m => m.GetProperty("entityId").GetString() == entityId);

    private static List<JsonElement> Evidence(JsonElement match) => [.. match.GetProperty("evidence").EnumerateArray()];

    [Fact]
    public void RightDateOfBirth_Strong_WrongOne_ReviewWithContradictsEvidence()
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);

        var run = CliHost.Run("screen", FactsTestList.PersonQuery, "--list", list, "--dob", "1964-08-31", "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain("warning", run.Stderr, StringComparison.Ordinal);
        using var doc = run.Json();
        var right = MatchOf(doc, FactsTestList.Person1964);
        Assert.Equal("strong", right.GetProperty("band").GetString());
        var supports = Assert.Single(Evidence(right));
        Assert.Equal("date-of-birth", supports.GetProperty("kind").GetString());
        Assert.Equal("1964-08-31", supports.GetProperty("queryValue").GetString());
        Assert.Equal("1964-08-31", supports.GetProperty("listedValue").GetString());
        Assert.Equal("supports", supports.GetProperty("effect").GetString());
        Assert.Equal(1.0, right.GetProperty("nameScore").GetDouble());

        var wrong = MatchOf(doc, FactsTestList.Person1979);
        Assert.Equal("review", wrong.GetProperty("band").GetString());
        var score = wrong.GetProperty("score").GetDouble();
        Assert.InRange(score, ScreeningDefaults.Threshold, ScreeningDefaults.StrongThreshold - 0.0001);
        Assert.Equal(1.0, wrong.GetProperty("nameScore").GetDouble());
        var contradicts = Assert.Single(Evidence(wrong));
        Assert.Equal("contradicts", contradicts.GetProperty("effect").GetString());
        Assert.Equal("1979", contradicts.GetProperty("listedValue").GetString());
        Assert.True(contradicts.GetProperty("change").GetDouble() < 0, contradicts.ToString());
        Assert.Contains("14 years", contradicts.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The existing fields are all still there, and the best match comes first.
        Assert.Equal(FactsTestList.Person1964, doc.RootElement.GetProperty("matches")[0].GetProperty("entityId").GetString());
        foreach (var field in new[] { "listCode", "listName", "name", "matchedName", "matchedNameKind", "score", "type", "countries", "explanation" })
        {
            Assert.True(wrong.TryGetProperty(field, out _), field);
        }

        Assert.StartsWith("date of birth 1964-08-31 is 14 years", wrong.GetProperty("explanation").GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Empty(doc.RootElement.GetProperty("warnings").EnumerateArray());
        var facts = doc.RootElement.GetProperty("queryFacts");
        Assert.Equal("day", facts.GetProperty("datesOfBirth")[0].GetProperty("precision").GetString());
    }

    [Fact]
    public void OptionsBeforeTheName_TakeOneValueEach()
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);

        var run = CliHost.Run("screen", "--dob", "1964-08-31", "--id", "passport G7731904", FactsTestList.PersonQuery, "--list", list, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Empty(run.Stderr.Trim());
        using var doc = run.Json();
        Assert.Equal(FactsTestList.PersonQuery, doc.RootElement.GetProperty("query").GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("queryFacts").GetProperty("datesOfBirth").GetArrayLength());
        Assert.Equal(1, doc.RootElement.GetProperty("queryFacts").GetProperty("identifiers").GetArrayLength());
    }

    [Fact]
    public void NameOnly_BothPersonsStrong_WithEmptyEvidence()
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);

        var run = CliHost.Run("screen", FactsTestList.PersonQuery, "--list", list, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var doc = run.Json();
        var matches = doc.RootElement.GetProperty("matches").EnumerateArray().ToList();
        Assert.Equal(2, matches.Count);
        Assert.All(matches, m => Assert.Equal("strong", m.GetProperty("band").GetString()));
        Assert.All(matches, m => Assert.Empty(Evidence(m)));
        Assert.All(matches, m => Assert.Equal(m.GetProperty("score").GetDouble(), m.GetProperty("nameScore").GetDouble()));
    }

    [Fact]
    public void Table_ListsTheFactsAndOneLinePerEvidence()
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);

        var run = CliHost.Run("screen", FactsTestList.PersonQuery, "--list", list, "--dob", "1964-08-31", "--nationality", "MX", "--gender", "male");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Facts: date of birth 1964-08-31; nationality MX; gender male", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("    why: date of birth 1964-08-31 agrees with the listed 1964-08-31", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("      supports: gender male agrees", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("      contradicts (-0.15): date of birth 1964-08-31 is 14 years from every listed one (1979)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("      contradicts (-0.03): nationality MX differs from the listed VE", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("    name score 1.0; evidence:", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void IdentifierAlone_FindsTheVessel_WithItsIdAndPrimaryName()
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);

        var run = CliHost.Run("screen", "--id", "IMO " + FactsTestList.Imo, "--list", list, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var doc = run.Json();
        Assert.Equal(string.Empty, doc.RootElement.GetProperty("query").GetString());
        var match = Assert.Single(doc.RootElement.GetProperty("matches").EnumerateArray());
        Assert.Equal(FactsTestList.VesselId, match.GetProperty("entityId").GetString());
        Assert.Equal(FactsTestList.VesselName, match.GetProperty("name").GetString());
        Assert.Equal("strong", match.GetProperty("band").GetString());
        Assert.Equal(0.0, match.GetProperty("nameScore").GetDouble());
        var evidence = Assert.Single(Evidence(match));
        Assert.Equal("identifier:imo", evidence.GetProperty("kind").GetString());
        Assert.Equal("identifier-match", evidence.GetProperty("effect").GetString());
        Assert.Equal("IMO " + FactsTestList.Imo, evidence.GetProperty("queryValue").GetString());
        var identifier = Assert.Single(doc.RootElement.GetProperty("queryFacts").GetProperty("identifiers").EnumerateArray());
        Assert.Equal("imo", identifier.GetProperty("kind").GetString());
        Assert.Equal(FactsTestList.Imo, identifier.GetProperty("number").GetString());
    }

    [Fact]
    public void IdentifierAlone_Table_SaysNoName()
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);

        var run = CliHost.Run("screen", "--id", "imo" + FactsTestList.Imo, "--list", list);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Query: (no name)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Facts: IMO " + FactsTestList.Imo, run.Stdout, StringComparison.Ordinal);
        Assert.Contains(FactsTestList.VesselId, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("identifier-match: IMO " + FactsTestList.Imo + " equals the listed IMO", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("--dob", "1964-08-31")]
    [InlineData("--nationality", "MX", "--gender", "male")]
    [InlineData("   ")]
    public void NoNameAndNoIdentifier_IsAUsageError(params string[] args)
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);

        var run = CliHost.Run(["screen", "--list", list, .. args]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("error: screen needs a NAME", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("--id", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout.Trim());
    }

    [Fact]
    public void OnlyUnusableIdentifiers_IsAUsageError_AfterTheirWarnings()
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);

        var run = CliHost.Run("screen", "--id", "---", "--id", new string('9', 10_000), "--list", list);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("warning: --id: identifier '---': identifier without a letter or digit; ignored", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("too long", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("no --id value could be read", run.Stderr, StringComparison.Ordinal);
        Assert.True(run.Stderr.IndexOf("warning", StringComparison.Ordinal) < run.Stderr.IndexOf("error", StringComparison.Ordinal), run.Stderr);
        Assert.Empty(run.Stdout.Trim());
    }

    [Theory]
    [InlineData("--dob", "31/02/1980", "--dob: date of birth '31/02/1980': slashed dates are ambiguous")]
    [InlineData("--dob", "03/04/1980", "--dob: date of birth '03/04/1980': slashed dates are ambiguous")]
    [InlineData("--dob", "1980-13-01", "--dob: date of birth '1980-13-01': month 13 does not exist")]
    [InlineData("--dob", "1980-02-30", "--dob: date of birth '1980-02-30': day 30 does not exist")]
    [InlineData("--dob", "yesterday", "--dob: date of birth 'yesterday': not a date")]
    [InlineData("--dob", "", "--dob: empty value")]
    [InlineData("--id", "---", "--id: identifier '---': identifier without a letter or digit")]
    [InlineData("--nationality", "Narnia", "--nationality: nationality 'Narnia' is not")]
    [InlineData("--gender", "robot", "--gender: gender 'robot' is not male or female")]
    public void BadValue_IsAWarning_AndTheNameIsStillScreened(string option, string value, string warning)
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);

        var run = CliHost.Run("screen", FactsTestList.PersonQuery, option, value, "--list", list, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("warning: " + warning, run.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("; ignored", run.Stderr.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("error", run.Stderr, StringComparison.Ordinal);
        using var doc = run.Json();
        var matches = doc.RootElement.GetProperty("matches").EnumerateArray().ToList();
        Assert.Equal(2, matches.Count);
        Assert.All(matches, m => Assert.Equal("strong", m.GetProperty("band").GetString()));
        Assert.StartsWith(warning, Assert.Single(doc.RootElement.GetProperty("warnings").EnumerateArray()).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void BadDates_AreLeftOut_TheGoodOnesKept()
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);

        var run = CliHost.Run(
            "screen", FactsTestList.PersonQuery, "--dob", "31/02/1980; 1964-08-31", "--dob", "1980-13-01", "--list", list, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(2, run.Stderr.Split('\n').Count(l => l.StartsWith("warning: --dob", StringComparison.Ordinal)));
        using var doc = run.Json();
        Assert.Equal("1964-08-31", Assert.Single(doc.RootElement.GetProperty("queryFacts").GetProperty("datesOfBirth").EnumerateArray()).GetProperty("text").GetString());
        Assert.Equal("strong", MatchOf(doc, FactsTestList.Person1964).GetProperty("band").GetString());
        Assert.Equal("review", MatchOf(doc, FactsTestList.Person1979).GetProperty("band").GetString());
    }

    [Fact]
    public void Circa_IsAcceptedAsARange()
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);

        var run = CliHost.Run("screen", FactsTestList.PersonQuery, "--dob", "circa 1965", "--list", list, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain("warning", run.Stderr, StringComparison.Ordinal);
        using var doc = run.Json();
        var date = Assert.Single(doc.RootElement.GetProperty("queryFacts").GetProperty("datesOfBirth").EnumerateArray());
        Assert.Equal("circa 1965", date.GetProperty("text").GetString());
        Assert.Equal("1963-01-01", date.GetProperty("from").GetString());
        Assert.Equal("1967-12-31", date.GetProperty("to").GetString());
        Assert.Equal("range", date.GetProperty("precision").GetString());
        Assert.Equal("supports", Assert.Single(Evidence(MatchOf(doc, FactsTestList.Person1964))).GetProperty("effect").GetString());
        Assert.Equal("contradicts", Assert.Single(Evidence(MatchOf(doc, FactsTestList.Person1979))).GetProperty("effect").GetString());
    }

    [Theory]
    [InlineData("circa 1970")]
    [InlineData("1964")]
    [InlineData("1964-08")]
    [InlineData("31 Aug 1964")]
    [InlineData("1960 to 1970")]
    public void EveryDateFormOfTheLibrary_IsReadWithoutWarning(string dob)
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);

        var run = CliHost.Run("screen", FactsTestList.PersonQuery, "--dob", dob, "--list", list, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Empty(run.Stderr.Trim());
        using var doc = run.Json();
        Assert.Equal(dob, Assert.Single(doc.RootElement.GetProperty("queryFacts").GetProperty("datesOfBirth").EnumerateArray()).GetProperty("text").GetString());
    }

    [Fact]
    public void LongIdentifier_IsAShortWarning_AndTheNameIsStillScreened()
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);

        var run = CliHost.Run("screen", FactsTestList.VesselName, "--id", new string('x', 10_000), "--list", list);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("warning: --id: identifier 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…': identifier of 10000 characters is too long", run.Stderr, StringComparison.Ordinal);
        Assert.True(run.Stderr.Length < 300, run.Stderr);
        Assert.Contains(FactsTestList.VesselId, run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AddressWithAWrongCharacter_IsAWarning_AndStillScreened()
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);
        var wrong = FactsTestList.Address[..^1] + "0";

        var run = CliHost.Run("screen", "Bristelmoor Digital Exchange", "--id", "XBT " + wrong, "--list", list, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"warning: --id: identifier 'XBT {wrong}': '{wrong}' is not a valid base58 address", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("; ignored", run.Stderr, StringComparison.Ordinal);
        using var doc = run.Json();
        var identifier = Assert.Single(doc.RootElement.GetProperty("queryFacts").GetProperty("identifiers").EnumerateArray());
        Assert.Equal(wrong, identifier.GetProperty("number").GetString());
        var match = MatchOf(doc, FactsTestList.ExchangeId);
        Assert.Equal("not-comparable", Assert.Single(Evidence(match)).GetProperty("effect").GetString());
    }

    [Fact]
    public void RightAddress_IsAnIdentifierMatch()
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);

        var run = CliHost.Run("screen", "--id", "XBT " + FactsTestList.Address, "--list", list, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Empty(run.Stderr.Trim());
        using var doc = run.Json();
        var match = MatchOf(doc, FactsTestList.ExchangeId);
        Assert.Equal(FactsTestList.ExchangeName, match.GetProperty("name").GetString());
        var evidence = Assert.Single(Evidence(match));
        Assert.Equal("identifier:digital-currency-address", evidence.GetProperty("kind").GetString());
        Assert.Equal("identifier-match", evidence.GetProperty("effect").GetString());
    }

    [Fact]
    public void Warnings_AreTerminalSafe()
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);

        var run = CliHost.Run(
            "screen", FactsTestList.PersonQuery, "--dob", "\u001b[2J1980/01/01", "--nationality", "\u202eXX\u0007", "--id", "\u009b---", "--list", list);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(3, run.Stderr.Split('\n').Count(l => l.StartsWith("warning: ", StringComparison.Ordinal)));
        Assert.DoesNotContain(run.Stderr, TerminalUnsafe);
        Assert.DoesNotContain(run.Stdout, TerminalUnsafe);
        Assert.Contains("\\u001B[2J1980/01/01", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("\\u202EXX\\u0007", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("\\u009B---", run.Stderr, StringComparison.Ordinal);

        static bool TerminalUnsafe(char c) => c is not ('\n' or '\r') && EntityScreen.Cli.TerminalText.IsUnsafe(c);
    }

    [Theory]
    [InlineData("MX")]
    [InlineData("mx")]
    [InlineData("MEX")]
    [InlineData("Mexico")]
    [InlineData("méxico")]
    public void Nationality_CodeOrCountryName(string nationality)
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);

        var run = CliHost.Run("screen", FactsTestList.PersonQuery, "--nationality", nationality, "--list", list, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Empty(run.Stderr.Trim());
        using var doc = run.Json();
        Assert.Equal("MX", Assert.Single(doc.RootElement.GetProperty("queryFacts").GetProperty("nationalities").EnumerateArray()).GetString());
        var supports = Assert.Single(Evidence(MatchOf(doc, FactsTestList.Person1964)));
        Assert.Equal("nationality", supports.GetProperty("kind").GetString());
        Assert.Equal("supports", supports.GetProperty("effect").GetString());
        Assert.Equal("contradicts", Assert.Single(Evidence(MatchOf(doc, FactsTestList.Person1979))).GetProperty("effect").GetString());
    }

    [Fact]
    public void Country_StaysAFilter_ThatTakesCodesOnly()
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);

        var run = CliHost.Run("screen", FactsTestList.PersonQuery, "--country", "Mexico", "--list", list);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--country", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vessel", 1)]
    [InlineData("VESSEL", 1)]
    [InlineData("Ship", 1)]
    [InlineData("aircraft", 0)]
    [InlineData("Aircraft", 0)]
    [InlineData("person", 0)]
    public void Type_TakesVesselAndAircraft_AnyCase(string type, int exitCode)
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);

        var run = CliHost.Run("screen", "Sample Horizon", "--type", type, "--list", list);

        Assert.True(run.ExitCode == exitCode, run.ToString());
    }

    [Fact]
    public void Type_Unknown_NamesTheFourTypes()
    {
        var run = CliHost.Run("screen", "Acme", "--type", "spaceship");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("organization, person, vessel or aircraft", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_Type_StillTakesOnlyPersonOrOrganization()
    {
        var run = CliHost.Run("compare", "A", "B", "--type", "vessel");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("is not organization or person", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralIdentifiers_OneUsable_IsScreened()
    {
        using var dir = new TempDir();
        var list = FactsTestList.Write(dir);

        var run = CliHost.Run("screen", "--id", "---", "--id", "passport G7731904; IMO " + FactsTestList.Imo, "--list", list, "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("warning: --id: identifier '---'", run.Stderr, StringComparison.Ordinal);
        using var doc = run.Json();
        Assert.Equal(2, doc.RootElement.GetProperty("queryFacts").GetProperty("identifiers").GetArrayLength());
        Assert.Equal("identifier:passport", Assert.Single(Evidence(MatchOf(doc, FactsTestList.Person1964))).GetProperty("kind").GetString());
        Assert.Equal("identifier:imo", Assert.Single(Evidence(MatchOf(doc, FactsTestList.VesselId))).GetProperty("kind").GetString());
    }
}
