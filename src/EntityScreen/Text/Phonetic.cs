using System.Text;

namespace EntityScreen.Text;

/// <summary>
/// A transliteration key for a token: spellings that romanize the same sound the same way (Sergei / Sergey,
/// Yevgeny / Evgeniy, Vladimir / Wladimir, Qasem / Ghasem, Juergen / Jurgen, Mahmoud / Mahmud, Waleed / Walid,
/// Sechin / Setschin, Gorbachev / Gorbatschow) get one key. Vowels stay distinct (Maria / Mario keep different keys). Two tokens with one key count as one typo apart.
/// </summary>
internal static class Phonetic
{
    /// <summary>The key of a lower-case ASCII letter token of 4 letters or more; null otherwise.</summary>
    internal static string? Key(string token)
    {
        if (token.Length < 4)
        {
            return null;
        }

        foreach (var c in token)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return null;
            }
        }

        var sb = new StringBuilder(token.Length);
        var t = token;
        var i = 0;
        if (t.StartsWith("ye", StringComparison.Ordinal) || t.StartsWith("yo", StringComparison.Ordinal))
        {
            i = 1; // Yelena / Elena, Yevgeny / Evgeniy
        }

        for (; i < t.Length; i++)
        {
            var c = t[i];
            if (c == 'f' && i == t.Length - 2 && t[i + 1] == 'f')
            {
                sb.Append('v'); // Novikoff / Novikov, Smirnoff / Smirnov
                break;
            }

            var next = i + 1 < t.Length ? t[i + 1] : '\0';
            if (c == 'e' && next == 'r' && i == t.Length - 2 && i > 0 && !IsVowel(t[i - 1]))
            {
                continue; // Aleksandr / Alexander, Petr / Peter: Russian -dr, -tr written -der, -ter
            }

            // Russian names in German and Polish-German romanization (algorithm 1.16): tsch is ч, sch is ш or ж (z is s
            // already, so zh is sh: Prigozhin / Prigoschin), tz and ts inside a word are ц, which German writes z
            // (Solzhenitsyn / Solschenizyn, Yeltsin / Jelzin's -lzin).
            if (c == 't' && next == 's' && i + 3 < t.Length && t[i + 2] == 'c' && t[i + 3] == 'h')
            {
                sb.Append("ch"); // Setschin / Sechin, Abramowitsch / Abramovich
                i += 3;
                continue;
            }

            if (c == 's' && next == 'c' && i + 2 < t.Length && t[i + 2] == 'h')
            {
                sb.Append("sh"); // Schoigu / Shoigu, Prigoschin / Prigozhin
                i += 2;
                continue;
            }

            if (c == 't' && next is 's' or 'z' && i > 0)
            {
                sb.Append('s'); // Solzhenitsyn / Solschenizyn
                i++;
                continue;
            }

            switch (c)
            {
                case 'k' when next == 'h':
                    sb.Append('h');
                    i++;
                    continue;
                case 'p' when next == 'h':
                    sb.Append('f');
                    i++;
                    continue;
                case 'g' when next == 'h':
                    sb.Append('k');
                    i++;
                    continue;
                case 't' when next == 'h':
                case 'd' when next == 'h':
                    sb.Append(c);
                    i++;
                    continue;
                case 'o' when next == 'u':
                case 'o' when next == 'o':
                    sb.Append('u');
                    i++;
                    continue;
                case 'e' when next == 'e':
                case 'i' when next == 'e' && i + 2 < t.Length:
                    sb.Append('i');
                    i++;
                    continue;
                case 'y' when next == 'o' && i > 0:
                    sb.Append('e'); // Semyonov / Semenov, Fyodor / Fedor
                    i++;
                    continue;
                case 'a' when next is 'i' or 'y':
                case 'e' when next is 'i' or 'y':
                    sb.Append("ei"); // Husain / Hussein, Ayman / Aiman
                    i++;
                    continue;
                case 'a' when next == 'e':
                case 'o' when next == 'e':
                case 'u' when next == 'e':
                    sb.Append(c); // Mueller / Muller, Juergen / Jurgen
                    i++;
                    continue;
                case 'x':
                    sb.Append("ks");
                    continue;
                case 'y':
                    sb.Append('i');
                    continue;
                case 'w':
                    sb.Append('v');
                    continue;
                case 'z':
                    sb.Append('s');
                    continue;
                case 'q':
                case 'c' when next != 'h':
                    sb.Append('k');
                    continue;
                default:
                    sb.Append(c);
                    continue;
            }
        }

        // ё after ч, ш, ж, щ: English writes e, German and French o (Gorbachev / Gorbatschow, Pugachev / Pugatschow).
        if (sb.Length > 4 && sb[^1] == 'v' && sb[^2] == 'o' && sb[^3] == 'h' && sb[^4] is 'c' or 's')
        {
            sb[^2] = 'e';
        }

        // Doubled letters count once (Hassan / Hasan, Yuriy / Yuri).
        var w = 0;
        for (var k = 0; k < sb.Length; k++)
        {
            if (w == 0 || sb[k] != sb[w - 1])
            {
                sb[w++] = sb[k];
            }
        }

        sb.Length = w;
        return sb.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
