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
}

/// <summary>A postal address of a listed party.</summary>
/// <param name="Text">The full address text as published.</param>
/// <param name="City">The city, where the list gives it separately.</param>
/// <param name="Country">ISO 3166 alpha-2 country code, upper case, where known.</param>
public sealed record PartyAddress(string Text, string? City, string? Country);

/// <summary>A typed identifier (passport, registration number, tax id, IMO number ...).</summary>
/// <param name="Type">The identifier's type as published, e.g. <c>Passport</c>.</param>
/// <param name="Number">The identifier value.</param>
/// <param name="Country">ISO-2 issuing country where known, else the published country text or null.</param>
public sealed record PartyIdentifier(string Type, string Number, string? Country);
