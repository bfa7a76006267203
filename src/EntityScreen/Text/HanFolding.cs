using System.Text;

namespace EntityScreen;

/// <summary>
/// Folds traditional Chinese (and Taiwan/Hong Kong variant and Japanese shinjitai) Han characters to their
/// simplified Chinese form, one character at a time, so that <c>華為</c> and <c>华为</c> compare equal.
/// </summary>
/// <remarks>
/// The table is the embedded resource <c>EntityScreen.han-t2s.txt</c>, generated once from OpenCC's data
/// (Apache-2.0) by <c>tools/han-table/generate.sh</c>; see <c>THIRD-PARTY-NOTICES.md</c>. It is loaded on first use
/// into a 65,536-entry <see cref="char"/> array (identity for unmapped characters), so a lookup is one array index
/// and folding allocates nothing per character. The table is closed under itself: no target is also a source,
/// so folding is idempotent. Characters outside the BMP (surrogates) pass through unchanged.
/// </remarks>
internal static class HanFolding
{
    /// <summary>The manifest name of the embedded table.</summary>
    internal const string ResourceName = "EntityScreen.han-t2s.txt";

    // Initialised by the type initializer: lazily on first use, and thread-safely by the runtime.
    private static readonly char[] s_map = LoadMap(out s_pairCount);
    private static readonly int s_pairCount;

    /// <summary>Number of traditional→simplified pairs in the table.</summary>
    internal static int PairCount => s_pairCount;

    /// <summary>Returns the simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    internal static char ToSimplified(char c) => s_map[c];

    /// <summary>Folds <paramref name="text"/> in place.</summary>
    internal static void Fold(Span<char> text)
    {
        var map = s_map;
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = map[text[i]];
        }
    }

    /// <summary>Returns <paramref name="text"/> folded; the same instance when nothing changes.</summary>
    internal static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var map = s_map;
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (map[c] != c)
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            Fold(span[state.first..]);
        });
    }

    /// <summary>Every (traditional, simplified) pair of the table, in code-point order.</summary>
    internal static IEnumerable<(char Traditional, char Simplified)> Pairs()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (s_map[c] != c)
            {
                yield return (c, s_map[c]);
            }
        }
    }

    private static char[] LoadMap(out int pairCount)
    {
        var map = new char[char.MaxValue + 1];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = (char)i;
        }

        using var stream = typeof(HanFolding).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        pairCount = 0;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.Length != 2)
            {
                throw new InvalidDataException(
                    $"{ResourceName} line {lineNumber}: expected two characters, got {line.Length}.");
            }

            if (map[line[0]] == line[0])
            {
                pairCount++;
            }

            map[line[0]] = line[1];
        }

        return map;
    }
}
