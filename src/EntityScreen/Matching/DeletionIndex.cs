using System.Numerics;

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
    private readonly int[] _bucketStart;

    /// <summary>Top bits of the hash that pick a bucket of the directory: about four entries a bucket.</summary>
    private readonly int _shift;

    /// <summary>Buckets the entries by the top bits of their hash (a counting sort: no comparison sort needed).</summary>
    private DeletionIndex(List<ulong> hashes, List<int> ids)
    {
        var bits = Math.Clamp(BitOperations.Log2((uint)Math.Max(1, hashes.Count / 4)), 4, 24);
        _shift = 64 - bits;
        _bucketStart = new int[(1 << bits) + 1];
        foreach (var h in hashes)
        {
            _bucketStart[(int)(h >> _shift) + 1]++;
        }

        for (var b = 0; b < 1 << bits; b++)
        {
            _bucketStart[b + 1] += _bucketStart[b];
        }

        _hashes = new ulong[hashes.Count];
        _ids = new int[hashes.Count];
        var fill = (int[])_bucketStart.Clone();
        for (var i = 0; i < hashes.Count; i++)
        {
            var k = fill[(int)(hashes[i] >> _shift)]++;
            _hashes[k] = hashes[i];
            _ids[k] = ids[i];
        }
    }

    internal int EntryCount => _hashes.Length;


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

        return new DeletionIndex(hashes, ids);
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
            var bucket = (int)(h >> _shift);
            var end = _bucketStart[bucket + 1];
            for (var k = _bucketStart[bucket]; k < end; k++)
            {
                if (_hashes[k] == h)
                {
                    found.Add(_ids[k]);
                }
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

        return Mix((h ^ (ulong)s.Length) * 1099511628211UL);
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

        return Mix((h ^ (ulong)(s.Length - 1)) * 1099511628211UL);
    }

    /// <summary>A final avalanche (MurmurHash3's), so the top bits that pick a bucket are well spread.</summary>
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        return h;
    }
}
