using System.Collections;
using static EntityScreen.Snapshots.ListsCodec;

namespace EntityScreen.Snapshots;

/// <summary>
/// One list's parties read from a snapshot (<see cref="ListsCodec"/>): party <c>i</c> is built from the snapshot's
/// arrays on first access and kept, the same instance for every thread and every later access.
/// </summary>
internal sealed class LazyParties : IReadOnlyList<ListedParty>
{
    internal LazyParties(PartyStore store, int offset, int count)
    {
        Store = store;
        Offset = offset;
        Count = count;
    }

    /// <summary>The parties of all the snapshot's lists, this list's among them.</summary>
    internal PartyStore Store { get; }

    /// <summary>The index in <see cref="Store"/> of this list's first party.</summary>
    internal int Offset { get; }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public ListedParty this[int index] =>
        (uint)index < (uint)Count ? Store.Get(Offset + index) : throw new ArgumentOutOfRangeException(nameof(index), index, "No party at this index.");

    /// <inheritdoc />
    public IEnumerator<ListedParty> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return Store.Get(Offset + i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// The parties of a snapshot's lists, all lists together, as read: the flat arrays <see cref="ListsCodec"/> writes
/// (a party's items are the next <c>count</c> of their kind), with a checkpoint of every cursor at each 16th party so
/// that any party is found, then built, in the time of at most 16 parties' counts and its own items
/// (<see cref="Get"/>). Strings are decoded when a party that holds them is built (<see cref="SnapshotStrings"/>).
/// </summary>
/// <remarks>
/// <para>
/// Nothing a build reads is left unchecked: the constructor checks every count (each fits what its kind has left;
/// together they use every item, every large count and every name overlay exactly), every string id, list id, overlay
/// id, day number, flag and fields' kind and key sequence (a dictionary's keys distinct under its comparer), in one
/// pass over the counts and one over each array. So building any party of a store that was constructed cannot throw,
/// whatever the file's bytes: not because its checksum was compared (anyone can write a file with a correct one), but
/// because everything a build indexes or converts was checked here. Values a build only copies (an enum held as a
/// byte or an int) need no check: every value is kept exactly, as it was written.
/// </para>
/// <para>
/// The store is safe to share across threads: its arrays are never written after the constructor, and a party or a
/// string built by two threads at once is published once (<see cref="Interlocked.CompareExchange{T}(ref T, T, T)"/>),
/// so every caller gets the same instance.
/// </para>
/// </remarks>
internal sealed class PartyStore
{
    private const int BlockShift = 4;
    private const int BlockMask = (1 << BlockShift) - 1;

    /// <summary>
    /// A checkpoint's slots: the cursor of each kind of item counted (by <see cref="C"/>, in items), then of the name
    /// overlays, of the field values and of the large counts.
    /// </summary>
    private const int SlotExtras = CountStride, SlotFieldValues = CountStride + 1, SlotOverflow = CountStride + 2, Slots = CountStride + 3;

    /// <summary>The ints per item of each kind counted, by <see cref="C"/>.</summary>
    private static readonly int[] s_strides = [1, AddressStride, 1, 1, 1, BirthDateStride, 1, IdentifierStride, FactStride, 1, 1];

    private static readonly string[] s_kinds =
        ["names", "addresses", "countries", "programs", "dates of birth", "birth dates", "nationalities", "identifiers", "facts", "unparsed facts", "source row ids"];

    private readonly SnapshotStrings _strings;
    private readonly ListInfo[] _lists;
    private readonly AliasOverlayIdentity[] _overlays;
    private readonly string[][] _keySequences;
    private readonly CsvHeader?[] _headers;
    private readonly int[] _parties;
    private readonly byte[] _partyBytes;
    private readonly byte[] _counts;
    private readonly int[] _overflow;

    /// <summary>The items of each kind counted, by <see cref="C"/>.</summary>
    private readonly int[][] _items;
    private readonly byte[] _nameBytes;
    private readonly int[] _nameExtras;
    private readonly int[] _fieldValues;

    /// <summary>The cursors (<see cref="Slots"/> of them) before parties 0, 16, 32, ….</summary>
    private readonly int[] _checkpoints;
    private readonly ListedParty?[] _built;
    private readonly Lazy<(int[] Starts, int[] Ids)> _filterCountries;
    private int _builtCount;

    /// <summary>Takes the arrays as read and checks everything a build will use (see the remarks).</summary>
    /// <exception cref="SnapshotException">An array is damaged.</exception>
    public PartyStore(PartyArrays arrays, SnapshotStrings strings, ListInfo[] lists, AliasOverlayIdentity[] overlays, string[][] keySequences)
    {
        _strings = strings;
        _lists = lists;
        _overlays = overlays;
        _keySequences = keySequences;
        _parties = arrays.Parties;
        _partyBytes = arrays.PartyBytes;
        _counts = arrays.Counts;
        _overflow = arrays.CountOverflow;
        _items = [arrays.Names, arrays.Addresses, arrays.Countries, arrays.Programs, arrays.DatesOfBirth, arrays.BirthDates, arrays.Nationalities, arrays.Identifiers, arrays.Facts, arrays.Unparsed, arrays.RowIds];
        _nameBytes = arrays.NameBytes;
        _nameExtras = arrays.NameExtras;
        _fieldValues = arrays.FieldValues;

        Count = _parties.Length / PartyStride;
        for (var k = 0; k < CountStride; k++)
        {
            Whole(_items[k], s_strides[k], s_kinds[k]);
        }

        Whole(_nameExtras, NameExtraStride, "name overlays and citations");
        if (_parties.Length % PartyStride != 0 || _partyBytes.Length != (long)Count * PartyByteStride
            || _counts.Length != (long)Count * CountStride || _nameBytes.Length != (long)_items[C.Names].Length * NameByteStride)
        {
            throw Damaged("the party arrays are not whole");
        }

        _checkpoints = new int[((Count + BlockMask) >> BlockShift) * Slots];
        _headers = new CsvHeader?[keySequences.Length];
        CheckCounts();
        CheckValues();
        _built = new ListedParty?[Count];
        _filterCountries = new(FilterCountries);
    }

    /// <summary>Parties in all lists.</summary>
    public int Count { get; }

    /// <summary>
    /// The store of <paramref name="lists"/> when they are all the lists of one snapshot, as read
    /// (<see cref="ListsCodec.Read"/>): each list's parties the next ones of one store, every party in one list; else null.
    /// </summary>
    public static PartyStore? Of(IReadOnlyList<ListSnapshot> lists)
    {
        PartyStore? store = null;
        var next = 0;
        foreach (var list in lists)
        {
            if (list.Parties is not LazyParties lazy || (store is not null && lazy.Store != store) || lazy.Offset != next)
            {
                return null;
            }

            store = lazy.Store;
            next += lazy.Count;
        }

        return store is not null && next == store.Count ? store : null;
    }

    /// <summary>
    /// The parties built so far, by index (null for one not built yet): read it, then call <see cref="Get"/> only
    /// for a null, to reach a built party with one array read.
    /// </summary>
    public ListedParty?[] Built => _built;

    /// <summary>How many parties have been built (for tests).</summary>
    public int BuiltCount => Volatile.Read(ref _builtCount);

    /// <summary>Party <paramref name="index"/>, built on first access.</summary>
    public ListedParty Get(int index) => _built[index] ?? Build(index);

    /// <summary>Party <paramref name="index"/>'s id, without building it.</summary>
    public string IdOf(int index) => _strings[_parties[(index * PartyStride) + P.Id]];

    /// <summary>Party <paramref name="index"/>'s list code, without building it.</summary>
    public string ListCodeOf(int index) => _lists[_parties[(index * PartyStride) + P.List]].Code;

    /// <summary>Party <paramref name="index"/>'s type, without building it.</summary>
    public PartyType TypeOf(int index) => (PartyType)_partyBytes[(index * PartyByteStride) + B.Type];

    /// <summary>How many names party <paramref name="index"/> has, without building it.</summary>
    public int NameCountOf(int index)
    {
        var count = _counts[(index * CountStride) + C.Names];
        if (count != CountEscape)
        {
            return count;
        }

        Span<int> at = stackalloc int[Slots];
        Cursors(index, at);
        return _overflow[at[SlotOverflow]];
    }

    /// <summary>
    /// True when party <paramref name="index"/> has no country (of its own or of an address), or has
    /// <paramref name="country"/> (case-insensitive): the screener's country filter, without building the party.
    /// </summary>
    public bool HasCountryOrNone(int index, string country)
    {
        var (starts, ids) = _filterCountries.Value;
        var (from, to) = (starts[index], starts[index + 1]);
        if (from == to)
        {
            return true;
        }

        for (var i = from; i < to; i++)
        {
            if (string.Equals(_strings[ids[i]], country, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every party's birth dates' ranges, in party order, without building the parties.</summary>
    public void ForEachBirthDate(Action<int, DateOnly, DateOnly> action)
    {
        var data = _items[C.BirthDates];
        Walk((party, at, counts) =>
        {
            for (var i = 0; i < counts[C.BirthDates]; i++)
            {
                var d = (at[C.BirthDates] + i) * BirthDateStride;
                action(party, DateOnly.FromDayNumber(data[d]), DateOnly.FromDayNumber(data[d + 1]));
            }
        });
    }

    /// <summary>Every party's identifiers (equal to the built parties' ones), in party order, without building the parties.</summary>
    public List<(int Party, PartyIdentifier Identifier)> Identifiers()
    {
        var identifiers = new List<(int, PartyIdentifier)>();
        Walk((party, at, counts) =>
        {
            for (var i = 0; i < counts[C.Identifiers]; i++)
            {
                identifiers.Add((party, Identifier((at[C.Identifiers] + i) * IdentifierStride)));
            }
        });
        return identifiers;
    }

    private static SnapshotException Damaged(string what) => new("damaged lists: " + what);

    private static void Whole(int[] items, int stride, string what)
    {
        if (items.Length % stride != 0)
        {
            throw Damaged($"the {what} are not whole");
        }
    }

    private ListedParty Build(int index)
    {
        var party = Decode(index);
        var published = Interlocked.CompareExchange(ref _built[index], party, null);
        if (published is not null)
        {
            return published;
        }

        Interlocked.Increment(ref _builtCount);
        return party;
    }

    /// <summary>
    /// One pass over the counts: each within what its kind has left, every item, large count, name overlay and
    /// field value used exactly; names' overlay flags and fields' kinds and key sequences valid; the checkpoints made.
    /// </summary>
    private void CheckCounts()
    {
        Span<int> at = stackalloc int[Slots];
        Span<int> available = stackalloc int[CountStride];
        for (var k = 0; k < CountStride; k++)
        {
            available[k] = _items[k].Length / s_strides[k];
        }

        var dictionariesChecked = new HashSet<long>();
        for (var p = 0; p < Count; p++)
        {
            if ((p & BlockMask) == 0)
            {
                at.CopyTo(_checkpoints.AsSpan((p >> BlockShift) * Slots, Slots));
            }

            var firstName = at[C.Names];
            for (var k = 0; k < CountStride; k++)
            {
                int count = _counts[(p * CountStride) + k];
                if (count == CountEscape)
                {
                    if (at[SlotOverflow] == _overflow.Length || _overflow[at[SlotOverflow]] < CountEscape)
                    {
                        throw Damaged("a large count is missing or small");
                    }

                    count = _overflow[at[SlotOverflow]++];
                }

                if (count > available[k] - at[k])
                {
                    throw Damaged(FormattableString.Invariant($"a party claims {count} {s_kinds[k]}, {available[k] - at[k]} are left"));
                }

                at[k] += count;
            }

            for (var n = firstName; n < at[C.Names]; n++)
            {
                var extra = _nameBytes[(n * NameByteStride) + 2];
                if (extra > 1)
                {
                    throw Damaged(FormattableString.Invariant($"a flag of value {extra}"));
                }

                at[SlotExtras] += extra;
            }

            var kind = _partyBytes[(p * PartyByteStride) + B.FieldsKind];
            var keys = _parties[(p * PartyStride) + P.FieldsKeys];
            if (kind == FieldsNone)
            {
                if (keys != -1)
                {
                    throw Damaged("fields of no kind with keys");
                }

                continue;
            }

            if ((uint)keys >= (uint)_keySequences.Length)
            {
                throw Damaged(FormattableString.Invariant($"key sequence id {keys} of {_keySequences.Length}"));
            }

            var names = _keySequences[keys];
            if (kind == FieldsRow)
            {
                _headers[keys] ??= CsvHeader.FromNames(names);
            }
            else if (kind is < FieldsDictionary or > FieldsDictionary + ComparerIgnoreCase)
            {
                throw Damaged(FormattableString.Invariant($"fields of kind {kind}"));
            }
            else if (dictionariesChecked.Add(((long)keys * 4) + kind - FieldsDictionary))
            {
                var distinct = new HashSet<string>(Comparer(kind - FieldsDictionary));
                foreach (var name in names)
                {
                    if (!distinct.Add(name))
                    {
                        throw Damaged($"a party's fields repeat the key '{name}'");
                    }
                }
            }

            if (names.Length > _fieldValues.Length - at[SlotFieldValues])
            {
                throw Damaged(FormattableString.Invariant($"a party claims {names.Length} field values, {_fieldValues.Length - at[SlotFieldValues]} are left"));
            }

            at[SlotFieldValues] += names.Length;
        }

        for (var k = 0; k < CountStride; k++)
        {
            if (at[k] != available[k])
            {
                throw Damaged(FormattableString.Invariant($"{available[k] - at[k]} {s_kinds[k]} belong to no party"));
            }
        }

        if (at[SlotExtras] * NameExtraStride != _nameExtras.Length || at[SlotFieldValues] != _fieldValues.Length)
        {
            throw Damaged("name overlays or field values belong to no party");
        }

        if (at[SlotOverflow] != _overflow.Length)
        {
            throw Damaged("large counts belong to no party");
        }
    }

    /// <summary>Every string id, list id, overlay id, day number and flag a build reads, within its range.</summary>
    private void CheckValues()
    {
        // Each check is a range, both ends included; Any is every int.
        var str = (0, _strings.Count - 1);
        var optStr = (-1, _strings.Count - 1);
        var date = (DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber);
        var optDate = (-1, DateOnly.MaxValue.DayNumber); // MinValue is day 0: -1 (none) is next to it
        var flag = (0, 1);
        var any = (int.MinValue, int.MaxValue);
        Check(_parties, "parties", [str, (0, _lists.Length - 1), optStr, optStr, optStr, optStr, optStr, optStr, optDate, optDate, any]);
        Check(_nameExtras, "name overlays", [(-1, _overlays.Length - 1), optStr]);
        Check(_items[C.Addresses], "addresses", [str, optStr, optStr]);
        Check(_items[C.BirthDates], "birth dates", [date, date, any, str, flag]);
        Check(_items[C.Identifiers], "identifiers", [str, str, optStr, any, optStr, optStr, optStr]);
        Check(_items[C.Facts], "facts", [str, str]);
        foreach (var k in new[] { C.Names, C.Countries, C.Programs, C.DatesOfBirth, C.Nationalities, C.UnparsedFacts, C.SourceRowIds })
        {
            Check(_items[k], s_kinds[k], [str]);
        }

        Check(_fieldValues, "field values", [str]);
        for (var p = 0; p < Count; p++)
        {
            if (_partyBytes[(p * PartyByteStride) + B.TypeInferred] > 1)
            {
                throw Damaged(FormattableString.Invariant($"a flag of value {_partyBytes[(p * PartyByteStride) + B.TypeInferred]}"));
            }
        }
    }

    /// <summary>Every record of <paramref name="data"/> (one int per column) within its columns' ranges.</summary>
    private static void Check(int[] data, string what, ReadOnlySpan<(int Low, int High)> columns)
    {
        if (data.Length == 0)
        {
            return;
        }

        if (columns.Length == 1)
        {
            // One column: a vectorized scan.
            if (data.AsSpan().IndexOfAnyExceptInRange(columns[0].Low, columns[0].High) is var bad and >= 0)
            {
                throw Damaged(FormattableString.Invariant($"{what}: the value {data[bad]} at {bad}"));
            }

            return;
        }

        Span<int> low = stackalloc int[columns.Length];
        Span<uint> width = stackalloc uint[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            low[c] = columns[c].Low;
            width[c] = unchecked((uint)(columns[c].High - columns[c].Low));
        }

        for (var at = 0; at < data.Length; at += columns.Length)
        {
            var record = data.AsSpan(at, columns.Length);
            for (var c = 0; c < record.Length; c++)
            {
                if (unchecked((uint)(record[c] - low[c])) > width[c])
                {
                    throw Damaged(FormattableString.Invariant($"{what}: the value {record[c]} at {at + c}"));
                }
            }
        }
    }

    /// <summary>The cursors before party <paramref name="index"/>: its block's checkpoint, then the parties before it in the block.</summary>
    private void Cursors(int index, Span<int> at)
    {
        _checkpoints.AsSpan((index >> BlockShift) * Slots, Slots).CopyTo(at);
        Span<int> counts = stackalloc int[CountStride];
        for (var p = index & ~BlockMask; p < index; p++)
        {
            Advance(p, at, counts);
        }
    }

    /// <summary>Reads party <paramref name="index"/>'s counts and moves the cursors past its items.</summary>
    private void Advance(int index, Span<int> at, Span<int> counts)
    {
        ReadCounts(index, counts, ref at[SlotOverflow]);
        for (var n = at[C.Names]; n < at[C.Names] + counts[C.Names]; n++)
        {
            at[SlotExtras] += _nameBytes[(n * NameByteStride) + 2];
        }

        for (var k = 0; k < CountStride; k++)
        {
            at[k] += counts[k];
        }

        if (_partyBytes[(index * PartyByteStride) + B.FieldsKind] != FieldsNone)
        {
            at[SlotFieldValues] += _keySequences[_parties[(index * PartyStride) + P.FieldsKeys]].Length;
        }
    }

    private void ReadCounts(int index, Span<int> counts, ref int overflowAt)
    {
        var bytes = _counts.AsSpan(index * CountStride, CountStride);
        for (var k = 0; k < CountStride; k++)
        {
            counts[k] = bytes[k] != CountEscape ? bytes[k] : _overflow[overflowAt++];
        }
    }

    private delegate void PartyVisitor(int party, ReadOnlySpan<int> at, ReadOnlySpan<int> counts);

    /// <summary>Visits every party in order with its cursors (where its items start) and its counts.</summary>
    private void Walk(PartyVisitor visit)
    {
        Span<int> at = stackalloc int[Slots];
        Span<int> counts = stackalloc int[CountStride];
        Span<int> before = stackalloc int[Slots];
        for (var p = 0; p < Count; p++)
        {
            at.CopyTo(before);
            Advance(p, at, counts);
            visit(p, before, counts);
        }
    }

    /// <summary>Per party, its countries then its addresses' ones (as string ids), as the filter compares them.</summary>
    private (int[] Starts, int[] Ids) FilterCountries()
    {
        var starts = new int[Count + 1];
        var ids = new List<int>();
        var countries = _items[C.Countries];
        var addresses = _items[C.Addresses];
        Walk((party, at, counts) =>
        {
            for (var i = 0; i < counts[C.Countries]; i++)
            {
                ids.Add(countries[at[C.Countries] + i]);
            }

            for (var i = 0; i < counts[C.Addresses]; i++)
            {
                if (addresses[((at[C.Addresses] + i) * AddressStride) + 2] is var country and >= 0)
                {
                    ids.Add(country);
                }
            }

            starts[party + 1] = ids.Count;
        });
        return (starts, [.. ids]);
    }

    private string Str(int id) => _strings[id];

    private string? OptStr(int id) => id == -1 ? null : _strings[id];

    private static DateOnly? OptDate(int day) => day == -1 ? null : DateOnly.FromDayNumber(day);

    /// <summary>Builds party <paramref name="index"/> from the arrays.</summary>
    private ListedParty Decode(int index)
    {
        Span<int> at = stackalloc int[Slots];
        Cursors(index, at);
        Span<int> counts = stackalloc int[CountStride];
        ReadCounts(index, counts, ref at[SlotOverflow]);
        var p = _parties.AsSpan(index * PartyStride, PartyStride);
        var b = _partyBytes.AsSpan(index * PartyByteStride, PartyByteStride);
        return new ListedParty
        {
            Id = Str(p[P.Id]),
            List = _lists[p[P.List]],
            Type = (PartyType)b[B.Type],
            TypeInferred = b[B.TypeInferred] == 1,
            Gender = (Gender)b[B.Gender],
            LegalCitation = OptStr(p[P.LegalCitation]),
            LicenseRequirement = OptStr(p[P.LicenseRequirement]),
            LicensePolicy = OptStr(p[P.LicensePolicy]),
            Remarks = OptStr(p[P.Remarks]),
            Title = OptStr(p[P.Title]),
            SourceUrl = OptStr(p[P.SourceUrl]),
            StartDate = OptDate(p[P.StartDate]),
            EndDate = OptDate(p[P.EndDate]),
            Names = Names(at[C.Names], counts[C.Names], at[SlotExtras]),
            Addresses = Addresses(at[C.Addresses], counts[C.Addresses]),
            Countries = Strings(C.Countries, at, counts),
            Programs = Strings(C.Programs, at, counts),
            DatesOfBirth = Strings(C.DatesOfBirth, at, counts),
            BirthDates = BirthDates(at[C.BirthDates], counts[C.BirthDates]),
            Nationalities = Strings(C.Nationalities, at, counts),
            Identifiers = Identifiers(at[C.Identifiers], counts[C.Identifiers]),
            Facts = Facts(at[C.Facts], counts[C.Facts]),
            UnparsedFacts = Strings(C.UnparsedFacts, at, counts),
            SourceRowIds = Strings(C.SourceRowIds, at, counts),
            Fields = Fields(b[B.FieldsKind], p[P.FieldsKeys], at[SlotFieldValues]),
        };
    }

    private ListedName[] Names(int at, int count, int extraAt)
    {
        var values = _items[C.Names];
        ListedName[] names = count == 0 ? [] : new ListedName[count];
        for (var i = 0; i < names.Length; i++, at++)
        {
            AliasOverlayIdentity? overlay = null;
            string? citation = null;
            if (_nameBytes[(at * NameByteStride) + 2] == 1)
            {
                var overlayId = _nameExtras[extraAt * NameExtraStride];
                overlay = overlayId == -1 ? null : _overlays[overlayId];
                citation = OptStr(_nameExtras[(extraAt * NameExtraStride) + 1]);
                extraAt++;
            }

            names[i] = new ListedName(Str(values[at]), (NameKind)_nameBytes[at * NameByteStride], (NameScript)_nameBytes[(at * NameByteStride) + 1])
            {
                Overlay = overlay,
                Citation = citation,
            };
        }

        return names;
    }

    private PartyAddress[] Addresses(int at, int count)
    {
        var data = _items[C.Addresses];
        PartyAddress[] addresses = count == 0 ? [] : new PartyAddress[count];
        for (var i = 0; i < addresses.Length; i++)
        {
            var a = (at + i) * AddressStride;
            addresses[i] = new PartyAddress(Str(data[a]), OptStr(data[a + 1]), OptStr(data[a + 2]));
        }

        return addresses;
    }

    private string[] Strings(int kind, ReadOnlySpan<int> at, ReadOnlySpan<int> counts) => Strings(_items[kind], at[kind], counts[kind]);

    private string[] Strings(int[] data, int at, int count)
    {
        string[] strings = count == 0 ? [] : new string[count];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = Str(data[at + i]);
        }

        return strings;
    }

    private BirthDate[] BirthDates(int at, int count)
    {
        var data = _items[C.BirthDates];
        BirthDate[] dates = count == 0 ? [] : new BirthDate[count];
        for (var i = 0; i < dates.Length; i++)
        {
            var d = (at + i) * BirthDateStride;
            dates[i] = new BirthDate(DateOnly.FromDayNumber(data[d]), DateOnly.FromDayNumber(data[d + 1]), (DatePrecision)data[d + 2], Str(data[d + 3]))
            {
                Circa = data[d + 4] == 1,
            };
        }

        return dates;
    }

    private PartyIdentifier[] Identifiers(int at, int count)
    {
        PartyIdentifier[] identifiers = count == 0 ? [] : new PartyIdentifier[count];
        for (var i = 0; i < identifiers.Length; i++)
        {
            identifiers[i] = Identifier((at + i) * IdentifierStride);
        }

        return identifiers;
    }

    private PartyIdentifier Identifier(int d)
    {
        var data = _items[C.Identifiers];
        return new PartyIdentifier(Str(data[d]), Str(data[d + 1]), OptStr(data[d + 2]))
        {
            Kind = (IdentifierKind)data[d + 3],
            Currency = OptStr(data[d + 4]),
            Issued = OptStr(data[d + 5]),
            Expires = OptStr(data[d + 6]),
        };
    }

    private PartyFact[] Facts(int at, int count)
    {
        var data = _items[C.Facts];
        PartyFact[] facts = count == 0 ? [] : new PartyFact[count];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = new PartyFact(Str(data[(at + i) * FactStride]), Str(data[((at + i) * FactStride) + 1]));
        }

        return facts;
    }

    private IReadOnlyDictionary<string, string> Fields(int kind, int keysId, int at)
    {
        if (kind == FieldsNone)
        {
            return PartyBuilder.NoFields;
        }

        var keys = _keySequences[keysId];
        var row = Strings(_fieldValues, at, keys.Length);
        if (kind == FieldsRow)
        {
            return new RowFields(_headers[keysId]!, row);
        }

        // The keys were found distinct under this comparer when the store was made.
        var fields = new Dictionary<string, string>(keys.Length, Comparer(kind - FieldsDictionary));
        for (var i = 0; i < keys.Length; i++)
        {
            fields.Add(keys[i], row[i]);
        }

        return fields;
    }
}
