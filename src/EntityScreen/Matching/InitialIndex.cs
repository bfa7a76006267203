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

    internal InitialIndex(NameStore store)
    {
        var table = store.Table;
        Span<int> seen = stackalloc int[26];
        var counts = new int[27];
        _letterMaxWeight = new float[26];
        var acronyms = new List<(ulong Hash, int Entry)>();
        Span<char> buffer = stackalloc char[NameScorer.MaxAcronymLength];
        for (var pass = 0; pass < 2; pass++)
        {
            var fill = pass == 0 ? counts : (int[])counts.Clone();
            var entries = pass == 0 ? [] : new int[counts[26]];
            for (var e = 0; e < store.Count; e++)
            {
                seen.Clear();
                foreach (var id in store.TokenIds(e))
                {
                    var token = table.Tokens[id];
                    var letter = token[0] - 'a';
                    if (token.Length < 2 || (uint)letter >= 26 || seen[letter] != 0)
                    {
                        continue;
                    }

                    seen[letter] = 1;
                    if (pass == 0)
                    {
                        counts[letter + 1]++;
                    }
                    else
                    {
                        entries[fill[letter]++] = e;
                    }
                }

                if (pass == 0)
                {
                    foreach (var id in store.TokenIds(e))
                    {
                        var token = table.Tokens[id];
                        var letter = token[0] - 'a';
                        if (token.Length >= 2 && (uint)letter < 26)
                        {
                            _letterMaxWeight[letter] = Math.Max(_letterMaxWeight[letter], table.Weights[id]);
                        }
                    }

                    var length = NameScorer.AcronymOf(store.View(e), buffer);
                    if (length > 0)
                    {
                        acronyms.Add((Hash(buffer[..length]), e));
                    }
                }
            }

            if (pass == 0)
            {
                for (var l = 0; l < 26; l++)
                {
                    counts[l + 1] += counts[l];
                }
            }
            else
            {
                _letterEntries = entries;
            }
        }

        _letterStart = counts;
        _letterEntries ??= [];
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
        var h = Hash(acronym);
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

    /// <summary>FNV-1a over the characters, 64 bits.</summary>
    private static ulong Hash(ReadOnlySpan<char> s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }
}
