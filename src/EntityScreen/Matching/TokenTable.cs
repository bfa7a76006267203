using System.Collections.Frozen;
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

    private TokenTable(string[] tokens, float[] weights, float unknownWeight, FrozenDictionary<char, float> hanWeights, float unknownHanWeight)
    {
        Tokens = tokens;
        Weights = weights;
        UnknownWeight = unknownWeight;
        _hanWeights = hanWeights;
        UnknownHanWeight = unknownHanWeight;
        var ids = new Dictionary<string, int>(tokens.Length, StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            ids[tokens[i]] = i;
        }

        _ids = ids;
        _spanIds = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Keys = new string?[tokens.Length];
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((Keys[i] = Phonetic.Key(tokens[i])) is { } key)
            {
                (byKey.TryGetValue(key, out var list) ? list : byKey[key] = []).Add(i);
            }
        }

        ByKey = byKey.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

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

    /// <summary>The token's id, or -1 when no listed name holds it.</summary>
    internal int Id(ReadOnlySpan<char> token) => _spanIds.TryGetValue(token, out var id) ? id : -1;

    internal float Weight(int id) => id >= 0 ? Weights[id] : UnknownWeight;

    internal float HanWeight(char c) => _hanWeights.TryGetValue(c, out var w) ? w : UnknownHanWeight;

    /// <summary>Builds the table from every normalized listed name (each name counts a token once).</summary>
    internal static TokenTable Build(IReadOnlyList<NormalizedName> names)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var hanDf = new Dictionary<char, int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var seenHan = new HashSet<char>();
        var latinNames = 0;
        var hanNames = 0;
        foreach (var name in names)
        {
            seen.Clear();
            foreach (var t in name.Tokens)
            {
                if (seen.Add(t))
                {
                    df[t] = df.GetValueOrDefault(t) + 1;
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

        var tokens = df.Keys.Order(StringComparer.Ordinal).ToArray();
        var weights = new float[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            weights[i] = Idf(latinNames, df[tokens[i]]);
        }

        var hanWeights = hanDf.ToFrozenDictionary(kv => kv.Key, kv => Idf(hanNames, kv.Value));
        return new TokenTable(tokens, weights, Idf(latinNames, 0), hanWeights, Idf(hanNames, 0));
    }

    /// <summary>Smoothed inverse document frequency: ln((N + 1) / (df + 0.5)), at least 0.1.</summary>
    private static float Idf(int documents, int df) => (float)Math.Max(0.1, Math.Log((documents + 1.0) / (df + 0.5)));
}
