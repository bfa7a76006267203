using EntityScreen.Matching;
using EntityScreen.Snapshots;

namespace EntityScreen;

/// <summary>The screener's index written to a snapshot and read back (see docs/performance.md, "Cold start").</summary>
public sealed partial class Screener
{
    /// <summary>
    /// The screener over <paramref name="lists"/> (the lists it was built over, overlays applied) whose entries and
    /// index are read from <paramref name="reader"/> (<see cref="WriteIndex"/>): nothing is normalized or read again.
    /// </summary>
    private Screener(IReadOnlyList<ListSnapshot> lists, ScreeningOptions options, IReadOnlyList<AliasOverlayReport> overlays, SnapshotReader reader)
    {
        const string Part = "the screener's entries";
        Lists = lists;
        Options = options;
        Overlays = overlays;
        _parties = [.. lists.SelectMany(l => l.Parties)];
        _filterData = new PartyFilterData[_parties.Length];
        for (var p = 0; p < _parties.Length; p++)
        {
            _filterData[p] = new PartyFilterData(_parties[p]);
            _hasRedFlagParties |= _parties[p].Affiliation is { IsCovered: false };
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
        _entryName = new ListedName[entries];
        for (var e = 0; e < entries; e++)
        {
            var names = _parties[_entryParty[e]].Names;
            SnapshotCheck.That((uint)nameIndex[e] < (uint)names.Count, Part);
            _entryName[e] = names[nameIndex[e]];
            _hasFamilyOnly |= _entryFamilyOnly[e];
        }

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
        var nameIndex = new int[_entryName.Length];
        for (var e = 0; e < nameIndex.Length; e++)
        {
            nameIndex[e] = IndexOf(_parties[_entryParty[e]].Names, _entryName[e]);
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

    /// <summary>The screener over <paramref name="lists"/> read from an index written by <see cref="WriteIndex"/> for the same lists.</summary>
    internal static Screener ReadIndex(SnapshotReader reader, IReadOnlyList<ListSnapshot> lists, ScreeningOptions options, IReadOnlyList<AliasOverlayReport> overlays, IReadOnlyList<AliasOverlay> overlaySources) =>
        new(lists, options, overlays, reader) { OverlaySources = overlaySources };
}
