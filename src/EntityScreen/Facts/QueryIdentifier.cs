namespace EntityScreen;

/// <summary>
/// An identifier given with a query: typed (<c>IMO 9187629</c>, <c>passport K475336</c>, <c>XBT 1Aj…</c>) or a bare
/// number of unknown kind (<see cref="Kind"/> null), which matches a listed identifier of any kind.
/// </summary>
/// <param name="Kind">The kind, or null for a bare number.</param>
/// <param name="Number">The number as given, without its label.</param>
public sealed record QueryIdentifier(IdentifierKind? Kind, string Number)
{
    /// <summary>For a digital currency address given with its currency (<c>XBT 1Aj…</c>), the currency; else null.</summary>
    public string? Currency { get; init; }

    /// <summary>
    /// The issuing country (ISO-2) given after the number, as the lists write it (<c>Passport 042833 (Lebanon)</c>); null
    /// when none. A typed match whose listed country differs counts as a bare number's (review).
    /// </summary>
    public string? Country { get; init; }

    /// <summary>
    /// When a label was read (<c>BIC850101AB1</c>, <c>RIF J-31069374-9</c>), the whole text: it is also looked up as a bare
    /// number, for the numbers that begin with what reads as a label (a Mexican R.F.C.) or are listed with their label.
    /// </summary>
    internal string? GluedWhole { get; init; }

    /// <summary>The label read (<c>ISIN</c>, <c>BIK (RU)</c>): an identifier of kind other matches a listed one of the same label only.</summary>
    internal string? Label { get; init; }

    /// <summary>The crypto-asset tickers read as a digital currency address's label (<c>XBT 1Aj…</c>, <c>ETH 0x…</c>).</summary>
    private static readonly string[] s_currencies =
        ["XBT", "BTC", "ETH", "USDT", "USDC", "LTC", "BCH", "BSV", "BTG", "ZEC", "DASH", "XMR", "XRP", "ETC", "XVG", "TRX", "ARB", "BSC", "SOL"];

    /// <inheritdoc />
    public override string ToString() =>
        Kind is null ? Number
        : Kind == IdentifierKind.DigitalCurrencyAddress && Currency is not null ? $"{Currency} {Number}"
        : $"{LabelOf(Kind.Value)} {Number}";

    /// <summary>
    /// Reads <c>TYPE NUMBER</c> or a bare number. TYPE is the longest known label (<c>IMO</c>, <c>Passport</c>,
    /// <c>Tax ID No.</c>, <c>SWIFT/BIC</c>, a currency ticker such as <c>XBT</c>), in any case, possibly glued to a
    /// number that starts with a digit (<c>IMO9187629</c>); the rest is the number.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="identifier">The identifier, when usable.</param>
    /// <param name="message">Why it is not usable, or a warning about a usable one (an IMO number whose check digit fails).</param>
    /// <returns>True when usable.</returns>
    public static bool TryParse(string? text, out QueryIdentifier? identifier, out string? message)
    {
        identifier = null;
        message = null;
        var span = (text ?? string.Empty).AsSpan().Trim();
        if (span.Length > 200)
        {
            message = $"identifier of {span.Length} characters is too long (at most 200)";
            return false;
        }

        IdentifierKind? kind = null;
        string? currency = null;
        string? gluedWhole = null;
        string? labelText = null;
        var whole = span;
        if (Ticker(span, out var tickerLength) is { } ticker)
        {
            (kind, currency) = (IdentifierKind.DigitalCurrencyAddress, ticker);
            span = span[tickerLength..].TrimStart(" :#-");
        }
        else if (IdentifierLabels.Longest(span, glued: true) is { Role: LabelRole.Identifier } label)
        {
            kind = label.Kind;
            labelText = label.Text;
            gluedWhole = whole.ToString();

            span = span[label.Text.Length..].TrimStart(" :#");
            if (kind == IdentifierKind.DigitalCurrencyAddress)
            {
                // Digital Currency Address - XBT 1Aj…
                span = span.TrimStart("- ");
                if (Ticker(span, out tickerLength) is { } t)
                {
                    currency = t;
                    span = span[tickerLength..].TrimStart(" :#-");
                }
            }
            else
            {
                span = span.TrimStart('-').Trim();
            }
        }

        span = WithoutTail(span, out var country);
        if (kind != IdentifierKind.DigitalCurrencyAddress)
        {
            span = WithoutNumberWord(span);
        }


        var number = kind is IdentifierKind.Imo ? IdentifierNumbers.WithoutImoPrefix(span) : span;
        var key = IdentifierNumbers.Key(number, caseSensitive: false);
        if (key.Length == 0)
        {
            message = "identifier without a letter or digit";
            return false;
        }

        // Letters alone are a number only when long enough to be a code (a SWIFT/BIC, a tail number): not "No." or "Iran".
        if (kind is null && !HasDigit(number) && key.Length < 5)
        {
            message = "too short to be a number without a digit (give its kind: Tail Number YI-NAE)";
            return false;
        }

        identifier = new QueryIdentifier(kind, number.ToString()) { Currency = currency, Country = country, GluedWhole = gluedWhole, Label = labelText };
        if (kind == IdentifierKind.Imo && !IdentifierNumbers.ImoCheckDigitValid(key))
        {
            message = $"IMO {number} fails the IMO ship number check digit (screened as given; a company IMO number has another check)";
        }
        else if (kind == IdentifierKind.DigitalCurrencyAddress && IdentifierNumbers.IsCaseSensitiveAddress(number)
            && !IdentifierNumbers.IsBase58(number.Trim()))
        {
            message = $"'{Printable(number)}' is not a valid base58 address (0, O, I and l are not in its alphabet; screened as given)";
        }

        return true;
    }

