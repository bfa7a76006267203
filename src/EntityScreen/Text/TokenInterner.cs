namespace EntityScreen.Text;

/// <summary>Gives the string for a token, sharing instances where it can.</summary>
internal interface ITokenPool
{
    /// <summary>A string equal to <paramref name="token"/>.</summary>
    string Get(ReadOnlySpan<char> token);

    /// <summary>The folded form of a raw token (<see cref="Abbreviations"/>), or the token itself.</summary>
    string Fold(string raw) => Abbreviations.Canonical(raw) ?? Abbreviations.CanonicalWithTypo(raw) ?? raw;
}

/// <summary>Shares one string instance per distinct token while an index is built (not thread-safe: one per thread).</summary>
internal sealed class TokenInterner : ITokenPool
{
    private readonly HashSet<string> _set = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private readonly Dictionary<string, string> _folded = new(StringComparer.Ordinal);

    internal TokenInterner() => _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Folds each distinct token once (list names repeat their words a lot).</summary>
    public string Fold(string raw)
    {
        if (!_folded.TryGetValue(raw, out var folded))
        {
            folded = Abbreviations.Canonical(raw) ?? Abbreviations.CanonicalWithTypo(raw) ?? raw;
            _folded[raw] = folded;
        }

        return folded;
    }

    public string Get(ReadOnlySpan<char> token)
    {
        if (_lookup.TryGetValue(token, out var existing))
        {
            return existing;
        }

        var s = new string(token);
        _set.Add(s);
        return s;
    }
}
