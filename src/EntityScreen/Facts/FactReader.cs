namespace EntityScreen;

/// <summary>
/// Types the facts lists publish beside names: an OFAC remarks item (<c>Passport 042833 (Lebanon) issued 2001</c>,
/// <c>Vessel Registration Identification IMO 9187629</c>, <c>Digital Currency Address - XBT 1Aj…</c>), a CSL
/// <c>ids</c> entry in either order (<c>Passport, 836238033, KP</c> or <c>KP, 836238033, Passport</c>, recognised per
/// entry by where its label stands), a date of birth. What has a number but no known label is kept on the party and
/// reported, never guessed.
/// </summary>
internal static class FactReader
{
    /// <summary>
    /// Reads a date of birth as published into the party, or reports it. With <paramref name="firstDayIsCoarse"/> (the
    /// CSL's <c>dates_of_birth</c>, which writes OFAC's <c>Dec 1980</c> as <c>1980-12-01</c> and a range by its first
    /// day), a first of January is read as its year and another first of a month as its month: never a contradiction
    /// within them.
    /// </summary>
    public static void DateOfBirth(PartyBuilder party, string text, FactTally tally, string column, bool firstDayIsCoarse = false)
    {
        party.AddDateOfBirth(text);
        if (BirthDate.TryParse(text, out var date, out var error))
        {
            if (firstDayIsCoarse && date!.Precision == DatePrecision.Day && date.From.Day == 1)
            {
                date = date.From.Month == 1
                    ? date with { From = new DateOnly(date.From.Year, 1, 1), To = new DateOnly(date.From.Year, 12, 31), Precision = DatePrecision.Year }
                    : date with { To = date.From.AddMonths(1).AddDays(-1), Precision = DatePrecision.Month };
            }

            party.AddBirthDate(date!);
            tally.DateOfBirth();
        }
        else
        {
            tally.Unparsed(party, column, text, "date of birth not read: " + error);
        }
    }

