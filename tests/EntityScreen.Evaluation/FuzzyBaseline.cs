using System.Diagnostics;
using System.Text.RegularExpressions;
using FuzzySharp;
using FuzzySharp.PreProcess;

namespace EntityScreen.Evaluation;

/// <summary>
/// The plain "what people do" baseline: every listed name scored against the query with FuzzySharp 2.0.2 and
/// <see cref="PreprocessMode.Full"/> (lower case, everything outside [a-zA-Z0-9 ] replaced by a space, so Chinese and
/// full-width text scores 0), score / 100, best name per party, top <c>maxResults</c> parties.
/// </summary>
internal sealed partial class FuzzyBaseline
{
    private readonly (int Party, string Processed)[] _names;
    private readonly string[] _partyIds;
    private readonly Func<string, string> _preprocess = Preprocess;

    internal FuzzyBaseline(IReadOnlyList<ListedParty> parties)
    {
        _partyIds = [.. parties.Select(p => p.Id)];
        var names = new List<(int, string)>();
        for (var p = 0; p < parties.Count; p++)
        {
            foreach (var processed in parties[p].Names.Select(n => _preprocess(n.Value)).Distinct(StringComparer.Ordinal))
            {
                // A name that preprocesses to nothing (Chinese script) scores 0 against anything: skip it.
                if (processed.Length > 0)
                {
                    names.Add((p, processed));
                }
            }
        }

        _names = [.. names];
    }

    /// <summary>Names scored per query.</summary>
    internal int NameCount => _names.Length;

    /// <summary>Scores the queries with WRatio and TokenSetRatio; returns one <see cref="SystemScores"/> per scorer.</summary>
    internal IReadOnlyList<SystemScores> Score(IReadOnlyList<EvaluationQuery> queries, int maxResults, int parallelism, TextWriter? progress)
    {
        SelfCheck();
        var wratio = new double[queries.Count];
        var tokenSet = new double[queries.Count];
        var watch = Stopwatch.StartNew();
        var done = 0;
        Parallel.For(
            0,
            queries.Count,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            () => (W: new int[_partyIds.Length], T: new int[_partyIds.Length]),
            (i, _, best) =>
            {
                Array.Clear(best.W);
                Array.Clear(best.T);
                var q = _preprocess(queries[i].Text);
                if (q.Length > 0)
                {
                    foreach (var (party, name) in _names)
                    {
                        var w = Fuzz.WeightedRatio(q, name, PreprocessMode.None);
                        if (w > best.W[party])
                        {
                            best.W[party] = w;
                        }

                        var t = Fuzz.TokenSetRatio(q, name, PreprocessMode.None);
                        if (t > best.T[party])
                        {
                            best.T[party] = t;
                        }
                    }
                }

                wratio[i] = QueryScore(queries[i], best.W, maxResults);
                tokenSet[i] = QueryScore(queries[i], best.T, maxResults);
                var n = Interlocked.Increment(ref done);
                if (progress is not null && n % 100 == 0)
                {
                    lock (progress)
                    {
                        progress.WriteLine($"  baseline {n}/{queries.Count} queries, {watch.Elapsed.TotalSeconds:0}s");
                    }
                }

                return best;
            },
            _ => { });
        var elapsed = watch.Elapsed;
        return [new SystemScores("FuzzySharp WRatio", wratio, elapsed), new SystemScores("FuzzySharp TokenSetRatio", tokenSet, elapsed)];
    }

    /// <summary>Positive: the expected party's score when it ranks in the top <paramref name="maxResults"/>; negative: the top score.</summary>
    private double QueryScore(EvaluationQuery query, int[] best, int maxResults)
    {
        var top = Enumerable.Range(0, best.Length)
            .Where(p => best[p] > 0)
            .OrderByDescending(p => best[p])
            .ThenBy(p => _partyIds[p], StringComparer.Ordinal)
            .Take(maxResults);
        foreach (var p in top)
        {
            if (!query.Positive)
            {
                return best[p] / 100.0;
            }

            if (_partyIds[p] == query.ExpectedPartyId)
            {
                return best[p] / 100.0;
            }
        }

        return 0;
    }

    /// <summary>What FuzzySharp 2.0.2's <see cref="PreprocessMode.Full"/> does (its factory is internal): every character outside [ a-zA-Z0-9] becomes a space, then lower case, then trim.</summary>
    private static string Preprocess(string s) => NotAlphanumeric().Replace(s, " ").ToLowerInvariant().Trim();

    [GeneratedRegex("[^ a-zA-Z0-9]")]
    private static partial Regex NotAlphanumeric();

    /// <summary>Preprocessing once and scoring with <see cref="PreprocessMode.None"/> must equal scoring raw names with Full.</summary>
    private static void SelfCheck()
    {
        (string, string)[] samples =
        [
            ("Huawei Technologies Co., Ltd.", "HUAWEI TECHNOLOGIES CO LTD"), ("RIM, Ryong Nam", "Ryong-Nam Rim"),
            ("Ｈｕａｗｅｉ", "Huawei"), ("华为技术有限公司", "華為技術有限公司"), ("Bank Markazi", "BANK MARKAZI JOMHOURI ISLAMI IRAN"),
        ];
        var pre = Preprocess;
        foreach (var (a, b) in samples)
        {
            if (Fuzz.WeightedRatio(a, b, PreprocessMode.Full) != Fuzz.WeightedRatio(pre(a), pre(b), PreprocessMode.None)
                || Fuzz.TokenSetRatio(a, b, PreprocessMode.Full) != Fuzz.TokenSetRatio(pre(a), pre(b), PreprocessMode.None))
            {
                throw new InvalidOperationException($"FuzzySharp preprocessing shortcut disagrees on '{a}' / '{b}'");
            }
        }
    }
}
