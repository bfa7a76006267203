namespace EntityScreen;

/// <summary>Accumulates one party from one or more source rows, de-duplicating names and values, then builds it.</summary>
internal sealed class PartyBuilder(string id, ListInfo list)
{
    /// <summary>The fields of a party built without any (one shared instance; a snapshot reads it back as this one).</summary>
    internal static IReadOnlyDictionary<string, string> NoFields { get; } = new Dictionary<string, string>();

    private readonly List<ListedName> _names = [];
    private List<PartyAddress>? _addresses;
    private List<string>? _countries;
    private List<string>? _programs;
    private List<string>? _datesOfBirth;
    private List<PartyIdentifier>? _identifiers;
    private List<string>? _identifierKeys;
    private List<BirthDate>? _birthDates;
    private List<string>? _nationalities;
    private List<PartyFact>? _facts;
    private List<string>? _unparsed;
    private string? _firstRowId;
    private List<string>? _moreRowIds;
    private RowFields? _rowFields;
    private Dictionary<string, string>? _fields;

    public string Id { get; } = id;

    public ListInfo List { get; } = list;

    public PartyType Type { get; set; }

    public bool TypeInferred { get; set; }

    public string? LegalCitation { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? LicenseRequirement { get; set; }

    public string? LicensePolicy { get; set; }

    public string? Remarks { get; set; }

    public string? Title { get; set; }

    public string? SourceUrl { get; set; }

    public Gender Gender { get; set; }

    /// <summary>The 1-based line of the party's first source row, naming it in the load report's unparsed facts.</summary>
    public long Line { get; set; }

    public bool HasNames => _names.Count > 0;

    /// <summary>Adds a name unless it is empty or already present (case-insensitive).</summary>
    public void AddName(string? value, NameKind kind)
    {
        var name = value.AsSpan().Trim();
        if (name.IsEmpty)
        {
            return;
        }

        foreach (var existing in _names)
        {
            if (name.Equals(existing.Value, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        _names.Add(ListedName.Create(name.Length == value!.Length ? value : name.ToString(), kind));
    }

    /// <summary>Adds an address (once per text) and its country.</summary>
    public void AddAddress(PartyAddress address)
    {
        _addresses ??= [];
        if (!ContainsAddress(_addresses, address.Text))
        {
            _addresses.Add(address);
        }

        AddCountry(address.Country);
    }

    /// <summary>Adds an ISO-2 country once.</summary>
    public void AddCountry(string? iso2)
    {
        if (iso2 is not null && !(_countries ??= []).Contains(iso2))
        {
            _countries.Add(iso2);
        }
    }

    public void AddProgram(string program) => AddDistinct(_programs ??= [], program);

    public void AddDateOfBirth(string date) => AddDistinct(_datesOfBirth ??= [], date);

    /// <summary>Adds a date of birth read as a range, once.</summary>
    public void AddBirthDate(BirthDate date)
    {
        foreach (var existing in _birthDates ??= [])
        {
            if (existing.From == date.From && existing.To == date.To)
            {
                return;
            }
        }

        _birthDates.Add(date);
    }

    /// <summary>Adds a nationality or citizenship (ISO-2) once, and the country.</summary>
    public void AddNationality(string? iso2)
    {
        if (iso2 is not null && !(_nationalities ??= []).Contains(iso2))
        {
            _nationalities.Add(iso2);
        }

        AddCountry(iso2);
    }

    public void AddFact(PartyFact fact)
    {
        if (!(_facts ??= []).Contains(fact))
        {
            _facts.Add(fact);
        }
    }

    public void AddUnparsed(string text) => AddDistinct(_unparsed ??= [], text);

    /// <summary>
    /// Adds an identifier unless one of the same label, kind and number is there (the CSL's remarks repeat its ids), in which
    /// case a country or dates the first lacked are filled in.
    /// </summary>
    public void AddIdentifier(PartyIdentifier identifier)
    {
        _identifiers ??= [];
        _identifierKeys ??= [];
        var key = IdentifierNumbers.Key(identifier.Number, caseSensitive: true);
        for (var i = 0; i < _identifiers.Count; i++)
        {
            var existing = _identifiers[i];
            if (existing.Kind == identifier.Kind && existing.Currency == identifier.Currency
                && string.Equals(existing.Type, identifier.Type, StringComparison.OrdinalIgnoreCase)
                && _identifierKeys[i] == key)
            {
                _identifiers[i] = existing with
                {
                    Country = existing.Country ?? identifier.Country,
                    Issued = existing.Issued ?? identifier.Issued,
                    Expires = existing.Expires ?? identifier.Expires,
                };
                return;
            }
        }

        _identifiers.Add(identifier);
        _identifierKeys.Add(key);
    }

    /// <summary>Adds a source row id; most parties have one row, kept without a list.</summary>
    public void AddRowId(string rowId)
    {
        if (_firstRowId is null && _moreRowIds is null)
        {
            _firstRowId = rowId;
        }
        else
        {
            (_moreRowIds ??= [_firstRowId!]).Add(rowId);
        }
    }

    /// <summary>Sets a field, replacing any value.</summary>
    public void SetField(string name, string value) => Fields()[name] = value;

    /// <summary>
    /// Adds the columns of a source row. The first row is kept as is; for later rows each differing value is
    /// appended to the field after <c>"; "</c>.
    /// </summary>
    public void MergeRow(CsvHeader header, string[] values)
    {
        if (_rowFields is null && _fields is null)
        {
            _rowFields = new RowFields(header, values);
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            MergeField(header.Names[i], values[i]);
        }
    }

    /// <summary>Sets a field; when the field already has a different value, the new one is appended after <c>"; "</c>.</summary>
    public void MergeField(string name, string value)
    {
        var fields = Fields();
        if (!fields.TryGetValue(name, out var existing) || existing.Length == 0)
        {
            fields[name] = value;
        }
        else if (value.Length > 0 && !ListText.ContainsSegment(existing, value))
        {
            fields[name] = existing + ListText.Separator + value;
        }
    }

    /// <summary>The mutable field table, seeded from the first row's columns when there was one.</summary>
    private Dictionary<string, string> Fields()
    {
        if (_fields is null)
        {
            _fields = _rowFields is null ? [] : new Dictionary<string, string>(_rowFields);
            _rowFields = null;
        }

        return _fields;
    }

    public ListedParty Build() => new()
    {
        Id = Id,
        List = List,
        Type = Type,
        TypeInferred = TypeInferred,
        Names = _names.ToArray(),
        Addresses = ToArray(_addresses),
        Countries = ToArray(_countries),
        Programs = ToArray(_programs),
        LegalCitation = LegalCitation,
        StartDate = StartDate,
        EndDate = EndDate,
        LicenseRequirement = LicenseRequirement,
        LicensePolicy = LicensePolicy,
        Remarks = Remarks,
        Title = Title,
        DatesOfBirth = ToArray(_datesOfBirth),
        BirthDates = ToArray(_birthDates),
        Nationalities = ToArray(_nationalities),
        Gender = Gender,
        Identifiers = ToArray(_identifiers),
        Facts = ToArray(_facts),
        UnparsedFacts = ToArray(_unparsed),
        SourceUrl = SourceUrl,
        SourceRowIds = _moreRowIds is not null ? _moreRowIds.ToArray() : _firstRowId is not null ? [_firstRowId] : [],
        Fields = (IReadOnlyDictionary<string, string>?)_fields ?? (IReadOnlyDictionary<string, string>?)_rowFields ?? NoFields,
    };

    private static T[] ToArray<T>(List<T>? list) => list is null ? [] : list.ToArray();

    private static void AddDistinct(List<string> list, string value)
    {
        foreach (var existing in list)
        {
            if (existing.Equals(value, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        list.Add(value);
    }

    private static bool ContainsAddress(List<PartyAddress> addresses, string text)
    {
        foreach (var a in addresses)
        {
            if (a.Text.Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
