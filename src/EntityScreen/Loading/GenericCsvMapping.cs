namespace EntityScreen;

/// <summary>
/// How to read an in-house CSV list with <see cref="ListLoader.LoadGeneric(string, GenericCsvMapping)"/>: which header
/// columns hold the name, aliases, id, type and country, and which list the rows belong to. Columns are matched by
/// header name, ignoring case; every column not mapped here is kept in <see cref="ListedParty.Fields"/>.
/// </summary>
public sealed class GenericCsvMapping
{
    /// <summary>The column holding the primary name (required).</summary>
    public required string NameColumn { get; init; }

    /// <summary>Columns holding aliases (<see cref="NameKind.Aka"/>); each may hold several, split on <see cref="AliasSeparator"/>.</summary>
    public IReadOnlyList<string> AliasColumns { get; init; } = [];

    /// <summary>The separator between aliases inside one alias column. Defaults to <c>;</c>.</summary>
    public string AliasSeparator { get; init; } = ";";

    /// <summary>The column holding a stable row id; when null the party id uses the line number.</summary>
    public string? IdColumn { get; init; }

    /// <summary>The column holding the party type (<c>person</c>/<c>individual</c>, <c>organization</c>/<c>entity</c>/<c>company</c>, <c>vessel</c>, <c>aircraft</c>); inferred from the name when null or empty.</summary>
    public string? TypeColumn { get; init; }

    /// <summary>The column holding the party's country: an ISO-2 code or an English country name.</summary>
    public string? CountryColumn { get; init; }

    /// <summary>The list code every row belongs to, e.g. <c>INTERNAL</c>.</summary>
    public required string ListCode { get; init; }

    /// <summary>The list's full name; defaults to <see cref="ListCode"/>.</summary>
    public string? ListName { get; init; }

    /// <summary>The field delimiter. Defaults to <c>,</c>.</summary>
    public char Delimiter { get; init; } = ',';
}
