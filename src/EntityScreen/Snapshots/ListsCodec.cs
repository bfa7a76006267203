using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace EntityScreen.Snapshots;

/// <summary>
/// Writes and reads the lists of a snapshot: every <see cref="ListSnapshot"/> with its identity, load report,
/// ownership context and parties, exactly as they were (see docs/performance.md, "Cold start").
/// </summary>
/// <remarks>
/// <para>Layout, in order (each array is one <see cref="SnapshotWriter.WriteArray{T}"/>):</para>
/// <list type="number">
/// <item><description>A section mark (<c>LIST</c>).</description></item>
/// <item><description>
/// The string pool, each distinct string once: the UTF-8 bytes of all strings, the end offset of each (in id order),
/// then the ids of the strings that are not well-formed UTF-16 (a lone surrogate, which UTF-8 cannot carry) with
/// their UTF-16 code units and end offsets. Everything below names a string by its id in the pool, null as -1.
/// </description></item>
/// <item><description>The tables of shared objects: lists (<see cref="ListInfo"/>, one per distinct value), alias overlays
/// (<see cref="AliasOverlayIdentity"/>), and the key sequences of the parties' <see cref="ListedParty.Fields"/> (a CSV
/// header shared by all its rows, or the keys of a merged party's dictionary): counts, then names.</description></item>
/// <item><description>The lists' metadata as one <see cref="int"/> array read with a cursor: identities, load reports
/// (files, rejections, facts reports), ownership contexts and party counts.</description></item>
/// <item><description>
/// The parties, all lists together, in flat arrays: <see cref="PartyStride"/> ints per party (string ids, its list,
/// dates as day numbers, its fields' key sequence), <see cref="PartyByteStride"/> bytes (type, gender, flags, the
/// fields' kind), <see cref="CountStride"/> counts (one per list it holds, a byte each, 255 escaping to the next int of
/// an overflow array), then per kind of item one array of fixed-size records (names as a string id with three bytes
/// apart, and an overlay-and-citation pair apart for the few names that have one; addresses, each list of strings,
/// dates of birth, identifiers, facts, field values). A party's items are the next <c>count</c> of their kind.
/// Enums are kept exactly (as ints, or as bytes where a value beyond 255 is refused on writing).
/// </description></item>
/// </list>
/// <para>
/// <see cref="Read"/> keeps the pool and the party arrays as read and builds no party: each list's
/// <see cref="ListSnapshot.Parties"/> is a <see cref="LazyParties"/> that builds a party on first access
/// (<see cref="PartyStore"/>), decoding only the strings it holds (<see cref="SnapshotStrings"/>). It checks every count,
/// id, offset, date and flag a build will use before returning, and throws a <see cref="SnapshotException"/> for any that
/// is impossible, so a build never fails later; it allocates nothing larger than what the file's bytes account for.
/// Shared objects are shared again: equal strings are one string, each list one <see cref="ListInfo"/> (the library's
/// own instance for a known list), each header one <see cref="CsvHeader"/> for all its rows.
/// </para>
/// <para>
/// Parties of an <see cref="AffiliateList"/> (a non-null <see cref="ListedParty.Affiliation"/>) are not supported:
/// <see cref="Write"/> refuses them. A caller-made <see cref="ListedParty.Fields"/> dictionary of another type or
/// comparer than the loaders make (<see cref="RowFields"/>, or a <see cref="Dictionary{TKey, TValue}"/> whose comparer
/// is the default, ordinal or ordinal ignoring case) is read back as a <see cref="Dictionary{TKey, TValue}"/> with the
/// same pairs in the same order. Lists come back as arrays, whatever read-only list held them.
/// </para>
/// </remarks>
internal static class ListsCodec
{
    /// <summary>"LIST", little-endian: marks the start of the section.</summary>
    private const int SectionMark = 0x5453494C;

    /// <summary>Ints per party in the party array (see <see cref="P"/>).</summary>
    internal const int PartyStride = 11;

    /// <summary>Bytes per party in the party bytes (see <see cref="B"/>).</summary>
    internal const int PartyByteStride = 4;

    /// <summary>Counts per party (see <see cref="C"/>), a byte each; <see cref="CountEscape"/> says the count is the next overflow int.</summary>
    internal const int CountStride = 11;

    internal const byte CountEscape = byte.MaxValue;

    /// <summary>Bytes per name: its kind, its script, and whether an overlay-or-citation pair follows in the name extras.</summary>
    internal const int NameByteStride = 3;

    internal const int NameExtraStride = 2;
    internal const int AddressStride = 3;
    internal const int BirthDateStride = 5;
    internal const int IdentifierStride = 7;
    internal const int FactStride = 2;

