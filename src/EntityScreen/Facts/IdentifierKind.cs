namespace EntityScreen;

/// <summary>What an identifier identifies: the kinds a list publishes and a query may give.</summary>
public enum IdentifierKind
{
    /// <summary>An identifier of a kind none of the others names (ISIN, a Mode S transponder code, a bank's BIK).</summary>
    Other = 0,

    /// <summary>A ship's IMO number (seven digits, the last a check digit).</summary>
    Imo = 1,

    /// <summary>A ship owner's or manager's IMO company number (seven digits; not a ship's).</summary>
    CompanyImo = 2,

    /// <summary>A ship's Maritime Mobile Service Identity (nine digits; changes with the flag).</summary>
    Mmsi = 3,

    /// <summary>A passport or travel document number.</summary>
    Passport = 4,

    /// <summary>A national identity number or card (cedula, C.U.R.P., D.N.I., driver's licence, residence permit).</summary>
    NationalId = 5,

    /// <summary>A tax identifier (Tax ID, NIT, R.F.C., RUC, V.A.T., INN).</summary>
    TaxId = 6,

    /// <summary>A company or business registration number (registration ID, company number, USCC, trade licence).</summary>
    Registration = 7,

    /// <summary>A bank's SWIFT/BIC code.</summary>
    SwiftBic = 8,

    /// <summary>A Legal Entity Identifier (ISO 17442, 20 characters).</summary>
    Lei = 9,

    /// <summary>A digital currency (crypto-asset) address; <see cref="PartyIdentifier.Currency"/> names the currency.</summary>
    DigitalCurrencyAddress = 10,

    /// <summary>An aircraft's registration (tail) number; it changes when the aircraft is re-registered.</summary>
    AircraftTailNumber = 11,

    /// <summary>An aircraft's manufacturer's serial number (MSN) or construction number.</summary>
    AircraftSerialNumber = 12,

    /// <summary>A Dun &amp; Bradstreet D-U-N-S number.</summary>
    Duns = 13,
}

/// <summary>A person's gender where a list publishes it.</summary>
public enum Gender
{
    /// <summary>Not published or not given.</summary>
    Unknown = 0,

    /// <summary>Male.</summary>
    Male = 1,

    /// <summary>Female.</summary>
    Female = 2,
}

/// <summary>Names of identifier kinds as JSON, CSV and evidence write them.</summary>
public static class IdentifierKindNames
{
    /// <summary>The kind's name: <c>imo</c>, <c>company-imo</c>, <c>digital-currency-address</c>, <c>other</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its name.</returns>
    public static string ToName(this IdentifierKind kind) => kind switch
    {
        IdentifierKind.Imo => "imo",
        IdentifierKind.CompanyImo => "company-imo",
        IdentifierKind.Mmsi => "mmsi",
        IdentifierKind.Passport => "passport",
        IdentifierKind.NationalId => "national-id",
        IdentifierKind.TaxId => "tax-id",
        IdentifierKind.Registration => "registration",
        IdentifierKind.SwiftBic => "swift-bic",
        IdentifierKind.Lei => "lei",
        IdentifierKind.DigitalCurrencyAddress => "digital-currency-address",
        IdentifierKind.AircraftTailNumber => "aircraft-tail-number",
        IdentifierKind.AircraftSerialNumber => "aircraft-serial-number",
        IdentifierKind.Duns => "duns",
        _ => "other",
    };
}
