namespace EntityScreen;

/// <summary>
/// Best-effort parse of an OFAC <c>Remarks</c> field, a <c>"; "</c>-separated bag of facts:
/// <c>DOB …; nationality …; citizen …; Passport 042833 (Lebanon); a.k.a. 'X'; f.k.a. 'Y'</c>.
/// </summary>
internal static class OfacRemarks
{
    public static void Apply(PartyBuilder party, string remarks)
    {
        var text = remarks.AsSpan().Trim();
        if (text.EndsWith('.'))
        {
            text = text[..^1];
        }

        foreach (var range in text.Split(ListText.Separator))
        {
            var item = text[range].Trim();
            if (item.StartsWith("alt. ", StringComparison.Ordinal))
            {
                item = item[5..];
            }

            if (item.StartsWith("a.k.a. '", StringComparison.Ordinal))
            {
                party.AddName(Quoted(item), NameKind.Weak);
            }
            else if (item.StartsWith("f.k.a. '", StringComparison.Ordinal))
            {
                party.AddName(Quoted(item), NameKind.Fka);
            }
            else if (item.StartsWith("n.k.a. '", StringComparison.Ordinal))
            {
                party.AddName(Quoted(item), NameKind.Nka);
            }
            else if (item.StartsWith("DOB ", StringComparison.Ordinal))
            {
                party.AddDateOfBirth(item[4..].Trim().ToString());
            }
            else if (TryAfterWord(item, "nationality", out var country) || TryAfterWord(item, "citizen", out country))
            {
                party.AddCountry(CountryNames.ToIso2(country));
            }
            else
            {
                TryIdentifier(party, item);
            }
        }
    }

    private static string Quoted(ReadOnlySpan<char> item)
    {
        var open = item.IndexOf('\'');
        var close = item.LastIndexOf('\'');
        return close > open ? item[(open + 1)..close].ToString() : item[(open + 1)..].ToString();
    }

    private static bool TryAfterWord(ReadOnlySpan<char> item, string word, out ReadOnlySpan<char> rest)
    {
        rest = default;
        if (!item.StartsWith(word, StringComparison.OrdinalIgnoreCase) || item.Length <= word.Length)
        {
            return false;
        }

        var after = item[word.Length..];
        if (after[0] is not (' ' or ':'))
        {
            return false;
        }

        rest = after.TrimStart(':').Trim();
        return true;
    }

    /// <summary><c>Type Number (Country)</c>, e.g. <c>Passport 042833 (Lebanon)</c>; anything else is left in the remarks only.</summary>
    private static void TryIdentifier(PartyBuilder party, ReadOnlySpan<char> item)
    {
        if (!item.EndsWith(')'))
        {
            return;
        }

        var open = item.LastIndexOf(" (", StringComparison.Ordinal);
        if (open <= 0)
        {
            return;
        }

        var body = item[..open].TrimEnd();
        var space = body.LastIndexOf(' ');
        if (space <= 0)
        {
            return;
        }

        var type = body[..space].Trim();
        var number = body[(space + 1)..];
        if (type.Contains(':') || type.Count(' ') > 5 || number.IndexOfAnyInRange('0', '9') < 0)
        {
            return;
        }

        var countryText = item[(open + 2)..^1].Trim();
        party.AddIdentifier(new PartyIdentifier(
            type.ToString(), number.ToString(), CountryNames.ToIso2(countryText) ?? countryText.ToString()));
    }
}