    /// <summary>
    /// How a party's fields are held: the loaders' shared empty table, a CSV row, or a dictionary (this plus the code of
    /// its comparer, <see cref="ComparerCode"/>).
    /// </summary>
    internal const int FieldsNone = 0, FieldsRow = 1, FieldsDictionary = 2;

    /// <summary>The string comparers a dictionary's comparer is kept as: the default, ordinal, ordinal ignoring case.</summary>
    internal const int ComparerDefault = 0, ComparerOrdinal = 1, ComparerIgnoreCase = 2;

    /// <summary>
    /// The public properties of each type the codec writes, by type: each is written, derived from what is written
    /// (<see cref="ListedParty.PrimaryName"/>), or refused (<see cref="ListedParty.Affiliation"/>). A test compares this
    /// with the types' properties, so one added later fails it until the codec writes it.
    /// </summary>
    internal static IReadOnlyDictionary<Type, string[]> Properties { get; } = new Dictionary<Type, string[]>
    {
        [typeof(ListSnapshot)] = ["Identity", "Parties", "Report", "Ownership"],
        [typeof(ListIdentity)] = ["Source", "Format", "Sha256", "AsOf"],
        [typeof(LoadReport)] = ["Identity", "Files", "PartiesLoaded", "PartiesByList", "NamesLoaded", "RowsRead", "RowsLoaded", "RowsRejected", "Elapsed"],
        [typeof(FileLoadReport)] = ["File", "Sha256", "RowsRead", "RowsLoaded", "RowsRejected", "Rejections", "RejectionsOmitted", "Facts"],
        [typeof(RowRejection)] = ["File", "Line", "Column", "Reason"],
        [typeof(FactsReport)] = ["DatesOfBirth", "Identifiers", "IdentifiersTotal", "Nationalities", "Genders", "OtherFacts", "FreeTextRemarks", "Unparsed"],
        [typeof(UnparsedFact)] = ["File", "Line", "PartyId", "Column", "Text", "Reason"],
        [typeof(OwnershipContext)] = ["Files", "AsOf", "Rules"],
        [typeof(ListedParty)] =
        [
            "Id", "List", "Type", "TypeInferred", "Names", "PrimaryName", "Addresses", "Countries", "Programs", "LegalCitation",
            "StartDate", "EndDate", "LicenseRequirement", "LicensePolicy", "Remarks", "Title", "DatesOfBirth", "BirthDates",
            "Nationalities", "Gender", "Identifiers", "Facts", "UnparsedFacts", "SourceUrl", "SourceRowIds", "Fields", "Affiliation",
        ],
        [typeof(ListInfo)] = ["Code", "Name", "Authority"],
        [typeof(ListedName)] = ["Value", "Kind", "Script", "Overlay", "Citation", "FromOverlay"],
        [typeof(AliasOverlayIdentity)] = ["Source", "Sha256", "Rows"],
        [typeof(PartyAddress)] = ["Text", "City", "Country"],
        [typeof(PartyIdentifier)] = ["Type", "Number", "Country", "Kind", "Currency", "Issued", "Expires"],
        [typeof(PartyFact)] = ["Label", "Value"],
        [typeof(BirthDate)] = ["From", "To", "Precision", "Text", "Circa"],
    };

    /// <summary>Writes the lists.</summary>
    /// <exception cref="NotSupportedException">A party is an ownership affiliate (<see cref="ListedParty.Affiliation"/> is set).</exception>
    public static void Write(SnapshotWriter writer, IReadOnlyList<ListSnapshot> lists)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(lists);
        foreach (var list in lists)
        {
            foreach (var party in list.Parties)
            {
                if (party.Affiliation is not null)
                {
                    throw new NotSupportedException(
                        $"Snapshots do not hold ownership affiliates: party {party.Id} of {list.Identity.Source} has an Affiliation. Build screeners with ownership files from the files, not from a snapshot.");
                }
            }
        }

