using EntityScreen.Matching;
using EntityScreen.Snapshots;

namespace EntityScreen;

/// <summary>The screener's index written to a snapshot and read back (see docs/performance.md, "Cold start").</summary>
public sealed partial class Screener
{
    /// <summary>
    /// The screener over <paramref name="lists"/> (the lists it was built over, overlays applied) whose entries and
    /// index are read from <paramref name="reader"/> (<see cref="WriteIndex"/>): nothing is normalized or read again.
    /// Lists read from the same snapshot (<see cref="ListsCodec.Read"/>) keep their parties unbuilt: a party is built
    /// when a query first needs it (a match, a filter's comparison reads the snapshot's arrays instead); other lists'
    /// parties are used as they are.
    /// </summary>
    private Screener(IReadOnlyList<ListSnapshot> lists, ScreeningOptions options, IReadOnlyList<AliasOverlayReport> overlays, SnapshotReader reader)
    {
        const string Part = "the screener's entries";
        Lists = lists;
        Options = options;
        Overlays = overlays;
        _store = PartyStore.Of(lists);
        if (_store is { } store)
        {
            // No party of a snapshot is an ownership affiliate (ListsCodec.Write refuses them): no red flags.
            _parties = store.Built;
        }
        else
        {
            (_parties, _filterData, _hasRedFlagParties) = BuiltParties(lists);
        }

        SnapshotCheck.That(reader.ReadInt32() == _parties.Length, "the party count");
        _entryParty = reader.ReadArray<int>();
        var nameIndex = reader.ReadArray<int>();
        _entryIsReading = reader.ReadArray<bool>();
        _entryFamilyOnly = reader.ReadArray<bool>();
        _entryText = reader.ReadStrings();
        _partyHasFullName = reader.ReadArray<bool>();
        var entries = _entryParty.Length;
        SnapshotCheck.That(nameIndex.Length == entries && _entryIsReading.Length == entries && _entryFamilyOnly.Length == entries && _entryText.Length == entries && _partyHasFullName.Length == _parties.Length, Part);
        SnapshotCheck.Ids(_entryParty, _parties.Length, Part);
        if (_store is { } lazy)
        {
            // Each entry's name is its party's name at this index, found when the entry is matched: checked now against
            // the party's name count, so that finding it cannot fail later.
            for (var e = 0; e < entries; e++)
            {
                SnapshotCheck.That((uint)nameIndex[e] < (uint)lazy.NameCountOf(_entryParty[e]), Part);
            }

            _entryNameIndex = nameIndex;
        }
        else
        {
            _entryName = new ListedName[entries];
            for (var e = 0; e < entries; e++)
            {
                var names = _parties[_entryParty[e]]!.Names;
                SnapshotCheck.That((uint)nameIndex[e] < (uint)names.Count, Part);
                _entryName[e] = names[nameIndex[e]];
            }
        }

        _hasFamilyOnly = Array.IndexOf(_entryFamilyOnly, true) >= 0;

        _index = ScreeningIndex.ReadFrom(reader);
        SnapshotCheck.That(_index.Store.Count == entries, Part);
        _isFamilyOnly = e => _entryFamilyOnly[e];
        _isFamilyOnlyOfFamilyOnlyParty = e => _entryFamilyOnly[e] && !_partyHasFullName[_entryParty[e]];
        _isNotFamilyOnly = e => !_entryFamilyOnly[e];
        PartyCount = _parties.Length;
        NameCount = entries;
        (_identifiers, _partyEntries, _birthYears) = LazyIndexes();
        Context = CreateContext(lists, options, overlays);
    }

    /// <summary>
    /// Writes the entries (each indexed name's party, which of its names, the text indexed when not the name as
    /// published) and the index, for the snapshot constructor; the lists, options and overlays are written apart.
    /// </summary>
    internal void WriteIndex(SnapshotWriter writer)
    {
        writer.WriteInt32(_parties.Length);
        writer.WriteArray<int>(_entryParty);
        var nameIndex = _entryNameIndex ?? new int[_entryParty.Length];
        for (var e = 0; _entryName is not null && e < nameIndex.Length; e++)
        {
            nameIndex[e] = IndexOf(Party(_entryParty[e]).Names, _entryName[e]);
        }

        writer.WriteArray<int>(nameIndex);
        writer.WriteArray<bool>(_entryIsReading);
        writer.WriteArray<bool>(_entryFamilyOnly);
        writer.WriteStrings(_entryText);
        writer.WriteArray<bool>(_partyHasFullName);
        _index.WriteTo(writer);

        static int IndexOf(IReadOnlyList<ListedName> names, ListedName name)
        {
            for (var k = 0; k < names.Count; k++)
            {
                if (ReferenceEquals(names[k], name))
                {
                    return k;
                }
            }

            throw new InvalidOperationException($"an indexed name is not among its party's names: {name.Value}");
        }
    }