    /// <summary>
    /// One OFAC remarks item that is no alias, date of birth or nationality: <c>Label Number[ (Country)][ issued
    /// Date][ expires Date]</c>, <c>Gender Male</c>, a labelled fact, or free text.
    /// </summary>
    public static void RemarkItem(PartyBuilder party, string item, FactTally tally, string column)
    {
        // The CSL writes a remark in parentheses: (Linked To: YUSONG SHIPPING CO).
        if (item.Length > 2 && item[0] == '(' && item[^1] == ')')
        {
            item = item[1..^1].Trim();
        }

        var label = IdentifierLabels.Longest(item, glued: false, includeQueryLabels: false);
        if (label is null)
        {
            if (item.StartsWith("POB ", StringComparison.Ordinal))
            {
                party.AddFact(new PartyFact("POB", item[4..].Trim()));
                tally.OtherFact();
            }
            else if (item.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
            {
                tally.Unparsed(party, column, item, "no known identifier label");
            }
            else
            {
                tally.FreeText();
            }

            return;
        }

        var rest = item.AsSpan(label.Text.Length).Trim();
        if (label.Role == LabelRole.Gender)
        {
            Gender(party, rest, tally, column, item);
            return;
        }

        if (label.Role == LabelRole.Fact)
        {
            party.AddFact(new PartyFact(label.Text, rest.TrimStart(":- ").ToString()));
            tally.OtherFact();
            return;
        }

        string? currency = null;
        if (label.Kind == IdentifierKind.DigitalCurrencyAddress)
        {
            rest = rest.TrimStart("- ");
            var space = rest.IndexOf(' ');
            if (space <= 0)
            {
                tally.Unparsed(party, column, item, rest.Length is > 0 and <= 6 ? "digital currency address without the address" : "digital currency address without its currency");
                return;
            }

            currency = rest[..space].ToString();
            rest = rest[(space + 1)..].Trim();
        }

        rest = CutDate(rest, " expires ", out var expires);
        rest = CutDate(rest, " issued ", out var issued);
        string? country = null;
        if (rest.EndsWith(')'))
        {
            var open = rest.LastIndexOf(" (", StringComparison.Ordinal);
            if (open > 0)
            {
                var countryText = rest[(open + 2)..^1].Trim();
                country = CountryNames.ToIso2(countryText) ?? countryText.ToString();
                rest = rest[..open].TrimEnd();
            }
        }

        Identifier(party, label, rest.TrimStart("#:- ").ToString(), country, currency, issued, expires, tally, column, item);
    }

    /// <summary>
    /// One CSL <c>ids</c> entry. The order is recognised per entry: a known label last is the older order
    /// (<c>[CC, ][dates, ]Number, Type</c>, the 2022 file), a known label first the current one
    /// (<c>Type, Number[, CC]</c>); <paramref name="currentFirst"/> says which to try first when both could apply.
    /// </summary>
    public static void IdsEntry(PartyBuilder party, string entry, bool currentFirst, FactTally tally)
    {
        const string column = "ids";
        var parts = entry.Split(", ");
        if (parts.Length < 2)
        {
            tally.Unparsed(party, column, entry, "an ids entry needs a type and a value");
            return;
        }

        var last = LabelOf(parts[^1], out var lastCurrency);
        var first = LabelOf(parts[0], out var firstCurrency);
        if (last is not null && (first is null || !currentFirst))
        {
            // [CC, ][issue date, [expiry date, ]]Number, Type
            var from = 0;
            string? country = null;
            if (parts.Length >= 3 && last.Role == LabelRole.Identifier && ListText.IsoCountry(parts[0]) is { } cc && parts[0].Length == 2)
            {
                country = cc;
                from = 1;
            }

            var dates = new List<string>();
            while (last.Role == LabelRole.Identifier && from < parts.Length - 2 && ListText.ParseIsoDate(parts[from]) is not null)
            {
                dates.Add(parts[from++]);
            }

            dates.Sort(StringComparer.Ordinal);
            var value = string.Join(", ", parts[from..^1]);
            Typed(party, last, value, country, lastCurrency, dates.Count > 0 ? dates[0] : null, dates.Count > 1 ? dates[^1] : null, tally, column, entry);
        }
        else if (first is not null)
        {
            // Type, Number[, CC]
            string? country = null;
            var to = parts.Length;
            if (parts.Length >= 3 && parts[^1].Length == 2 && ListText.IsoCountry(parts[^1]) is { } cc)
            {
                country = cc;
                to--;
            }

            Typed(party, first, string.Join(", ", parts[1..to]), country, firstCurrency, null, null, tally, column, entry);
        }
        else
        {
            tally.Unparsed(party, column, entry, "no known label at either end");
        }
    }

    /// <summary>The label a whole part is (<c>Passport</c>; <c>Digital Currency Address - XBT</c> with its currency).</summary>
    private static IdentifierLabel? LabelOf(string part, out string? currency)
    {
        currency = null;
        var text = part.Trim();
        var label = IdentifierLabels.Longest(text, glued: false, includeQueryLabels: false);
        if (label is null)
        {
            return null;
        }

        if (text.Length == label.Text.Length)
        {
            return label;
        }

        // A fact's label may carry its own detail: Listing Date (EO 14024 Directive 2):.
        if (label.Role == LabelRole.Fact)
        {
            return label with { Text = text };
        }

        if (label.Kind == IdentifierKind.DigitalCurrencyAddress && label.Role == LabelRole.Identifier)
        {
            var rest = text.AsSpan(label.Text.Length).TrimStart("- ").Trim();
            if (!rest.IsEmpty && rest.IndexOf(' ') < 0)
            {
                currency = rest.ToString();
                return label;
            }
        }

        return null;
    }

    private static void Typed(
        PartyBuilder party, IdentifierLabel label, string value, string? country, string? currency, string? issued, string? expires,
        FactTally tally, string column, string source)
    {
        switch (label.Role)
        {
            case LabelRole.Gender:
                Gender(party, value, tally, column, source);
                break;
            case LabelRole.Fact:
                party.AddFact(new PartyFact(label.Text, value.Trim()));
                tally.OtherFact();
                break;
            default:
                // A country after the number, 33556474 (Russia), is read by Trimmed.
                Identifier(party, label, value.Trim(), country, currency, issued, expires, tally, column, source);
                break;
        }
    }

    private static void Identifier(
        PartyBuilder party, IdentifierLabel label, string number, string? country, string? currency, string? issued, string? expires,
        FactTally tally, string column, string source)
    {
        number = Trimmed(number, ref country);
        var kind = label.Kind;
        var hasImo = number.StartsWith("IMO", StringComparison.OrdinalIgnoreCase) && number.Length > 3 && !char.IsAsciiLetter(number[3]);
        if (hasImo)
        {
            // Vessel Registration Identification IMO 9187629 is a ship's, and so is any IMO number of a listed vessel;
            // Company Number IMO 5055293 is a company's.
            kind = kind == IdentifierKind.Imo || party.Type == PartyType.Vessel ? IdentifierKind.Imo : IdentifierKind.CompanyImo;
            number = IdentifierNumbers.WithoutImoPrefix(number).ToString();
        }
        else if (kind == IdentifierKind.Imo && !IsSevenDigits(number))
        {
            // A vessel's national registration (RS 150443 (Russia)) under the IMO's label is no IMO number.
            kind = IdentifierKind.Other;
        }

        if (IdentifierNumbers.Key(number, caseSensitive: false).Length == 0)
        {
            tally.Unparsed(party, column, source, "identifier without a number");
            return;
        }

        if (NotANumber(number, kind) is { } reason)
        {
            tally.Unparsed(party, column, source, reason);
            return;
        }

        party.AddIdentifier(new PartyIdentifier(label.Text, number, country)
        {
            Kind = kind,
            Currency = currency,
            Issued = issued,
            Expires = expires,
        });
        tally.Identifier(kind);
    }

    /// <summary>
    /// The number without what the lists write around it: a leading <c>No.:</c> or <c>Booklet</c>, a trailing place in
    /// parentheses without a digit (<c>88504 (Jalisco)</c>), trailing words without a digit (<c>D000000483, Diplomatic</c>;
    /// a country among them becomes the country: <c>1372584, Kenya</c>), and a trailing issue or expiry date.
    /// </summary>
    private static string Trimmed(string number, ref string? country)
    {
        var n = number.Trim();
        foreach (var lead in (ReadOnlySpan<string>)["No.:", "No.", "Booklet:", "Booklet"])
        {
            if (n.StartsWith(lead, StringComparison.OrdinalIgnoreCase) && n.Length > lead.Length + 1
                && (lead[^1] is ':' or '.' || n[lead.Length] == ' ') && n.AsSpan(lead.Length).IndexOfAnyInRange('0', '9') >= 0)
            {
                n = n[lead.Length..].Trim();
                break;
            }
        }

        while (true)
        {
            var comma = n.LastIndexOf(", ", StringComparison.Ordinal);
            var open = n.EndsWith(')') ? n.LastIndexOf(" (", StringComparison.Ordinal) : -1;
            if (open > 0 && n.AsSpan(open).IndexOfAnyInRange('0', '9') < 0)
            {
                var inside = n.AsSpan(open + 2, n.Length - open - 3).Trim();
                country ??= CountryNames.ToIso2(inside);
                n = n[..open].TrimEnd();
            }
            else if (comma > 0 && n.AsSpan(0, comma).IndexOfAnyInRange('0', '9') >= 0
                && (n.AsSpan(comma).IndexOfAnyInRange('0', '9') < 0
                    || n.AsSpan(comma + 2).StartsWith("Issue", StringComparison.OrdinalIgnoreCase)
                    || n.AsSpan(comma + 2).StartsWith("Expir", StringComparison.OrdinalIgnoreCase)))
            {
                country ??= CountryNames.ToIso2(n.AsSpan(comma + 2).Trim());
                n = n[..comma].TrimEnd();
            }
            else
            {
                return n;
            }
        }
    }

    private static bool IsSevenDigits(string number)
    {
        var key = IdentifierNumbers.Key(number, caseSensitive: false);
        return key.Length == 7 && key.All(char.IsAsciiDigit);
    }

    private static void Gender(PartyBuilder party, ReadOnlySpan<char> value, FactTally tally, string column, string source)
    {
        var gender = value.Trim().ToString().ToUpperInvariant() switch
        {
            "MALE" or "M" => EntityScreen.Gender.Male,
            "FEMALE" or "F" => EntityScreen.Gender.Female,
            _ => EntityScreen.Gender.Unknown,
        };
        if (gender == EntityScreen.Gender.Unknown)
        {
            tally.Unparsed(party, column, source, "gender not read");
            return;
        }

        party.Gender = gender;
        tally.Gender();
    }

    /// <summary>Cuts <c> issued 14 Dec 2005</c> (or <c> expires …</c>) off the end of an identifier item.</summary>
    private static ReadOnlySpan<char> CutDate(ReadOnlySpan<char> rest, string marker, out string? date)
    {
        date = null;
        var at = rest.LastIndexOf(marker, StringComparison.OrdinalIgnoreCase);
        if (at <= 0)
        {
            return rest;
        }

        // Only a date: "issued in Amman" or "issued under the name ..." stays in the text (which is then no number).
        var text = rest[(at + marker.Length)..].Trim().ToString();
        if (!BirthDate.TryParse(text, out _, out _))
        {
            return rest;
        }

        date = text;
        return rest[..at].TrimEnd();
    }

    /// <summary>
    /// Why a value read after an identifier's label is no number, or null when it is one: every kind but SWIFT/BIC
    /// codes, tail numbers and others has a digit; no number holds an all-lower-case word among several words
    /// (<c>issued in Sarajevo</c>, <c>OR801168 and Kuwaiti National ID No. …</c>).
    /// </summary>
    private static string? NotANumber(string number, IdentifierKind kind)
    {
        if (kind is not (IdentifierKind.SwiftBic or IdentifierKind.AircraftTailNumber or IdentifierKind.Other)
            && number.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return "no number after the label";
        }

        if (kind != IdentifierKind.DigitalCurrencyAddress && number.Contains(' ', StringComparison.Ordinal))
        {
            // A sentence has lower-case words (and, in, under the name); a number beside a country or a word such as
            // Booklet A4827048 or AF465508 Colombia does not.
            foreach (var word in number.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length >= 2 && word.All(char.IsLower))
                {
                    return "text after the label is not a number";
                }
            }
        }

        return null;
    }
}
