namespace EntityScreen.Text;

/// <summary>
/// A consonant skeleton of a romanized token, for names written in Arabic script: Arabic writes no short vowels, so its
/// romanization (حسن → hsn, بشار → bshr) cannot equal a Latin spelling (Hasan, Bashar); their skeletons can. Vowels and
/// the half-vowels y, w, v are dropped (و and ي are vowels as often as consonants), letters the Latin spellings of one
/// Arabic or Persian letter vary between are merged (q / k / g / gh, th / s, dh / z, kh, sh, p / b), doubled letters count
/// once and a final h is dropped (هنية hnyh / Haniyeh). The key starts with <c>~</c> so it never equals a
/// <see cref="Phonetic"/> key.
/// </summary>
internal static class Skeleton
{
    /// <summary>Fewest consonant symbols a skeleton key needs: one consonant says too little.</summary>
    internal const int MinSymbols = 2;

    /// <summary>The skeleton key of a lower-case ASCII letter token, or null when it has fewer than <see cref="MinSymbols"/> symbols.</summary>
    internal static string? Key(ReadOnlySpan<char> token)
    {
        if (token.Length < MinSymbols || token.Length > 40)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[token.Length + 1];
        buffer[0] = '~';
        var n = 1;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            char symbol;
            if (next == 'h' && c is 'k' or 'g' or 's' or 't' or 'd' or 'p' or 'c' or 'z')
            {
                symbol = c switch { 'k' => 'x', 'g' => 'k', 's' => '$', 't' => 's', 'd' => 'z', 'p' => 'f', 'c' => 'c', _ => 'j' };
                i++;
            }
            else
            {
                switch (c)
                {
                    case 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'v':
                        continue;
                    case 'q' or 'k' or 'g' or 'c':
                        symbol = 'k';
                        break;
                    case 'p':
                        symbol = 'b';
                        break;
                    case >= 'a' and <= 'z':
                        symbol = c;
                        break;
                    default:
                        continue; // digits, apostrophes: not letters of a name
                }
            }

            if (buffer[n - 1] != symbol)
            {
                buffer[n++] = symbol;
            }
        }

        if (n > MinSymbols + 1 && buffer[n - 1] == 'h')
        {
            n--;
        }

        return n - 1 >= MinSymbols ? new string(buffer[..n]) : null;
    }

    /// <summary>True for a key made by <see cref="Key"/>.</summary>
    internal static bool IsKey(string? key) => key is ['~', ..];
}
