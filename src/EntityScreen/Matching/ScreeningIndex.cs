using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.InteropServices;

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

    /// <summary>
    /// Listed weight a name aligned through this probe surely keeps in the score's denominator (the weight of the
    /// listed token or tokens it pairs with; 0 when unknown, as for an initial standing for any word).
    /// </summary>
    internal double Listed { get; init; }

    /// <summary>The query token the probe aligns (each aligns once at most in a score); -1 when it spans several (a join, the whole query).</summary>
    internal int QueryToken { get; init; } = -1;

    /// <summary>The listed token is a spelling variant of the query token and nothing else (<see cref="TokenSimilarity.Spelling"/>): not for a reading.</summary>
    internal bool SpellingOnly { get; init; }
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

    /// <summary>Per name, the weight and count of its words read from transliteration characters (<see cref="TokenTable.ListedSounds"/>); 0 for most.</summary>
    private readonly (float Weight, int Count)[] _soundWords;

    /// <summary>
    /// The postings restricted to the names holding words read by sound (<see cref="_soundWords"/>), by token id, or
    /// by <c>−1 − letter</c> for the names with a word of that initial: a query's Latin words may align with such words
    /// by spelling alone (<see cref="NameScorer.SoundWords"/>), so a name of them reached only by the probes left out of
    /// the walks is still a candidate; they are few, and so are these postings.
    /// </summary>
    private readonly FrozenDictionary<int, int[]> _soundPostings;

    /// <summary>
    /// Per listed token id, the probes of a query token equal to it (with the table's weight, transliteration key and
    /// the sound key a query gives it), found on the first search that needs them: finding a token's typo neighbours
    /// costs about a hundred scattered reads of the deletion index, and the same words (a reading's china, technology,
    /// institute; common given and family names) come back query after query. Bounded by the vocabulary.
    /// </summary>
    private readonly ListedTokenProbes?[] _listedTokenProbes;

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
        _soundWords = new (float, int)[store.Count];
        var soundPostings = new Dictionary<int, List<int>>();
        for (var e = 0; table.HasListedSounds && e < store.Count; e++)
        {
            var ids = store.TokenIds(e);
            foreach (var id in ids)
            {
                if (table.ListedSounds[id] is not null)
                {
                    _soundWords[e] = (_soundWords[e].Weight + table.Weights[id], _soundWords[e].Count + 1);
                }
            }

            if (_soundWords[e].Count == 0)
            {
                continue;
            }

            foreach (var id in ids)
            {
                Add(id, e);
                if (char.IsAsciiLetterLower(table.Tokens[id][0]))
                {
                    Add(-1 - (table.Tokens[id][0] - 'a'), e);
                }
            }
        }

        _soundPostings = soundPostings.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        _listedTokenProbes = new ListedTokenProbes?[table.Count];
        _deletions = deletions.GetAwaiter().GetResult();

        void Add(int key, int e)
        {
            var list = soundPostings.TryGetValue(key, out var l) ? l : soundPostings[key] = [];
            if (list.Count == 0 || list[^1] != e)
            {
                list.Add(e);
            }
        }
    }

    /// <summary>The index as read from a snapshot (<see cref="ReadFrom"/>).</summary>
    private ScreeningIndex(NameStore store, Snapshots.SnapshotReader reader)
    {
        const string Part = "the name index";
        Store = store;
        var table = store.Table;
        _postingStart = reader.ReadArray<int>();
        _postings = reader.ReadArray<int>();
        Snapshots.SnapshotCheck.That(_postingStart.Length == table.Count + 1, Part);
        Snapshots.SnapshotCheck.Offsets(_postingStart, _postings.Length, Part);
        Snapshots.SnapshotCheck.Ids(_postings, store.Count, Part);
        _hanChars = ReadPostings<char>(reader, store.Count);
        _hanBigrams = ReadPostings<int>(reader, store.Count);
        _soundPostings = ReadPostings<int>(reader, store.Count);
        var soundWeights = reader.ReadArray<float>();
        var soundCounts = reader.ReadArray<int>();
        Snapshots.SnapshotCheck.That(soundWeights.Length == store.Count && soundCounts.Length == store.Count, Part);
        _soundWords = new (float, int)[store.Count];
        for (var e = 0; e < _soundWords.Length; e++)
        {
            _soundWords[e] = (soundWeights[e], soundCounts[e]);
        }

        _initials = InitialIndex.ReadFrom(reader, store.Count);
        _deletions = DeletionIndex.ReadFrom(reader);
        Snapshots.SnapshotCheck.Ids(_deletions.TokenIds, table.Count, Part);
        _listedTokenProbes = new ListedTokenProbes?[table.Count];
    }

    /// <summary>
    /// Writes the index (postings, Chinese character and bigram postings, sound postings and words, initials, typo
    /// neighbourhoods) and its store and table, for <see cref="ReadFrom"/>: everything a search reads, nothing to
    /// compute on reading but the table's groupings by key.
    /// </summary>
    internal void WriteTo(Snapshots.SnapshotWriter writer)
    {
        Store.Table.WriteTo(writer);
        Store.WriteTo(writer);
        writer.WriteArray<int>(_postingStart);
        writer.WriteArray<int>(_postings);
        WritePostings(writer, _hanChars);
        WritePostings(writer, _hanBigrams);
        WritePostings(writer, _soundPostings);
        writer.WriteArray<float>([.. _soundWords.Select(s => s.Weight)]);
        writer.WriteArray<int>([.. _soundWords.Select(s => s.Count)]);
        _initials.WriteTo(writer);
        _deletions.WriteTo(writer);
    }

    /// <summary>Reads an index written by <see cref="WriteTo"/>.</summary>
    internal static ScreeningIndex ReadFrom(Snapshots.SnapshotReader reader)
    {
        var table = TokenTable.ReadFrom(reader);
        return new ScreeningIndex(NameStore.ReadFrom(reader, table), reader);
    }

    /// <summary>Postings by key as the keys in ascending order, then offsets into one array of every posting.</summary>
    private static void WritePostings<TKey>(Snapshots.SnapshotWriter writer, FrozenDictionary<TKey, int[]> postings)
        where TKey : unmanaged
    {
        var ordered = postings.OrderBy(kv => kv.Key).ToArray();
        writer.WriteArray<TKey>([.. ordered.Select(kv => kv.Key)]);
        var starts = new int[ordered.Length + 1];
        for (var k = 0; k < ordered.Length; k++)
        {
            starts[k + 1] = starts[k] + ordered[k].Value.Length;
        }

        writer.WriteArray<int>(starts);
        writer.WriteArray<int>([.. ordered.SelectMany(kv => kv.Value)]);
    }

    private static FrozenDictionary<TKey, int[]> ReadPostings<TKey>(Snapshots.SnapshotReader reader, int names)
        where TKey : unmanaged
    {
        const string Part = "the Chinese or sound postings";
        var keys = reader.ReadArray<TKey>();
        var starts = reader.ReadArray<int>();
        var all = reader.ReadArray<int>();
        Snapshots.SnapshotCheck.That(starts.Length == keys.Length + 1, Part);
        Snapshots.SnapshotCheck.Offsets(starts, all.Length, Part);
        Snapshots.SnapshotCheck.Ids(all, names, Part);
        var postings = new Dictionary<TKey, int[]>(keys.Length);
        for (var k = 0; k < keys.Length; k++)
        {
            Snapshots.SnapshotCheck.That(postings.TryAdd(keys[k], all[starts[k]..starts[k + 1]]), Part);
        }

        return postings.ToFrozenDictionary();
    }

    internal NameStore Store { get; }

    /// <summary>This index among those made in the process (1, 2, ...): names it in the per-thread scratch.</summary>
    internal long Id { get; } = Interlocked.Increment(ref s_lastId);

    private static long s_lastId;


    /// <summary>
    /// Every name with a score ≥ <paramref name="threshold"/> (and &gt; 0) that passes the filter, through the index,
    /// for each of several queries at once (a name as written and its readings): <paramref name="results"/>[k]
    /// receives what searching <paramref name="queries"/>[k] alone with <paramref name="filters"/>[k] gives (in no
    /// particular order), equal to <see cref="SearchExhaustive"/>'s. The queries share the work their tokens have in
    /// common: a query token's probes (its typo neighbours, split and initial) are found once for every query holding
    /// it, each posting list is walked once for every query that opens it, and every name reached is bounded against
    /// each query that reached it in one pass.
    /// </summary>
    /// <param name="queries">The queries.</param>
    /// <param name="filters">Per query, the entries to consider; null for all.</param>
    /// <param name="threshold">Lowest score kept.</param>
    /// <param name="results">Per query, receives its scored names.</param>
    /// <param name="persons">The queries may be a person's name: persons' names are scored with the person rules.</param>
    internal void Search(ReadOnlySpan<CompiledName> queries, ReadOnlySpan<Func<int, bool>?> filters, double threshold, ReadOnlySpan<List<ScoredEntry>> results, bool persons)
    {
        if (filters.Length != queries.Length || results.Length != queries.Length)
        {
            throw new ArgumentException("One filter and one result list per query are needed.", nameof(queries));
        }

        var n = queries.Length;
        var s = s_scratch ??= new Scratch();
        s.Begin(Store.Count, Store.Table.Count, n);

        // MaxScore pruning, per query: a name reached only by a set of probes scores below the threshold t when their
        // contributions cannot reach it; then those probes (the tail) may only add to names the others reached. Any
        // such set will do: it is filled with the probes that walk the longest postings per unit of contribution
        // (common words, initials), so those create no candidates. A name's score is its aligned pairs' contributions
        // c over Q + C, and C holds at least the listed weight L of every pair aligned: the score is below t when
        // Σ (c − t L) < t Q over the pairs, and each query token aligns once at most, so the tail holds when the sum
        // over the query's tokens of their largest c − t L (and over the probes spanning several tokens of theirs)
        // stays below t Q. With the person rules a name can lose up to d = InitialExtraDiscount (a middle initial's
        // share; a middle name's, PersonExtraCost, is less) of the weight of the other side's unaligned middle-name
        // parts from the denominator: when those are the query's, at most d × its middle weight
        // M, so Q − d M stands for Q; when they are the listed name's, the aligned listed weight stays in it.
        var personRules = persons && Store.HasPersons;
        var cut = threshold - BoundMargin;
        Span<QueryTotals> totals = n <= 16 ? stackalloc QueryTotals[n] : new QueryTotals[n];
        var walks = s.Walks;
        walks.Clear();
        Span<double> tokenShares = stackalloc double[NameNormalizer.MaxTokens];
        for (var k = 0; k < n; k++)
        {
            var tails = s.Tails(k);
            tails.Clear();
            if (queries[k].IsEmpty)
            {
                continue;
            }

            var q = queries[k].View;
            var probes = s.Probes;
            probes.Clear();
            AddProbes(q, s, probes, personRules);
            var middle = personRules ? MiddleWeight(q) : 0;
            var tailWeight = q.TotalWeight - (NameScorer.InitialExtraDiscount * middle);
            var (soundWeight, soundWords) = SoundWords(q);
            totals[k] = new QueryTotals(q.TotalWeight, middle, q.HanTotalWeight, q.HanBigrams.Length, (threshold - BoundMargin) * tailWeight, q.FamilyOnly, soundWeight, soundWords, ReverseSoundWords(q));
            for (var p = 0; p < probes.Count; p++)
            {
                probes[p] = probes[p] with { Length = Posting(probes[p]).Length };
            }

            probes.Sort((a, b) =>
            {
                var byCost = Cost(b).CompareTo(Cost(a));
                return byCost != 0 ? byCost : a.TokenId.CompareTo(b.TokenId);

                double Cost(Probe p) => TailShare(p, cut) is var share && share > 0 ? p.Length / share : double.MaxValue;
            });

            // The tail's sum: per query token its largest share so far, plus the shares of the probes spanning several.
            var tokenShare = q.Count <= tokenShares.Length ? tokenShares[..q.Count] : new double[q.Count];
            tokenShare.Clear();
            var tail = 0.0;

            // A word read by sound may align with any listed word of a name another probe reached
            // (NameScorer.SoundWords): its share is in the tail from the start, as a probe no posting holds.
            for (var i = 0; soundWords > 0 && i < q.Count; i++)
            {
                if (SoundKey.IsKey(q.Key(i)))
                {
                    // c − t L = 0.95 w + (0.95 − t) L for a listed word of weight L: largest at the heaviest L, or at none above 0.95.
                    tokenShare[i] = (TokenSimilarity.AlignedSoundEqual * q.Weight(i)) + (Math.Max(0, TokenSimilarity.AlignedSoundEqual - Math.Max(0, cut)) * Store.MaxTokenWeight());
                    tail += tokenShare[i];
                }
            }

            var tailLimit = cut * tailWeight;
            foreach (var probe in probes)
            {
                var share = TailShare(probe, cut);
                var added = probe.QueryToken < 0 ? share : Math.Max(0, share - tokenShare[probe.QueryToken]);
                if (tail + added < tailLimit)
                {
                    tail += added;
                    if (probe.QueryToken >= 0)
                    {
                        tokenShare[probe.QueryToken] = Math.Max(tokenShare[probe.QueryToken], share);
                    }

                    tails.Add(probe);
                }
                else
                {
                    walks.Add(new Walk(probe.TokenId, k, probe.Contribution));
                }
            }
        }

        // Each posting opened by any query is walked once, adding to every query that opened it.
        walks.Sort(static (a, b) => a.TokenId != b.TokenId ? a.TokenId.CompareTo(b.TokenId) : a.Query.CompareTo(b.Query));
        var acc = s.Accumulators;
        var open = CollectionsMarshal.AsSpan(walks);
        for (var w = 0; w < open.Length;)
        {
            var end = w + 1;
            while (end < open.Length && open[end].TokenId == open[w].TokenId)
            {
                end++;
            }

            var posting = Posting(open[w].TokenId);
            if (end - w == 1)
            {
                var (k, contribution) = (open[w].Query, open[w].Contribution);
                foreach (var e in posting)
                {
                    ref var a = ref acc[(s.Touch(e) * n) + k];
                    a.Reached = true;
                    a.Latin += contribution;
                }
            }
            else
            {
                var group = open[w..end];
                foreach (var e in posting)
                {
                    var row = s.Touch(e) * n;
                    foreach (var walk in group)
                    {
                        ref var a = ref acc[row + walk.Query];
                        a.Reached = true;
                        a.Latin += walk.Contribution;
                    }
                }
            }

            w = end;
        }

        // The probes left out add only to the names the query's open probes reached.
        for (var k = 0; k < n; k++)
        {
            foreach (var probe in s.Tails(k))
            {
                var posting = Posting(probe);
                if (posting.Length <= s.TouchedCount * (BitOperations.Log2((uint)posting.Length) + 1))
                {
                    foreach (var e in posting)
                    {
                        if (s.IsTouched(e) && acc[(s.Slot(e) * n) + k] is { Reached: true })
                        {
                            acc[(s.Slot(e) * n) + k].Latin += probe.Contribution;
                        }
                    }
                }
                else
                {
                    // A long posting against few names reached: look each of them up in it (postings are sorted by entry).
                    for (var t = 0; t < s.TouchedCount; t++)
                    {
                        var e = s.Touched[t];
                        if (acc[(t * n) + k].Reached && posting.BinarySearch(e) >= 0)
                        {
                            acc[(t * n) + k].Latin += probe.Contribution;
                        }
                    }
                }
            }
        }

        // A name holding words read by sound may align them with the query's Latin words by spelling once another pair
        // aligns: reached only by the probes left out, it is a candidate too (their postings restricted to such names).
        for (var k = 0; k < n; k++)
        {
            if (totals[k].Reverse.Count == 0 || _soundPostings.Count == 0)
            {
                continue;
            }

            foreach (var probe in s.Tails(k))
            {
                if (!_soundPostings.TryGetValue(probe.TokenId, out var posting))
                {
                    continue;
                }

                foreach (var e in posting)
                {
                    ref var a = ref acc[(s.Touch(e) * n) + k];
                    if (!a.Reached || a.TailOnly)
                    {
                        a.Reached = a.TailOnly = true;
                        a.Latin += probe.Contribution;
                    }
                }
            }
        }

        for (var k = 0; k < n; k++)
        {
            if (!queries[k].IsEmpty)
            {
                AddAcronymsAndHan(queries[k].View, k, n, s);
            }
        }

        for (var t = 0; t < s.TouchedCount; t++)
        {
            var e = s.Touched[t];
            var person = personRules && Store.IsPerson(e);
            for (var k = 0; k < n; k++)
            {
                // Most names reached share a word or two of the query: their Latin sum alone rules them out.
                var a = acc[(t * n) + k];
                if (a.Latin > 0 && totals[k].SoundWords > 0)
                {
                    // The query's words read by sound may each align with one of the name's words (NameScorer.SoundWords).
                    a.Latin += TokenSimilarity.AlignedSoundEqual * (totals[k].SoundWeight + Math.Min(totals[k].SoundWords * Store.MaxTokenWeight(e), Store.TotalWeight(e)));
                }

                if (a.Latin > 0 && totals[k].Reverse.Count > 0 && _soundWords[e] is { Count: > 0 } sound)
                {
                    // The name's words read by sound may each align with one of the query's Latin words.
                    a.Latin += TokenSimilarity.AlignedSoundEqual * (sound.Weight + Math.Min(totals[k].Reverse.Weight, sound.Count * totals[k].Reverse.MaxWeight));
                }

                if (!a.Reached || (a.Latin < totals[k].LatinCutoff && a.HanChar <= 0))
                {
                    continue;
                }

                if (Bound(a, e, totals[k], person) + BoundMargin < threshold || (filters[k] is { } filter && !filter(e)))
                {
                    continue;
                }

                var score = NameScorer.Score(queries[k].View, Store.View(e), person);
                if (score > 0 && score >= threshold)
                {
                    results[k].Add(new ScoredEntry(e, score));
                }
            }
        }
    }

    /// <summary>
    /// Adds the query's probes: per token (found once per search for every query holding the same token), then two
    /// adjacent tokens written as one listed token, then the whole query written as a listed acronym.
    /// </summary>
    private void AddProbes(in NameView q, Scratch s, List<Probe> probes, bool persons)
    {
        var table = Store.Table;
        var weights = table.Weights;
        for (var i = 0; i < q.Count; i++)
        {
            var token = q.Token(i);
            var (w, key, exact) = (q.Weight(i), q.Key(i), q.Ids[i]);
            var from = probes.Count;
            if (exact >= 0 && Volatile.Read(ref _listedTokenProbes[exact]) is { } listed && listed.Serves(key, q.Sound(i), w))
            {
                probes.AddRange(listed.Probes);
            }
            else if (!s.TryGetTokenProbes(token, key, w, probes))
            {
                // The token's sound key follows from its text and key (CompiledName), so the probes found for one
                // (token, key, weight) serve every query holding it.
                AddTokenProbes(token, key, q.Sound(i), w, exact, s, probes);
                s.SetTokenProbes(token, key, w, CollectionsMarshal.AsSpan(probes)[from..]);

                // A listed token as a query compiles it (the table's weight and key) is kept for the searches to come.
                if (exact >= 0 && w == table.Weights[exact] && string.Equals(key, table.Keys[exact], StringComparison.Ordinal))
                {
                    Volatile.Write(ref _listedTokenProbes[exact], new ListedTokenProbes(key, q.Sound(i), w, CollectionsMarshal.AsSpan(probes)[from..].ToArray()));
                }
            }

            // A compound initial (JP) of a name written in Latin: the initials of as many adjacent listed words (Jean
            // Pierre), the first of which starts with its first letter (NameScorer.CompoundInitials).
            if (NameScorer.IsCompoundInitial(q, i) && NameScorer.MayHoldCompoundInitials(q))
            {
                var most = 0f;
                foreach (var letter in token)
                {
                    most += _initials.MaxWeight(letter);
                }

                probes.Add(new Probe(-1 - (token[0] - 'a'), NameScorer.InitialSimilarity * (w + most)));
            }

            // A reading's words are the library's spellings of another script's words, which its readings vary
            // already, a Hangul name's syllables are its parts, and companies' names get no spelling credit: no
            // spelling variants then (NameScorer.LatinScore).
            if (q.Reading || q.Syllabic || !persons)
            {
                var kept = from;
                for (var p = from; p < probes.Count; p++)
                {
                    if (!probes[p].SpellingOnly)
                    {
                        probes[kept++] = probes[p];
                    }
                }

                probes.RemoveRange(kept, probes.Count - kept);
            }

            foreach (ref var probe in CollectionsMarshal.AsSpan(probes)[from..])
            {
                probe = probe with { QueryToken = i };
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
                probes.Add(new Probe(id, q.Weight(i) + q.Weight(i + 1) + weights[id]) { Listed = weights[id] });
            }
        }

        // Two or three adjacent query words written as a listed compound initial (Jean Pierre / JP: NameScorer.CompoundInitials).
        for (var i = 0; i + 1 < q.Count && !q.Syllabic; i++)
        {
            for (var k = 2; k <= NameScorer.MaxCompoundInitials && i + k <= q.Count; k++)
            {
                var contribution = 0.0;
                var letters = buffer[..k];
                for (var t = 0; t < k; t++)
                {
                    var word = q.Token(i + t);
                    letters[t] = word[0];
                    contribution += q.Weight(i + t);
                }

                if (!NameScorer.IsCompoundInitial(letters) || table.Id(letters) is var initials && initials < 0)
                {
                    continue;
                }

                probes.Add(new Probe(initials, NameScorer.InitialSimilarity * (contribution + weights[initials])) { Listed = weights[initials] });
            }
        }

        // A Chinese name in pinyin or Wade-Giles (NameScorer: every word of both names read as Chinese syllables): the
        // listed spellings of each word's key, of a word's key cut in two listed words, and of two adjacent words' keys
        // joined in one listed word (Deng / Teng, Xiaoping / Hsiao ping, Hsiao ping / Xiaoping).
        if (!q.Reading && q.IsSinitic())
        {
            AddSiniticProbes(q, probes);
        }

        // The whole query written as a listed acronym (Beijing University of Aeronautics and Astronautics / BUAA).
        var acronymLength = NameScorer.AcronymOf(q, buffer[..NameScorer.MaxAcronymLength]);
        if (acronymLength > 0 && table.Id(buffer[..acronymLength]) is var acronym && acronym >= 0)
        {
            probes.Add(new Probe(acronym, NameScorer.AcronymSimilarity(acronymLength) * (q.TotalWeight + weights[acronym])) { Listed = weights[acronym] });
        }
    }

    /// <summary>The probes of a Chinese name's words by their keys as Chinese syllables (<see cref="ChineseRomanization"/>).</summary>
    private void AddSiniticProbes(in NameView q, List<Probe> probes)
    {
        var table = Store.Table;
        var weights = table.Weights;
        const float sim = TokenSimilarity.KeyEqual;
        for (var i = 0; i < q.Count; i++)
        {
            var key = q.ChineseKey(i)!;
            var w = q.Weight(i);
            foreach (var spelling in ChineseRomanization.Spellings(key))
            {
                if (table.Id(spelling) is var id && id >= 0)
                {
                    probes.Add(new Probe(id, sim * (w + weights[id])) { Listed = weights[id], QueryToken = i });
                }
            }

            var syllables = ChineseRomanization.Syllables(key);
            for (var cut = 1; cut < syllables; cut++)
            {
                foreach (var left in ChineseRomanization.Spellings(key, 0, cut))
                {
                    if (table.Id(left) is var l && l < 0)
                    {
                        continue;
                    }

                    foreach (var right in ChineseRomanization.Spellings(key, cut))
                    {
                        if (table.Id(right) is var r && r >= 0)
                        {
                            probes.Add(new Probe(PostingCount(l) <= PostingCount(r) ? l : r, sim * (w + weights[l] + weights[r])) { Listed = weights[l] + weights[r], QueryToken = i });
                        }
                    }
                }
            }

            if (i + 1 < q.Count && ChineseRomanization.Concat(key, q.ChineseKey(i + 1)!) is var joined && ChineseRomanization.Syllables(joined) <= ChineseRomanization.MaxSyllables)
            {
                foreach (var spelling in ChineseRomanization.Spellings(joined))
                {
                    if (table.Id(spelling) is var id && id >= 0)
                    {
                        probes.Add(new Probe(id, sim * (w + q.Weight(i + 1) + weights[id])) { Listed = weights[id] });
                    }
                }
            }
        }
    }

    /// <summary>The probes of one query token of weight <paramref name="w"/>, key <paramref name="key"/> and table id <paramref name="exact"/>.</summary>
    private void AddTokenProbes(string token, string? key, string? sound, float w, int exact, Scratch s, List<Probe> probes)
    {
        var table = Store.Table;
        var tokens = table.Tokens;
        var weights = table.Weights;
        s.NewProbe();
        if (exact >= 0)
        {
            s.MarkToken(exact);
            probes.Add(new Probe(exact, w + weights[exact]) { Listed = weights[exact] });
        }

        // Typo neighbours, and tokens spelt with the same transliteration key.
        s.DeletionCandidates(Id, _deletions, token);

        // A token read from Arabic script carries a consonant-skeleton key instead (Skeleton), one read from Chinese
        // transliteration characters a sound key (SoundKey): its candidates are the listed tokens with that key,
        // compared on it.
        var (listedKeys, byKey) = Skeleton.IsKey(key) ? (table.Skeletons, table.BySkeleton)
            : SoundKey.IsKey(key) ? (table.Sounds, table.BySound)
            : (table.Keys, table.ByKey);
        if (key is not null && byKey.TryGetValue(key, out var sameKey))
        {
            s.Candidates.AddRange(sameKey);
        }

        // A Latin token and the listed tokens read from transliteration characters with its sound (Gallagher / 加拉格尔).
        if (sound is not null && table.ByListedSound.TryGetValue(sound, out var sameSound))
        {
            s.Candidates.AddRange(sameSound);
        }

        // A Latin token and the listed spellings of its consonant skeleton (Mohamed / Muhammad: TokenSimilarity.Spelling).
        // Two words of five letters or more are found by the skeleton; a pair with a shorter one (the strict rule: doubled
        // letters and close vowels only) by the short spelling key, which only such pairs share.
        var skeleton = Skeleton.IsKey(key) || SoundKey.IsKey(key) ? null : TokenSimilarity.SpellingSkeleton(token, exact >= 0 ? table.Skeletons[exact] : null);
        if (skeleton is not null && token.Length >= TokenSimilarity.FullSpellingLength && table.BySkeleton.TryGetValue(skeleton, out var sameSkeleton))
        {
            s.Candidates.AddRange(sameSkeleton);
        }

        Span<char> shortKey = stackalloc char[TokenSimilarity.FullSpellingLength - 1];
        if (skeleton is not null && TokenSimilarity.ShortSpellingKey(token, shortKey) is var shortLength && shortLength > 0
            && table.ShortSpellings(shortKey[..shortLength]) is { } sameShort)
        {
            s.Candidates.AddRange(sameShort);
        }

        foreach (var id in s.Candidates)
        {
            if (!s.MarkToken(id))
            {
                continue;
            }

            var plain = TokenSimilarity.WithListedSound(TokenSimilarity.Pair(token, key, w, tokens[id], listedKeys[id], weights[id], table.UnknownWeight), sound, table.ListedSounds[id], token, tokens[id]);
            var sim = skeleton is null ? plain : Math.Max(plain, TokenSimilarity.SpellingPair(token, key, skeleton, tokens[id], table.Skeletons[id]));
            if (sim > 0)
            {
                probes.Add(new Probe(id, sim * (w + weights[id])) { Listed = weights[id], SpellingOnly = plain <= 0 });
            }
        }

        // A single letter: the initial of any listed word starting with it; a word: a listed single letter.
        if (token.Length == 1 && char.IsAsciiLetter(token[0]))
        {
            probes.Add(new Probe(-1 - (token[0] - 'a'), NameScorer.InitialSimilarity * (w + _initials.MaxWeight(token[0]))));
        }
        else if (char.IsAsciiLetter(token[0]) && table.Id(token.AsSpan(0, 1)) is var letter && letter >= 0 && s.MarkToken(letter))
        {
            probes.Add(new Probe(letter, NameScorer.InitialSimilarity * (w + weights[letter])) { Listed = weights[letter] });
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
                probes.Add(new Probe(PostingCount(left) <= PostingCount(right) ? left : right, w + weights[left] + weights[right]) { Listed = weights[left] + weights[right] });
            }
        }
    }

    /// <summary>Query <paramref name="k"/>'s acronym words and Chinese characters and bigrams: the names they reach (few) gain their full share.</summary>
    private void AddAcronymsAndHan(in NameView q, int k, int n, Scratch s)
    {
        var acc = s.Accumulators;

        // A query word spelling a listed name's acronym.
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
                ref var a = ref acc[(s.Touch(e) * n) + k];
                a.Reached = true;
                a.Latin += sim * (q.Weight(i) + Store.TotalWeight(e));
            }
        }

        // Chinese characters and bigrams.
        foreach (var ch in q.HanChars)
        {
            if (_hanChars.TryGetValue(ch, out var posting))
            {
                var w = 2.0 * Store.Table.HanWeight(ch);
                foreach (var e in posting)
                {
                    ref var a = ref acc[(s.Touch(e) * n) + k];
                    a.Reached = true;
                    a.HanChar += w;
                }
            }
        }

        foreach (var b in q.HanBigrams)
        {
            if (_hanBigrams.TryGetValue(b, out var posting))
            {
                foreach (var e in posting)
                {
                    ref var a = ref acc[(s.Touch(e) * n) + k];
                    a.Reached = true;
                    a.HanBigram++;
                }
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
        s.DeletionCandidates(Id, _deletions, token);
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

    /// <summary>
    /// What a probe adds to a tail's sum against the threshold less the margin <paramref name="cut"/>: its contribution
    /// c less <paramref name="cut"/> times the listed weight L it keeps in the denominator, at least 0.
    /// </summary>
    private static double TailShare(in Probe probe, double cut) => Math.Max(0, probe.Contribution - (Math.Max(0, cut) * probe.Listed));

    /// <summary>The weight and count of the query's words read from transliteration characters (a sound key), which <see cref="NameScorer"/> may align by spelling alone.</summary>
    private static (double Weight, int Count) SoundWords(in NameView q)
    {
        var (weight, count) = (0.0, 0);
        for (var i = 0; i < q.Count; i++)
        {
            if (SoundKey.IsKey(q.Key(i)))
            {
                weight += q.Weight(i);
                count++;
            }
        }

        return (weight, count);
    }

    /// <summary>The weight, count and heaviest weight of the query's Latin words that may align with listed words read by sound (<see cref="NameScorer.IsReverseSoundWord"/>).</summary>
    private static ReverseSound ReverseSoundWords(in NameView q)
    {
        var r = default(ReverseSound);
        for (var i = 0; i < q.Count; i++)
        {
            if (NameScorer.IsReverseSoundWord(q, i))
            {
                r = new ReverseSound(r.Weight + q.Weight(i), r.Count + 1, Math.Max(r.MaxWeight, q.Weight(i)));
            }
        }

        return r;
    }

    /// <summary>A query's Latin words that may align with listed words read by sound: their weight, count and heaviest weight.</summary>
    private readonly record struct ReverseSound(double Weight, int Count, double MaxWeight);

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
    /// An upper bound of the name's score from what the postings accumulated for the query. Scored with the person
    /// rules (<paramref name="person"/>), the denominator Q + C loses at most <see cref="NameScorer.InitialExtraDiscount"/>
    /// times the middle weight of one side.
    /// </summary>
    private double Bound(in Accumulator a, int e, in QueryTotals q, bool person)
    {
        var bound = 0.0;
        var total = Store.TotalWeight(e);
        if (a.Latin > 0 && total > 0)
        {
            double denominator = q.Total + total;
            if (person && q.FamilyOnly)
            {
                // A family name alone against a person's full name loses all the listed name's unaligned weight from
                // the denominator, which stays at least Q: the score is at most acc / Q.
                denominator = q.Total;
            }
            else if (person)
            {
                // The unaligned middle weight X is at most the larger middle weight M, and the aligned pairs then add
                // at most Q + C − X: the score is at most min(acc, Q + C − X) / (Q + C − d X), largest at
                // X = min(M, Q + C − acc).
                var middle = Math.Min(Math.Max(q.Middle, Store.MiddleWeight(e)), Math.Max(0, denominator - a.Latin));
                denominator -= NameScorer.InitialExtraDiscount * middle;
            }

            bound = a.Latin / denominator;
        }

        if (a.HanChar > 0 && Store.HanTotalWeight(e) is var hanTotal && hanTotal > 0)
        {
            var charDice = a.HanChar / (q.HanTotal + hanTotal);
            var bigrams = Store.HanBigrams(e).Length;
            var han = q.HanBigrams > 0 && bigrams > 0
                ? (0.5 * charDice) + (a.HanBigram / (double)(q.HanBigrams + bigrams))
                : charDice;
            bound = Math.Max(bound, han);
        }

        return bound;
    }

    private ReadOnlySpan<int> Posting(Probe probe) => Posting(probe.TokenId);

    /// <summary>A token's postings (<paramref name="tokenId"/> ≥ 0), or those of the names holding a word with initial <c>'a' + (−1 − tokenId)</c>.</summary>
    private ReadOnlySpan<int> Posting(int tokenId) => tokenId >= 0
        ? _postings.AsSpan(_postingStart[tokenId], PostingCount(tokenId))
        : _initials.WithInitial((char)('a' + (-1 - tokenId)));

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

    /// <summary>What the postings gave one name for one query.</summary>
    private struct Accumulator
    {
        /// <summary>Summed contributions of the Latin probes (and acronyms) that reached the name.</summary>
        internal double Latin;

        /// <summary>Twice the summed weights of the Chinese characters shared.</summary>
        internal double HanChar;

        /// <summary>Chinese bigrams shared.</summary>
        internal int HanBigram;

        /// <summary>An open probe, an acronym or a Chinese key of the query reached the name: it is a candidate.</summary>
        internal bool Reached;

        /// <summary>Only probes left out of the walks reached the name, which holds words read by sound (<see cref="_soundPostings"/>).</summary>
        internal bool TailOnly;
    }

    /// <summary>What the bound needs of a query.</summary>
    /// <param name="Total">The query's Latin weight Q.</param>
    /// <param name="Middle">The weight of its middle-name parts M (0 without the person rules).</param>
    /// <param name="HanTotal">Its Chinese characters' weight.</param>
    /// <param name="HanBigrams">Its Chinese bigram count.</param>
    /// <param name="LatinCutoff">
    /// A name whose Latin sum is below it, with no Chinese key shared, is below the threshold: its bound is at most the
    /// sum over Q − d M (the denominator Q + C − d X is at least that, as C ≥ X).
    /// </param>
    /// <param name="FamilyOnly">The query is a family name alone as Chinese writes it (<see cref="NameView.FamilyOnly"/>): a listed person's other names may cost nothing.</param>
    /// <param name="SoundWeight">The weight of its words read by sound (<see cref="ScreeningIndex.SoundWords(in NameView)"/>).</param>
    /// <param name="SoundWords">How many words of it are read by sound.</param>
    /// <param name="Reverse">Its Latin words that may align with listed words read by sound (<see cref="ReverseSoundWords"/>).</param>
    private readonly record struct QueryTotals(float Total, double Middle, float HanTotal, int HanBigrams, double LatinCutoff, bool FamilyOnly, double SoundWeight, int SoundWords, ReverseSound Reverse);

    /// <summary>The probes of a listed token as a query token with the given key, sound key and weight (<see cref="_listedTokenProbes"/>).</summary>
    private sealed record ListedTokenProbes(string? Key, string? Sound, float Weight, Probe[] Probes)
    {
        /// <summary>True when a query token of this key, sound key and weight has these probes.</summary>
        internal bool Serves(string? key, string? sound, float weight) =>
            weight == Weight && string.Equals(key, Key, StringComparison.Ordinal) && string.Equals(sound, Sound, StringComparison.Ordinal);
    }

    /// <summary>A posting walked for a query, with what it adds to each name on it.</summary>
    private readonly record struct Walk(int TokenId, int Query, double Contribution);

    /// <summary>The probes found for one query token (<see cref="Scratch.TryGetTokenProbes"/>).</summary>
    private readonly record struct TokenProbes(string Token, string? Key, float Weight, int Start, int Count);

    /// <summary>Per-thread accumulators, reused across searches (generation stamps avoid clearing).</summary>
    private sealed class Scratch
    {
        private readonly List<List<Probe>> _tails = [];
        private readonly List<TokenProbes> _tokenProbes = [];
        private readonly List<Probe> _tokenProbeList = [];
        private int[] _stamp = [];

        /// <summary>Per name touched in this search (<see cref="_stamp"/> current), its place in <see cref="Touched"/>.</summary>
        private int[] _slot = [];
        private int[] _tokenStamp = [];
        private int _generation;
        private int _probe;
        private int _queries;

        /// <summary>
        /// Per name reached and query, at <c>slot × queries + query</c> (<see cref="Touch"/>): the names reached in this
        /// search lie together, not across the whole store, so the walks and the bounds read them from the cache.
        /// </summary>
        internal Accumulator[] Accumulators { get; private set; } = [];

        internal int[] Touched { get; private set; } = [];

        internal int TouchedCount { get; private set; }

        internal List<int> Candidates { get; } = [];

        /// <summary>
        /// The deletion-index candidates of the last few tokens looked up, a function of the index and the token: a
        /// query token the table lacks is looked up for its weight when compiled, then again for its probes when
        /// searched. The scratch is the thread's, whatever the index: each entry names the index it came from by its
        /// <see cref="Id"/> (not a reference, which would keep a replaced index alive).
        /// </summary>
        private readonly (long Index, string? Token, int[] Ids)[] _recentCandidates = new (long, string?, int[])[8];
        private int _nextRecent;

        internal List<ulong> Hashes { get; } = [];

        internal List<Probe> Probes { get; } = [];

        internal List<Walk> Walks { get; } = [];

        /// <summary>Starts a search of <paramref name="queries"/> queries over <paramref name="entries"/> names and <paramref name="tokens"/> tokens.</summary>
        internal void Begin(int entries, int tokens, int queries)
        {
            if (_stamp.Length < entries)
            {
                _stamp = new int[entries];
                _slot = new int[entries];
                Touched = new int[entries];
                _generation = 0;
            }

            if (Accumulators.Length < entries * queries)
            {
                Accumulators = new Accumulator[entries * queries];
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

            while (_tails.Count < queries)
            {
                _tails.Add([]);
            }

            _queries = queries;
            _tokenProbes.Clear();
            _tokenProbeList.Clear();
            TouchedCount = 0;
        }

        /// <summary>Sets <see cref="Candidates"/> to the ids <paramref name="deletions"/> (of the index <paramref name="indexId"/>) gives for <paramref name="token"/> (unverified, possibly repeated).</summary>
        internal void DeletionCandidates(long indexId, DeletionIndex deletions, string token)
        {
            Candidates.Clear();
            if (!DeletionIndex.Eligible(token))
            {
                return;
            }

            foreach (var (index, recent, ids) in _recentCandidates)
            {
                if (index == indexId && string.Equals(recent, token, StringComparison.Ordinal))
                {
                    Candidates.AddRange(ids);
                    return;
                }
            }

            deletions.Candidates(token, Candidates, Hashes);
            _recentCandidates[_nextRecent] = (indexId, token, [.. Candidates]);
            _nextRecent = (_nextRecent + 1) % _recentCandidates.Length;
        }

        /// <summary>Query <paramref name="query"/>'s probes left out of the walk.</summary>
        internal List<Probe> Tails(int query) => _tails[query];

        /// <summary>Appends the probes found earlier in this search for the same token, key and weight, if any.</summary>
        internal bool TryGetTokenProbes(string token, string? key, float weight, List<Probe> probes)
        {
            foreach (var t in _tokenProbes)
            {
                if (t.Weight == weight && string.Equals(t.Token, token, StringComparison.Ordinal) && string.Equals(t.Key, key, StringComparison.Ordinal))
                {
                    probes.AddRange(CollectionsMarshal.AsSpan(_tokenProbeList).Slice(t.Start, t.Count));
                    return true;
                }
            }

            return false;
        }

        /// <summary>Keeps a token's probes for the other queries of this search.</summary>
        internal void SetTokenProbes(string token, string? key, float weight, ReadOnlySpan<Probe> probes)
        {
            _tokenProbes.Add(new TokenProbes(token, key, weight, _tokenProbeList.Count, probes.Length));
            _tokenProbeList.AddRange(probes);
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

        /// <summary>The place of a touched name in <see cref="Touched"/>: its row of <see cref="Accumulators"/>.</summary>
        internal int Slot(int e) => _slot[e];

        /// <summary>Marks a name reached, its accumulators cleared the first time; returns its slot (<see cref="Slot"/>).</summary>
        internal int Touch(int e)
        {
            if (_stamp[e] == _generation)
            {
                return _slot[e];
            }

            var slot = TouchedCount++;
            _stamp[e] = _generation;
            _slot[e] = slot;
            Accumulators.AsSpan(slot * _queries, _queries).Clear();
            Touched[slot] = e;
            return slot;
        }
    }
}
