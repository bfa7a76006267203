namespace EntityScreen;

/// <summary>One name of a listed party, as published.</summary>
/// <param name="Value">The name as the list publishes it (cleaned of list artefacts, not normalized).</param>
/// <param name="Kind">Primary name or which kind of alias.</param>
/// <param name="Script">The dominant script of <paramref name="Value"/>.</param>
public sealed record ListedName(string Value, NameKind Kind, NameScript Script)
{
    /// <summary>Creates a name and detects its script.</summary>
    /// <param name="value">The name.</param>
    /// <param name="kind">Primary or alias kind.</param>
    /// <returns>The name, with <see cref="Script"/> detected from its letters.</returns>
    public static ListedName Create(string value, NameKind kind) =>
        new(value, kind, ScriptDetector.Detect(value));

    /// <summary>
    /// The alias overlay that added this name, or null for a name the list itself publishes. A match made through
    /// such a name is a match the list alone would not make: <see cref="Citation"/> says where the name comes from.
    /// </summary>
    public AliasOverlayIdentity? Overlay { get; init; }

    /// <summary>For a name from an overlay, the overlay row's source (a URL or another public citation); else null.</summary>
    public string? Citation { get; init; }

    /// <summary>True when the name came from an alias overlay, not from the list.</summary>
    public bool FromOverlay => Overlay is not null;
}

/// <summary>A postal address of a listed party.</summary>
/// <param name="Text">The full address text as published.</param>
/// <param name="City">The city, where the list gives it separately.</param>
/// <param name="Country">ISO 3166 alpha-2 country code, upper case, where known.</param>
public sealed record PartyAddress(string Text, string? City, string? Country);

/// <summary>A typed identifier (passport, registration number, tax id, IMO number ...).</summary>
/// <param name="Type">The identifier's type as published, e.g. <c>Passport</c>.</param>
/// <param name="Number">The identifier value as published, without its label (<c>9187629</c> for <c>IMO 9187629</c>).</param>
/// <param name="Country">ISO-2 issuing country where known, else the published country text or null.</param>
public sealed record PartyIdentifier(string Type, string Number, string? Country)
{
    /// <summary>What it identifies, read from <see cref="Type"/> (and, for an IMO number, from the number).</summary>
    public IdentifierKind Kind { get; init; }

    /// <summary>For a digital currency address, the currency as published (<c>XBT</c>, <c>ETH</c>, <c>USDT</c>); else null.</summary>
    public string? Currency { get; init; }

    /// <summary>The issue date as published (<c>14 Dec 2005</c>, <c>2005-12-14</c>), where given.</summary>
    public string? Issued { get; init; }

    /// <summary>The expiry date as published, where given.</summary>
    public string? Expires { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        Kind == IdentifierKind.DigitalCurrencyAddress && Currency is not null ? $"{Type} - {Currency} {Number}"
        : Country is null ? $"{Type} {Number}" : $"{Type} {Number} ({Country})";
}

/// <summary>A fact a list publishes that is not a name, a date of birth or an identifier (a website, an aircraft model, a sanctions note).</summary>
/// <param name="Label">The label as published (<c>Website</c>, <c>Aircraft Model</c>).</param>
/// <param name="Value">The value as published.</param>
public sealed record PartyFact(string Label, string Value);
