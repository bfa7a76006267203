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
    /// characters seen in the China lists whose first inverted form is a Japanese or variant form. Written by hand and
    /// checked against OpenCC's <c>s2t</c> on the China-list names.
    /// </summary>
    private static readonly FrozenDictionary<char, char> s_preferred = new Dictionary<char, char>
    {
        ['克'] = '克', ['德'] = '德', ['术'] = '術', ['系'] = '系', ['布'] = '布', ['里'] = '里', ['团'] = '團', ['气'] = '氣',
        ['验'] = '驗', ['亚'] = '亞', ['权'] = '權', ['合'] = '合', ['图'] = '圖', ['实'] = '實', ['发'] = '發', ['默'] = '默',
        ['苏'] = '蘇', ['弹'] = '彈', ['修'] = '修', ['托'] = '托', ['战'] = '戰', ['家'] = '家', ['增'] = '增', ['当'] = '當',
        ['冲'] = '衝', ['松'] = '松', ['应'] = '應', ['蒙'] = '蒙', ['龙'] = '龍', ['俊'] = '俊', ['查'] = '查', ['营'] = '營',
        ['扎'] = '扎', ['回'] = '回', ['压'] = '壓', ['丰'] = '豐', ['观'] = '觀', ['众'] = '衆', ['念'] = '念', ['凌'] = '凌',
        ['劳'] = '勞', ['剂'] = '劑', ['台'] = '臺', ['坛'] = '壇', ['剑'] = '劍', ['岩'] = '巖', ['庄'] = '莊', ['摇'] = '搖',
        ['传'] = '傳', ['沈'] = '沈', ['险'] = '險', ['游'] = '游', ['谷'] = '谷', ['经'] = '經', ['荣'] = '榮', ['舍'] = '舍',
        ['拜'] = '拜', ['辆'] = '輛', ['曾'] = '曾', ['边'] = '邊', ['馆'] = '館', ['钱'] = '錢', ['铁'] = '鐵', ['黑'] = '黑',
    }.ToFrozenDictionary();

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
