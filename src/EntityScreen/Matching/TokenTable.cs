using System.Collections.Frozen;
using System.Runtime.InteropServices;
using EntityScreen.Text;

namespace EntityScreen.Matching;

/// <summary>
/// The vocabulary of the loaded names with each token's weight: its rarity (inverse document frequency) across all
/// listed names. Rare, distinctive tokens weigh much more than common words (tech, trade, and). Immutable.
/// </summary>
internal sealed class TokenTable : ITokenPool
{
    // A plain Dictionary, not a FrozenDictionary: freezing tens of thousands of keys costs more at build time than it
    // saves in a handful of lookups per query.
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanIds;
    private readonly FrozenDictionary<char, float> _hanWeights;

    /// <summary>The table of <paramref name="tokens"/>; <paramref name="ids"/> maps each token to its index, and is kept.</summary>
    /// <remarks>
    /// The last argument gives each token's transliteration, skeleton and short-spelling keys as read from a snapshot
    /// (<see cref="ReadFrom"/>); null (a build) computes them.
    /// </remarks>
    private TokenTable(string[] tokens, Dictionary<string, int> ids, float[] weights, float unknownWeight, FrozenDictionary<char, float> hanWeights, float unknownHanWeight, IReadOnlyDictionary<string, string>? listedSounds, (string?[] Keys, string?[] Skeletons, string?[] ShortSpellings)? keys = null)
    {
        Tokens = tokens;
        Weights = weights;
        UnknownWeight = unknownWeight;
        _hanWeights = hanWeights;
        UnknownHanWeight = unknownHanWeight;
        _ids = ids;
        _spanIds = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        (Keys, ByKey) = keys is { } read ? Group(read.Keys) : GroupByKey(tokens, GivenNames.Key);

        // Consonant skeletons, for names read from Arabic script.
        (Skeletons, BySkeleton) = keys is { } readSkeletons ? Group(readSkeletons.Skeletons) : GroupByKey(tokens, static t => Skeleton.Key(t));

        // The short spellings of three- and four-letter words, for their spelling variants (TokenSimilarity.Spelling).
        (_shortSpellings, var byShortSpelling) = keys is { } readShort ? Group(readShort.ShortSpellings) : GroupByKey(tokens, static t => TokenSimilarity.ShortSpellingKey(t));
        _byShortSpelling = byShortSpelling.GetAlternateLookup<ReadOnlySpan<char>>();

        // Sound keys, for names read from Chinese transliteration characters; and the listed tokens that are such
        // readings, with the key of the characters they were read from.
        // Every token's sound key is needed only by a query read from transliteration characters: made on the first
        // one (about a microsecond a token), not at load.
        _sounds = new Lazy<(string?[], Dictionary<string, int[]>)>(() => GroupByKey(tokens, static t => SoundKey.Key(t)), LazyThreadSafetyMode.ExecutionAndPublication);
        (ListedSounds, ByListedSound) = listedSounds is null or { Count: 0 }
            ? (new string?[tokens.Length], new Dictionary<string, int[]>())
            : GroupByKey(tokens, t => listedSounds.TryGetValue(t, out var k) ? k : null);
        HasListedSounds = ByListedSound.Count > 0;
        _folds = new string?[tokens.Length];
        _querySounds = new string?[tokens.Length];
        _chineseKeys = new string?[tokens.Length];
    }

    /// <summary>Sentinel of <see cref="_querySounds"/>: the token has no sound key.</summary>
    private static readonly string s_noSound = new('\0', 1);

    /// <summary>
    /// Per id, the folded form of the token as a query writes it (<see cref="ITokenPool.Fold"/>), made on first use:
    /// queries and their readings repeat the listed words, and folding a word of six letters or more looks for a typo of
    /// every abbreviation. Bounded by the vocabulary; a race makes the same string twice.
    /// </summary>
    private readonly string?[] _folds;

    /// <summary>Per id, <see cref="SoundKey.Key(ReadOnlySpan{char})"/> of the token (<see cref="s_noSound"/> for none), made on first use (about a microsecond a token).</summary>
    private readonly string?[] _querySounds;

