using System.Numerics;

namespace EntityScreen.Matching;

/// <summary>
/// What the index needs to find the names the scorer's initial and acronym rules can align
/// (<see cref="NameScorer.InitialSimilarity"/>, <see cref="NameScorer.AcronymOf"/>): per letter, the names holding a
/// word of two or more letters with that initial and the heaviest such word's weight; and every name's acronym, as a
/// sorted array of hashes. About 20 bytes per name.
/// </summary>
internal sealed class InitialIndex
{
    private readonly int[] _letterStart;
    private readonly int[] _letterEntries;
    private readonly float[] _letterMaxWeight;
    private readonly ulong[] _acronymHashes;
    private readonly int[] _acronymEntries;

    /// <summary>The index as read from a snapshot (<see cref="ReadFrom"/>).</summary>
    private InitialIndex(int[] letterStart, int[] letterEntries, float[] letterMaxWeight, ulong[] acronymHashes, int[] acronymEntries)
    {
        (_letterStart, _letterEntries, _letterMaxWeight, _acronymHashes, _acronymEntries) = (letterStart, letterEntries, letterMaxWeight, acronymHashes, acronymEntries);
    }

    /// <summary>Writes the index as laid out in memory, for <see cref="ReadFrom"/>.</summary>
    internal void WriteTo(Snapshots.SnapshotWriter writer)
    {
        writer.WriteArray<int>(_letterStart);
        writer.WriteArray<int>(_letterEntries);
        writer.WriteArray<float>(_letterMaxWeight);
        writer.WriteArray<ulong>(_acronymHashes);
        writer.WriteArray<int>(_acronymEntries);
    }

    /// <summary>Reads an index written by <see cref="WriteTo"/> for <paramref name="names"/> names.</summary>
    internal static InitialIndex ReadFrom(Snapshots.SnapshotReader reader, int names)
    {
        var letterStart = reader.ReadArray<int>();
        var letterEntries = reader.ReadArray<int>();
        var letterMaxWeight = reader.ReadArray<float>();
        var acronymHashes = reader.ReadArray<ulong>();
        var acronymEntries = reader.ReadArray<int>();
        Snapshots.SnapshotCheck.That(letterStart.Length == 27 && letterMaxWeight.Length == 26 && acronymEntries.Length == acronymHashes.Length, "the initials index");
        Snapshots.SnapshotCheck.Offsets(letterStart, letterEntries.Length, "the initials index");
        Snapshots.SnapshotCheck.Ids(letterEntries, names, "the initials index");
        Snapshots.SnapshotCheck.Ids(acronymEntries, names, "the initials index");
        return new InitialIndex(letterStart, letterEntries, letterMaxWeight, acronymHashes, acronymEntries);
    }

    internal InitialIndex(NameStore store)
    {
        // One pass for each name's initials (a bit per letter), the heaviest word per initial and the acronyms, then
        // the per-letter postings by counting sort, ascending by name.
        var table = store.Table;
        var initials = new uint[store.Count];
        var starts = new int[27];
        _letterMaxWeight = new float[26];
        var acronyms = new List<(ulong Hash, int Entry)>();
        Span<char> buffer = stackalloc char[NameScorer.MaxAcronymLength];
        for (var e = 0; e < store.Count; e++)
        {
            foreach (var id in store.TokenIds(e))
            {
                var token = table.Tokens[id];
                var letter = token[0] - 'a';
                if (token.Length >= 2 && (uint)letter < 26)
                {
                    initials[e] |= 1u << letter;
                    _letterMaxWeight[letter] = Math.Max(_letterMaxWeight[letter], table.Weights[id]);
                }
            }

            for (var bits = initials[e]; bits != 0; bits &= bits - 1)
            {
                starts[BitOperations.TrailingZeroCount(bits) + 1]++;
            }

            var length = NameScorer.AcronymOf(store.View(e), buffer);
            if (length > 0)
            {
                acronyms.Add((DeletionIndex.Hash(buffer[..length]), e));
            }
        }

        for (var l = 0; l < 26; l++)
        {
            starts[l + 1] += starts[l];
        }

        _letterStart = starts;
        _letterEntries = new int[starts[26]];
        var fill = (int[])starts.Clone();
        for (var e = 0; e < store.Count; e++)
        {
            for (var bits = initials[e]; bits != 0; bits &= bits - 1)
            {
                _letterEntries[fill[BitOperations.TrailingZeroCount(bits)]++] = e;
            }
        }

        acronyms.Sort();
        _acronymHashes = [.. acronyms.Select(a => a.Hash)];
        _acronymEntries = [.. acronyms.Select(a => a.Entry)];
    }

    /// <summary>Names holding a word of 2+ letters starting with <paramref name="letter"/> (ascending).</summary>
    internal ReadOnlySpan<int> WithInitial(char letter)
    {
        var l = letter - 'a';
        return (uint)l < 26 ? _letterEntries.AsSpan(_letterStart[l], _letterStart[l + 1] - _letterStart[l]) : [];
    }

    /// <summary>The weight of the heaviest word of 2+ letters starting with <paramref name="letter"/>.</summary>
    internal float MaxWeight(char letter)
    {
        var l = letter - 'a';
        return (uint)l < 26 ? _letterMaxWeight[l] : 0;
    }

    /// <summary>Names whose acronym may be <paramref name="acronym"/> (hash equal: the scorer verifies).</summary>
    internal ReadOnlySpan<int> WithAcronym(ReadOnlySpan<char> acronym)
    {
        var h = DeletionIndex.Hash(acronym);
        var lo = Array.BinarySearch(_acronymHashes, h);
        if (lo < 0)
        {
            return [];
        }

        while (lo > 0 && _acronymHashes[lo - 1] == h)
        {
            lo--;
        }

        var hi = lo;
        while (hi < _acronymHashes.Length && _acronymHashes[hi] == h)
        {
            hi++;
        }

        return _acronymEntries.AsSpan(lo, hi - lo);
    }
}
