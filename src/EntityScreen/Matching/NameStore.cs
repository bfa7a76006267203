using EntityScreen.Text;

namespace EntityScreen.Matching;

/// <summary>
/// Every listed name in flat arrays (token ids, Chinese keys, totals, legal forms), a few dozen bytes per name and
/// no object per name. Immutable once built.
/// </summary>
internal sealed class NameStore
{
    private readonly int[] _tokenStart;
    private readonly int[] _tokenIds;
    private readonly float[] _totalWeight;
    private readonly LegalForms.Form[] _forms;
    private readonly int[] _hanStart;
    private readonly char[] _hanChars;
    private readonly float[] _hanTotalWeight;
    private readonly int[] _bigramStart;
    private readonly int[] _bigrams;
    private readonly bool[] _transliterated;
    private readonly bool[] _syllabic;

    /// <summary>Per name: it is the library's reading of a listed name written in another script (<see cref="NameView.Reading"/>).</summary>
    private readonly bool[] _reading;
    private readonly bool[] _person;
    private readonly uint[] _middle;
    private readonly float[] _middleWeight;
    private readonly sbyte[] _family;
    private readonly bool[] _middleNamesUnwritten;
    private readonly float[] _maxTokenWeight;
    private readonly float _maxWeight;

    /// <summary>
    /// Stores the names; <paramref name="person"/> marks the persons' names (null: none is) and
    /// <paramref name="middle"/> holds their middle-name masks (<see cref="NameView.Middle"/>) and <paramref name="family"/>
    /// the index of their family-name tokens (<see cref="NameView.Family"/>, -1 for none); <paramref name="middleNamesUnwritten"/>
    /// marks the Chinese readings of foreign persons' names (<see cref="NameView.MiddleNamesUnwritten"/>), and
    /// <paramref name="readings"/> the names that are readings of listed names written in another script (<see cref="NameView.Reading"/>).
    /// </summary>
    internal NameStore(IReadOnlyList<NormalizedName> names, TokenTable table, bool[]? person = null, uint[]? middle = null, sbyte[]? family = null, bool[]? middleNamesUnwritten = null, bool[]? readings = null)
    {
        _reading = readings ?? new bool[names.Count];
        _middleNamesUnwritten = middleNamesUnwritten ?? new bool[names.Count];
        _maxTokenWeight = new float[names.Count];
        _person = person ?? new bool[names.Count];
        _middle = middle ?? new uint[names.Count];
        _family = family ?? CreateUnknownFamilies(names.Count);
        _middleWeight = new float[names.Count];
        HasPersons = _person.Contains(true);
        var count = names.Count;
        Table = table;
        _tokenStart = new int[count + 1];
        _hanStart = new int[count + 1];
        _bigramStart = new int[count + 1];
        _totalWeight = new float[count];
        _hanTotalWeight = new float[count];
        _forms = new LegalForms.Form[count];
        _transliterated = new bool[count];
        _syllabic = new bool[count];
        int tokens = 0, han = 0, bigrams = 0;
        for (var i = 0; i < count; i++)
        {
            tokens += names[i].Tokens.Length;
            han += names[i].HanCore.Length;
            bigrams += Math.Max(0, names[i].HanCore.Length - 1);
        }

        _tokenIds = new int[tokens];
        var hanChars = new char[han];
        var bigramPool = new int[bigrams];
        tokens = han = bigrams = 0;
        for (var i = 0; i < count; i++)
        {
            var n = names[i];
            _tokenStart[i] = tokens;
            foreach (var t in n.Tokens)
            {
                var id = table.Id(t);
                var k = tokens - _tokenStart[i];
                _tokenIds[tokens++] = id;
                _totalWeight[i] += table.Weight(id);
                _maxTokenWeight[i] = Math.Max(_maxTokenWeight[i], table.Weight(id));
                if (k < 32 && (_middle[i] & (1u << k)) != 0)
                {
                    _middleWeight[i] += table.Weight(id);
                }
            }

            _hanStart[i] = han;
            var chars = HanKeys.DistinctChars(n.HanCore);
            chars.CopyTo(hanChars, han);
            han += chars.Length;
            _hanTotalWeight[i] = HanKeys.TotalWeight(chars, table);

            _bigramStart[i] = bigrams;
            var bg = HanKeys.DistinctBigrams(n.HanCore);
            bg.CopyTo(bigramPool, bigrams);
            bigrams += bg.Length;

            _forms[i] = n.Forms;
            _transliterated[i] = n.Transliterated;
            _syllabic[i] = n.Syllabic;
        }

        _tokenStart[count] = tokens;
        _maxWeight = count == 0 ? 0 : _maxTokenWeight.Max();
        _hanStart[count] = han;
        _bigramStart[count] = bigrams;
        _hanChars = hanChars[..han];
        _bigrams = bigramPool[..bigrams];
        Count = count;
    }

