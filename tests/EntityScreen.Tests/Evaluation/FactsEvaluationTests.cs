using EntityScreen.Evaluation;
using Xunit.Abstractions;

namespace EntityScreen.Tests.Evaluation;

/// <summary>
/// The targets of screening by example (issue 16) on the held-out (test) half of the facts dev set, built from three
/// real list files (FactsEvaluation): identifiers found at least 98% of the time typed and bare, at most 1% false
/// alerts on look-alike numbers, a right date of birth keeps an exact name strong, a date ten or more years off leaves
/// the strong band but stays reported, and a same-name person whose dates disagree is never strong.
/// </summary>
public class FactsEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void HeldOutHalf_MeetsTheTargets()
    {
        if (SharedData.Path(QualityEvaluation.CslFile) is not { } csl)
        {
            return;
        }

        var root = Path.GetDirectoryName(Path.GetDirectoryName(csl))!;
        var report = FactsEvaluation.Run(root, perFamily: 600);
        output.WriteLine(FactsEvaluation.Format(report));
        var test = report.Results.Where(r => r.Split == "test").ToList();
        Assert.Equal(FactsEvaluation.ListSets.Count * FactsEvaluation.Families.Count, test.Count);
        foreach (var r in test)
        {
            var floor = r.Family switch
            {
                "identifier_typed" or "identifier_bare" => 0.98,
                "lookalike_number" => 0.99,

                // OFAC corrected some dates between the 2021/2022 files and the 2024 one: the few that moved by more than
                // a slip are review, by design (docs/quality.md).
                "dob_right_from_sdn" => 0.99,
                _ => 1.0,
            };
            Assert.True(r.Queries > (r.Family == "same_name_other_person" ? 3 : 300), $"{r.ListSet} {r.Family}: only {r.Queries} queries");
            Assert.True(r.Rate >= floor, $"{r.ListSet} {r.Family}: {r.Met}/{r.Queries} = {r.Rate:0.000} < {floor}");
        }
    }
}
