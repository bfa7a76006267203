using System.Text;

namespace EntityScreen.Evaluation;

/// <summary>Reads the hand-labelled pairs (Data/labelled_pairs.csv: <c>name1,name2,match,kind</c>, RFC-4180 quoting).</summary>
public static class LabelledPairs
{
    /// <summary>The embedded pairs.</summary>
    /// <returns>Every pair, in file order.</returns>
    /// <exception cref="FormatException">A row is malformed.</exception>
    public static IReadOnlyList<LabelledPair> Load()
    {
        using var reader = new StreamReader(Resources.Open("labelled_pairs.csv"), Encoding.UTF8);
        return Parse(reader);
    }

    /// <summary>Parses pairs from CSV text with a header row.</summary>
    /// <param name="reader">The CSV.</param>
    /// <returns>The pairs.</returns>
    /// <exception cref="FormatException">A row is malformed.</exception>
    public static IReadOnlyList<LabelledPair> Parse(TextReader reader)
    {
        var pairs = new List<LabelledPair>();
        var line = 0;
        var header = true;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Trim().Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var fields = Split(text);
            if (header)
            {
                header = false;
                if (fields.Count >= 4 && fields[0] == "name1")
                {
                    continue;
                }
            }

            if (fields.Count != 4 || fields[2] is not ("1" or "0" or "true" or "false") || fields[3] is not ("person" or "company"))
            {
                throw new FormatException($"labelled_pairs.csv line {line}: expected name1,name2,match(1|0),kind(person|company): {text}");
            }

            pairs.Add(new LabelledPair(fields[0], fields[1], fields[2] is "1" or "true", fields[3]));
        }

        return pairs;
    }

    internal static List<string> Split(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        fields.Add(sb.ToString());
        return fields;
    }
}
