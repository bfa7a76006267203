using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace EntityScreen.Cli;

/// <summary>
/// The facts a query gives beside its name (dates of birth, nationalities, gender, identifiers), read from the
/// <c>screen</c> options or a <c>batch</c> row. Reading never throws: a value that cannot be read is a warning and is
/// left out, and the query is screened on what remains.
/// </summary>
/// <param name="DatesOfBirth">The dates of birth read.</param>
/// <param name="Nationalities">The nationalities read, as ISO-2 codes (each once).</param>
/// <param name="Gender">The gender read, or unknown.</param>
/// <param name="Identifiers">The usable identifiers read.</param>
/// <param name="Warnings">One message per value left out or read with a doubt, naming where it came from.</param>
internal sealed record QueryFacts(
    IReadOnlyList<BirthDate> DatesOfBirth,
    IReadOnlyList<string> Nationalities,
    Gender Gender,
    IReadOnlyList<QueryIdentifier> Identifiers,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The characters of a value a warning quotes; longer values are cut (a warning stays one short line).</summary>
    private const int QuotedLength = 40;

    /// <summary>Where each fact came from, as a warning names it: <c>--dob</c>, or <c>line 5, column dob</c>.</summary>
    /// <param name="Dob">Where the dates of birth came from.</param>
    /// <param name="Nationality">Where the nationalities came from.</param>
    /// <param name="Gender">Where the gender came from.</param>
    /// <param name="Ids">Where the identifiers came from.</param>
    public sealed record Sources(string Dob, string Nationality, string Gender, string Ids);

    /// <summary>The option names of <c>screen</c>.</summary>
    public static readonly Sources ScreenOptions = new("--dob", "--nationality", "--gender", "--id");

    /// <summary>The column names of a <c>batch</c> row at a line.</summary>
    public static Sources Columns(long line) => new(
        $"line {line}, column dob", $"line {line}, column nationality", $"line {line}, column gender", $"line {line}, column ids");

    /// <summary>
    /// Reads the facts. Each date of birth, nationality or identifier value may hold several separated by <c>;</c>.
    /// </summary>
    /// <param name="dobs">Date of birth values (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>, <c>DD Mon YYYY</c>, <c>circa YYYY</c>, <c>YYYY to YYYY</c>).</param>
    /// <param name="nationalities">Nationality values: ISO 3166 alpha-2 (or alpha-3) codes or English country names.</param>
    /// <param name="gender">The gender (<c>male</c>, <c>female</c>, <c>m</c>, <c>f</c>), or null.</param>
    /// <param name="ids">Identifier values: <c>TYPE NUMBER</c> or a bare number.</param>
    /// <param name="where">Where the values came from, for the warnings.</param>
    /// <param name="warnEmpty">Warn about a value given empty (an option given as <c>--dob ""</c>; an empty CSV cell is no value).</param>
    public static QueryFacts Read(
        IEnumerable<string?> dobs, IEnumerable<string?> nationalities, string? gender, IEnumerable<string?> ids, Sources where, bool warnEmpty)
    {
        var warnings = new List<string>();
        var dates = new List<BirthDate>();
        foreach (var part in Parts(dobs, where.Dob, warnEmpty, warnings))
        {
            if (BirthDate.TryParse(part, out var date, out var error))
            {
                dates.Add(date!);
            }
            else
            {
                warnings.Add($"{where.Dob}: date of birth '{Quote(part)}': {error}; ignored");
            }
        }

        var codes = new List<string>();
        foreach (var part in Parts(nationalities, where.Nationality, warnEmpty, warnings))
        {
            if (TryParseNationality(part, out var code))
            {
                if (!codes.Contains(code!))
                {
                    codes.Add(code!);
                }
            }
            else
            {
                warnings.Add($"{where.Nationality}: nationality '{Quote(part)}' is not an ISO 3166 country code or a country name; ignored");
            }
        }

        var g = Gender.Unknown;
        if (gender is not null && (gender.Trim().Length > 0 || warnEmpty))
        {
            if (!TryParseGender(gender, out g))
            {
                warnings.Add(gender.Trim().Length == 0
                    ? $"{where.Gender}: empty value; ignored"
                    : $"{where.Gender}: gender '{Quote(gender.Trim())}' is not male or female; ignored");
            }
        }

        var identifiers = new List<QueryIdentifier>();
        foreach (var part in Parts(ids, where.Ids, warnEmpty, warnings))
        {
            var usable = QueryIdentifier.TryParse(part, out var identifier, out var message);
            if (usable)
            {
                identifiers.Add(identifier!);
            }

            if (message is not null)
            {
                warnings.Add($"{where.Ids}: identifier '{Quote(part)}': {message}{(usable ? string.Empty : "; ignored")}");
            }
        }

        return new QueryFacts(dates, codes, g, identifiers, warnings);
    }

    /// <summary>True when any fact was read.</summary>
    public bool Any => DatesOfBirth.Count > 0 || Nationalities.Count > 0 || Gender != Gender.Unknown || Identifiers.Count > 0;

    /// <summary>The query with these facts.</summary>
    public ScreeningQuery ApplyTo(ScreeningQuery query) => query with
    {
        DatesOfBirth = DatesOfBirth,
        Nationalities = Nationalities,
        Gender = Gender,
        Identifiers = Identifiers,
    };

    /// <summary>A gender: <c>male</c>, <c>female</c>, <c>m</c> or <c>f</c>, any case; empty is unknown.</summary>
    public static bool TryParseGender(string? value, out Gender gender)
    {
        gender = Gender.Unknown;
        switch (value?.Trim().ToLowerInvariant())
        {
            case "male" or "m":
                gender = Gender.Male;
                return true;
            case "female" or "f":
                gender = Gender.Female;
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A nationality: a two-letter code as <c>--country</c> takes it (<see cref="QueryFields.TryParseCountry"/>), a
    /// three-letter ISO 3166 code (<c>MEX</c>, as passports write it), or an English country name (<c>Mexico</c>,
    /// <c>North Korea</c>), any case.
    /// </summary>
    public static bool TryParseNationality(string? value, out string? iso2)
    {
        iso2 = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (QueryFields.TryParseCountry(value, out iso2) && iso2 is not null)
        {
            return true;
        }

        return s_countryNames.Value.TryGetValue(Fold(value), out iso2);
    }

    /// <summary>A value as a warning quotes it: cut to <see cref="QuotedLength"/> characters (never inside a surrogate pair).</summary>
    public static string Quote(string value)
    {
        if (value.Length <= QuotedLength)
        {
            return value;
        }

        var cut = char.IsHighSurrogate(value[QuotedLength - 1]) ? QuotedLength - 1 : QuotedLength;
        return string.Concat(value.AsSpan(0, cut), "…");
    }

    /// <summary>The parts of the values split on <c>;</c>, trimmed, empty ones dropped (or warned about when given empty).</summary>
    private static IEnumerable<string> Parts(IEnumerable<string?> values, string where, bool warnEmpty, List<string> warnings)
    {
        foreach (var value in values)
        {
            if (value is null)
            {
                continue;
            }

            var parts = value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 && warnEmpty)
            {
                warnings.Add($"{where}: empty value; ignored");
            }

            foreach (var part in parts)
            {
                yield return part;
            }
        }
    }

    /// <summary>
    /// English country names and ISO 3166 alpha-3 codes to alpha-2 codes, from the regions .NET knows (ICU); a name
    /// with a parenthesis is also known by its parts (<c>Myanmar (Burma)</c>), a SAR without its suffix
    /// (<c>Hong Kong</c>). Empty where the runtime has no region data (invariant globalization): codes still work.
    /// </summary>
    private static readonly Lazy<FrozenDictionary<string, string>> s_countryNames = new(BuildCountryNames);

    private static FrozenDictionary<string, string> BuildCountryNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var code = region.TwoLetterISORegionName;
            if (code.Length != 2 || !char.IsAsciiLetter(code[0]) || !char.IsAsciiLetter(code[1]))
            {
                continue;
            }

            code = code.ToUpperInvariant();
            if (region.ThreeLetterISORegionName is { Length: 3 } alpha3 && alpha3.All(char.IsAsciiLetter))
            {
                names.TryAdd(Fold(alpha3), code);
            }

            var name = region.EnglishName;
            names.TryAdd(Fold(name), code);
            var open = name.IndexOf(" (", StringComparison.Ordinal);
            if (open > 0 && name.EndsWith(')'))
            {
                names.TryAdd(Fold(name[..open]), code);
                names.TryAdd(Fold(name[(open + 2)..^1]), code);
            }

            if (name.EndsWith(" SAR China", StringComparison.Ordinal))
            {
                names.TryAdd(Fold(name[..^" SAR China".Length]), code);
            }
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>A name compared without case, accents, and with typographic apostrophes as plain ones.</summary>
    private static string Fold(string name)
    {
        var decomposed = name.Trim().Replace('\u2019', '\'').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
