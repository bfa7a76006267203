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

    internal long Bytes => _hashes.Length * 12L;

    internal static DeletionIndex Build(string[] tokens)
    {
        var hashes = new List<ulong>(tokens.Length * 8);
        var ids = new List<int>(tokens.Length * 8);
        var seen = new HashSet<ulong>();
        var sink = new List<ulong>(64);
        for (var id = 0; id < tokens.Length; id++)
        {
            var t = tokens[id];
            if (!Eligible(t))
            {
                continue;
            }

            seen.Clear();
            sink.Clear();
            Deletions(t, TokenSimilarity.Budget(t.Length), sink);
            foreach (var h in sink)
            {
                if (seen.Add(h))
                {
                    hashes.Add(h);
                    ids.Add(id);
                }
            }
        }

        var hashArray = hashes.ToArray();
        var idArray = ids.ToArray();
        Array.Sort(hashArray, idArray);
        return new DeletionIndex(hashArray, idArray);
    }

    internal static bool Eligible(string token) =>
        token.Length >= TokenSimilarity.MinFuzzyLength && token.Length <= 48 && !TokenSimilarity.HasDigit(token);

    /// <summary>Adds to <paramref name="found"/> each candidate id (unverified, possibly repeated) near <paramref name="token"/>.</summary>
    internal void Candidates(string token, List<int> found, List<ulong> scratch)
    {
        if (!Eligible(token))
        {
            return;
        }

        scratch.Clear();
        Deletions(token, TokenSimilarity.Budget(token.Length), scratch);
        foreach (var h in scratch)
        {
            var lo = Array.BinarySearch(_hashes, h);
            if (lo < 0)
            {
                continue;
            }

            while (lo > 0 && _hashes[lo - 1] == h)
            {
                lo--;
            }

            for (var k = lo; k < _hashes.Length && _hashes[k] == h; k++)
            {
                found.Add(_ids[k]);
            }
        }
    }

    /// <summary>Hashes of the token and of every string made by deleting up to <paramref name="budget"/> characters.</summary>
    private static void Deletions(string token, int budget, List<ulong> sink)
    {
        sink.Add(Hash(token));
        if (budget < 1)
        {
            return;
        }

        Span<char> once = stackalloc char[token.Length];
        for (var i = 0; i < token.Length; i++)
        {
            // Deleting from a run of equal letters gives the same string: skip repeats.
            if (i > 0 && token[i] == token[i - 1])
            {
                continue;
            }

            token.AsSpan(0, i).CopyTo(once);
            token.AsSpan(i + 1).CopyTo(once[i..]);
            var shorter = once[..(token.Length - 1)];
            sink.Add(Hash(shorter));
            if (budget >= 2)
            {
                for (var j = 0; j < shorter.Length; j++)
                {
                    if (j > 0 && shorter[j] == shorter[j - 1])
                    {
                        continue;
                    }

                    sink.Add(HashWithout(shorter, j));
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
