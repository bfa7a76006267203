using System.Collections.Frozen;
using EntityScreen.Text;

namespace EntityScreen.Matching;

/// <summary>One indexed name of one party.</summary>
internal readonly record struct NameEntry(int Party, ListedName Name, CompiledName Key);

/// <summary>A scored name, before the per-party reduction.</summary>
internal readonly record struct ScoredEntry(int Entry, double Score);

/// <summary>
/// The candidate index over every listed name: token postings (exact, typo neighbours through a
/// <see cref="DeletionIndex"/>, and split / joined tokens) and Chinese character and bigram postings. For a query it
/// accumulates, per name, an upper bound of the score the <see cref="NameScorer"/> can give, and scores only the
/// names whose bound reaches the threshold; every name it skips provably scores below it, so the results equal
/// those of scoring every name (<see cref="SearchExhaustive"/>). Immutable once built.
/// </summary>
internal sealed class ScreeningIndex
{
    /// <summary>Safety margin for the bound: the score is rounded to 4 decimals, the bound sums floats.</summary>
    private const double BoundMargin = 1e-3;

    [ThreadStatic]
    private static Scratch? s_scratch;

    private readonly int[][] _postings;
    private readonly FrozenDictionary<char, int[]> _hanChars;
    private readonly FrozenDictionary<int, int[]> _hanBigrams;
    private readonly DeletionIndex _deletions;

    internal ScreeningIndex(NameEntry[] entries, TokenTable table)
    {
        Entries = entries;
        Table = table;
        var lists = new List<int>?[table.Count];
        var hanChars = new Dictionary<char, List<int>>();
        var hanBigrams = new Dictionary<int, List<int>>();
        for (var e = 0; e < entries.Length; e++)
        {
            var key = entries[e].Key;
            foreach (var id in key.Ids.Distinct())
            {
                (lists[id] ??= []).Add(e);
            }

            foreach (var c in key.HanChars)
            {
                (hanChars.TryGetValue(c, out var l) ? l : hanChars[c] = []).Add(e);
            }

            foreach (var b in key.HanBigrams)
            {
                (hanBigrams.TryGetValue(b, out var l) ? l : hanBigrams[b] = []).Add(e);
            }
        }

        _postings = [.. lists.Select(l => l?.ToArray() ?? [])];
        _hanChars = hanChars.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        _hanBigrams = hanBigrams.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        _deletions = DeletionIndex.Build(table.Tokens);
    }

    internal NameEntry[] Entries { get; }

    internal TokenTable Table { get; }

    internal int DeletionEntries => _deletions.EntryCount;

