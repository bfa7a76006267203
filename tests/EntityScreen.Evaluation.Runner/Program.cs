using System.Diagnostics;
using System.Globalization;
using EntityScreen.Evaluation;

// Usage: dotnet run --project tests/EntityScreen.Evaluation.Runner -c Release -- [sharedDataDir] [options]
//   --parties N         parties sampled (default 1500)
//   --seed N            seed (default 20261127)
//   --baseline P N      baseline subset: P positives, N negatives (default 400 400)
//   --no-baseline       skip the FuzzySharp baseline
//   --no-pairs          skip the labelled pairs
//   --variants a,b      only these variants
//   --threads N         parallelism (default min(2, cores))
//   --examples N        print N misses / false alerts per variant (they quote listed names: do not commit)
//   --out FILE          also write the markdown to FILE
//   --dump FILE         write every query (variant, expected party, score, query, source name) as TSV: it holds
//                       list-derived names, so write it outside the repository
// Cross-script mode (docs/quality.md, "Cross-script"):
//   --cross-script      run CrossScriptEvaluation instead: the curated Data/crossscript queries and the generated
//                       China-list families; --threads, --examples N (misses to the console only) and --out apply
//   --families a,b      only these families
//   --no-generated      skip the generated china_zh_to_en / china_en_to_zh families
//   --untyped           screen the curated queries without their party type
//   --overlay           screen with the curated default alias overlay (as the CLI does)
// Screening by example (docs/quality.md, "Screening by example"):
//   --facts             run FactsEvaluation: identifiers typed, bare and look-alike, persons with a right and a wrong
//                       date of birth, same-name persons, on three list sets, dev and test halves; --examples N prints
//                       the dev misses to the console (they quote listed values)
// Generated pairs (docs/quality.md, "Generated pairs"):
//   --generated-pairs   score the pair set built from the SDN records' own aliases and the China lists' two scripts
//                       (AliasPairSet), with its fixed dev/test split, and the hand-labelled pairs; --examples N prints
//                       the worst dev pairs to the console (they quote listed names), --families a restricts them
var options = new EvaluationOptions { Progress = Console.Error };
var cross = new CrossScriptOptions { Progress = Console.Error };
var crossScript = false;
var generatedPairs = false;
var facts = false;
string? dataDir = null;
string? outFile = null;
string? dumpFile = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--parties":
            options.Parties = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--seed":
            options.Seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--baseline":
            options.BaselinePositives = int.Parse(args[++i], CultureInfo.InvariantCulture);
            options.BaselineNegatives = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--no-baseline":
            options.RunBaseline = false;
            break;
        case "--no-pairs":
            options.RunPairs = false;
            break;
        case "--variants":
            options.Variants = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            break;
        case "--threads":
            options.MaxDegreeOfParallelism = int.Parse(args[++i], CultureInfo.InvariantCulture);
            cross.MaxDegreeOfParallelism = options.MaxDegreeOfParallelism;
            break;
        case "--examples":
            options.Examples = int.Parse(args[++i], CultureInfo.InvariantCulture);
            cross.Examples = options.Examples;
            break;
        case "--threshold":
            cross.Threshold = double.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--cross-script":
            crossScript = true;
            break;
        case "--generated-pairs":
            generatedPairs = true;
            break;
        case "--facts":
            facts = true;
            break;
        case "--families":
            cross.Families = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            break;
        case "--no-generated":
            cross.RunGenerated = false;
            break;
        case "--untyped":
            cross.TypedQueries = false;
            break;
        case "--overlay":
            cross.DefaultOverlay = true;
            break;
        case "--out":
            outFile = args[++i];
            break;
        case "--dump":
            dumpFile = args[++i];
            break;
        case "-h" or "--help":
            Console.WriteLine("usage: EntityScreen.Evaluation.Runner [sharedDataDir] [--parties N] [--seed N] [--baseline P N] [--no-baseline] [--no-pairs] [--variants a,b] [--threads N] [--examples N] [--out FILE] [--dump FILE]");
            Console.WriteLine("       EntityScreen.Evaluation.Runner [sharedDataDir] --generated-pairs [--examples N] [--families sdn_alias|china_script] [--out FILE]");
            Console.WriteLine("       EntityScreen.Evaluation.Runner [sharedDataDir] --cross-script [--families a,b] [--threshold T] [--no-generated] [--untyped] [--overlay] [--threads N] [--examples N] [--out FILE]");
            return 0;
        default:
            if (args[i].StartsWith("--", StringComparison.Ordinal) || dataDir is not null)
            {
                Console.Error.WriteLine($"unknown argument: {args[i]}");
                return 2;
            }

            dataDir = args[i];
            break;
    }
}

