using System.Buffers;
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

    /// <summary>The most edits looked for, whatever the token's length allows.</summary>
    private readonly int _maxBudget;

    /// <summary>Buckets the entries by the top bits of their hash (a counting sort: no comparison sort needed).</summary>
    private DeletionIndex(ReadOnlySpan<ulong> hashes, ReadOnlySpan<int> ids, int maxBudget)
    {
        _maxBudget = maxBudget;
        var bits = Math.Clamp(BitOperations.Log2((uint)Math.Max(1, hashes.Length / 4)), 4, 24);
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

        _hashes = new ulong[hashes.Length];
        _ids = new int[hashes.Length];
        var fill = (int[])_bucketStart.Clone();
        for (var i = 0; i < hashes.Length; i++)
        {
            var k = fill[(int)(hashes[i] >> _shift)]++;
            _hashes[k] = hashes[i];
            _ids[k] = ids[i];
        }
    }

    /// <summary>The index as read from a snapshot (<see cref="ReadFrom"/>).</summary>
    private DeletionIndex(ulong[] hashes, int[] ids, int[] bucketStart, int shift, int maxBudget)
    {
        (_hashes, _ids, _bucketStart, _shift, _maxBudget) = (hashes, ids, bucketStart, shift, maxBudget);
    }

    internal int EntryCount => _hashes.Length;

    /// <summary>The token id of each entry (for the snapshot's checks).</summary>
    internal ReadOnlySpan<int> TokenIds => _ids;

    /// <summary>Writes the index as laid out in memory, for <see cref="ReadFrom"/>.</summary>
    internal void WriteTo(Snapshots.SnapshotWriter writer)
    {
        writer.WriteInt32(_shift);
        writer.WriteInt32(_maxBudget);
        writer.WriteArray<ulong>(_hashes);
        writer.WriteArray<int>(_ids);
        writer.WriteArray<int>(_bucketStart);
    }

    /// <summary>Reads an index written by <see cref="WriteTo"/>; its shapes are checked, its bytes by the snapshot's checksum.</summary>
    internal static DeletionIndex ReadFrom(Snapshots.SnapshotReader reader)
    {
        var shift = reader.ReadInt32();
        var maxBudget = reader.ReadInt32();
        var hashes = reader.ReadArray<ulong>();
        var ids = reader.ReadArray<int>();
        var bucketStart = reader.ReadArray<int>();
        Snapshots.SnapshotCheck.That(shift is >= 40 and <= 60 && ids.Length == hashes.Length && bucketStart.Length == (1 << (64 - shift)) + 1, "the typo index");
        Snapshots.SnapshotCheck.Offsets(bucketStart, hashes.Length, "the typo index");
        return new DeletionIndex(hashes, ids, bucketStart, shift, maxBudget);
    }


    /// <summary>Indexes <paramref name="tokens"/>, each within its edit budget and at most <paramref name="maxBudget"/> edits.</summary>
    internal static DeletionIndex Build(string[] tokens, int maxBudget = 2)
    {
        // The entries are gathered in buffers from the shared pool, so a reload of lists of the usual size (a few
        // hundred thousand entries) reuses the last build's instead of allocating megabytes that cost a full
        // collection. Buffers above MaxPooledLength (a million-name list) are dropped after the build, not pooled:
        // the pool would keep them alive.
        var hashes = ArrayPool<ulong>.Shared.Rent(Math.Max(1024, tokens.Length * 16));
        var ids = ArrayPool<int>.Shared.Rent(hashes.Length);
        try
        {
            var count = 0;
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
                Deletions(t, Math.Min(TokenSimilarity.IndexBudget(t.Length), maxBudget), sink);
                foreach (var h in sink)
                {
                    if (!seen.Add(h))
                    {
                        continue;
                    }

                    if (count == hashes.Length)
                    {
                        Grow(ref hashes, count);
                        Grow(ref ids, count);
                    }

                    hashes[count] = h;
                    ids[count++] = id;
                }
            }

            return new DeletionIndex(hashes.AsSpan(0, count), ids.AsSpan(0, count), maxBudget);
        }
        finally
        {
            Return(hashes);
            Return(ids);
        }
    }

    /// <summary>Longest build buffer given back to the shared pool (8 MB of hashes).</summary>
    private const int MaxPooledLength = 1 << 20;

    private static void Return<T>(T[] buffer)
    {
        if (buffer.Length <= MaxPooledLength)
        {
            ArrayPool<T>.Shared.Return(buffer);
        }
    }

    private static void Grow<T>(ref T[] buffer, int count)
    {
        var larger = ArrayPool<T>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, count).CopyTo(larger);
        Return(buffer);
        buffer = larger;
    }

    internal static bool Eligible(string token) =>
        token.Length >= TokenSimilarity.ShortFuzzyLength && token.Length <= 48 && !TokenSimilarity.HasDigit(token);

    /// <summary>Adds to <paramref name="found"/> each candidate id (unverified, possibly repeated) near <paramref name="token"/>.</summary>
    internal void Candidates(string token, List<int> found, List<ulong> scratch)
    {
        if (!Eligible(token))
        {
            return;
        }

        scratch.Clear();
        Deletions(token, Math.Min(TokenSimilarity.IndexBudget(token.Length), _maxBudget), scratch);
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

        // FNV-1a runs left to right: the state after a prefix is shared by every deletion after it, so each hash
        // starts from the state before its first deleted character.
        Span<ulong> tokenState = stackalloc ulong[token.Length + 1];
        Prefixes(token, tokenState);
        Span<ulong> state = stackalloc ulong[token.Length];
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
            if (budget < 2)
            {
                sink.Add(Finish(Continue(tokenState[i], shorter[i..]), shorter.Length));
                continue;
            }

            // States of `shorter`'s prefixes: the token's up to the deleted character, then continued.
            tokenState[..(i + 1)].CopyTo(state);
            for (var k = i; k < shorter.Length; k++)
            {
                state[k + 1] = Step(state[k], shorter[k]);
            }

            sink.Add(Finish(state[shorter.Length], shorter.Length));
            for (var j = 0; j < shorter.Length; j++)
            {
                if (j > 0 && shorter[j] == shorter[j - 1])
                {
                    continue;
                }

                sink.Add(Finish(Continue(state[j], shorter[(j + 1)..]), shorter.Length - 1));
            }
        }
    }

    /// <summary>The FNV-1a state after each prefix of <paramref name="s"/>: <paramref name="states"/>[k] after k chars.</summary>
    private static void Prefixes(ReadOnlySpan<char> s, Span<ulong> states)
    {
        states[0] = FnvOffset;
        for (var k = 0; k < s.Length; k++)
        {
            states[k + 1] = Step(states[k], s[k]);
        }
    }

    private static ulong Continue(ulong h, ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            h = Step(h, c);
        }

        return h;
    }

    private static ulong Step(ulong h, char c) => (h ^ c) * FnvPrime;

    /// <summary>The hash of a string of <paramref name="length"/> chars whose FNV-1a state is <paramref name="h"/>.</summary>
    private static ulong Finish(ulong h, int length) => Mix((h ^ (ulong)length) * FnvPrime);

    private const ulong FnvOffset = 14695981039346656037UL;

    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>FNV-1a over the chars (deterministic across processes), then the length, then <see cref="Mix"/>.</summary>
    internal static ulong Hash(ReadOnlySpan<char> s) => Finish(Continue(FnvOffset, s), s.Length);

    /// <summary>A final avalanche (MurmurHash3's), so the top bits that pick a bucket are well spread.</summary>
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        return h;
    }
}