    /// <summary>Every name with a score ≥ <paramref name="threshold"/> (and &gt; 0) that passes the filter, through the index.</summary>
    internal void Search(CompiledName q, double threshold, Func<int, bool>? filter, List<ScoredEntry> results)
    {
        if (q.IsEmpty)
        {
            return;
        }

        var s = s_scratch ??= new Scratch();
        s.Begin(Entries.Length, Table.Count);
        var tokens = Table.Tokens;
        var weights = Table.Weights;

        for (var i = 0; i < q.Tokens.Length; i++)
        {
            var token = q.Tokens[i];
            var w = q.Weights[i];
            var exact = q.Ids[i];
            s.NewProbe();
            if (exact >= 0)
            {
                s.MarkToken(exact);
                Add(s, exact, w + weights[exact]);
            }

            // Typo neighbours.
            s.Candidates.Clear();
            _deletions.Candidates(token, s.CandidateSink);
            foreach (var id in s.Candidates)
            {
                if (!s.MarkToken(id))
                {
                    continue;
                }

                var sim = TokenSimilarity.Similarity(token, tokens[id]);
                if (sim > 0)
                {
                    Add(s, id, sim * (w + weights[id]));
                }
            }

            // The query token written as two listed tokens (Huawei / Hua Wei).
            for (var k = 1; k < token.Length; k++)
            {
                var left = Table.Id(token.AsSpan(0, k));
                if (left < 0)
                {
                    continue;
                }

                var right = Table.Id(token.AsSpan(k));
                if (right >= 0)
                {
                    Add(s, left, w + weights[left] + weights[right]);
                }
            }
        }

        // Two adjacent query tokens written as one listed token.
        Span<char> joined = stackalloc char[128];
        for (var i = 0; i + 1 < q.Tokens.Length; i++)
        {
            var a = q.Tokens[i];
            var b = q.Tokens[i + 1];
            if (a.Length + b.Length > joined.Length)
            {
                continue;
            }

            a.CopyTo(joined);
            b.CopyTo(joined[a.Length..]);
            var id = Table.Id(joined[..(a.Length + b.Length)]);
            if (id >= 0)
            {
                Add(s, id, q.Weights[i] + q.Weights[i + 1] + weights[id]);
            }
        }

        // Chinese characters and bigrams.
        for (var i = 0; i < q.HanChars.Length; i++)
        {
            if (_hanChars.TryGetValue(q.HanChars[i], out var posting))
            {
                var w = 2.0 * q.HanWeights[i];
                foreach (var e in posting)
                {
                    s.Touch(e);
                    s.HanChar[e] += w;
                }
            }
        }

        foreach (var b in q.HanBigrams)
        {
            if (_hanBigrams.TryGetValue(b, out var posting))
            {
                foreach (var e in posting)
                {
                    s.Touch(e);
                    s.HanBigram[e]++;
                }
            }
        }

        for (var t = 0; t < s.TouchedCount; t++)
        {
            var e = s.Touched[t];
            var key = Entries[e].Key;
            var bound = 0.0;
            if (s.Latin[e] > 0 && key.TotalWeight > 0)
            {
                bound = s.Latin[e] / (q.TotalWeight + key.TotalWeight);
            }

            if (s.HanChar[e] > 0 && key.HanTotalWeight > 0)
            {
                var charDice = s.HanChar[e] / (q.HanTotalWeight + key.HanTotalWeight);
                var han = q.HanBigrams.Length > 0 && key.HanBigrams.Length > 0
                    ? (0.5 * charDice) + (s.HanBigram[e] / (double)(q.HanBigrams.Length + key.HanBigrams.Length))
                    : charDice;
                bound = Math.Max(bound, han);
            }

            if (bound + BoundMargin < threshold || (filter is not null && !filter(e)))
            {
                continue;
            }

            var score = NameScorer.Score(q, key);
            if (score > 0 && score >= threshold)
            {
                results.Add(new ScoredEntry(e, score));
            }
        }

        void Add(Scratch scratch, int tokenId, double contribution)
        {
            foreach (var e in _postings[tokenId])
            {
                scratch.Touch(e);
                scratch.Latin[e] += contribution;
            }
        }
    }

    /// <summary>The reference path: scores every name. Same results as <see cref="Search"/>, slower.</summary>
    internal void SearchExhaustive(CompiledName q, double threshold, Func<int, bool>? filter, List<ScoredEntry> results)
    {
        if (q.IsEmpty)
        {
            return;
        }

        for (var e = 0; e < Entries.Length; e++)
        {
            if (filter is not null && !filter(e))
            {
                continue;
            }

            var score = NameScorer.Score(q, Entries[e].Key);
            if (score > 0 && score >= threshold)
            {
                results.Add(new ScoredEntry(e, score));
            }
        }
    }

    /// <summary>Per-thread accumulators, reused across queries (generation stamps avoid clearing).</summary>
    private sealed class Scratch
    {
        private int[] _stamp = [];
        private int[] _tokenStamp = [];
        private int _generation;
        private int _probe;

        public Scratch() => CandidateSink = Candidates.Add;

        internal double[] Latin { get; private set; } = [];

        internal double[] HanChar { get; private set; } = [];

        internal int[] HanBigram { get; private set; } = [];

        internal int[] Touched { get; private set; } = [];

        internal int TouchedCount { get; private set; }

        internal List<int> Candidates { get; } = [];

        internal Action<int> CandidateSink { get; }

        internal void Begin(int entries, int tokens)
        {
            if (_stamp.Length < entries)
            {
                _stamp = new int[entries];
                Latin = new double[entries];
                HanChar = new double[entries];
                HanBigram = new int[entries];
                Touched = new int[entries];
                _generation = 0;
            }

            if (_tokenStamp.Length < tokens)
            {
                _tokenStamp = new int[tokens];
                _probe = 0;
            }

            if (++_generation == int.MaxValue)
            {
                Array.Clear(_stamp);
                _generation = 1;
            }

            TouchedCount = 0;
        }

        internal void NewProbe()
        {
            if (++_probe == int.MaxValue)
            {
                Array.Clear(_tokenStamp);
                _probe = 1;
            }
        }

        /// <summary>True the first time a token is seen in this probe.</summary>
        internal bool MarkToken(int id)
        {
            if (_tokenStamp[id] == _probe)
            {
                return false;
            }

            _tokenStamp[id] = _probe;
            return true;
        }

        internal void Touch(int e)
        {
            if (_stamp[e] == _generation)
            {
                return;
            }

            _stamp[e] = _generation;
            Latin[e] = 0;
            HanChar[e] = 0;
            HanBigram[e] = 0;
            Touched[TouchedCount++] = e;
        }
    }
}
