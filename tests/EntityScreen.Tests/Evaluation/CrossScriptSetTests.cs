using EntityScreen.Evaluation;
using Xunit.Abstractions;

namespace EntityScreen.Tests.Evaluation;

/// <summary>
/// Integrity of the hand-curated cross-script dev set (Data/crossscript) against the real lists: it parses, its split
/// follows the rule, every expected name is one listed party, and no negative is a listed name. Recall is reported by
/// the runner (<c>--cross-script</c>), not asserted here.
/// </summary>
public class CrossScriptSetTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, int> s_minimum = new(StringComparer.Ordinal)
    {
        ["han_us"] = 150,
        ["hangul_person"] = 40,
        ["hanja_person"] = 10,
        ["hangul_org"] = 15,
        ["arabic_person"] = 40,
        ["arabic_org"] = 10,
        ["cyrillic_org"] = 40,
        ["cyrillic_person"] = 15,
        ["kana"] = 10,
    };

    [Fact]
    public void Files_ParseWithTheRuleSplitAndNoDuplicates()
    {
        var set = CrossScriptSet.Load();

        foreach (var (family, minimum) in s_minimum)
        {
            Assert.True(set.Count(q => q.Family == family) >= minimum, $"{family}: fewer than {minimum} queries");
        }

        Assert.True(set.Count(q => q.Negative) >= 150, "fewer than 150 negatives");
        var wrongSplit = set.Where(q => q.Split != CrossScriptSet.SplitOf(q.Query)).Select(q => $"{q.File}:{q.Line} {q.Query}").ToList();
        Assert.True(wrongSplit.Count == 0, "split differs from the rule:\n" + string.Join('\n', wrongSplit));
        var duplicates = set.GroupBy(q => (q.Family, q.Query)).Where(g => g.Count() > 1).Select(g => $"{g.Key.Family}: {g.Key.Query}").ToList();
        Assert.True(duplicates.Count == 0, "duplicate queries:\n" + string.Join('\n', duplicates));
    }

    [Fact]
    public void Parse_RejectsAPositiveWithoutExpectedName()
    {
        const string text = "family,query,expected,party_type,source,split\nhan_us,华为技术有限公司,,organization,huawei.com,dev\n";
        Assert.Throws<FormatException>(() => CrossScriptSet.Parse(new StringReader(text), "inline.csv"));
    }

    [SharedDataFact]
    public void RealLists_EveryExpectedIsOneListedParty_AndNoNegativeIsAListedName()
    {
        if (RealLists.Snapshots is not { } s)
        {
            return;
        }

        var byName = CrossScriptEvaluation.IndexNames(s.Csl.Parties.Concat(s.China.Parties));
        var folded = new HashSet<string>(byName.Keys, StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var q in CrossScriptSet.Load())
        {
            if (q.Negative)
            {
                if (folded.Contains(q.Query.Trim()))
                {
                    problems.Add($"{q.File}:{q.Line} negative '{q.Query}' is a listed name");
                }
            }
            else if (!byName.TryGetValue(q.Expected, out var ids) || ids.Count != 1)
            {
                problems.Add($"{q.File}:{q.Line} expected '{q.Expected}' names {(ids?.Count ?? 0)} listed parties");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [SharedDataFact]
    public void RealLists_HarnessScreensEveryQuery()
    {
        if (SharedData.Path(QualityEvaluation.CslFile) is null || SharedData.Path(QualityEvaluation.ChinaFile) is not { } china)
        {
            return;
        }

        var root = Path.GetDirectoryName(Path.GetDirectoryName(china))!;
        var report = CrossScriptEvaluation.Run(root, new CrossScriptOptions { MaxDegreeOfParallelism = 2 });

        Assert.Equal(CrossScriptSet.Load().Count, report.Outcomes.Count(o => o.Family is not (CrossScriptEvaluation.ChinaZhToEn or CrossScriptEvaluation.ChinaEnToZh)));
        Assert.Contains(report.Outcomes, o => o.Family == CrossScriptEvaluation.ChinaZhToEn);
        Assert.Contains(report.Outcomes, o => o.Family == CrossScriptEvaluation.ChinaEnToZh);
        Assert.DoesNotContain(report.Outcomes, o => o.Unresolved);
        Assert.Contains("| han_us |", CrossScriptEvaluation.Format(report), StringComparison.Ordinal);
        output.WriteLine($"{report.Outcomes.Count} cross-script queries in {report.Elapsed.TotalSeconds:0.0} s");
    }
}