    /// <summary>The store as read from a snapshot (<see cref="ReadFrom"/>).</summary>
    private NameStore(TokenTable table, Snapshots.SnapshotReader reader)
    {
        Table = table;
        _tokenStart = reader.ReadArray<int>();
        _tokenIds = reader.ReadArray<int>();
        _totalWeight = reader.ReadArray<float>();
        _forms = reader.ReadArray<LegalForms.Form>();
        _hanStart = reader.ReadArray<int>();
        _hanChars = reader.ReadArray<char>();
        _hanTotalWeight = reader.ReadArray<float>();
        _bigramStart = reader.ReadArray<int>();
        _bigrams = reader.ReadArray<int>();
        _transliterated = reader.ReadArray<bool>();
        _syllabic = reader.ReadArray<bool>();
        _reading = reader.ReadArray<bool>();
        _person = reader.ReadArray<bool>();
        _middle = reader.ReadArray<uint>();
        _middleWeight = reader.ReadArray<float>();
        _family = reader.ReadArray<sbyte>();
        _middleNamesUnwritten = reader.ReadArray<bool>();
        _maxTokenWeight = reader.ReadArray<float>();
        _maxWeight = reader.ReadSingle();
        HasPersons = reader.ReadBool();
        Count = _totalWeight.Length;
        const string Part = "the name store";
        foreach (var perName in new[] { _forms.Length, _hanTotalWeight.Length, _transliterated.Length, _syllabic.Length, _reading.Length, _person.Length, _middle.Length, _middleWeight.Length, _family.Length, _middleNamesUnwritten.Length, _maxTokenWeight.Length })
        {
            Snapshots.SnapshotCheck.That(perName == Count, Part);
        }

        Snapshots.SnapshotCheck.That(_tokenStart.Length == Count + 1 && _hanStart.Length == Count + 1 && _bigramStart.Length == Count + 1, Part);
        Snapshots.SnapshotCheck.Offsets(_tokenStart, _tokenIds.Length, Part);
        Snapshots.SnapshotCheck.Offsets(_hanStart, _hanChars.Length, Part);
        Snapshots.SnapshotCheck.Offsets(_bigramStart, _bigrams.Length, Part);
        Snapshots.SnapshotCheck.Ids(_tokenIds, table.Count, Part);
    }

    /// <summary>Writes the store's arrays as laid out in memory (the table is written apart), for <see cref="ReadFrom"/>.</summary>
    internal void WriteTo(Snapshots.SnapshotWriter writer)
    {
        writer.WriteArray<int>(_tokenStart);
        writer.WriteArray<int>(_tokenIds);
        writer.WriteArray<float>(_totalWeight);
        writer.WriteArray<LegalForms.Form>(_forms);
        writer.WriteArray<int>(_hanStart);
        writer.WriteArray<char>(_hanChars);
        writer.WriteArray<float>(_hanTotalWeight);
        writer.WriteArray<int>(_bigramStart);
        writer.WriteArray<int>(_bigrams);
        writer.WriteArray<bool>(_transliterated);
        writer.WriteArray<bool>(_syllabic);
        writer.WriteArray<bool>(_reading);
        writer.WriteArray<bool>(_person);
        writer.WriteArray<uint>(_middle);
        writer.WriteArray<float>(_middleWeight);
        writer.WriteArray<sbyte>(_family);
        writer.WriteArray<bool>(_middleNamesUnwritten);
        writer.WriteArray<float>(_maxTokenWeight);
        writer.WriteSingle(_maxWeight);
        writer.WriteBool(HasPersons);
    }

    /// <summary>Reads a store written by <see cref="WriteTo"/> over <paramref name="table"/>.</summary>
    internal static NameStore ReadFrom(Snapshots.SnapshotReader reader, TokenTable table) => new(table, reader);

    internal int Count { get; }

    internal TokenTable Table { get; }

    /// <summary>True when some name is a person's.</summary>
    internal bool HasPersons { get; }

    internal bool IsPerson(int e) => _person[e];

    /// <summary>The weight of the name's tokens in middle-name places (<see cref="NameView.Middle"/>).</summary>
    internal float MiddleWeight(int e) => _middleWeight[e];

    internal ReadOnlySpan<int> TokenIds(int e) => _tokenIds.AsSpan(_tokenStart[e], _tokenStart[e + 1] - _tokenStart[e]);

    internal ReadOnlySpan<char> HanChars(int e) => _hanChars.AsSpan(_hanStart[e], _hanStart[e + 1] - _hanStart[e]);

    internal ReadOnlySpan<int> HanBigrams(int e) => _bigrams.AsSpan(_bigramStart[e], _bigramStart[e + 1] - _bigramStart[e]);

    internal float TotalWeight(int e) => _totalWeight[e];

    /// <summary>The name is a Chinese reading of a foreign person's name (<see cref="NameView.MiddleNamesUnwritten"/>).</summary>
    internal bool MiddleNamesUnwritten(int e) => _middleNamesUnwritten[e];

    /// <summary>The weight of the name's heaviest token.</summary>
    internal float MaxTokenWeight(int e) => _maxTokenWeight[e];

    /// <summary>The weight of the heaviest token of any name.</summary>
    internal float MaxTokenWeight() => _maxWeight;

    internal float HanTotalWeight(int e) => _hanTotalWeight[e];

    internal NameView View(int e) =>
        new(Table, TokenIds(e), null, null, null, default, _totalWeight[e], _forms[e], HanChars(e), HanBigrams(e), _hanTotalWeight[e], _transliterated[e], _middle[e], family: _family[e], middleNamesUnwritten: _middleNamesUnwritten[e], syllabic: _syllabic[e], reading: _reading[e]);

    private static sbyte[] CreateUnknownFamilies(int count)
    {
        var family = new sbyte[count];
        Array.Fill(family, (sbyte)-1);
        return family;
    }
}
