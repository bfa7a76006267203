namespace EntityScreen.Matching;

/// <summary>
/// Finds the vocabulary tokens within a token's edit budget (SymSpell-style deletion neighbourhoods): every token of
/// length ≥ 4 is stored under the hash of each string reachable by deleting up to its budget of characters. Two
/// tokens within k edits (Levenshtein or adjacent transposition) share such a string, so a lookup of the query
/// token's own deletions finds every one of them; hash collisions are removed by verifying the similarity.
/// </summary>
internal sealed class DeletionIndex
{
    private readonly ulong[] _hashes;
    private readonly int[] _ids;

    private DeletionIndex(ulong[] hashes, int[] ids)
    {
        _hashes = hashes;
        _ids = ids;
    }

    internal int EntryCount => _hashes.Length;

    internal static DeletionIndex Build(string[] tokens)
    {
        var entries = new List<(ulong Hash, int Id)>(tokens.Length * 8);
        Span<char> buffer = stackalloc char[64];
        var seen = new HashSet<ulong>();
        for (var id = 0; id < tokens.Length; id++)
        {
            var t = tokens[id];
            if (!Eligible(t))
            {
                continue;
            }

            seen.Clear();
            ForEachDeletion(t, TokenSimilarity.Budget(t.Length), buffer, h =>
            {
                if (seen.Add(h))
                {
                    entries.Add((h, id));
                }
            });
        }

        entries.Sort((a, b) => a.Hash != b.Hash ? a.Hash.CompareTo(b.Hash) : a.Id.CompareTo(b.Id));
        var hashes = new ulong[entries.Count];
        var ids = new int[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            (hashes[i], ids[i]) = entries[i];
        }

        return new DeletionIndex(hashes, ids);
    }

    internal static bool Eligible(string token) =>
        token.Length >= TokenSimilarity.MinFuzzyLength && token.Length <= 48 && !TokenSimilarity.HasDigit(token);

    /// <summary>Calls <paramref name="found"/> with each candidate id (unverified, possibly repeated) near <paramref name="token"/>.</summary>
    internal void Candidates(string token, Action<int> found)
    {
        if (!Eligible(token))
        {
            return;
        }

        Span<char> buffer = stackalloc char[64];
        ForEachDeletion(token, TokenSimilarity.Budget(token.Length), buffer, h =>
        {
            var lo = Array.BinarySearch(_hashes, h);
            if (lo < 0)
            {
                return;
            }

            while (lo > 0 && _hashes[lo - 1] == h)
            {
                lo--;
            }

            for (var k = lo; k < _hashes.Length && _hashes[k] == h; k++)
            {
                found(_ids[k]);
            }
        });
    }

    private delegate void HashSink(ulong hash);

    private static void ForEachDeletion(string token, int budget, Span<char> buffer, Action<ulong> sink)
    {
        sink(Hash(token));
        if (budget >= 1)
        {
            for (var i = 0; i < token.Length; i++)
            {
                // Deleting from a run of equal letters gives the same string: skip repeats.
                if (i > 0 && token[i] == token[i - 1])
                {
                    continue;
                }

                token.AsSpan(0, i).CopyTo(buffer);
                token.AsSpan(i + 1).CopyTo(buffer[i..]);
                var once = buffer[..(token.Length - 1)];
                sink(Hash(once));
                if (budget >= 2)
                {
                    for (var j = 0; j < once.Length; j++)
                    {
                        if (j > 0 && once[j] == once[j - 1])
                        {
                            continue;
                        }

                        sink(HashWithout(once, j));
                    }
                }
            }
        }
    }

    /// <summary>FNV-1a over the chars (deterministic across processes).</summary>
    private static ulong Hash(ReadOnlySpan<char> s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return (h ^ (ulong)s.Length) * 1099511628211UL;
    }

    private static ulong HashWithout(ReadOnlySpan<char> s, int skip)
    {
        var h = 14695981039346656037UL;
        for (var i = 0; i < s.Length; i++)
        {
            if (i != skip)
            {
                h = (h ^ s[i]) * 1099511628211UL;
            }
        }

        return (h ^ (ulong)(s.Length - 1)) * 1099511628211UL;
    }
}
