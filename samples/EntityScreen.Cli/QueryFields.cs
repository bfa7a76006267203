namespace EntityScreen.Cli;

/// <summary>Parses the optional query fields (type, country) of the command line and of batch rows.</summary>
internal static class QueryFields
{
    /// <summary>Parses a party type: organization (company, entity) or person (individual); empty for any.</summary>
    /// <param name="value">The text.</param>
    /// <param name="where">What to name in the error, e.g. <c>--type</c> or <c>line 5, column type</c>.</param>
    /// <param name="vesselAircraft">Also accept <c>vessel</c> (ship) and <c>aircraft</c> (the screening filters; <c>compare</c> scores names of persons or organizations only).</param>
    /// <returns>The type, or null when empty.</returns>
    /// <exception cref="CliException">The text is not a type.</exception>
    public static PartyType? ParseType(string? value, string where, bool vesselAircraft = false)
    {
        if (!TryParseType(value, out var type, vesselAircraft))
        {
            throw new CliException($"{where}: '{value}' is not {TypeChoices(vesselAircraft)}.");
        }

        return type;
    }

    /// <summary>The types accepted, as an error names them.</summary>
    public static string TypeChoices(bool vesselAircraft) =>
        vesselAircraft ? "organization, person, vessel or aircraft" : "organization or person";

    /// <summary>Parses a party type without throwing (any case).</summary>
    public static bool TryParseType(string? value, out PartyType? type, bool vesselAircraft = false)
    {
        type = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        switch (value.Trim().ToLowerInvariant())
        {
            case "organization" or "organisation" or "company" or "entity" or "org":
                type = PartyType.Organization;
                return true;
            case "person" or "individual":
                type = PartyType.Person;
                return true;
            case "vessel" or "ship" when vesselAircraft:
                type = PartyType.Vessel;
                return true;
            case "aircraft" when vesselAircraft:
                type = PartyType.Aircraft;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Parses an ISO 3166 alpha-2 country code; empty for any.</summary>
    /// <exception cref="CliException">The text is not two letters.</exception>
    public static string? ParseCountry(string? value, string where)
    {
        if (!TryParseCountry(value, out var country))
        {
            throw new CliException($"{where}: '{value}' is not an ISO 3166 alpha-2 country code.");
        }

        return country;
    }

    /// <summary>Parses a country code without throwing.</summary>
    public static bool TryParseCountry(string? value, out string? country)
    {
        country = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var v = value.Trim();
        if (v.Length != 2 || !char.IsAsciiLetter(v[0]) || !char.IsAsciiLetter(v[1]))
        {
            return false;
        }

        country = v.ToUpperInvariant();
        return true;
    }
}
