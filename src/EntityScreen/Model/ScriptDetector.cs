
namespace EntityScreen;

/// <summary>Detects the dominant script of a string.</summary>
public static class ScriptDetector
{
    /// <summary>Returns the script of the letters in <paramref name="text"/>; digits and punctuation are ignored.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The single script of its letters, <see cref="NameScript.Mixed"/> when several, <see cref="NameScript.Latin"/> when none.</returns>
    public static NameScript Detect(ReadOnlySpan<char> text)
    {
        NameScript? seen = null;
        foreach (var c in text)
        {
            var s = Classify(c);
            if (s is null)
            {
                continue;
            }

            if (seen is null)
            {
                seen = s;
            }
            else if (seen != s)
            {
                return NameScript.Mixed;
            }
        }

        return seen ?? NameScript.Latin;
    }

    /// <summary>The script of one character, or null for non-letters.</summary>
    internal static NameScript? Classify(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetter(c) ? NameScript.Latin : null;
        }

        if (IsHan(c))
        {
            return NameScript.Han;
        }

        if (!char.IsLetter(c))
        {
            return null;
        }

        return c switch
        {
            <= '\u024F' => NameScript.Latin,
            >= '\u1E00' and <= '\u1EFF' => NameScript.Latin,
            >= '\uFF21' and <= '\uFF5A' => NameScript.Latin,
            >= '\u0370' and <= '\u03FF' => NameScript.Greek,
            >= '\u0400' and <= '\u052F' => NameScript.Cyrillic,
            >= '\u0600' and <= '\u06FF' => NameScript.Arabic,
            >= '\u0750' and <= '\u077F' => NameScript.Arabic,
            >= '\uFB50' and <= '\uFDFF' => NameScript.Arabic,
            >= '\uFE70' and <= '\uFEFF' => NameScript.Arabic,
            >= '\uAC00' and <= '\uD7AF' => NameScript.Hangul,
            >= '\u1100' and <= '\u11FF' => NameScript.Hangul,
            _ => NameScript.Other,
        };
    }

    /// <summary>True for CJK ideographs and Japanese kana (treated with Han names).</summary>
    internal static bool IsHan(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF')
            or (>= '\u3400' and <= '\u4DBF')
            or (>= '\uF900' and <= '\uFAFF')
            or (>= '\u3040' and <= '\u30FF' and not '\u30FB')
            or '\u3007';

}
