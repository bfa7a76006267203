namespace EntityScreen;

/// <summary>Accumulates one party from one or more source rows, de-duplicating names and values, then builds it.</summary>
internal sealed class PartyBuilder(string id, ListInfo list)
{
    private readonly List<ListedName> _names = [];
    private readonly HashSet<string> _nameKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PartyAddress> _addresses = [];
    private readonly HashSet<string> _addressKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _countries = [];
    private readonly List<string> _programs = [];
    private readonly List<string> _datesOfBirth = [];
    private readonly List<PartyIdentifier> _identifiers = [];
    private readonly List<string> _rowIds = [];
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

    public bool HasNames => _names.Count > 0;

    /// <summary>Adds a name unless it is empty or already present (case-insensitive).</summary>
    public void AddName(string? value, NameKind kind)
    {
        var name = value.AsSpan().Trim();
        if (name.IsEmpty)
        {
            return;
        }

        var text = name.Length == value!.Length ? value : name.ToString();
        if (_nameKeys.Add(text))
        {
            _names.Add(ListedName.Create(text, kind));
        }
    }

    /// <summary>Adds an address (once per text) and its country.</summary>
    public void AddAddress(PartyAddress address)
    {
        if (_addressKeys.Add(address.Text))
        {
            _addresses.Add(address);
        }

        AddCountry(address.Country);
    }

    /// <summary>Adds an ISO-2 country once.</summary>
    public void AddCountry(string? iso2)
    {
        if (iso2 is not null && !_countries.Contains(iso2))
        {
            _countries.Add(iso2);
        }
    }

    public void AddProgram(string program) => AddDistinct(_programs, program);

    public void AddDateOfBirth(string date) => AddDistinct(_datesOfBirth, date);

    public void AddIdentifier(PartyIdentifier identifier)
    {
        if (!_identifiers.Contains(identifier))
        {
            _identifiers.Add(identifier);
        }
    }

    public void AddRowId(string rowId) => _rowIds.Add(rowId);

    /// <summary>Sets a field, replacing any value.</summary>
    public void SetField(string name, string value)
    {
        _fields ??= [];
        _fields[name] = value;
    }

    /// <summary>Sets a field; when the field already has a different value, the new one is appended after <c>"; "</c>.</summary>
    public void MergeField(string name, string value)
    {
        _fields ??= [];
        if (!_fields.TryGetValue(name, out var existing) || existing.Length == 0)
        {
            _fields[name] = value;
        }
        else if (value.Length > 0 && !ContainsSegment(existing, value))
        {
            _fields[name] = existing + ListText.Separator + value;
        }
    }

    public ListedParty Build() => new()
    {
        Id = Id,
        List = List,
        Type = Type,
        TypeInferred = TypeInferred,
        Names = _names.ToArray(),
        Addresses = _addresses.ToArray(),
        Countries = _countries.ToArray(),
        Programs = _programs.ToArray(),
        LegalCitation = LegalCitation,
        StartDate = StartDate,
        EndDate = EndDate,
        LicenseRequirement = LicenseRequirement,
        LicensePolicy = LicensePolicy,
        Remarks = Remarks,
        Title = Title,
        DatesOfBirth = _datesOfBirth.ToArray(),
        Identifiers = _identifiers.ToArray(),
        SourceUrl = SourceUrl,
        SourceRowIds = _rowIds.ToArray(),
        Fields = (IReadOnlyDictionary<string, string>?)_fields ?? new Dictionary<string, string>(),
    };

    private static void AddDistinct(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(value);
        }
    }

    private static bool ContainsSegment(string joined, string value)
    {
        foreach (var range in joined.AsSpan().Split(ListText.Separator))
        {
            if (joined.AsSpan(range).SequenceEqual(value))
            {
                return true;
            }
        }

        return false;
    }
}
