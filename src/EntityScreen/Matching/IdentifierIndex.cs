namespace EntityScreen;

/// <summary>A listed identifier a query's identifier equals.</summary>
/// <param name="Party">The party's index in the screener.</param>
/// <param name="Listed">The listed identifier.</param>
/// <param name="Query">The query's identifier.</param>
/// <param name="Typed">True when the query gave a kind compatible with the listed one (not a bare number, not another kind).</param>
internal readonly record struct IdentifierHit(int Party, PartyIdentifier Listed, QueryIdentifier Query, bool Typed);

/// <summary>
/// The listed identifiers by their key (<see cref="IdentifierNumbers.Key"/>): an identifier lookup is one hash probe
/// per query identifier beside the name index, never a scan. Immutable once built.
/// </summary>
internal sealed class IdentifierIndex
{
    private readonly Dictionary<string, (int Party, PartyIdentifier Listed, string? ExactKey)[]> _byKey;

    public IdentifierIndex(IReadOnlyList<ListedParty> parties)
        : this(Each(parties))
    {
    }

    /// <summary>The index of the given identifiers, each with its party's index, in party order.</summary>
    public IdentifierIndex(IEnumerable<(int Party, PartyIdentifier Identifier)> identifiers)
    {
        var byKey = new Dictionary<string, List<(int, PartyIdentifier, string?)>>(StringComparer.Ordinal);
        foreach (var (p, id) in identifiers)
        {
            var key = IdentifierNumbers.Key(id.Number, caseSensitive: false);
            if (key.Length == 0)
            {
                continue;
            }

            // A base58 address (Bitcoin legacy, Tron) must also agree in case: 1A1z… is not 1a1Z….
            var exact = id.Kind == IdentifierKind.DigitalCurrencyAddress && IdentifierNumbers.IsCaseSensitiveAddress(id.Number)
                ? IdentifierNumbers.Key(id.Number, caseSensitive: true)
                : null;
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey.Add(key, list = []);
            }

            list.Add((p, id, exact));
        }

        _byKey = byKey.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        Count = _byKey.Values.Sum(v => v.Length);
    }

    private static IEnumerable<(int Party, PartyIdentifier Identifier)> Each(IReadOnlyList<ListedParty> parties)
    {
        for (var p = 0; p < parties.Count; p++)
        {
            foreach (var id in parties[p].Identifiers)
            {
                yield return (p, id);
            }
        }
    }

    /// <summary>Listed identifiers indexed.</summary>
    public int Count { get; }

    /// <summary>
    /// The minimum key length of a bare number: one character identifies nothing. Aircraft serial and construction
    /// numbers of two or three digits are listed (MSN 436); a bare one finds them in the review band, with the kind shown.
    /// </summary>
    public const int MinBareKeyLength = 2;

    /// <summary>Adds every listed identifier <paramref name="query"/> equals to <paramref name="hits"/>.</summary>
    public void Lookup(QueryIdentifier query, List<IdentifierHit> hits)
    {
        Lookup(query, query.Kind is IdentifierKind.Imo or IdentifierKind.CompanyImo ? IdentifierNumbers.WithoutImoPrefix(query.Number) : query.Number, hits);

        // A label glued to a number may be part of it (BIC850101AB1 is a Mexican R.F.C.): the whole text is also a bare number.
        if (query.GluedWhole is { } whole)
        {
            Lookup(new QueryIdentifier(null, whole), whole, hits);
        }
    }

    private void Lookup(QueryIdentifier query, ReadOnlySpan<char> number, List<IdentifierHit> hits)
    {
        var key = IdentifierNumbers.Key(number, caseSensitive: false);
        if (key.Length == 0 || (query.Kind is null && key.Length < MinBareKeyLength) || !_byKey.TryGetValue(key, out var listed))
        {
            return;
        }

        string? exact = null;
        foreach (var (party, id, exactKey) in listed)
        {
            if (exactKey is not null && exactKey != (exact ??= IdentifierNumbers.Key(number, caseSensitive: true)))
            {
                continue;
            }

            var typed = query.Kind is { } kind
                && (Compatible(kind, id.Kind) || (kind == IdentifierKind.Other && id.Kind == IdentifierKind.Other
                    && string.Equals(query.Label, id.Type, StringComparison.OrdinalIgnoreCase)));
            hits.Add(new IdentifierHit(party, id, query, typed));
        }
    }

    /// <summary>
    /// True when a query's kind and a listed kind name the same thing: the same kind; a ship's and a company's IMO
    /// number (users write both as IMO); a registration and a tax number (one number in many countries, China's USCC
    /// among them). A listed identifier of kind other (a bank's BIK, a national vessel registration) is compatible with
    /// no kind: a typed query equal to it counts as a bare number, unless it gave the same label (ISIN and ISIN).
    /// </summary>
    public static bool Compatible(IdentifierKind query, IdentifierKind listed) =>
        listed != IdentifierKind.Other
        && (query == listed
            || (query is IdentifierKind.Imo or IdentifierKind.CompanyImo && listed is IdentifierKind.Imo or IdentifierKind.CompanyImo)
            || (query is IdentifierKind.Registration or IdentifierKind.TaxId && listed is IdentifierKind.Registration or IdentifierKind.TaxId));
}
