using System.Runtime.CompilerServices;

namespace EntityScreen.Tests.Cli;

/// <summary>Keeps the README's quick start honest: the same code compiles here, runs, and is in the README verbatim.</summary>
public class ReadmeTests
{
    [Fact]
    public void QuickStart_InReadme_IsTheCodeCompiledHere()
    {
        var snippet = ExtractSnippet(ThisFile());
        var readme = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "README.md")).ReplaceLineEndings("\n");

        Assert.Contains("```csharp\nusing EntityScreen;\n\n" + snippet + "```", readme);
    }

    [Fact]
    public void QuickStart_RunsOnTheSampleLists()
    {
        var previous = Environment.CurrentDirectory;
        using var output = new StringWriter();
        var console = Console.Out;
        try
        {
            Environment.CurrentDirectory = SharedData.RepoRoot;
            Console.SetOut(output);
            QuickStart();
        }
        finally
        {
            Console.SetOut(console);
            Environment.CurrentDirectory = previous;
        }
    }

    [Fact]
    public void ScreeningByExample_InReadme_IsTheCodeCompiledHere_AndRuns()
    {
        var snippet = ExtractSnippet(ThisFile(), "README-EXAMPLE");
        var readme = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "README.md")).ReplaceLineEndings("\n");
        Assert.Contains("```csharp\n" + snippet + "```", readme);

        var screener = Screener.Create([ListLoader.Load(Path.Combine(SharedData.RepoRoot, "lists/sample_csl.csv"))]);
        var console = Console.Out;
        try
        {
            Console.SetOut(TextWriter.Null);
            ByExample(screener);
        }
        finally
        {
            Console.SetOut(console);
        }
    }

    private static void ByExample(Screener screener)
    {
        // README-EXAMPLE-BEGIN
        if (!BirthDate.TryParse("1964-08-31", out var dob, out var error) || !QueryIdentifier.TryParse("IMO 9187629", out var imo, out error))
        {
            throw new ArgumentException(error);
        }

        var byExample = screener.Screen(new ScreeningQuery("Ocean Star")
        {
            DatesOfBirth = [dob!],   // a date disjoint from every listed one takes a name match out of the strong band
            Nationalities = ["MX"],  // evidence (Country stays a filter)
            Identifiers = [imo!],    // a renamed vessel is still found by its IMO number
        });
        foreach (var e in byExample.Matches.SelectMany(m => m.Explanation.Evidence))
        {
            Console.WriteLine($"{e.Effect}: {e.Detail}");
        }

        // README-EXAMPLE-END
    }

    private static void QuickStart()
    {
        // README-BEGIN
        var csl = ListLoader.Load("lists/sample_csl.csv");
        var china = ListLoader.Load("lists/sample_china_lists.csv");
        var screener = Screener.Create([csl, china]);

        var result = screener.Screen("Example Optics Co Ltd");
        foreach (var match in result.Matches)
        {
            Console.WriteLine($"{match.Score:0.00} {match.Band} {match.Party.List.Code} {match.Party.PrimaryName}");
            Console.WriteLine($"  matched '{match.MatchedName.Value}': {match.Explanation.Summary}");
        }

        // README-END
    }

    /// <summary>This source file; CI builds map the repository root to <c>/_/</c> (deterministic paths).</summary>
    private static string ThisFile([CallerFilePath] string path = "") =>
        File.Exists(path) ? path : Path.Combine(SharedData.RepoRoot, path.Replace('\\', '/').Replace("/_/", string.Empty, StringComparison.Ordinal));

    private static string ExtractSnippet(string sourcePath, string marker = "README")
    {
        var lines = File.ReadAllLines(sourcePath);
        var begin = Array.FindIndex(lines, l => l.Trim() == $"// {marker}-BEGIN");
        var end = Array.FindIndex(lines, l => l.Trim() == $"// {marker}-END");
        Assert.True(begin >= 0 && end > begin, "README markers not found");
        var body = lines[(begin + 1)..end];
        var indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        var dedented = body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()).ToList();
        while (dedented.Count > 0 && dedented[^1].Length == 0)
        {
            dedented.RemoveAt(dedented.Count - 1);
        }

        return string.Join("\n", dedented) + "\n";
    }
}