    /// <summary>
    /// Writes the screener to <paramref name="stream"/> as one snapshot file: the lists as built (overlays applied, every
    /// party and its load report), the overlays, the options, the entries and the whole index, with the format version,
    /// the algorithm version, the library build and a SHA-256 of its bytes. <see cref="Load(Stream)"/> reads it back
    /// without parsing a list or normalizing a name, and answers exactly as this screener does.
    /// </summary>
    /// <param name="stream">Where to write; written in one pass, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="NotSupportedException">The screener was built with ownership files (<see cref="Affiliates"/>): not saved in this version.</exception>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (Affiliates is not null)
        {
            throw new NotSupportedException("A screener built with ownership files cannot be saved yet: build it from the lists and the ownership files.");
        }

        var writer = new SnapshotWriter();
        writer.WriteString(ScreeningDefaults.AlgorithmVersion);
        writer.WriteString(SnapshotFormat.LibraryBuild);
        writer.WriteDouble(Options.Threshold);
        writer.WriteDouble(Options.StrongThreshold);
        writer.WriteInt32(Options.MaxResults);
        writer.WriteInt32(Options.MaxQueryLength);
        writer.WriteBool(Options.IncludeWeakAliases);
        writer.WriteBool(Options.ClearContradictedMatches);
        OverlayCodec.Write(writer, OverlaySources, Overlays);
        ListsCodec.Write(writer, Lists);
        WriteIndex(writer);
        writer.Complete(stream);
    }

    /// <summary>
    /// Reads a screener written by <see cref="Save"/>. Nothing is used until the whole file has been read and its
    /// SHA-256 compared; a file of another format or algorithm version, of another build of the library, truncated or
    /// damaged is refused with a <see cref="SnapshotException"/> saying why, never read in part.
    /// </summary>
    /// <param name="stream">The snapshot, read from its current position to its end; not closed.</param>
    /// <returns>The screener, equal in every answer to the one saved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="SnapshotException">The snapshot cannot be used; the message says why.</exception>
    public static Screener Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var reader = new SnapshotReader(stream);
            var algorithm = reader.ReadString();
            if (algorithm != ScreeningDefaults.AlgorithmVersion)
            {
                throw new SnapshotException($"written by algorithm {algorithm}; this library is {ScreeningDefaults.AlgorithmVersion}");
            }

            var build = reader.ReadString();
            if (build != SnapshotFormat.LibraryBuild)
            {
                throw new SnapshotException($"written by another build of the library ({build}; this one is {SnapshotFormat.LibraryBuild})");
            }

            var options = new ScreeningOptions
            {
                Threshold = reader.ReadDouble(),
                StrongThreshold = reader.ReadDouble(),
                MaxResults = reader.ReadInt32(),
                MaxQueryLength = reader.ReadInt32(),
                IncludeWeakAliases = reader.ReadBool(),
                ClearContradictedMatches = reader.ReadBool(),
            };
            options.Validate();
            var (sources, reports) = OverlayCodec.Read(reader);
            var lists = ListsCodec.Read(reader);
            var screener = new Screener(lists, options, reports, reader) { OverlaySources = sources };
            reader.Complete();
            return screener;
        }
        catch (SnapshotException)
        {
            throw;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or OverflowException or FormatException or InvalidCastException or IOException)
        {
            throw new SnapshotException("damaged: " + e.Message, e);
        }
    }

    /// <summary>
    /// Reads a screener written by <see cref="Save"/> and checks that it was built from <paramref name="lists"/>: the
    /// same files (format and SHA-256), in the same order. The lists given are only compared: the screener holds the
    /// parties read from the snapshot, which are theirs.
    /// </summary>
    /// <param name="stream">The snapshot, read from its current position to its end; not closed.</param>
    /// <param name="lists">The lists the snapshot must have been built from.</param>
    /// <returns>The screener.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SnapshotException">
    /// The snapshot cannot be used (see <see cref="Load(Stream)"/>), or was built from other lists; the message says which.
    /// </exception>
    public static Screener Load(Stream stream, IEnumerable<ListSnapshot> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var expected = lists.Select(l => l.Identity).ToList();
        var screener = Load(stream);
        var actual = screener.Lists.Select(l => l.Identity).ToList();
        if (actual.Count != expected.Count)
        {
            throw new SnapshotException(FormattableString.Invariant($"built from {actual.Count} lists, not the {expected.Count} given"));
        }

        for (var i = 0; i < actual.Count; i++)
        {
            if (actual[i].Format != expected[i].Format || !string.Equals(actual[i].Sha256, expected[i].Sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw new SnapshotException($"built from other lists: list {i + 1} is {actual[i].Source} ({actual[i].Format}, sha256 {actual[i].Sha256}), not {expected[i].Source} ({expected[i].Format}, sha256 {expected[i].Sha256})");
            }
        }

        return screener;
    }

    /// <summary>The screener over <paramref name="lists"/> read from an index written by <see cref="WriteIndex"/> for the same lists.</summary>
    internal static Screener ReadIndex(SnapshotReader reader, IReadOnlyList<ListSnapshot> lists, ScreeningOptions options, IReadOnlyList<AliasOverlayReport> overlays, IReadOnlyList<AliasOverlay> overlaySources) =>
        new(lists, options, overlays, reader) { OverlaySources = overlaySources };

    /// <summary>
    /// A screener sharing this one's lists and index with other options: the threshold, strong threshold, result count,
    /// query length and contradicted-match setting, which do not shape the index (a snapshot built with the defaults
    /// serves any threshold). The context (snapshot id included) is the one a build with these options would have.
    /// </summary>
    /// <param name="options">The options; copied. <see cref="ScreeningOptions.IncludeWeakAliases"/> must be this screener's.</param>
    /// <returns>The screener; this one when the options are equal.</returns>
    /// <exception cref="ArgumentException">The options would index other names (another <see cref="ScreeningOptions.IncludeWeakAliases"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public Screener WithOptions(ScreeningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var copy = options.Clone();
        copy.Validate();
        if (copy.IncludeWeakAliases != Options.IncludeWeakAliases)
        {
            throw new ArgumentException("IncludeWeakAliases shapes the index: build a screener with it instead.", nameof(options));
        }

        return copy.Threshold == Options.Threshold && copy.StrongThreshold == Options.StrongThreshold && copy.MaxResults == Options.MaxResults
            && copy.MaxQueryLength == Options.MaxQueryLength && copy.ClearContradictedMatches == Options.ClearContradictedMatches
            ? this
            : new Screener(this, copy);
    }

    /// <summary>A copy of <paramref name="source"/> with other options: every array and lazy index shared.</summary>
    private Screener(Screener source, ScreeningOptions options)
    {
        Lists = source.Lists;
        Options = options;
        Overlays = source.Overlays;
        _parties = source._parties;
        _store = source._store;
        _filterData = source._filterData;
        _entryParty = source._entryParty;
        _entryName = source._entryName;
        _entryNameIndex = source._entryNameIndex;
        _entryIsReading = source._entryIsReading;
        _entryText = source._entryText;
        _entryFamilyOnly = source._entryFamilyOnly;
        _partyHasFullName = source._partyHasFullName;
        _hasFamilyOnly = source._hasFamilyOnly;
        _isFamilyOnly = source._isFamilyOnly;
        _isFamilyOnlyOfFamilyOnlyParty = source._isFamilyOnlyOfFamilyOnlyParty;
        _isNotFamilyOnly = source._isNotFamilyOnly;
        _index = source._index;
        _identifiers = source._identifiers;
        _partyEntries = source._partyEntries;
        _birthYears = source._birthYears;
        _hasRedFlagParties = source._hasRedFlagParties;
        PartyCount = source.PartyCount;
        NameCount = source.NameCount;
        OverlaySources = source.OverlaySources;
        Affiliates = source.Affiliates;
        OwnershipSources = source.OwnershipSources;
        OwnershipOptions = source.OwnershipOptions;
        Context = CreateContext(Lists, options, Overlays);
    }
}
