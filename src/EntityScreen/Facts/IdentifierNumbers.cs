namespace EntityScreen;

/// <summary>
/// How identifier numbers compare: the key two numbers must share (case, spaces, dashes, dots and other punctuation
/// ignored; a digital currency address keeps its case where its encoding is case-sensitive), and the IMO check digit.
/// </summary>
internal static class IdentifierNumbers
{
    /// <summary>The longest key kept: longer text is no identifier (the longest published, an address, is under 100).</summary>
    public const int MaxKeyLength = 128;

    /// <summary>
    /// The number's letters and digits, upper-cased unless <paramref name="caseSensitive"/>: <c>IMO 918-7629</c> and
    /// <c>imo9187629</c> give one key. Empty when the text has no letter or digit.
    /// </summary>
    public static string Key(ReadOnlySpan<char> number, bool caseSensitive)
    {
        // A Bitcoin Cash address may carry its scheme: bitcoincash:qp3w… is qp3w….
        if (number.StartsWith("bitcoincash:", StringComparison.OrdinalIgnoreCase))
        {
            number = number["bitcoincash:".Length..];
        }

        Span<char> buffer = stackalloc char[Math.Min(number.Length, MaxKeyLength)];
        var n = 0;
        foreach (var raw in number)
        {
            var c = Fold(raw);
            if (char.IsAsciiLetterOrDigit(c) || (c > '\x7f' && char.IsLetter(c)))
            {
                if (n == buffer.Length)
                {
                    break;
                }

                buffer[n++] = caseSensitive ? c : char.ToUpperInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }

    /// <summary>
    /// A character as ASCII where it stands for one: full-width forms (<c>１</c>, <c>Ａ</c>), other scripts' digits
    /// (<c>٣</c>), and Cyrillic or Greek letters that look Latin (a passport number typed on a Russian keyboard).
    /// </summary>
    private static char Fold(char c)
    {
        if (c <= '\x7f')
        {
            return c;
        }

        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return (char)(c - 0xFEE0);
        }

        if (char.IsDigit(c))
        {
            return (char)('0' + (int)char.GetNumericValue(c));
        }

        return EntityScreen.Text.Homoglyphs.TryLatin(c, out var latin) ? latin : c;
    }

    /// <summary>
    /// True when a digital currency address's encoding is case-sensitive (base58: Bitcoin legacy, Tron, Monero, XRP),
    /// false for hex (<c>0x…</c>, Ethereum and its tokens) and bech32 (<c>bc1…</c>, <c>ltc1…</c>), which are
    /// written in one case and compared in any.
    /// </summary>
    public static bool IsCaseSensitiveAddress(ReadOnlySpan<char> address)
    {
        address = address.Trim();
        if (address.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || address.StartsWith("bitcoincash:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // A Bitcoin Cash address without its scheme (cashaddr: q… or p…, 42 characters, one case).
        if (address.Length == 42 && address[0] is 'q' or 'p' or 'Q' or 'P' && IsOneCase(address))
        {
            return false;
        }

        // bech32: a short lower-case (or upper-case) prefix, the separator 1, then one case only.
        var one = address.IndexOf('1');
        if (one is >= 2 and <= 4 && IsOneCase(address))
        {
            var prefix = address[..one];
            foreach (var c in prefix)
            {
                if (!char.IsAsciiLetter(c))
                {
                    return true;
                }
            }

            return false;
        }

        return true;
    }

    /// <summary>The IMO ship number's check: the first six digits weighted 7..2, summed, last digit equals the seventh.</summary>
    public static bool ImoCheckDigitValid(ReadOnlySpan<char> key)
    {
        if (key.Length != 7)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            if (!char.IsAsciiDigit(key[i]))
            {
                return false;
            }
        }

        for (var i = 0; i < 6; i++)
        {
            sum += (key[i] - '0') * (7 - i);
        }

        return sum % 10 == key[6] - '0';
    }

    /// <summary>True when every character of the base58 alphabet (no 0, O, I or l).</summary>
    public static bool IsBase58(ReadOnlySpan<char> address)
    {
        foreach (var c in address)
        {
            if (!char.IsAsciiLetterOrDigit(c) || c is '0' or 'O' or 'I' or 'l')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The number without a leading <c>IMO</c> (<c>IMO 9187629</c>), or
    /// the number unchanged.
    /// </summary>
    public static ReadOnlySpan<char> WithoutImoPrefix(ReadOnlySpan<char> number)
    {
        var t = number.Trim();
        if (t.StartsWith("IMO", StringComparison.OrdinalIgnoreCase) && t.Length > 3 && !char.IsAsciiLetter(t[3]))
        {
            return t[3..].TrimStart(" :#.-");
        }

        return t;
    }

    private static bool IsOneCase(ReadOnlySpan<char> s)
    {
        bool upper = false, lower = false;
        foreach (var c in s)
        {
            upper |= char.IsAsciiLetterUpper(c);
            lower |= char.IsAsciiLetterLower(c);
        }

        return !(upper && lower);
    }
}
