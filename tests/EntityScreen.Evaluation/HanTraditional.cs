using System.Collections.Frozen;
using System.Text;

namespace EntityScreen.Evaluation;

/// <summary>
/// Simplified → traditional, one traditional form per simplified character, made by inverting the project's
/// traditional → simplified table (src/EntityScreen/Text/Resources/han-t2s.txt). Where several traditional characters fold
/// to one simplified character, the first in the table's order is taken.
/// </summary>
internal static class HanTraditional
{
    private static readonly Lazy<FrozenDictionary<char, char>> s_map = new(Load);

    internal static int Count => s_map.Value.Count;

    /// <summary>Converts every simplified character that has a traditional form.</summary>
    internal static string ToTraditional(string text)
    {
        var map = s_map.Value;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(map.TryGetValue(c, out var t) ? t : c);
        }

        return sb.ToString();
    }

    private static FrozenDictionary<char, char> Load()
    {
        var map = new Dictionary<char, char>();
        using var reader = new StreamReader(Resources.Open("han-t2s.txt"), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            // One <traditional><simplified> pair of BMP characters per line; '#' lines are comments.
            if (line.Length != 2 || line[0] == '#' || char.IsSurrogate(line[0]) || char.IsSurrogate(line[1]))
            {
                continue;
            }

            map.TryAdd(line[1], line[0]);
        }

        return map.ToFrozenDictionary();
    }
}

/// <summary>The hand-written files embedded in this assembly.</summary>
internal static class Resources
{
    internal static Stream Open(string name) =>
        typeof(Resources).Assembly.GetManifestResourceStream("EntityScreen.Evaluation." + name)
        ?? throw new InvalidOperationException($"embedded resource {name} is missing");

    /// <summary>Non-empty lines that are not <c>#</c> comments.</summary>
    internal static IReadOnlyList<string> Lines(string name)
    {
        using var reader = new StreamReader(Open(name), Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
