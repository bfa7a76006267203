using System.Text;

namespace EntityScreen.Text;

/// <summary>
/// Unicode NFKC for names, with a fast path: most names in another script are written only with characters NFKC never
/// changes and that never compose with one another, and ICU's normalization check costs more than the rest of reading
/// such a name.
/// </summary>
internal static class Nfkc
{
    /// <summary>
    /// True when every character of <paramref name="text"/> is one NFKC leaves as it is and cannot compose with a
    /// neighbour of the same set: ASCII; CJK unified ideographs (U+4E00–U+9FFF, no decompositions); precomposed Hangul
    /// syllables (U+AC00–U+D7A3: a syllable composes only with a following conjoining jamo, outside the set); the
    /// basic Cyrillic letters with Ё ё; the Arabic letters U+0621–U+064A and the Persian پ چ ژ ک گ ی (the combining
    /// marks and the high-hamza letters U+0675–U+0678 are outside the set); hiragana and katakana letters with the
    /// prolonged sound mark and the middle dot (the voicing marks U+3099–U+309C are outside the set). A false answer
    /// only means the caller asks ICU.
    /// </summary>
    internal static bool IsStable(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            var stable = c switch
            {
                < '\u0080' => true,
                >= '\u4E00' and <= '\u9FFF' => true,
                >= '\uAC00' and <= '\uD7A3' => true,
                >= '\u0410' and <= '\u044F' => true,
                '\u0401' or '\u0451' or '\u00B7' => true,
                >= '\u0621' and <= '\u064A' => true,
                '\u067E' or '\u0686' or '\u0698' or '\u06A9' or '\u06AF' or '\u06CC' => true,
                >= '\u3041' and <= '\u3096' => true,
                >= '\u30A1' and <= '\u30FC' => true,
                _ => false,
            };
            if (!stable)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <paramref name="text"/> in NFKC (itself when already so).
    /// </summary>
    /// <exception cref="ArgumentException">The text is not valid UTF-16 (a lone surrogate).</exception>
    internal static string Normalize(string text) =>
        IsStable(text) || text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
}
