namespace EntityScreen.Text;

/// <summary>Shares one string instance per distinct token while an index is built (not thread-safe: one per thread).</summary>
internal sealed class TokenInterner
{
    private readonly HashSet<string> _set = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    internal TokenInterner() => _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();

    internal string Intern(ReadOnlySpan<char> token)
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