    private readonly Lazy<(string?[] Keys, Dictionary<string, int[]> ById)> _sounds;

    /// <summary>Per id, <see cref="ChineseRomanization.Key"/> of the token (<see cref="s_noSound"/> for none), made on first use.</summary>
    private readonly string?[] _chineseKeys;

    /// <summary>The token's key as Chinese syllables in pinyin or Wade-Giles (<see cref="ChineseRomanization"/>), or null; kept per id.</summary>
    internal string? ChineseKey(int id)
    {
        var key = Volatile.Read(ref _chineseKeys[id]);
        if (key is null)
        {
            key = ChineseRomanization.Key(Tokens[id]) ?? s_noSound;
            Volatile.Write(ref _chineseKeys[id], key);
        }

        return ReferenceEquals(key, s_noSound) ? null : key;
    }

    /// <summary>Sound key by id (<see cref="SoundKey"/>), null for tokens without one; made on first use.</summary>
    internal string?[] Sounds => _sounds.Value.Keys;

    /// <summary>Token ids by sound key, ascending; made on first use.</summary>
    internal IReadOnlyDictionary<string, int[]> BySound => _sounds.Value.ById;

    /// <summary>By id: the sound key of a token read from a listed name's Chinese transliteration characters, else null.</summary>
    internal string?[] ListedSounds { get; }

    /// <summary>Ids of the tokens read from listed names' transliteration characters, by their sound key, ascending.</summary>
    internal IReadOnlyDictionary<string, int[]> ByListedSound { get; }

    /// <summary>True when some listed token was read from transliteration characters.</summary>
    internal bool HasListedSounds { get; }

    /// <summary>Consonant skeleton key by id (<see cref="Skeleton"/>), null for tokens without one.</summary>
    internal string?[] Skeletons { get; }

    /// <summary>Token ids by skeleton key, ascending.</summary>
    internal IReadOnlyDictionary<string, int[]> BySkeleton { get; }

    /// <summary>Per id, <see cref="TokenSimilarity.ShortSpellingKey(string)"/> of the token, or null (kept for the snapshot).</summary>
    private readonly string?[] _shortSpellings;

    /// <summary>Listed token ids by <see cref="TokenSimilarity.ShortSpellingKey(string)"/>: the spelling variants a word of three or four letters may have.</summary>
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byShortSpelling;

    /// <summary>The listed token ids whose short spelling key is <paramref name="key"/> (<see cref="TokenSimilarity.ShortSpellingKey(string)"/>), or null.</summary>
    internal int[]? ShortSpellings(ReadOnlySpan<char> key) => _byShortSpelling.TryGetValue(key, out var ids) ? ids : null;

    /// <summary>Transliteration key by id (<see cref="Phonetic"/>), null for tokens without one.</summary>
    internal string?[] Keys { get; }

    /// <summary>Token ids by transliteration key.</summary>
    internal IReadOnlyDictionary<string, int[]> ByKey { get; }

    /// <summary>Token by id.</summary>
    internal string[] Tokens { get; }

    /// <summary>Weight by id.</summary>
    internal float[] Weights { get; }

    /// <summary>Weight of a token no listed name holds: as rare as can be.</summary>
    internal float UnknownWeight { get; }

    /// <summary>Weight of a Chinese character no listed name holds.</summary>
    internal float UnknownHanWeight { get; }

    internal int Count => Tokens.Length;

    /// <summary>The table's own instance of a listed token (no allocation), else a new string.</summary>
    public string Get(ReadOnlySpan<char> token) => _spanIds.TryGetValue(token, out var id) ? Tokens[id] : new string(token);

    /// <summary>The folded form of a raw token (<see cref="Abbreviations"/>), or the token itself; kept per listed token.</summary>
    public string Fold(string raw)
    {
        if (!_ids.TryGetValue(raw, out var id))
        {
            return FoldOf(raw);
        }

        var folded = Volatile.Read(ref _folds[id]);
        if (folded is null)
        {
            folded = FoldOf(raw);
            Volatile.Write(ref _folds[id], folded);
        }

        return folded;

        static string FoldOf(string raw) => Abbreviations.Canonical(raw) ?? Abbreviations.CanonicalWithTypo(raw) ?? raw;
    }