dataDir = QualityEvaluation.ResolveSharedData(dataDir);
if (dataDir is null || !Directory.Exists(dataDir))
{
    Console.Error.WriteLine($"shared data folder not found: pass it as the first argument or set {QualityEvaluation.SharedDataEnvVar}");
    return 2;
}

options.CommandLine = "dotnet run --project tests/EntityScreen.Evaluation.Runner -c Release -- " + string.Join(' ', args);
options.Commit = GitCommit();
if (facts)
{
    var factsReport = FactsEvaluation.Run(dataDir, Console.Error);
    var factsMarkdown = FactsEvaluation.Format(factsReport, options.CommandLine, options.Commit);
    Console.Write(factsMarkdown);
    if (options.Examples > 0)
    {
        // The misses quote listed values: console only, never a file in the repository.
        Console.WriteLine();
        Console.Write(FactsEvaluation.FormatExamples(factsReport, "dev"));
        Console.Write(FactsEvaluation.FormatExamples(factsReport, "test"));
    }

    if (outFile is not null)
    {
        File.WriteAllText(outFile, factsMarkdown);
    }

    return 0;
}

if (generatedPairs)
{
    var pairReport = GeneratedPairEvaluation.Run(dataDir, Console.Error);
    var pairMarkdown = GeneratedPairEvaluation.Format(pairReport, options.CommandLine, options.Commit);
    Console.Write(pairMarkdown);
    if (options.Examples > 0)
    {
        // The worst pairs quote listed names: console only, never a file in the repository.
        Console.WriteLine();
        Console.Write(GeneratedPairEvaluation.FormatExamples(pairReport, options.Examples, cross.Families?.FirstOrDefault()));
    }

    if (outFile is not null)
    {
        File.WriteAllText(outFile, pairMarkdown);
    }

    if (dumpFile is not null)
    {
        // Every pair with its score: list-derived names, so write it outside the repository.
        using var pairDump = new StreamWriter(dumpFile);
        pairDump.WriteLine("split\tfamily\tkind\tmatch\tscore\tname1\tname2");
        for (var i = 0; i < pairReport.Pairs.Count; i++)
        {
            var p = pairReport.Pairs[i];
            pairDump.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.Split}\t{p.Family}\t{p.Kind}\t{(p.Match ? 1 : 0)}\t{pairReport.Scores[i]:0.000}\t{p.Name1}\t{p.Name2}"));
        }
    }

    return 0;
}

if (crossScript)
{
    cross.CommandLine = options.CommandLine;
    cross.Commit = options.Commit;
    var crossReport = CrossScriptEvaluation.Run(dataDir, cross);
    var crossMarkdown = CrossScriptEvaluation.Format(crossReport);
    Console.Write(crossMarkdown);
    if (cross.Examples > 0)
    {
        // Misses quote listed names: console only, never a file in the repository.
        Console.WriteLine();
        Console.Write(CrossScriptEvaluation.FormatExamples(crossReport));
    }

    if (outFile is not null)
    {
        File.WriteAllText(outFile, crossMarkdown);
    }

    return 0;
}

var report = QualityEvaluation.Run(dataDir, options);
var markdown = QualityEvaluation.Format(report);
Console.Write(markdown);
if (outFile is not null)
{
    File.WriteAllText(outFile, markdown);
}

if (dumpFile is not null)
{
    using var dump = new StreamWriter(dumpFile);
    dump.WriteLine("variant\texpected\tscore\tquery\tsource");
    for (var i = 0; i < report.Queries.Count; i++)
    {
        var q = report.Queries[i];
        dump.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{q.Variant}\t{q.ExpectedPartyId}\t{report.EntityScreen.Scores[i]:0.000}\t{q.Text}\t{q.SourceName}"));
    }
}

return 0;

static string? GitCommit()
{
    try
    {
        using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true, RedirectStandardError = true });
        if (git is null)
        {
            return null;
        }

        var sha = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        if (git.ExitCode != 0 || sha.Length == 0)
        {
            return null;
        }

        using var status = Process.Start(new ProcessStartInfo("git", "status --porcelain --untracked-files=no") { RedirectStandardOutput = true, RedirectStandardError = true });
        var dirty = status is not null && status.StandardOutput.ReadToEnd().Trim().Length > 0;
        status?.WaitForExit();
        return dirty ? sha + " (with uncommitted changes)" : sha;
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return null;
    }
}
