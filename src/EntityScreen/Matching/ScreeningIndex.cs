using System.Collections.Frozen;
using System.Numerics;

using EntityScreen.Text;

namespace EntityScreen.Matching;

/// <summary>
/// A posting list to walk for a query, with what each name on it gains toward the score's bound: a token's postings
/// (<paramref name="TokenId"/> ≥ 0), or those of the names holding a word with initial <c>'a' + (−1 − TokenId)</c>.
/// </summary>
internal readonly record struct Probe(int TokenId, double Contribution)
{
    /// <summary>The posting's length, set before the probes are ordered.</summary>
    internal int Length { get; init; }
}

/// <summary>A scored name, before the per-party reduction.</summary>
internal readonly record struct ScoredEntry(int Entry, double Score);

/// <summary>
/// The candidate index over every listed name: token postings (exact, typo neighbours through a
/// <see cref="DeletionIndex"/>, and split / joined tokens) and Chinese character and bigram postings. For a query it
/// accumulates, per name, an upper bound of the score the <see cref="NameScorer"/> can give, and scores only the
/// names whose bound reaches the threshold; every name it skips provably scores below it, so the results equal
/// those of scoring every name (<see cref="SearchExhaustive"/>). Immutable once built; searches are thread-safe.
/// </summary>
internal sealed class ScreeningIndex
{
    /// <summary>Safety margin for the bound: the score is rounded to 4 decimals, the bound sums floats.</summary>
    private const double BoundMargin = 1e-3;

    [ThreadStatic]
    private static Scratch? s_scratch;

    private readonly int[] _postingStart;
    private readonly int[] _postings;
    private readonly FrozenDictionary<char, int[]> _hanChars;
    private readonly FrozenDictionary<int, int[]> _hanBigrams;
    private readonly DeletionIndex _deletions;
    private readonly InitialIndex _initials;

    /// <param name="store">The listed names.</param>
    /// <param name="deletions">The typo neighbourhoods of the store's vocabulary, if already being built; else built here.</param>
    internal ScreeningIndex(NameStore store, Task<DeletionIndex>? deletions = null)
    {
        Store = store;
        var table = store.Table;

        // The typo neighbourhoods need only the vocabulary: build them on another core meanwhile.
        deletions ??= Task.Run(() => DeletionIndex.Build(table.Tokens));

        // Token postings by counting sort: entry ids per token id, ascending, each entry once per token.
        var counts = new int[table.Count + 1];
        for (var e = 0; e < store.Count; e++)
        {
            var ids = store.TokenIds(e);
            for (var k = 0; k < ids.Length; k++)
            {
                if (ids[..k].IndexOf(ids[k]) < 0)
                {
                    counts[ids[k] + 1]++;
                }
            }
        }

        for (var t = 0; t < table.Count; t++)
        {
            counts[t + 1] += counts[t];
        }

        _postingStart = counts;
        _postings = new int[counts[table.Count]];
        var fill = (int[])counts.Clone();
        for (var e = 0; e < store.Count; e++)
        {
            var ids = store.TokenIds(e);
            for (var k = 0; k < ids.Length; k++)
            {
                if (ids[..k].IndexOf(ids[k]) < 0)
                {
                    _postings[fill[ids[k]]++] = e;
                }
            }
        }

        var hanChars = new Dictionary<char, List<int>>();
        var hanBigrams = new Dictionary<int, List<int>>();
        for (var e = 0; e < store.Count; e++)
        {
            foreach (var c in store.HanChars(e))
            {
                (hanChars.TryGetValue(c, out var l) ? l : hanChars[c] = []).Add(e);
            }

            foreach (var b in store.HanBigrams(e))
            {
                (hanBigrams.TryGetValue(b, out var l) ? l : hanBigrams[b] = []).Add(e);
            }
        }

        _hanChars = hanChars.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        _hanBigrams = hanBigrams.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        _initials = new InitialIndex(store);
        _deletions = deletions.GetAwaiter().GetResult();
    }

    internal NameStore Store { get; }


