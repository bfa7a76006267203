using BenchmarkDotNet.Attributes;

namespace EntityScreen.Benchmarks;

/// <summary>
/// One query against the full real lists, per script: each row is the mean time of one query over the 8 queries of
/// its script (<c>OperationsPerInvoke</c> = 8): Latin, Han (Chinese names of US-listed parties, read as English),
/// Hangul, Cyrillic and Arabic. Screening a name in another script runs the index once as written and once per reading
/// (at most <c>NameReadings.MaxReadings</c>). Baseline: FuzzySharp <c>TokenSetRatio</c> against every name, as in
/// <see cref="Screening"/> (it scores non-Latin text after its own preprocessing, which deletes non-ASCII letters).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(1)]
[IterationCount(5)]
public class ScreeningByScript
{
    private const int QueryCount = 8;

    /// <summary>Public names of listed parties written as their own documents write them, plus unlisted look-alikes.</summary>
    internal static readonly Dictionary<string, string[]> QueriesByScript = new()
    {
        ["latin"] =
        [
            "Huawei Technologies Co., Ltd.", "Harbin Engineering University", "KIM, Jong Un", "Korea Kwangson Banking Corp",
            "Concern Radio-Electronic Technologies", "Hasan Nasrallah", "Shenzhen Sample Technology Co., Ltd.", "Maria Gonzalez Lopez",
        ],
        ["han"] =
        [
            "华为技术有限公司", "哈尔滨工程大学", "中国电子科技集团公司第五十四研究所", "北京航空航天大学",
            "西北工业大学", "中国工程物理研究院", "深圳市样例科技有限公司", "金正恩",
        ],
        ["hangul"] =
        [
            "김정은", "조선광선은행", "최룡해", "리병철", "김여정", "조선로동당", "손흥민", "평양무역회사",
        ],
        ["cyrillic"] =
        [
            "АО «Концерн Радиоэлектронные технологии»", "ПАО «Аэрофлот»", "Рособоронэкспорт", "Ростех",
            "ООО «Ромашка»", "Научно-исследовательский институт «Гранит»", "Сергей Шойгу", "Иван Петров",
        ],
        ["arabic"] =
        [
            "حسن نصر الله", "بنك صادرات ايران", "الحرس الثوري الإسلامي", "قاسم سليماني",
            "شركة النفط الوطنية الإيرانية", "حزب الله", "محمد بن سلمان", "أحمد علي",
        ],
    };

    private Screener _screener = null!;
    private ScreeningQuery[] _queries = null!;
    private string[] _fuzzyQueries = null!;
    private FuzzyBruteForce _fuzzy = null!;

    /// <summary>The script of the queries.</summary>
    [Params("latin", "han", "hangul", "cyrillic", "arabic")]
    public string Script { get; set; } = "latin";

    [GlobalSetup]
    public void Setup()
    {
        _screener = Screener.Create(RealLists.Snapshots);
        _queries = [.. QueriesByScript[Script].Select(q => new ScreeningQuery(q))];
        if (_queries.Length != QueryCount)
        {
            throw new InvalidOperationException($"OperationsPerInvoke is {QueryCount} but {Script} has {_queries.Length} queries.");
        }

        IndexCheck.AssertSame(_screener, _queries);

        _fuzzyQueries = [.. QueriesByScript[Script].Select(q => q.ToLowerInvariant())];
        _fuzzy = new FuzzyBruteForce(RealLists.Parties);
    }

    /// <summary>FuzzySharp token-set ratio over every name; best per party; matches at ≥ 85.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = QueryCount)]
    public int FuzzySharpTokenSetRatio() => _fuzzy.ScreenAll(_fuzzyQueries);

    /// <summary>EntityScreen through its candidate index, readings included: what <see cref="Screener.Screen(ScreeningQuery)"/> does.</summary>
    [Benchmark(OperationsPerInvoke = QueryCount)]
    public int IndexedEntityScreen()
    {
        var matches = 0;
        foreach (var q in _queries)
        {
            matches += _screener.Screen(q).Matches.Count;
        }

        return matches;
    }
}
