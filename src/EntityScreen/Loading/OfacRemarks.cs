namespace EntityScreen;

/// <summary>
/// Best-effort parse of an OFAC <c>Remarks</c> field, a <c>"; "</c>-separated bag of facts:
/// <c>DOB …; nationality …; citizen …; Passport 042833 (Lebanon); a.k.a. 'X'; f.k.a. 'Y'</c>.
/// </summary>
internal static class OfacRemarks
{
    /// <summary>Reads the remarks' aliases (when <paramref name="names"/>), dates of birth, nationalities, gender, identifiers and other facts.</summary>
    public static void Apply(PartyBuilder party, string remarks, FactTally tally, string column = "Remarks", bool names = true)
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

            if (item.IsEmpty)
            {
                continue;
            }

            if (item.StartsWith("a.k.a. '", StringComparison.Ordinal))
            {
                AddName(party, item, NameKind.Weak, names);
            }
            else if (item.StartsWith("f.k.a. '", StringComparison.Ordinal))
            {
                AddName(party, item, NameKind.Fka, names);
            }
            else if (item.StartsWith("n.k.a. '", StringComparison.Ordinal))
            {
                AddName(party, item, NameKind.Nka, names);
            }
            else if (item.StartsWith("DOB ", StringComparison.Ordinal))
            {
                FactReader.DateOfBirth(party, item[4..].Trim().ToString(), tally, column);
            }
            else if (!item.StartsWith("Nationality of ", StringComparison.OrdinalIgnoreCase)
                && (TryAfterWord(item, "nationality", out var country) || TryAfterWord(item, "citizen", out country)))
            {
                var iso2 = CountryNames.ToIso2(country);
                if (iso2 is null)
                {
                    tally.Unparsed(party, column, item.ToString(), "country not recognised");
                }
                else
                {
                    party.AddNationality(iso2);
                    tally.Nationality();
                }
            }
            else
            {
                FactReader.RemarkItem(party, item.ToString(), tally, column);
            }
        }
    }

    private static void AddName(PartyBuilder party, ReadOnlySpan<char> item, NameKind kind, bool names)
    {
        if (names)
        {
            party.AddName(Quoted(item), kind);
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
}