    /// <summary>The sound key of a query token (<see cref="SoundKey.Key(ReadOnlySpan{char})"/>), kept per listed token; <paramref name="id"/> is its id, or -1.</summary>
    internal string? QuerySound(string token, int id)
    {
        if (id < 0)
        {
            return SoundKey.Key(token);
        }

        var sound = Volatile.Read(ref _querySounds[id]);
        if (sound is null)
        {
            sound = SoundKey.Key(token) ?? s_noSound;
            Volatile.Write(ref _querySounds[id], sound);
        }

        return ReferenceEquals(sound, s_noSound) ? null : sound;
    }

    /// <summary>The token's id, or -1 when no listed name holds it.</summary>
    internal int Id(ReadOnlySpan<char> token) => _spanIds.TryGetValue(token, out var id) ? id : -1;

    internal float Weight(int id) => id >= 0 ? Weights[id] : UnknownWeight;

    internal float HanWeight(char c) => _hanWeights.TryGetValue(c, out var w) ? w : UnknownHanWeight;

    /// <summary>
    /// Writes what the table is made from (tokens, weights, the Chinese characters' weights, the listed sound keys), for
    /// <see cref="ReadFrom"/>; the groupings by key are made again on reading (see docs/performance.md, "Cold start").
    /// </summary>
    internal void WriteTo(Snapshots.SnapshotWriter writer)
    {
        writer.WriteStrings(Tokens);
        writer.WriteArray<float>(Weights);
        writer.WriteSingle(UnknownWeight);
        var han = _hanWeights.OrderBy(kv => kv.Key).ToArray();
        writer.WriteArray<char>([.. han.Select(kv => kv.Key)]);
        writer.WriteArray<float>([.. han.Select(kv => kv.Value)]);
        writer.WriteSingle(UnknownHanWeight);
        writer.WriteStrings(ListedSounds);
        writer.WriteStrings(Keys);
        writer.WriteStrings(Skeletons);
        writer.WriteStrings(_shortSpellings);
    }

    /// <summary>Reads a table written by <see cref="WriteTo"/>.</summary>
    internal static TokenTable ReadFrom(Snapshots.SnapshotReader reader)
    {
        const string Part = "the token table";
        var raw = reader.ReadStrings();
        var tokens = new string[raw.Length];
        var ids = new Dictionary<string, int>(raw.Length, StringComparer.Ordinal);
        for (var i = 0; i < raw.Length; i++)
        {
            Snapshots.SnapshotCheck.That(raw[i] is { Length: > 0 } && ids.TryAdd(raw[i]!, i), Part);
            tokens[i] = raw[i]!;
        }

        var weights = reader.ReadArray<float>();
        var unknownWeight = reader.ReadSingle();
        var hanChars = reader.ReadArray<char>();
        var hanValues = reader.ReadArray<float>();
        var unknownHanWeight = reader.ReadSingle();
        var sounds = reader.ReadStrings();
        var keys = reader.ReadStrings();
        var skeletons = reader.ReadStrings();
        var shortSpellings = reader.ReadStrings();
        Snapshots.SnapshotCheck.That(weights.Length == tokens.Length && hanValues.Length == hanChars.Length && sounds.Length == tokens.Length, Part);
        Snapshots.SnapshotCheck.That(keys.Length == tokens.Length && skeletons.Length == tokens.Length && shortSpellings.Length == tokens.Length, Part);
        var hanWeights = new Dictionary<char, float>(hanChars.Length);
        for (var i = 0; i < hanChars.Length; i++)
        {
            Snapshots.SnapshotCheck.That(hanWeights.TryAdd(hanChars[i], hanValues[i]), Part);
        }

        Dictionary<string, string>? listedSounds = null;
        for (var i = 0; i < sounds.Length; i++)
        {
            if (sounds[i] is { } sound)
            {
                (listedSounds ??= new(StringComparer.Ordinal))[tokens[i]] = sound;
            }
        }

        return new TokenTable(tokens, ids, weights, unknownWeight, hanWeights.ToFrozenDictionary(), unknownHanWeight, listedSounds, (keys, skeletons, shortSpellings));
    }