        new Encoder().Encode(lists).WriteTo(writer);
    }

    /// <summary>Reads lists written by <see cref="Write"/>; their parties are built on first access (<see cref="LazyParties"/>).</summary>
    /// <exception cref="SnapshotException">The section is damaged or truncated.</exception>
    public static ListSnapshot[] Read(SnapshotReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new Decoder(reader).Decode();
    }

    /// <summary>
    /// The comparer of a string-keyed dictionary, as one of three codes; any other comparer or dictionary type is kept
    /// as the default (the pairs and their order are kept whatever it is).
    /// </summary>
    private static int ComparerCode<TValue>(IReadOnlyDictionary<string, TValue> dictionary) =>
        dictionary is Dictionary<string, TValue> { Comparer: var comparer }
            ? ReferenceEquals(comparer, StringComparer.Ordinal) ? ComparerOrdinal
            : ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase) ? ComparerIgnoreCase
            : ComparerDefault
            : ComparerDefault;

    internal static StringComparer? Comparer(int code) => code switch
    {
        ComparerDefault => null,
        ComparerOrdinal => StringComparer.Ordinal,
        ComparerIgnoreCase => StringComparer.OrdinalIgnoreCase,
        _ => throw new SnapshotException(FormattableString.Invariant($"damaged lists: a comparer of code {code}")),
    };

    /// <summary>Indexes of the ints of one party in the party array.</summary>
    internal static class P
    {
        public const int Id = 0, List = 1, LegalCitation = 2, LicenseRequirement = 3, LicensePolicy = 4, Remarks = 5, Title = 6,
            SourceUrl = 7, StartDate = 8, EndDate = 9, FieldsKeys = 10;
    }

    /// <summary>Indexes of the bytes of one party in the party bytes.</summary>
    internal static class B
    {
        public const int Type = 0, TypeInferred = 1, Gender = 2, FieldsKind = 3;
    }

    /// <summary>Indexes of the counts of one party in the count array.</summary>
    internal static class C
    {
        public const int Names = 0, Addresses = 1, Countries = 2, Programs = 3, DatesOfBirth = 4, BirthDates = 5,
            Nationalities = 6, Identifiers = 7, Facts = 8, UnparsedFacts = 9, SourceRowIds = 10;
    }

    /// <summary>A growable array of ints, written as one array.</summary>
    private sealed class Ints
    {
        private int[] _items = new int[256];

        public int Count { get; private set; }

        public ReadOnlySpan<int> Span => _items.AsSpan(0, Count);

        public void Add(int value)
        {
            if (Count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

            _items[Count++] = value;
        }

        public void Add(long value)
        {
            Add((int)value);
            Add((int)(value >> 32));
        }
    }

    /// <summary>A growable array of bytes, written as one array.</summary>
    private sealed class Bytes
    {
        private byte[] _items = new byte[256];

        public int Count { get; private set; }

        public ReadOnlySpan<byte> Span => _items.AsSpan(0, Count);

        public void Add(byte value)
        {
            if (Count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

            _items[Count++] = value;
        }

        /// <summary>An enum's value or a flag as a byte; a value that does not fit one is refused.</summary>
        public void Add(int value, string what) =>
            Add(value is >= 0 and <= byte.MaxValue
                ? (byte)value
                : throw new NotSupportedException(FormattableString.Invariant($"Snapshots hold a {what} as a byte (0 to 255): {value} does not fit.")));
    }

    /// <summary>Sequences of ints compared by their values (the key sequences of fields).</summary>
    private sealed class SequenceComparer : IEqualityComparer<int[]>
    {
        public static SequenceComparer Instance { get; } = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] obj)
        {
            var hash = default(HashCode);
            hash.AddBytes(MemoryMarshal.AsBytes(obj.AsSpan()));
            return hash.ToHashCode();
        }
    }

    /// <summary>Turns the lists into the pool, the tables and the flat arrays, then writes them.</summary>
    private sealed class Encoder
    {
        private readonly Dictionary<string, int> _stringIds = new(StringComparer.Ordinal);
        private readonly List<string> _strings = [];
        private readonly Dictionary<ListInfo, int> _listIds = [];
        private readonly Ints _listTable = new();
        private readonly Dictionary<AliasOverlayIdentity, int> _overlayIds = [];
        private readonly Ints _overlayTable = new();
        private readonly Dictionary<int[], int> _keysIds = new(SequenceComparer.Instance);
        private readonly Dictionary<CsvHeader, int> _headerIds = new(ReferenceEqualityComparer.Instance);
        private readonly Ints _keysCounts = new();
        private readonly Ints _keys = new();
        private readonly Ints _meta = new();
        private readonly Ints _parties = new();
        private readonly Bytes _partyBytes = new();
        private readonly Bytes _counts = new();
        private readonly Ints _countOverflow = new();
        private readonly Ints _names = new();
        private readonly Bytes _nameBytes = new();
        private readonly Ints _nameExtras = new();
        private readonly Ints _addresses = new();
        private readonly Ints _countries = new();
        private readonly Ints _programs = new();
        private readonly Ints _datesOfBirth = new();
        private readonly Ints _birthDates = new();
        private readonly Ints _nationalities = new();
        private readonly Ints _identifiers = new();
        private readonly Ints _facts = new();
        private readonly Ints _unparsed = new();
        private readonly Ints _rowIds = new();
        private readonly Ints _fieldValues = new();

        public Encoder Encode(IReadOnlyList<ListSnapshot> lists)
        {
            _meta.Add(lists.Count);
            foreach (var list in lists)
            {
                Meta(list.Identity);
                var sameIdentity = ReferenceEquals(list.Report.Identity, list.Identity);
                _meta.Add(sameIdentity ? 1 : 0);
                if (!sameIdentity)
                {
                    Meta(list.Report.Identity);
                }

                Meta(list.Report);
                Meta(list.Ownership);
                _meta.Add(list.Parties.Count);
                foreach (var party in list.Parties)
                {
                    Party(party);
                }
            }

            return this;
        }

        public void WriteTo(SnapshotWriter writer)
        {
            writer.WriteInt32(SectionMark);
            WritePool(writer);
            foreach (var array in new[] { _listTable, _overlayTable, _keysCounts, _keys, _meta, _parties })
            {
                writer.WriteArray(array.Span);
            }

            writer.WriteArray(_partyBytes.Span);
            writer.WriteArray(_counts.Span);
            writer.WriteArray(_countOverflow.Span);
            writer.WriteArray(_names.Span);
            writer.WriteArray(_nameBytes.Span);
            foreach (var array in new[]
            {
                _nameExtras, _addresses, _countries, _programs, _datesOfBirth, _birthDates, _nationalities, _identifiers, _facts,
                _unparsed, _rowIds, _fieldValues,
            })
            {
                writer.WriteArray(array.Span);
            }
        }

        private void WritePool(SnapshotWriter writer)
        {
            var utf8 = new ArrayBufferWriter<byte>(1 << 20);
            var utf8Ends = new int[_strings.Count];
            var utf16Ids = new Ints();
            var utf16 = new List<char>();
            var utf16Ends = new Ints();
            for (var i = 0; i < _strings.Count; i++)
            {
                var s = _strings[i];
                var status = Utf8.FromUtf16(s, utf8.GetSpan(s.Length * 3), out _, out var written, replaceInvalidSequences: false);
                if (status == OperationStatus.Done)
                {
                    utf8.Advance(written);
                }
                else
                {
                    // A lone surrogate: UTF-8 cannot carry it, so the string goes as its UTF-16 code units.
                    utf16Ids.Add(i);
                    utf16.AddRange(s);
                    utf16Ends.Add(utf16.Count);
                }

                utf8Ends[i] = checked((int)utf8.WrittenCount);
            }

            writer.WriteArray(utf8.WrittenSpan);
            writer.WriteArray<int>(utf8Ends);
            writer.WriteArray(utf16Ids.Span);
            writer.WriteArray(MemoryMarshal.Cast<char, ushort>(CollectionsMarshal.AsSpan(utf16)));
            writer.WriteArray(utf16Ends.Span);
        }

        private int Str(string? value)
        {
            if (value is null)
            {
                return -1;
            }

            if (!_stringIds.TryGetValue(value, out var id))
            {
                id = _strings.Count;
                _strings.Add(value);
                _stringIds.Add(value, id);
            }

            return id;
        }

        private static int Day(DateOnly? date) => date?.DayNumber ?? -1;

        private void Meta(ListIdentity identity)
        {
            _meta.Add(Str(identity.Source));
            _meta.Add((int)identity.Format);
            _meta.Add(Str(identity.Sha256));
            _meta.Add(Day(identity.AsOf));
        }

        private void Meta(LoadReport report)
        {
            _meta.Add(report.PartiesLoaded);
            _meta.Add(report.NamesLoaded);
            _meta.Add(report.Elapsed.Ticks);
            _meta.Add(ComparerCode(report.PartiesByList));
            _meta.Add(report.PartiesByList.Count);
            foreach (var (code, count) in report.PartiesByList)
            {
                _meta.Add(Str(code));
                _meta.Add(count);
            }

            _meta.Add(report.Files.Count);
            foreach (var file in report.Files)
            {
                _meta.Add(Str(file.File));
                _meta.Add(Str(file.Sha256));
                _meta.Add(file.RowsRead);
                _meta.Add(file.RowsLoaded);
                _meta.Add(file.Rejections.Count);
                foreach (var rejection in file.Rejections)
                {
                    _meta.Add(Str(rejection.File));
                    _meta.Add(rejection.Line);
                    _meta.Add(Str(rejection.Column));
                    _meta.Add(Str(rejection.Reason));
                }

                if (ReferenceEquals(file.RejectionsOmitted, FileLoadReport.NoneOmitted))
                {
                    _meta.Add(-1);
                }
                else
                {
                    _meta.Add(ComparerCode(file.RejectionsOmitted));
                    _meta.Add(file.RejectionsOmitted.Count);
                    foreach (var (kind, count) in file.RejectionsOmitted)
                    {
                        _meta.Add(Str(kind));
                        _meta.Add(count);
                    }
                }

                Meta(file.Facts);
            }
        }

        private void Meta(FactsReport facts)
        {
            if (ReferenceEquals(facts, FactsReport.Empty))
            {
                _meta.Add(0);
                return;
            }

            _meta.Add(1);
            _meta.Add(facts.DatesOfBirth);
            _meta.Add(facts.Nationalities);
            _meta.Add(facts.Genders);
            _meta.Add(facts.OtherFacts);
            _meta.Add(facts.FreeTextRemarks);
            _meta.Add(facts.Identifiers.Count);
            foreach (var (kind, count) in facts.Identifiers)
            {
                _meta.Add((int)kind);
                _meta.Add(count);
            }

            _meta.Add(facts.Unparsed.Count);
            foreach (var fact in facts.Unparsed)
            {
                _meta.Add(Str(fact.File));
                _meta.Add(fact.Line);
                _meta.Add(Str(fact.PartyId));
                _meta.Add(Str(fact.Column));
                _meta.Add(Str(fact.Text));
                _meta.Add(Str(fact.Reason));
            }
        }

        private void Meta(OwnershipContext? ownership)
        {
            if (ownership is null)
            {
                _meta.Add(0);
                return;
            }

            _meta.Add(1);
            _meta.Add(ownership.Files.Count);
            foreach (var file in ownership.Files)
            {
                Meta(file);
            }

            _meta.Add(ownership.AsOf.DayNumber);
            _meta.Add(ownership.Rules.Count);
            foreach (var rule in ownership.Rules)
            {
                _meta.Add(Str(rule));
            }
        }

        private void Party(ListedParty party)
        {
            var (fieldsKind, fieldsKeys) = Fields(party.Fields);
            _parties.Add(Str(party.Id));
            _parties.Add(List(party.List));
            _parties.Add(Str(party.LegalCitation));
            _parties.Add(Str(party.LicenseRequirement));
            _parties.Add(Str(party.LicensePolicy));
            _parties.Add(Str(party.Remarks));
            _parties.Add(Str(party.Title));
            _parties.Add(Str(party.SourceUrl));
            _parties.Add(Day(party.StartDate));
            _parties.Add(Day(party.EndDate));
            _parties.Add(fieldsKeys);
            _partyBytes.Add((int)party.Type, nameof(PartyType));
            _partyBytes.Add(party.TypeInferred ? 1 : 0, "flag");
            _partyBytes.Add((int)party.Gender, nameof(Gender));
            _partyBytes.Add(fieldsKind, "fields kind");

            Count(party.Names.Count);
            foreach (var name in party.Names)
            {
                _names.Add(Str(name.Value));
                _nameBytes.Add((int)name.Kind, nameof(NameKind));
                _nameBytes.Add((int)name.Script, nameof(NameScript));
                var extra = name.Overlay is not null || name.Citation is not null;
                _nameBytes.Add(extra ? 1 : 0, "flag");
                if (extra)
                {
                    _nameExtras.Add(Overlay(name.Overlay));
                    _nameExtras.Add(Str(name.Citation));
                }
            }

            Count(party.Addresses.Count);
            foreach (var address in party.Addresses)
            {
                _addresses.Add(Str(address.Text));
                _addresses.Add(Str(address.City));
                _addresses.Add(Str(address.Country));
            }

            Strings(party.Countries, _countries);
            Strings(party.Programs, _programs);
            Strings(party.DatesOfBirth, _datesOfBirth);
            Count(party.BirthDates.Count);
            foreach (var date in party.BirthDates)
            {
                _birthDates.Add(date.From.DayNumber);
                _birthDates.Add(date.To.DayNumber);
                _birthDates.Add((int)date.Precision);
                _birthDates.Add(Str(date.Text));
                _birthDates.Add(date.Circa ? 1 : 0);
            }

            Strings(party.Nationalities, _nationalities);
            Count(party.Identifiers.Count);
            foreach (var identifier in party.Identifiers)
            {
                _identifiers.Add(Str(identifier.Type));
                _identifiers.Add(Str(identifier.Number));
                _identifiers.Add(Str(identifier.Country));
                _identifiers.Add((int)identifier.Kind);
                _identifiers.Add(Str(identifier.Currency));
                _identifiers.Add(Str(identifier.Issued));
                _identifiers.Add(Str(identifier.Expires));
            }

            Count(party.Facts.Count);
            foreach (var fact in party.Facts)
            {
                _facts.Add(Str(fact.Label));
                _facts.Add(Str(fact.Value));
            }

            Strings(party.UnparsedFacts, _unparsed);
            Strings(party.SourceRowIds, _rowIds);
        }

        /// <summary>A count of a party's items: a byte, or the escape and an overflow int for a large one.</summary>
        private void Count(int count)
        {
            if (count < CountEscape)
            {
                _counts.Add((byte)count);
            }
            else
            {
                _counts.Add(CountEscape);
                _countOverflow.Add(count);
            }
        }

        private void Strings(IReadOnlyList<string> values, Ints target)
        {
            Count(values.Count);
            foreach (var value in values)
            {
                target.Add(Str(value));
            }
        }

        private int List(ListInfo list)
        {
            if (!_listIds.TryGetValue(list, out var id))
            {
                id = _listIds.Count;
                _listIds.Add(list, id);
                _listTable.Add(Str(list.Code));
                _listTable.Add(Str(list.Name));
                _listTable.Add((int)list.Authority);
            }

            return id;
        }

        private int Overlay(AliasOverlayIdentity? overlay)
        {
            if (overlay is null)
            {
                return -1;
            }

            if (!_overlayIds.TryGetValue(overlay, out var id))
            {
                id = _overlayIds.Count;
                _overlayIds.Add(overlay, id);
                _overlayTable.Add(Str(overlay.Source));
                _overlayTable.Add(Str(overlay.Sha256));
                _overlayTable.Add(overlay.Rows);
            }

            return id;
        }

        /// <summary>The fields' kind and key sequence; their values are added to the field values.</summary>
        private (int Kind, int Keys) Fields(IReadOnlyDictionary<string, string> fields)
        {
            if (ReferenceEquals(fields, PartyBuilder.NoFields))
            {
                return (FieldsNone, -1);
            }

            if (fields is RowFields row)
            {
                if (row.Row.Length != row.Header.Names.Length)
                {
                    throw new InvalidOperationException("A party's row fields have another number of values than their header has names.");
                }

                if (!_headerIds.TryGetValue(row.Header, out var header))
                {
                    header = Keys(Array.ConvertAll(row.Header.Names, Str));
                    _headerIds.Add(row.Header, header);
                }

                foreach (var value in row.Row)
                {
                    _fieldValues.Add(Str(value));
                }

                return (FieldsRow, header);
            }

            var kind = FieldsDictionary + ComparerCode(fields);
            var keys = new int[fields.Count];
            var i = 0;
            foreach (var (key, value) in fields)
            {
                if (i == keys.Length)
                {
                    throw new InvalidOperationException("A party's Fields enumerate more pairs than their Count.");
                }

                keys[i++] = Str(key);
                _fieldValues.Add(Str(value));
            }

            if (i != keys.Length)
            {
                throw new InvalidOperationException("A party's Fields enumerate fewer pairs than their Count.");
            }

            return (kind, Keys(keys));
        }

        private int Keys(int[] keys)
        {
            if (!_keysIds.TryGetValue(keys, out var id))
            {
                id = _keysIds.Count;
                _keysIds.Add(keys, id);
                _keysCounts.Add(keys.Length);
                foreach (var key in keys)
                {
                    _keys.Add(key);
                }
            }

            return id;
        }
    }

    /// <summary>Reads the arrays, then builds the lists from them (their parties left to <see cref="PartyStore"/>), checking every count, id and offset.</summary>
    private sealed class Decoder(SnapshotReader reader)
    {
        private SnapshotStrings? _pool;
        private ListInfo[] _lists = [];
        private AliasOverlayIdentity[] _overlays = [];
        private string[][] _keySequences = [];
        private int[] _meta = [];
        private int _metaAt;

        public ListSnapshot[] Decode()
        {
            if (reader.ReadInt32() != SectionMark)
            {
                throw Damaged("the lists section does not start with its mark");
            }

            _pool = SnapshotStrings.Read(reader);
            var listTable = reader.ReadArray<int>();
            var overlayTable = reader.ReadArray<int>();
            var keysCounts = reader.ReadArray<int>();
            var keys = reader.ReadArray<int>();
            _meta = reader.ReadArray<int>();
            var arrays = new PartyArrays(reader);

            _lists = BuildLists(listTable);
            _overlays = BuildOverlays(overlayTable);
            BuildKeySequences(keysCounts, keys);

            // The parties are built on first access (LazyParties); the store checks now all that a build will read.
            var parties = new PartyStore(arrays, _pool, _lists, _overlays, _keySequences);
            var count = Count(13);
            var result = new ListSnapshot[count];
            var party = 0;
            for (var l = 0; l < count; l++)
            {
                var identity = Identity();
                var reportIdentity = Bool() ? identity : Identity();
                var report = Report(reportIdentity);
                var ownership = Ownership();
                var partyCount = Count(0);
                if (partyCount > parties.Count - party)
                {
                    throw Damaged(FormattableString.Invariant($"list {l} claims {partyCount} parties, {parties.Count - party} are left"));
                }

                result[l] = new ListSnapshot(identity, new LazyParties(parties, party, partyCount), report) { Ownership = ownership };
                party += partyCount;
            }

            if (party != parties.Count)
            {
                throw Damaged(FormattableString.Invariant($"{parties.Count - party} parties belong to no list"));
            }

            if (_metaAt != _meta.Length)
            {
                throw Damaged(FormattableString.Invariant($"{_meta.Length - _metaAt} list metadata values left unread"));
            }

            return result;
        }

        private static SnapshotException Damaged(string what) => new("damaged lists: " + what);

        private ListInfo[] BuildLists(int[] table)
        {
            if (table.Length % 3 != 0)
            {
                throw Damaged("the list table is not whole");
            }

            var lists = new ListInfo[table.Length / 3];
            for (var i = 0; i < lists.Length; i++)
            {
                var list = new ListInfo(Str(table[3 * i]), Str(table[(3 * i) + 1]), (ListAuthority)table[(3 * i) + 2]);

                // A known list is the library's own instance again.
                var known = ListInfo.FromCode(list.Code);
                lists[i] = known == list ? known : list;
            }

            return lists;
        }

        private AliasOverlayIdentity[] BuildOverlays(int[] table)
        {
            if (table.Length % 3 != 0)
            {
                throw Damaged("the overlay table is not whole");
            }

            var overlays = new AliasOverlayIdentity[table.Length / 3];
            for (var i = 0; i < overlays.Length; i++)
            {
                overlays[i] = new AliasOverlayIdentity(Str(table[3 * i]), Str(table[(3 * i) + 1]), table[(3 * i) + 2]);
            }

            return overlays;
        }

        private void BuildKeySequences(int[] counts, int[] keys)
        {
            _keySequences = new string[counts.Length][];
            var at = 0;
            for (var i = 0; i < counts.Length; i++)
            {
                var count = counts[i];
                if (count < 0 || count > keys.Length - at)
                {
                    throw Damaged(FormattableString.Invariant($"key sequence {i} claims {count} keys, {keys.Length - at} are left"));
                }

                string[] names = count == 0 ? [] : new string[count];
                for (var k = 0; k < count; k++)
                {
                    names[k] = Str(keys[at++]);
                }

                _keySequences[i] = names;
            }

            if (at != keys.Length)
            {
                throw Damaged("keys belong to no key sequence");
            }
        }

        private ListIdentity Identity() =>
            new(MetaStr(), (ListFormat)Int(), MetaStr(), OptDate(Int()));

        private LoadReport Report(ListIdentity identity)
        {
            var partiesLoaded = Int();
            var namesLoaded = Int();
            var elapsed = Long();
            var byListComparer = Comparer(Int());
            var byListCount = Count(2);
            var byList = new Dictionary<string, int>(byListCount, byListComparer);
            for (var i = 0; i < byListCount; i++)
            {
                var code = MetaStr();
                if (!byList.TryAdd(code, Int()))
                {
                    throw Damaged($"the report counts list '{code}' twice");
                }
            }

            var files = new FileLoadReport[Count(8)];
            for (var f = 0; f < files.Length; f++)
            {
                var file = MetaStr();
                var sha256 = MetaStr();
                var rowsRead = Long();
                var rowsLoaded = Long();
                var rejections = new RowRejection[Count(5)];
                for (var r = 0; r < rejections.Length; r++)
                {
                    rejections[r] = new RowRejection(MetaStr(), Long(), OptMetaStr(), MetaStr());
                }

                files[f] = new FileLoadReport
                {
                    File = file,
                    Sha256 = sha256,
                    RowsRead = rowsRead,
                    RowsLoaded = rowsLoaded,
                    Rejections = rejections,
                    RejectionsOmitted = Omitted(),
                    Facts = Facts(),
                };
            }

            return new LoadReport
            {
                Identity = identity,
                Files = files,
                PartiesLoaded = partiesLoaded,
                PartiesByList = byList,
                NamesLoaded = namesLoaded,
                Elapsed = TimeSpan.FromTicks(elapsed),
            };
        }

        private IReadOnlyDictionary<string, long> Omitted()
        {
            if (Peek() == -1)
            {
                _metaAt++;
                return FileLoadReport.NoneOmitted;
            }

            var comparer = Comparer(Int());
            var count = Count(3);
            var omitted = new Dictionary<string, long>(count, comparer);
            for (var i = 0; i < count; i++)
            {
                var kind = MetaStr();
                if (!omitted.TryAdd(kind, Long()))
                {
                    throw Damaged($"omitted rejections of kind '{kind}' counted twice");
                }
            }

            return omitted;
        }

        private FactsReport Facts()
        {
            if (!Bool())
            {
                return FactsReport.Empty;
            }

            var datesOfBirth = Int();
            var nationalities = Int();
            var genders = Int();
            var otherFacts = Int();
            var freeText = Int();
            var identifierCount = Count(2);
            var identifiers = new Dictionary<IdentifierKind, int>(identifierCount);
            for (var i = 0; i < identifierCount; i++)
            {
                var kind = (IdentifierKind)Int();
                if (!identifiers.TryAdd(kind, Int()))
                {
                    throw Damaged($"identifiers of kind {kind} counted twice");
                }
            }

            var unparsed = new UnparsedFact[Count(7)];
            for (var i = 0; i < unparsed.Length; i++)
            {
                unparsed[i] = new UnparsedFact(MetaStr(), Long(), MetaStr(), MetaStr(), MetaStr(), MetaStr());
            }

            return new FactsReport
            {
                DatesOfBirth = datesOfBirth,
                Identifiers = identifiers,
                Nationalities = nationalities,
                Genders = genders,
                OtherFacts = otherFacts,
                FreeTextRemarks = freeText,
                Unparsed = unparsed,
            };
        }

        private OwnershipContext? Ownership()
        {
            if (!Bool())
            {
                return null;
            }

            var files = new ListIdentity[Count(4)];
            for (var i = 0; i < files.Length; i++)
            {
                files[i] = Identity();
            }

            var asOf = Date(Int());
            var rules = new string[Count(1)];
            for (var i = 0; i < rules.Length; i++)
            {
                rules[i] = MetaStr();
            }

            return new OwnershipContext(files, asOf, rules);
        }

        private int Peek() => _metaAt < _meta.Length ? _meta[_metaAt] : throw Damaged("the list metadata ends early");

        private int Int()
        {
            var value = Peek();
            _metaAt++;
            return value;
        }

        private long Long() => (uint)Int() | ((long)Int() << 32);

        private bool Bool() => Bool(Int());

        /// <summary>A count of items of at least <paramref name="minInts"/> metadata values each: never more than are left.</summary>
        private int Count(int minInts)
        {
            var count = Int();
            if (count < 0 || (long)count * minInts > _meta.Length - _metaAt)
            {
                throw Damaged(FormattableString.Invariant($"a count of {count} with {_meta.Length - _metaAt} metadata values left"));
            }

            return count;
        }

        private string MetaStr() => Str(Int());

        private string? OptMetaStr() => OptStr(Int());

        private string Str(int id) =>
            (uint)id < (uint)_pool!.Count ? _pool[id] : throw Damaged(FormattableString.Invariant($"string id {id} of {_pool.Count}"));

        private string? OptStr(int id) => id == -1 ? null : Str(id);

        private static bool Bool(int value) => value switch
        {
            0 => false,
            1 => true,
            _ => throw Damaged(FormattableString.Invariant($"a flag of value {value}")),
        };

        private static DateOnly Date(int day) =>
            day >= DateOnly.MinValue.DayNumber && day <= DateOnly.MaxValue.DayNumber
                ? DateOnly.FromDayNumber(day)
                : throw Damaged(FormattableString.Invariant($"a day number {day}"));

        private static DateOnly? OptDate(int day) => day == -1 ? null : Date(day);

        private static T Lookup<T>(T[] table, int id, string what) =>
            (uint)id < (uint)table.Length ? table[id] : throw Damaged(FormattableString.Invariant($"{what} id {id} of {table.Length}"));
    }

    /// <summary>The parties' arrays as read, in the order written; <see cref="PartyStore"/> checks them.</summary>
    internal sealed class PartyArrays(SnapshotReader reader)
    {
        public int[] Parties { get; } = reader.ReadArray<int>();

        public byte[] PartyBytes { get; } = reader.ReadArray<byte>();

        public byte[] Counts { get; } = reader.ReadArray<byte>();

        public int[] CountOverflow { get; } = reader.ReadArray<int>();

        public int[] Names { get; } = reader.ReadArray<int>();

        public byte[] NameBytes { get; } = reader.ReadArray<byte>();

        public int[] NameExtras { get; } = reader.ReadArray<int>();

        public int[] Addresses { get; } = reader.ReadArray<int>();

        public int[] Countries { get; } = reader.ReadArray<int>();

        public int[] Programs { get; } = reader.ReadArray<int>();

        public int[] DatesOfBirth { get; } = reader.ReadArray<int>();

        public int[] BirthDates { get; } = reader.ReadArray<int>();

        public int[] Nationalities { get; } = reader.ReadArray<int>();

        public int[] Identifiers { get; } = reader.ReadArray<int>();

        public int[] Facts { get; } = reader.ReadArray<int>();

        public int[] Unparsed { get; } = reader.ReadArray<int>();

        public int[] RowIds { get; } = reader.ReadArray<int>();

        public int[] FieldValues { get; } = reader.ReadArray<int>();
    }
}