    /// <summary>Reads several identifiers separated by <c>;</c>; each unusable one adds its message and is skipped, and so does each warning.</summary>
    /// <param name="text">The text.</param>
    /// <param name="messages">Receives one message per unusable identifier or warning.</param>
    /// <returns>The identifiers read.</returns>
    public static IReadOnlyList<QueryIdentifier> ParseList(string? text, ICollection<string> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var ids = new List<QueryIdentifier>();
        foreach (var part in (text ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var ok = TryParse(part, out var id, out var message);
            if (ok)
            {
                ids.Add(id!);
            }

            if (message is not null)
            {
                messages.Add($"identifier '{Printable(part)}': {message}");
            }
        }

        return ids;
    }

    /// <summary>The number without what may follow it, as the lists write it: <c> (Lebanon)</c>, <c> issued 2010</c>, <c> expires …</c>.</summary>
    private static bool HasDigit(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> WithoutTail(ReadOnlySpan<char> span, out string? country)
    {
        country = null;
        foreach (var marker in (ReadOnlySpan<string>)[" expires ", " issued "])
        {
            var at = span.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                span = span[..at].TrimEnd();
            }
        }

        if (span.EndsWith(')') && span.LastIndexOf('(') is var open and >= 0
            && CountryNames.ToIso2(span[(open + 1)..^1].Trim()) is { } iso2)
        {
            country = iso2;
            span = span[..open].TrimEnd();
        }

        return span;
    }

    /// <summary>The number without a leading <c>No.</c>, <c>Nr.</c>, <c>Number</c> or <c>#</c> (<c>passport number K475336</c>).</summary>
    private static ReadOnlySpan<char> WithoutNumberWord(ReadOnlySpan<char> span)
    {
        foreach (var word in (ReadOnlySpan<string>)["number", "no.", "nr.", "no", "nr", "#"])
        {
            if (span.StartsWith(word, StringComparison.OrdinalIgnoreCase) && span.Length > word.Length
                && (span[word.Length] is ' ' or ':' or '.' or '#' || (word[^1] is '.' or '#' && char.IsAsciiDigit(span[word.Length]))))
            {
                // "No." and "#" always introduce a number (No. YI-NAE); "no" and "number" only one with a digit.
                var rest = span[word.Length..].TrimStart(" :.#");
                if (word[^1] is '.' or '#' ? IdentifierNumbers.Key(rest, caseSensitive: false).Length > 0 : rest.IndexOfAnyInRange('0', '9') >= 0)
                {
                    return rest;
                }
            }
        }

        return span;
    }

    private static string? Ticker(ReadOnlySpan<char> span, out int length)
    {
        foreach (var ticker in s_currencies)
        {
            // Glued to what follows only before an address (25 characters or more): SOL123456 is a bare number.
            if (span.StartsWith(ticker, StringComparison.OrdinalIgnoreCase) && span.Length > ticker.Length
                && (span[ticker.Length] is ' ' or ':' or '-' || (char.IsDigit(span[ticker.Length]) && span.Length - ticker.Length >= 25)))
            {
                length = ticker.Length;
                return ticker;
            }
        }

        length = 0;
        return null;
    }

    private static string Printable(ReadOnlySpan<char> text) => text.Length <= 40 ? text.ToString() : text[..40].ToString() + "…";

    /// <summary>A short label for a kind, as shown in summaries.</summary>
    internal static string LabelOf(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Imo => "IMO",
        IdentifierKind.CompanyImo => "company IMO",
        IdentifierKind.Mmsi => "MMSI",
        IdentifierKind.Passport => "passport",
        IdentifierKind.NationalId => "national ID",
        IdentifierKind.TaxId => "tax ID",
        IdentifierKind.Registration => "registration number",
        IdentifierKind.SwiftBic => "SWIFT/BIC",
        IdentifierKind.Lei => "LEI",
        IdentifierKind.DigitalCurrencyAddress => "digital currency address",
        IdentifierKind.AircraftTailNumber => "aircraft tail number",
        IdentifierKind.AircraftSerialNumber => "aircraft serial number",
        IdentifierKind.Duns => "D-U-N-S",
        _ => "identifier",
    };
}
