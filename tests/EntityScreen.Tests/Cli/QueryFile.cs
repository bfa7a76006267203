using System.Text;
using CsvHelper;

namespace EntityScreen.Tests.Cli;

public enum QueryKind
{
    Exact,
    Lowercase,
    Typo,
    Chinese,
    Junk,
    Malformed,
}

public sealed record QueryRow(string Id, string Name, QueryKind Kind);

/// <summary>Builds query and pair files in a temp folder from the names of the real lists (never copied into the repo).</summary>
internal sealed class QueryFile
{
    private QueryFile(string csv, List<QueryRow> rows)
    {
        Csv = csv;
        Rows = rows;
    }

    public string Csv { get; }

    public List<QueryRow> Rows { get; }

    /// <summary>
    /// A batch input of <paramref name="rows"/> rows: every k-th CSL primary name verbatim, lower-cased or with a typo,
    /// China-list English and Chinese names, random junk, and a malformed row every 300 rows.
    /// </summary>
    public static QueryFile Generate(string cslPath, string chinaPath, int rows, int seed)
    {
        var csl = ReadColumn(cslPath, "name");
        var chinaEn = ReadColumn(chinaPath, "name_en");
        var chinaZh = ReadColumn(chinaPath, "name_zh");
        Assert.NotEmpty(csl);
        Assert.NotEmpty(chinaEn);
        Assert.NotEmpty(chinaZh);
        var random = new Random(seed);
        var step = Math.Max(1, csl.Count / (rows / 2));
        var sb = new StringBuilder("id,name,country,type\n");
        var list = new List<QueryRow>(rows);
        var k = 0;
        for (var i = 0; i < rows; i++)
        {
            var id = $"r{i + 1:D5}";
            if (i % 300 == 299)
            {
                switch (i / 300 % 3)
                {
                    case 0:
                        sb.Append(id).Append(",,,\n");
                        break;
                    case 1:
                        sb.Append(id).Append(",\"Extra Fields Ltd\",CN,organization,surplus\n");
                        break;
                    default:
                        sb.Append(id).Append(",\"Bad Type Co\",,spaceship\n");
                        break;
                }

                list.Add(new QueryRow(id, string.Empty, QueryKind.Malformed));
                continue;
            }

            var (name, kind) = (i % 10) switch
            {
                <= 3 => (csl[k++ * step % csl.Count], QueryKind.Exact),
                4 => (chinaEn[random.Next(chinaEn.Count)], QueryKind.Exact),
                5 or 6 => (Typo(csl[k++ * step % csl.Count], random), QueryKind.Typo),
                7 => (chinaZh[random.Next(chinaZh.Count)], QueryKind.Chinese),
                8 => (Junk(random), QueryKind.Junk),
                _ => (csl[k++ * step % csl.Count].ToLowerInvariant(), QueryKind.Lowercase),
            };
            var type = i % 17 == 0 ? "organization" : string.Empty;
            sb.Append(id).Append(',').Append(Quote(name)).Append(",,").Append(type).Append('\n');
            list.Add(new QueryRow(id, name, kind));
        }

        return new QueryFile(sb.ToString(), list);
    }

    /// <summary>A pairs file (id,name1,name2) of <paramref name="rows"/> rows, with one malformed row every 100.</summary>
    public static (string Csv, List<string> Ids, List<bool> Malformed) GeneratePairs(string cslPath, int rows, int seed)
    {
        var csl = ReadColumn(cslPath, "name");
        var random = new Random(seed);
        var sb = new StringBuilder("id,name1,name2\n");
        var ids = new List<string>(rows);
        var malformed = new List<bool>(rows);
        for (var i = 0; i < rows; i++)
        {
            var id = $"p{i + 1:D4}";
            ids.Add(id);
            if (i % 100 == 99)
            {
                sb.Append(id).Append(i % 200 == 99 ? ",,\"Only Second Name\"\n" : ",\"A\",\"B\",\"C\"\n");
                malformed.Add(true);
                continue;
            }

            var a = csl[random.Next(csl.Count)];
            var b = (i % 3) switch
            {
                0 => a,
                1 => Typo(a, random),
                _ => csl[random.Next(csl.Count)],
            };
            sb.Append(id).Append(',').Append(Quote(a)).Append(',').Append(Quote(b)).Append('\n');
            malformed.Add(false);
        }

        return (sb.ToString(), ids, malformed);
    }

    private static List<string> ReadColumn(string path, string column)
    {
        var values = new List<string>();
        using var reader = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',' });
        var index = reader.GetFieldIndex(column);
        while (reader.Read())
        {
            var value = Clean(reader.GetString(index));
            if (value.Length >= 3)
            {
                values.Add(value);
            }
        }

        return values;
    }

    private static string Clean(string value) => value.ReplaceLineEndings(" ").Trim();

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";

    private static string Typo(string name, Random random)
    {
        var chars = name.ToCharArray();
        for (var attempt = 0; attempt < 20 && chars.Length > 4; attempt++)
        {
            var i = random.Next(1, chars.Length - 2);
            if (char.IsLetter(chars[i]) && char.IsLetter(chars[i + 1]) && chars[i] != chars[i + 1])
            {
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                return new string(chars);
            }
        }

        return name;
    }

    private static string Junk(Random random)
    {
        const string letters = "bcdfghjklmnpqrstvwxzaeiou";
        var words = random.Next(1, 4);
        var sb = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            if (w > 0)
            {
                sb.Append(' ');
            }

            var length = random.Next(3, 9);
            for (var c = 0; c < length; c++)
            {
                sb.Append(letters[random.Next(letters.Length)]);
            }
        }

        return sb.Append(' ').Append(random.Next(100, 99999)).ToString();
    }
}
