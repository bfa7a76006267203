using System.Globalization;

namespace EntityScreen;

/// <summary>
/// Warnings, kept in order, at most <c>cap</c> of each kind: a file with a million cycles says so in a hundred lines
/// and one count, not a million lines.
/// </summary>
internal sealed class WarningLog(int cap = 100)
{
    private readonly List<string> _messages = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _kinds = [];

    public void Add(string kind, string message)
    {
        if (!_counts.TryGetValue(kind, out var count))
        {
            _kinds.Add(kind);
        }

        _counts[kind] = ++count;
        if (count <= cap)
        {
            _messages.Add(message);
        }
    }

    public string[] ToArray()
    {
        var result = new List<string>(_messages);
        foreach (var kind in _kinds)
        {
            if (_counts[kind] > cap)
            {
                result.Add(string.Create(CultureInfo.InvariantCulture, $"... and {_counts[kind] - cap} more warnings of this kind: {kind}"));
            }
        }

        return [.. result];
    }
}
