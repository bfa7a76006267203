using System.Collections.Frozen;
using System.Text;

namespace EntityScreen.Evaluation;

/// <summary>
/// Simplified → traditional, one traditional form per simplified character, made by inverting the project's
/// traditional → simplified table (src/EntityScreen/Text/Resources/han-t2s.txt). Where several traditional characters fold
/// to one simplified character, the first in the table's order is taken, except for the characters in
/// <see cref="s_preferred"/>: the table also folds Japanese shinjitai and rare variants (団, 気, 戦, 閤 ...), which a
/// blind inversion would pick.
/// </summary>
internal static class HanTraditional
{
    private static readonly Lazy<FrozenDictionary<char, char>> s_map = new(Load);

    /// <summary>
    /// The standard traditional form (or the character itself, when it is already traditional) for simplified
    /// characters seen in the China lists whose first inverted form is a Japanese or variant form, as (simplified,
    /// traditional) pairs. Written by hand and checked against OpenCC's <c>s2t</c> on the China-list names.
    /// </summary>
    private const string PreferredPairs =
        "克克德德术術系系布布里里团團气氣验驗亚亞权權合合图圖实實发發默默"
        + "苏蘇弹彈修修托托战戰家家增增当當冲衝松松应應蒙蒙龙龍俊俊查查营營"
        + "扎扎回回压壓丰豐观觀众衆念念凌凌劳勞剂劑台臺坛壇剑劍岩巖庄莊摇搖"
        + "传傳沈沈险險游游谷谷经經荣榮舍舍拜拜辆輛曾曾边邊馆館钱錢铁鐵黑黑";

    private static readonly FrozenDictionary<char, char> s_preferred = Enumerable.Range(0, PreferredPairs.Length / 2)
        .ToFrozenDictionary(i => PreferredPairs[2 * i], i => PreferredPairs[(2 * i) + 1]);

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

        foreach (var (simplified, traditional) in s_preferred)
        {
            if (simplified == traditional)
            {
                map.Remove(simplified);
            }
            else
            {
                map[simplified] = traditional;
            }
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
