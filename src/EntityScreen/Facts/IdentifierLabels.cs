namespace EntityScreen;

/// <summary>What a label in a list's identifiers names.</summary>
internal enum LabelRole
{
    /// <summary>An identifier of <see cref="IdentifierLabel.Kind"/>.</summary>
    Identifier = 0,

    /// <summary>A person's gender.</summary>
    Gender = 1,

    /// <summary>A published fact that is no identifier (a website, an aircraft model, a sanctions note).</summary>
    Fact = 2,
}

/// <summary>One label of <c>Facts/Resources/identifier-labels.tsv</c>.</summary>
/// <param name="Text">The label as published (<c>Tax ID No.</c>) or as a user may type it (<c>IMO</c>).</param>
/// <param name="Role">Identifier, gender or other fact.</param>
/// <param name="Kind">The identifier kind, for an identifier.</param>
/// <param name="QueryOnly">True for a short label only users type.</param>
internal sealed record IdentifierLabel(string Text, LabelRole Role, IdentifierKind Kind, bool QueryOnly);

/// <summary>
/// The labels lists give identifiers (<c>Passport</c>, <c>Vessel Registration Identification</c>, <c>NIT #</c>) and
/// the short ones users type (<c>IMO</c>, <c>LEI</c>), from the embedded table <c>identifier-labels.tsv</c>, with the
/// longest-label lookup loaders and query parsing share.
/// </summary>
internal static class IdentifierLabels
{
    private const string Resource = "EntityScreen.Facts.identifier-labels.tsv";

    private static readonly Lazy<Dictionary<char, IdentifierLabel[]>> s_byFirstLetter = new(Load);

    /// <summary>
    /// The longest label <paramref name="text"/> starts with (any case), followed by the end, a space or a separator
    /// (<c>:</c>, <c>#</c>, <c>-</c>, <c>,</c>), or, when <paramref name="glued"/>, by a digit of any script (<c>IMO9187629</c>, <c>IMO９１８７６２９</c>).
    /// </summary>
    public static IdentifierLabel? Longest(ReadOnlySpan<char> text, bool glued, bool includeQueryLabels = true)
    {
        if (text.IsEmpty || !s_byFirstLetter.Value.TryGetValue(char.ToLowerInvariant(text[0]), out var labels))
        {
            return null;
        }

        foreach (var label in labels)
        {
            if ((includeQueryLabels || !label.QueryOnly) && text.StartsWith(label.Text, StringComparison.OrdinalIgnoreCase) && Bounded(text, label.Text, glued))
            {
                return label;
            }
        }

        return null;
    }

    /// <summary>Every label, for tests and documentation.</summary>
    public static IEnumerable<IdentifierLabel> All => s_byFirstLetter.Value.Values.SelectMany(l => l);

    private static bool Bounded(ReadOnlySpan<char> text, string label, bool glued)
    {
        if (text.Length == label.Length || !char.IsLetterOrDigit(label[^1]))
        {
            return true;
        }

        var next = text[label.Length];
        return next is ' ' or ':' or '#' or '-' or ',' or '\t' || (glued && char.IsDigit(next));
    }

    private static Dictionary<char, IdentifierLabel[]> Load()
    {
        using var stream = typeof(IdentifierLabels).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream);
        var labels = new List<IdentifierLabel>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 3)
            {
                throw new InvalidOperationException($"{Resource}: expected label, kind and origin: '{line}'");
            }

            var (role, kind) = parts[1] switch
            {
                "imo" => (LabelRole.Identifier, IdentifierKind.Imo),
                "company-imo" => (LabelRole.Identifier, IdentifierKind.CompanyImo),
                "mmsi" => (LabelRole.Identifier, IdentifierKind.Mmsi),
                "passport" => (LabelRole.Identifier, IdentifierKind.Passport),
                "national-id" => (LabelRole.Identifier, IdentifierKind.NationalId),
                "tax-id" => (LabelRole.Identifier, IdentifierKind.TaxId),
                "registration" => (LabelRole.Identifier, IdentifierKind.Registration),
                "swift-bic" => (LabelRole.Identifier, IdentifierKind.SwiftBic),
                "lei" => (LabelRole.Identifier, IdentifierKind.Lei),
                "crypto" => (LabelRole.Identifier, IdentifierKind.DigitalCurrencyAddress),
                "tail-number" => (LabelRole.Identifier, IdentifierKind.AircraftTailNumber),
                "aircraft-serial" => (LabelRole.Identifier, IdentifierKind.AircraftSerialNumber),
                "duns" => (LabelRole.Identifier, IdentifierKind.Duns),
                "other" => (LabelRole.Identifier, IdentifierKind.Other),
                "gender" => (LabelRole.Gender, IdentifierKind.Other),
                "fact" => (LabelRole.Fact, IdentifierKind.Other),
                _ => throw new InvalidOperationException($"{Resource}: unknown kind '{parts[1]}'"),
            };
            labels.Add(new IdentifierLabel(parts[0], role, kind, parts[2] == "query"));
        }

        return labels
            .GroupBy(l => char.ToLowerInvariant(l.Text[0]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.Text.Length).ToArray());
    }
}
