namespace EntityScreen.Text;

/// <summary>
/// A sound key of a Latin token, for names Chinese writes by sound (洛克希德 for Lockheed, 赛尼克斯 for Synexxus,
/// 加拉格尔 for Gallagher). Chinese transliteration keeps a name's consonants as a string of syllables and loses what
/// Chinese syllables cannot hold, so the key keeps only what survives: consonant classes (b/p; d/t; g/k/c/q; s/z/j/sh/ch/
/// th; f/ph; m/n/ng; l/r), in order, without vowels, h, w, y and v before a vowel (戴维斯 Davies), a liquid after a
/// vowel (马丁 Martin, 帕尔默 Palmer), a final silent e and doubled letters. The readings spell each transliteration
/// character as English would (<see cref="Readings.HanTransliteration"/>), so one function keys both sides. A name
/// that starts with a vowel is marked (<c>.</c>), and a key of only two classes keeps the vowels before its last class
/// too, one class per run: two classes alone are shared by hundreds of listed words. A key of three classes or fewer
/// only joins candidates: how well the spelling aligns decides (<see cref="Matching.TokenSimilarity.SoundPair"/>). The
/// key starts with <c>^</c> so it never equals a <see cref="Phonetic"/> or <see cref="Skeleton"/> key.
/// </summary>
internal static class SoundKey
{
    private static readonly System.Buffers.SearchValues<char> s_vowels = System.Buffers.SearchValues.Create("aeiouy");

    /// <summary>Fewest consonant classes a key needs: one class and its vowels is any short word.</summary>
    internal const int MinSymbols = 2;

    /// <summary>Most consonant classes a key keeps its vowels with (<see cref="VowelPattern"/>): two classes alone are shared by hundreds of listed words.</summary>
    internal const int MaxVowelledSymbols = 2;

    /// <summary>Most consonant classes of a short key: one shared by tens of listed words or more, which joins candidates but is no evidence alone.</summary>
    internal const int ShortSymbols = 3;

    /// <summary>
    /// The sound key of a Latin token (lower-case ASCII letters), or null when it has fewer than <see cref="MinSymbols"/>
    /// classes or does not read as a word: an acronym (TSRY, CDBAE, RSLaser) is spelt letter by letter, never by sound.
    /// </summary>
    internal static string? Key(ReadOnlySpan<char> token) => IsPronounceable(token) ? OfSpelling(token) : null;

    /// <summary>
    /// True when a token reads as a word: it has a vowel (y counts) and starts with a vowel or with a consonant cluster
    /// an English word may start with (br, cl, sch, str ...; not ts, rs, cd).
    /// </summary>
    internal static bool IsPronounceable(ReadOnlySpan<char> token)
    {
        if (token.StartsWith("mc"))
        {
            token = token[2..]; // McDonnell: Mac
        }

        var firstVowel = token.IndexOfAny(s_vowels);
        if (firstVowel < 0)
        {
            return false;
        }

        var onset = token[..firstVowel];
        return onset.Length switch
        {
            0 or 1 => true,
            2 => IsOnsetPair(onset[0], onset[1]),
            3 => (onset[0] == 's' && onset[1] is 'c' or 'p' or 't' or 'k' && onset[2] is 'r' or 'l' or 'h' or 'w')
                || (onset[1] == 'h' && onset[0] is 'c' or 't' or 's' or 'p' && onset[2] is 'r' or 'l' or 'w'),
            _ => false,
        };

        static bool IsOnsetPair(char a, char b) =>
            (b is 'l' or 'r' or 'h' or 'w' && a is 'b' or 'c' or 'd' or 'f' or 'g' or 'k' or 'p' or 't' or 'v' or 's' or 'z' or 'w')
            || (a == 's' && b is 'c' or 'k' or 'm' or 'n' or 'p' or 't' or 'q' or 'v')
            || (b == 'n' && a is 'k' or 'g')
            || (a == 'q' && b == 'u');
    }

