namespace EntityScreen.Benchmarks;

/// <summary>
/// A fixed set of 16 realistic queries for the <see cref="Screening"/> benchmark: exact listed names, typos, word-order and
/// legal-form changes, Chinese names, unlisted companies and persons, a generic many-candidate name and junk.
/// The names are public names of listed parties (not rows of the data files).
/// </summary>
internal static class ScreeningQueries
{
    /// <summary>The queries with what each exercises.</summary>
    public static readonly (string Kind, string Name)[] All =
    [
        ("exact company", "Huawei Technologies Co., Ltd."),
        ("exact company (UEL)", "Lockheed Martin Corporation"),
        ("exact person, list order", "KIM, Jong Un"),
        ("exact organisation", "Islamic Revolutionary Guard Corps"),
        ("typo", "Huawei Tecnologies Co Ltd"),
        ("typo", "Lockhed Martin Corp"),
        ("word order", "Jong Un Kim"),
        ("legal-form swap", "Semiconductor Manufacturing International Corporation Limited"),
        ("Chinese, exact", "洛克希德·马丁公司"),
        ("Chinese, traditional + variant", "雷神導彈與防務公司"),
        ("generic, many candidates", "China Electronics Technology Group Corporation"),
        ("unlisted company", "Northwind Traders Logistics GmbH"),
        ("unlisted company, common words", "Shanghai International Trading Co., Ltd."),
        ("unlisted person", "Maria Gonzalez Lopez"),
        ("short", "Ali"),
        ("long junk", LongJunk()),
    ];

    /// <summary>About 300 characters of mixed noise: words, digits, punctuation, a few non-Latin letters.</summary>
    private static string LongJunk()
    {
        var parts = new[] { "xq7", "lorem", "ipsum", "###", "co", "ltd", "0049-1234", "zzzz", "qwerty", "Ω", "акме", "::", "trading", "n/a" };
        var sb = new System.Text.StringBuilder();
        for (var i = 0; sb.Length < 300; i++)
        {
            sb.Append(parts[(i * 7) % parts.Length]).Append(' ');
        }

        return sb.ToString().TrimEnd();
    }
}
