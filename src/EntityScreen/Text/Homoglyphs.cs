using System.Collections.Frozen;
using System.Text;

namespace EntityScreen.Text;

/// <summary>
/// Cyrillic and Greek letters that look like Latin ones. In a token that mixes them with Latin letters (a common
/// evasion, "Huаwei" with a Cyrillic а), they are read as the Latin letter they imitate; a token written wholly in
/// Cyrillic or Greek is left for transliteration.
/// </summary>
internal static class Homoglyphs
{
    private static readonly FrozenDictionary<char, char> s_map = new Dictionary<char, char>
    {
        ['а'] = 'a',
        ['в'] = 'b',
        ['е'] = 'e',
        ['ё'] = 'e',
        ['к'] = 'k',
        ['м'] = 'm',
        ['н'] = 'h',
        ['о'] = 'o',
        ['р'] = 'p',
        ['с'] = 'c',
        ['т'] = 't',
        ['у'] = 'y',
        ['х'] = 'x',
        ['ѕ'] = 's',
        ['і'] = 'i',
        ['ј'] = 'j',
        ['ԁ'] = 'd',
        ['ԛ'] = 'q',
        ['ԝ'] = 'w',
        ['А'] = 'A',
        ['В'] = 'B',
        ['Е'] = 'E',
        ['К'] = 'K',
        ['М'] = 'M',
        ['Н'] = 'H',
        ['О'] = 'O',
        ['Р'] = 'P',
        ['С'] = 'C',
        ['Т'] = 'T',
        ['У'] = 'Y',
        ['Х'] = 'X',
        ['Ѕ'] = 'S',
        ['І'] = 'I',
        ['Ј'] = 'J',
        ['α'] = 'a',
        ['ε'] = 'e',
        ['ι'] = 'i',
        ['κ'] = 'k',
        ['ν'] = 'v',
        ['ο'] = 'o',
        ['ρ'] = 'p',
        ['τ'] = 't',
        ['υ'] = 'u',
        ['χ'] = 'x',
        ['Α'] = 'A',
        ['Β'] = 'B',
        ['Ε'] = 'E',
        ['Ζ'] = 'Z',
        ['Η'] = 'H',
        ['Ι'] = 'I',
        ['Κ'] = 'K',
        ['Μ'] = 'M',
        ['Ν'] = 'N',
        ['Ο'] = 'O',
        ['Ρ'] = 'P',
        ['Τ'] = 'T',
        ['Υ'] = 'Y',
        ['Χ'] = 'X',
    }.ToFrozenDictionary();

    /// <summary>The Latin letter a Cyrillic or Greek letter looks like (<c>А</c> → <c>A</c>), when it has one.</summary>
    internal static bool TryLatin(char c, out char latin) => s_map.TryGetValue(c, out latin);

    /// <summary>Replaces look-alike letters inside tokens that also hold Latin letters.</summary>
    internal static string FixMixedTokens(string text)
    {
        StringBuilder? sb = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            bool latin = false, lookalike = false;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                var c = text[i];
                latin |= c < 0x250 && char.IsLetter(c);
                lookalike |= s_map.ContainsKey(c);
                i++;
            }

            if (latin && lookalike)
            {
                sb ??= new StringBuilder(text);
                for (var k = start; k < i; k++)
                {
                    if (s_map.TryGetValue(text[k], out var repl))
                    {
                        sb[k] = repl;
                    }
                }
            }
        }

        return sb?.ToString() ?? text;
    }
}
