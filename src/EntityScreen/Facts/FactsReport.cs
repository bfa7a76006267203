namespace EntityScreen;

/// <summary>A remarks item, <c>ids</c> entry or date the loader could not type: kept as published on the party, and listed here.</summary>
/// <param name="File">The file's path.</param>
/// <param name="Line">The 1-based line of the party's row.</param>
/// <param name="PartyId">The party it belongs to.</param>
/// <param name="Column">The column it came from (<c>Remarks</c>, <c>ids</c>, <c>dates_of_birth</c>).</param>
/// <param name="Text">The text as published.</param>
/// <param name="Reason">Why it was not typed.</param>
public sealed record UnparsedFact(string File, long Line, string PartyId, string Column, string Text, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}, column {Column}: {PartyId}: {Reason}: '{Text}'";
}

/// <summary>
/// What one file's facts beyond names became: every date of birth and identifier the file publishes is typed here or
/// listed in <see cref="Unparsed"/>, never dropped.
/// </summary>
public sealed record FactsReport
{
    /// <summary>An empty report (a file with no facts).</summary>
    public static FactsReport Empty { get; } = new();

    /// <summary>Dates of birth read as dates (before de-duplication per party).</summary>
    public int DatesOfBirth { get; init; }

    /// <summary>Identifiers read, per kind (before de-duplication per party).</summary>
    public IReadOnlyDictionary<IdentifierKind, int> Identifiers { get; init; } = new Dictionary<IdentifierKind, int>();

    /// <summary>Identifiers read, all kinds.</summary>
    public int IdentifiersTotal => Identifiers.Values.Sum();

    /// <summary>Nationality and citizenship statements read.</summary>
    public int Nationalities { get; init; }

    /// <summary>Gender statements read.</summary>
    public int Genders { get; init; }

    /// <summary>Other labelled facts kept (websites, aircraft models, sanctions notes, places of birth).</summary>
    public int OtherFacts { get; init; }

    /// <summary>Free-text remarks items with no number and no known label, kept in the remarks (<c>ICTY indictee</c>).</summary>
    public int FreeTextRemarks { get; init; }

    /// <summary>What could not be typed, with where and why.</summary>
    public IReadOnlyList<UnparsedFact> Unparsed { get; init; } = [];
}

/// <summary>Counts one file's facts while it is read.</summary>
internal sealed class FactTally(string file)
{
    private readonly Dictionary<IdentifierKind, int> _identifiers = [];
    private readonly List<UnparsedFact> _unparsed = [];
    private int _datesOfBirth, _nationalities, _genders, _otherFacts, _freeText;

    public void DateOfBirth() => _datesOfBirth++;

    public void Identifier(IdentifierKind kind) => _identifiers[kind] = _identifiers.GetValueOrDefault(kind) + 1;

    public void Nationality() => _nationalities++;

    public void Gender() => _genders++;

    public void OtherFact() => _otherFacts++;

    public void FreeText() => _freeText++;

    public void Unparsed(PartyBuilder party, string column, string text, string reason)
    {
        party.AddUnparsed(text);
        _unparsed.Add(new UnparsedFact(file, party.Line, party.Id, column, text, reason));
    }

    public FactsReport ToReport() => new()
    {
        DatesOfBirth = _datesOfBirth,
        Identifiers = new Dictionary<IdentifierKind, int>(_identifiers),
        Nationalities = _nationalities,
        Genders = _genders,
        OtherFacts = _otherFacts,
        FreeTextRemarks = _freeText,
        Unparsed = _unparsed.ToArray(),
    };
}