    /// <summary>Builds the table from every normalized listed name (each name counts a token once).</summary>
    /// <param name="names">The listed names.</param>
    /// <param name="vocabularyReady">Called with the sorted tokens (the table's <see cref="Tokens"/>) as soon as they are known, before the rest of the table is built.</param>
    /// <param name="listedSounds">Tokens read from listed names' Chinese transliteration characters, with their sound keys; null for none.</param>
    internal static TokenTable Build(IReadOnlyList<NormalizedName> names, Action<string[]>? vocabularyReady = null, IReadOnlyDictionary<string, string>? listedSounds = null)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var hanDf = new Dictionary<char, int>();
        var seenHan = new HashSet<char>();
        var latinNames = 0;
        var hanNames = 0;
        foreach (var name in names)
        {
            var nameTokens = name.Tokens;
            for (var k = 0; k < nameTokens.Length; k++)
            {
                // A handful of tokens a name: a scan beats a set.
                if (Array.IndexOf(nameTokens, nameTokens[k], 0, k) < 0)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(df, nameTokens[k], out _)++;
                }
            }

            latinNames += name.Tokens.Length > 0 ? 1 : 0;
            seenHan.Clear();
            foreach (var c in name.HanCore)
            {
                if (seenHan.Add(c))
                {
                    hanDf[c] = hanDf.GetValueOrDefault(c) + 1;
                }
            }

            hanNames += name.HanCore.Length > 0 ? 1 : 0;
        }

        var tokens = new string[df.Count];
        df.Keys.CopyTo(tokens, 0);
        Array.Sort(tokens, StringComparer.Ordinal);
        vocabularyReady?.Invoke(tokens);
        var weights = new float[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            // The document-frequency table becomes the id table: same keys, each count read once then replaced.
            ref var entry = ref CollectionsMarshal.GetValueRefOrNullRef(df, tokens[i]);
            weights[i] = Idf(latinNames, entry);
            entry = i;
        }

        var hanWeights = hanDf.ToFrozenDictionary(kv => kv.Key, kv => Idf(hanNames, kv.Value));
        return new TokenTable(tokens, df, weights, Idf(latinNames, 0), hanWeights, Idf(hanNames, 0), listedSounds);
    }

    /// <summary>
    /// Each token's key (null for none), and the token ids of each key, ascending: each key's tokens counted, then
    /// arrays of that size filled.
    /// </summary>
    private static (string?[] Keys, Dictionary<string, int[]> ById) GroupByKey(string[] tokens, Func<string, string?> keyOf)
    {
        var keys = new string?[tokens.Length];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((keys[i] = keyOf(tokens[i])) is { } key)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;
            }
        }

        var byKey = new Dictionary<string, int[]>(counts.Count, StringComparer.Ordinal);
        foreach (var (key, count) in counts)
        {
            byKey.Add(key, new int[count]);
        }

        for (var i = tokens.Length - 1; i >= 0; i--)
        {
            if (keys[i] is { } key)
            {
                byKey[key][--CollectionsMarshal.GetValueRefOrNullRef(counts, key)] = i;
            }
        }

        return (keys, byKey);
    }

    /// <summary>The token ids of each key given per id (as <see cref="GroupByKey"/> groups them), ascending.</summary>
    private static (string?[] Keys, Dictionary<string, int[]> ById) Group(string?[] keys)
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key)
            {
                (byKey.TryGetValue(key, out var ids) ? ids : byKey[key] = []).Add(i);
            }
        }

        var byId = new Dictionary<string, int[]>(byKey.Count, StringComparer.Ordinal);
        foreach (var (key, ids) in byKey)
        {
            byId.Add(key, [.. ids]);
        }

        return (keys, byId);
    }

    /// <summary>Smoothed inverse document frequency: ln((N + 1) / (df + 0.5)), at least 0.1.</summary>
    private static float Idf(int documents, int df) => (float)Math.Max(0.1, Math.Log((documents + 1.0) / (df + 0.5)));
}