    /// <summary>Every name with a score ≥ <paramref name="threshold"/> (and &gt; 0) that passes the filter, through the index.</summary>
    /// <param name="query">The query.</param>
    /// <param name="threshold">Lowest score kept.</param>
    /// <param name="filter">Entries to consider; null for all.</param>
    /// <param name="results">Receives the scored names.</param>
    /// <param name="persons">The query may be a person's name: persons' names are scored with the person rules.</param>
    internal void Search(CompiledName query, double threshold, Func<int, bool>? filter, List<ScoredEntry> results, bool persons)
    {
        if (query.IsEmpty)
        {
            return;
        }

        var q = query.View;
        var table = Store.Table;
        var s = s_scratch ??= new Scratch();
        s.Begin(Store.Count, table.Count);
        var tokens = table.Tokens;
        var weights = table.Weights;
        var probes = s.Probes;
        probes.Clear();

        for (var i = 0; i < q.Count; i++)
        {
            var token = q.Token(i);
            var w = q.Weight(i);
            var exact = q.Ids[i];
            s.NewProbe();
            if (exact >= 0)
            {
                s.MarkToken(exact);
                probes.Add(new Probe(exact, w + weights[exact]));
            }

            // Typo neighbours, and tokens spelt with the same transliteration key.
            s.Candidates.Clear();
            _deletions.Candidates(token, s.Candidates, s.Hashes);
            // A token read from Arabic script carries a consonant-skeleton key instead (Skeleton), one read from Chinese
            // transliteration characters a sound key (SoundKey): its candidates are the listed tokens with that key,
            // compared on it.
            var key = q.Key(i);
            var (listedKeys, byKey) = Skeleton.IsKey(key) ? (table.Skeletons, table.BySkeleton)
                : SoundKey.IsKey(key) ? (table.Sounds, table.BySound)
                : (table.Keys, table.ByKey);
            if (key is not null && byKey.TryGetValue(key, out var sameKey))
            {
                s.Candidates.AddRange(sameKey);
            }

            // A Latin token and the listed tokens read from transliteration characters with its sound (Gallagher / 加拉格尔).
            var sound = q.Sound(i);
            if (sound is not null && table.ByListedSound.TryGetValue(sound, out var sameSound))
            {
                s.Candidates.AddRange(sameSound);
            }

            foreach (var id in s.Candidates)
            {
                if (!s.MarkToken(id))
                {
                    continue;
                }

                var sim = TokenSimilarity.Pair(token, key, sound, tokens[id], listedKeys[id], table.ListedSounds[id]);
                if (sim > 0)
                {
                    probes.Add(new Probe(id, sim * (w + weights[id])));
                }
            }

            // A single letter: the initial of any listed word starting with it; a word: a listed single letter.
            if (token.Length == 1 && char.IsAsciiLetter(token[0]))
            {
                probes.Add(new Probe(-1 - (token[0] - 'a'), NameScorer.InitialSimilarity * (w + _initials.MaxWeight(token[0]))));
            }
            else if (char.IsAsciiLetter(token[0]) && table.Id(token.AsSpan(0, 1)) is var letter && letter >= 0 && s.MarkToken(letter))
            {
                probes.Add(new Probe(letter, NameScorer.InitialSimilarity * (w + weights[letter])));
            }

            // The query token written as two listed tokens (Huawei / Hua Wei): a name holding the pair holds both,
            // so the rarer one's postings are enough.
            for (var k = 1; k < token.Length; k++)
            {
                var left = table.Id(token.AsSpan(0, k));
                if (left < 0)
                {
                    continue;
                }

                var right = table.Id(token.AsSpan(k));
                if (right >= 0)
                {
                    probes.Add(new Probe(PostingCount(left) <= PostingCount(right) ? left : right, w + weights[left] + weights[right]));
                }
            }
        }

        // Two adjacent query tokens written as one listed token.
        Span<char> buffer = stackalloc char[NameScorer.JoinBuffer];
        for (var i = 0; i + 1 < q.Count; i++)
        {
            if (!NameScorer.TryJoin(q, i, buffer, out var joined))
            {
                continue;
            }

            var id = table.Id(joined);
            if (id >= 0)
            {
                probes.Add(new Probe(id, q.Weight(i) + q.Weight(i + 1) + weights[id]));
            }
        }

        // The whole query written as a listed acronym (Beijing University of Aeronautics and Astronautics / BUAA).
        var acronymLength = NameScorer.AcronymOf(q, buffer[..NameScorer.MaxAcronymLength]);
        if (acronymLength > 0 && table.Id(buffer[..acronymLength]) is var acronym && acronym >= 0)
        {
            probes.Add(new Probe(acronym, NameScorer.AcronymSimilarity(acronymLength) * (q.TotalWeight + weights[acronym])));
        }

        // MaxScore pruning: a name reached only by a set of probes scores at most their summed contributions over the
        // query's weight; when that is below the threshold, those probes may only add to names the others reached.
        // Any such set will do: it is filled with the probes that walk the longest postings per unit of contribution
        // (common words, initials), so those create no candidates. With the person rules a name can lose
        // PersonExtraCost of the weight of the other side's unaligned middle-name parts from the denominator: when
        // those are the query's, at most d × its middle weight M, so the sum is taken over Q − d M; when they are the
        // listed name's, over Q.
        var personRules = persons && Store.HasPersons;
        var queryMiddle = personRules ? MiddleWeight(q) : 0;
        var tailWeight = q.TotalWeight - (NameScorer.PersonExtraCost * queryMiddle);
        for (var p = 0; p < probes.Count; p++)
        {
            probes[p] = probes[p] with { Length = Posting(probes[p]).Length };
        }

        probes.Sort(static (a, b) =>
        {
            var byCost = Cost(b).CompareTo(Cost(a));
            return byCost != 0 ? byCost : a.TokenId.CompareTo(b.TokenId);

            static double Cost(Probe p) => p.Contribution > 0 ? p.Length / p.Contribution : double.MaxValue;
        });

        var tailProbes = s.TailProbes;
        tailProbes.Clear();
        var open = 0;
        var tail = 0.0;
        for (var p = 0; p < probes.Count; p++)
        {
            if (((tail + probes[p].Contribution) / tailWeight) + BoundMargin < threshold)
            {
                tail += probes[p].Contribution;
                tailProbes.Add(probes[p]);
            }
            else
            {
                probes[open++] = probes[p];
            }
        }

        for (var p = 0; p < open; p++)
        {
            var contribution = probes[p].Contribution;
            foreach (var e in Posting(probes[p]))
            {
                s.Touch(e);
                s.Latin[e] += contribution;
            }
        }

        foreach (var probe in tailProbes)
        {
            var posting = Posting(probe);
            if (posting.Length <= s.TouchedCount * (BitOperations.Log2((uint)posting.Length) + 1))
            {
                foreach (var e in posting)
                {
                    if (s.IsTouched(e))
                    {
                        s.Latin[e] += probe.Contribution;
                    }
                }
            }
            else
            {
                // A long posting against few names reached: look each of them up in it (postings are sorted by entry).
                for (var t = 0; t < s.TouchedCount; t++)
                {
                    var e = s.Touched[t];
                    if (posting.BinarySearch(e) >= 0)
                    {
                        s.Latin[e] += probe.Contribution;
                    }
                }
            }
        }

        // A query word spelling a listed name's acronym: those names (few) gain the acronym alignment's full share.
        for (var i = 0; i < q.Count; i++)
        {
            var token = q.Token(i);
            if (token.Length < NameScorer.MinAcronymLength || token.Length > NameScorer.MaxAcronymLength)
            {
                continue;
            }

            var sim = NameScorer.AcronymSimilarity(token.Length);
            foreach (var e in _initials.WithAcronym(token))
            {
                s.Touch(e);
                s.Latin[e] += sim * (q.Weight(i) + Store.TotalWeight(e));
            }
        }

        // Chinese characters and bigrams.
        foreach (var ch in q.HanChars)
        {
            if (_hanChars.TryGetValue(ch, out var posting))
            {
                var w = 2.0 * table.HanWeight(ch);
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
            var person = personRules && Store.IsPerson(e);
            if (Bound(s, e, q, person ? queryMiddle : -1) + BoundMargin < threshold || (filter is not null && !filter(e)))
            {
                continue;
            }

            var score = NameScorer.Score(q, Store.View(e), person);
            if (score > 0 && score >= threshold)
            {
                results.Add(new ScoredEntry(e, score));
            }
        }
    }

    /// <summary>
    /// The weight of a query token no listed name holds: that of its closest listed neighbour within the typo budget
    /// (a misspelt common word stays common), else the table's unknown weight (as rare as can be).
    /// </summary>
    internal float UnknownTokenWeight(string token)
    {
        var table = Store.Table;
        var s = s_scratch ??= new Scratch();
        s.Candidates.Clear();
        _deletions.Candidates(token, s.Candidates, s.Hashes);
        var bestSim = 0f;
        var bestId = int.MaxValue;
        foreach (var id in s.Candidates)
        {
            var sim = TokenSimilarity.Similarity(token, table.Tokens[id]);
            if (sim > bestSim || (sim == bestSim && sim > 0 && id < bestId))
            {
                bestSim = sim;
                bestId = id;
            }
        }

        return bestSim > 0 ? table.Weights[bestId] : table.UnknownWeight;
    }

    /// <summary>The weight of the query's tokens in middle-name places (<see cref="NameView.Middle"/>).</summary>
    private static double MiddleWeight(in NameView q)
    {
        double weight = 0;
        for (var i = 0; i < Math.Min(q.Count, 32); i++)
        {
            weight += (q.Middle & (1u << i)) != 0 ? q.Weight(i) : 0;
        }

        return weight;
    }

    /// <summary>
    /// An upper bound of the name's score from what the postings accumulated. Scored with the person rules
    /// (<paramref name="queryMiddle"/> ≥ 0: the query's middle weight), the denominator Q + C loses at most
    /// <see cref="NameScorer.PersonExtraCost"/> times the middle weight of one side.
    /// </summary>
    private double Bound(Scratch s, int e, in NameView q, double queryMiddle)
    {
        var bound = 0.0;
        var total = Store.TotalWeight(e);
        if (s.Latin[e] > 0 && total > 0)
        {
            double denominator = q.TotalWeight + total;
            if (queryMiddle >= 0)
            {
                // The unaligned middle weight X is at most the larger middle weight M, and the aligned pairs then add
                // at most Q + C − X: the score is at most min(acc, Q + C − X) / (Q + C − d X), largest at
                // X = min(M, Q + C − acc).
                var middle = Math.Min(Math.Max(queryMiddle, Store.MiddleWeight(e)), Math.Max(0, denominator - s.Latin[e]));
                denominator -= NameScorer.PersonExtraCost * middle;
            }

            bound = s.Latin[e] / denominator;
        }

        var hanTotal = Store.HanTotalWeight(e);
        if (s.HanChar[e] > 0 && hanTotal > 0)
        {
            var charDice = s.HanChar[e] / (q.HanTotalWeight + hanTotal);
            var bigrams = Store.HanBigrams(e).Length;
            var han = q.HanBigrams.Length > 0 && bigrams > 0
                ? (0.5 * charDice) + (s.HanBigram[e] / (double)(q.HanBigrams.Length + bigrams))
                : charDice;
            bound = Math.Max(bound, han);
        }

        return bound;
    }

    private ReadOnlySpan<int> Posting(Probe probe) => probe.TokenId >= 0
        ? _postings.AsSpan(_postingStart[probe.TokenId], PostingCount(probe.TokenId))
        : _initials.WithInitial((char)('a' + (-1 - probe.TokenId)));

    private int PostingCount(int tokenId) => _postingStart[tokenId + 1] - _postingStart[tokenId];

    /// <summary>The reference path: scores every name. Same results as <see cref="Search"/>, slower.</summary>
    internal void SearchExhaustive(CompiledName query, double threshold, Func<int, bool>? filter, List<ScoredEntry> results, bool persons)
    {
        if (query.IsEmpty)
        {
            return;
        }

        var q = query.View;
        for (var e = 0; e < Store.Count; e++)
        {
            if (filter is not null && !filter(e))
            {
                continue;
            }

            var score = NameScorer.Score(q, Store.View(e), persons && Store.IsPerson(e));
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

        internal double[] Latin { get; private set; } = [];

        internal double[] HanChar { get; private set; } = [];

        internal int[] HanBigram { get; private set; } = [];

        internal int[] Touched { get; private set; } = [];

        internal int TouchedCount { get; private set; }

        internal List<int> Candidates { get; } = [];

        internal List<ulong> Hashes { get; } = [];

        internal List<Probe> Probes { get; } = [];

        internal List<Probe> TailProbes { get; } = [];

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

        internal bool IsTouched(int e) => _stamp[e] == _generation;

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