    /// <summary>
    /// The sound key of a spelling, without the word check of <see cref="Key"/>: the readings' spellings of
    /// transliteration characters (扬科夫斯基 yankofski) are syllables run together, each one pronounced.
    /// </summary>
    /// <param name="token">The spelling.</param>
    /// <param name="minSymbols">Fewest classes the key needs (<see cref="MinSymbols"/> unless a caller marks words by a key no Latin word has).</param>
    internal static string? OfSpelling(ReadOnlySpan<char> token, int minSymbols = MinSymbols)
    {
        if (token.Length < minSymbols || token.Length > 40)
        {
            return null;
        }

        // Letters only, doubled letters once, a final silent e dropped (Clive, Nicole).
        Span<char> t = stackalloc char[token.Length];
        var n = 0;
        foreach (var c in token)
        {
            if (c is < 'a' or > 'z')
            {
                if (char.IsAsciiLetterUpper(c) || c > 0x7F)
                {
                    return null;
                }

                continue;
            }

            if (n == 0 || t[n - 1] != c)
            {
                t[n++] = c;
            }
        }

        if (n > 3 && t[n - 1] == 'e' && !IsVowel(t[n - 2]))
        {
            n--;
        }

        t = t[..n];
        Span<char> key = stackalloc char[(2 * n) + 1];
        key[0] = '^';
        var length = 1;

        // A name that starts with a vowel starts so in Chinese too (安杜里尔 Anduril, 奥布莱恩 O'Brien).
        var vowelInitial = IsVowel(t[0]);
        if (vowelInitial)
        {
            key[length++] = '.';
        }
        var i = 0;
        var lastSymbolEnd = 0;
        while (i < n)
        {
            var c = t[i];
            var next = At(t, i + 1);
            var step = 1;
            var symbol = '\0';
            var extra = '\0';
            switch (c)
            {
                case 's' when next == 'c' && At(t, i + 2) == 'h':
                case 't' when next == 'c' && At(t, i + 2) == 'h':
                    symbol = 'S';
                    step = 3;
                    break;
                case 's' or 't' when next == 'h':
                    symbol = 'S'; // Smith 史密斯, Jonathan 乔纳森, Northrop 诺斯罗普
                    step = 2;
                    break;
                case 'c' when next == 'h':
                    symbol = At(t, i + 2) is 'r' or 'l' ? 'K' : 'S'; // Christopher 克里斯托弗; Charles 查尔斯
                    step = 2;
                    break;
                case 'c' when next == 'k':
                case 'q' when next == 'u':
                    symbol = 'K';
                    step = 2;
                    break;
                case 'p' when next == 'h':
                    symbol = 'F';
                    step = 2;
                    break;
                case 'g' when next == 'h':
                    symbol = i == 0 || IsVowel(At(t, i + 2)) ? 'K' : '\0'; // Ghani, Gallagher; Hugh
                    step = 2;
                    break;
                case 'x':
                    (extra, symbol) = i > 0 ? ('K', 'S') : ('\0', 'S');
                    break;
                case 'c':
                    symbol = next is 'e' or 'i' or 'y' ? 'S' : 'K';
                    break;
                case 'g':
                    // n + g closing a syllable is one nasal (Huntington 亨廷顿); g before i or y is 吉 ji (Gibbs 吉布斯).
                    symbol = i > 0 && t[i - 1] == 'n' && !IsVowel(next) ? '\0' : next is 'i' or 'y' ? 'S' : 'K';
                    break;
                case 'v':
                    symbol = IsVowel(next) || next == 'y' ? '\0' : 'F'; // Davies 戴维斯; Clive 克莱夫
                    break;
                case 'j' or 'z' or 's':
                    symbol = 'S';
                    break;
                case 'k' or 'q':
                    symbol = 'K';
                    break;
                case 'b' or 'p':
                    symbol = 'P';
                    break;
                case 'd' or 't':
                    symbol = 'T';
                    break;
                case 'f':
                    symbol = 'F';
                    break;
                case 'm' or 'n':
                    symbol = 'N';
                    break;
                case 'l' or 'r':
                    // A run of liquids after a vowel and before no vowel is lost (Martin 马丁, Palmer 帕尔默, Charles 查尔斯).
                    var end = i;
                    while (At(t, end + 1) is 'l' or 'r')
                    {
                        end++;
                    }

                    var after = At(t, end + 1);
                    symbol = i > 0 && IsVowel(t[i - 1]) && !IsVowel(after) && after != 'y' ? '\0' : 'L';
                    step = end - i + 1;
                    break;
                default:
                    break; // vowels, h, w, y
            }

            Append(key, ref length, extra);
            Append(key, ref length, symbol);
            i += step;
            lastSymbolEnd = symbol != '\0' ? i : lastSymbolEnd;
        }

        var symbols = length - (vowelInitial ? 2 : 1);
        if (symbols < minSymbols)
        {
            return null;
        }

        // Two classes are shared by many words: the vowels before the last class are kept too (the vowels after it are
        // what each language adds or drops: Carter 卡特, Parker 帕克, Matthew 马修), one class per run of vowels (a; e, i, y
        // and the diphthong ai; o, u), as Chinese transliteration keeps them (洛克希德 lo-k-hi-d Lockheed o-e, 马丁 ma-tin
        // Martin a-e, 莱 lai Clive), a final -es after a vowel and a consonant counting as silent (Jones 琼斯).
        var text = new string(key[..length]);
        return symbols <= MaxVowelledSymbols ? text + VowelPattern(t[..lastSymbolEnd]) : text;
    }

    /// <summary>True for a key made by <see cref="Key"/>.</summary>
    internal static bool IsKey(string? key) => key is ['^', ..];

    /// <summary>Classes in a key.</summary>
    internal static int Symbols(string key)
    {
        var n = 0;
        foreach (var c in key)
        {
            n += char.IsAsciiLetterUpper(c) ? 1 : 0;
        }

        return n;
    }

    /// <summary>
    /// One class per run of vowels: <c>a</c>, <c>e</c> (e, i, y, and a before i or y), <c>o</c> (o, u); a y before a
    /// vowel is a consonant, and the e of a final -es after a vowel and one consonant is silent.
    /// </summary>
    private static string VowelPattern(ReadOnlySpan<char> t)
    {
        if (t.Length > 4 && t[^1] == 's' && t[^2] == 'e' && !IsVowel(t[^3]) && t[^3] != 'y' && IsVowel(t[^4]))
        {
            t = t[..^2];
        }

        Span<char> pattern = stackalloc char[t.Length];
        var n = 0;
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            var vowel = IsVowel(c) || (c == 'y' && !IsVowel(At(t, i + 1)) && i > 0);
            if (!vowel)
            {
                continue;
            }

            pattern[n++] = c switch
            {
                'a' => At(t, i + 1) is 'i' or 'y' ? 'e' : 'a',
                'o' or 'u' => 'o',
                _ => 'e',
            };
            while (IsVowel(At(t, i + 1)) || (At(t, i + 1) == 'y' && !IsVowel(At(t, i + 2))))
            {
                i++; // one run: ee, ai, ey (Ansley 安斯利)
            }
        }

        return new string(pattern[..n]);
    }

    private static void Append(Span<char> key, ref int length, char symbol)
    {
        if (symbol != '\0' && key[length - 1] != symbol)
        {
            key[length++] = symbol;
        }
    }

    private static char At(ReadOnlySpan<char> t, int i) => i < t.Length ? t[i] : '\0';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
