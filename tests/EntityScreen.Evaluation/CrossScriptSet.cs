using System.Security.Cryptography;
using System.Text;

namespace EntityScreen.Evaluation;

/// <summary>One hand-curated cross-script query (Data/crossscript/*.csv).</summary>
/// <param name="Family">The family: <c>han_us</c>, <c>hangul_person</c>, ... or a negative family <c>neg_*</c>.</param>
/// <param name="Query">The name screened, in its own script.</param>
/// <param name="Expected">The target party's listed English name (the key that identifies it); empty for a negative.</param>
/// <param name="PartyType">What the query names.</param>
/// <param name="Source">A public citation for the non-English name.</param>
/// <param name="Split"><c>dev</c> or <c>test</c>, fixed by <see cref="CrossScriptSet.SplitOf"/>.</param>
/// <param name="File">The file it was read from.</param>
/// <param name="Line">Its line in that file.</param>
public sealed record CrossScriptQuery(string Family, string Query, string Expected, PartyType PartyType, string Source, string Split, string File, int Line)
{
    /// <summary>True for a negative (nothing should match).</summary>
    public bool Negative => Family.StartsWith(CrossScriptSet.NegativePrefix, StringComparison.Ordinal);
}

/// <summary>Reads the hand-curated cross-script queries embedded from Data/crossscript.</summary>
public static class CrossScriptSet
{
    /// <summary>Families starting with this are negatives.</summary>
    public const string NegativePrefix = "neg_";

    /// <summary>The embedded files, in report order.</summary>
    public static IReadOnlyList<string> Files { get; } = ["han_us.csv", "korean.csv", "arabic.csv", "cyrillic.csv", "kana.csv", "negatives.csv"];

    /// <summary>
    /// The split rule: <c>dev</c> when the first byte of SHA-256 of the UTF-8 bytes of the NFC-normalized query is even,
    /// else <c>test</c>. About half of each family lands in each split, and a query keeps its split when rows move.
    /// </summary>
    /// <param name="query">The query text.</param>
    /// <returns><c>dev</c> or <c>test</c>.</returns>
    public static string SplitOf(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(query.Normalize(NormalizationForm.FormC)));
        return (hash[0] & 1) == 0 ? "dev" : "test";
    }

    /// <summary>Every embedded query, in file order.</summary>
    /// <returns>The queries.</returns>
    /// <exception cref="FormatException">A row is malformed.</exception>
    public static IReadOnlyList<CrossScriptQuery> Load()
    {
        var all = new List<CrossScriptQuery>();
        foreach (var file in Files)
        {
            using var reader = new StreamReader(Resources.Open("crossscript." + file), Encoding.UTF8);
            all.AddRange(Parse(reader, file));
        }

        return all;
    }

    /// <summary>Parses one file: header <c>family,query,expected,party_type,source,split</c>, <c>#</c> comment lines.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="file">The file name, for messages.</param>
    /// <returns>The queries.</returns>
    /// <exception cref="FormatException">The header or a row is malformed.</exception>
    public static IReadOnlyList<CrossScriptQuery> Parse(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<CrossScriptQuery>();
        var line = 0;
        var header = false;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Trim().Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var f = LabelledPairs.Split(text);
            if (!header)
            {
                if (string.Join(',', f) != "family,query,expected,party_type,source,split")
                {
                    throw new FormatException($"{file} line {line}: expected the header family,query,expected,party_type,source,split");
                }

                header = true;
                continue;
            }

            if (f.Count != 6 || f[0].Length == 0 || f[1].Trim().Length == 0 || f[4].Trim().Length == 0)
            {
                throw new FormatException($"{file} line {line}: expected 6 fields with family, query and source: {text}");
            }

            var type = f[3] switch
            {
                "organization" => PartyType.Organization,
                "person" => PartyType.Person,
                _ => throw new FormatException($"{file} line {line}: party_type must be organization or person: {f[3]}"),
            };
            var negative = f[0].StartsWith(NegativePrefix, StringComparison.Ordinal);
            if (negative != (f[2].Length == 0))
            {
                throw new FormatException($"{file} line {line}: a negative family has an empty expected name and a positive one has one: {text}");
            }

            if (f[5] is not ("dev" or "test"))
            {
                throw new FormatException($"{file} line {line}: split must be dev or test: {f[5]}");
            }

            rows.Add(new CrossScriptQuery(f[0], f[1], f[2], type, f[4], f[5], file, line));
        }

        if (!header)
        {
            throw new FormatException($"{file}: no header row");
        }

        return rows;
    }
}
