using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace EntityScreen;

/// <summary>
/// The columns of one source row as a read-only dictionary (header name → value) that shares the header's name index
/// between rows: one array per row instead of one hash table per party.
/// </summary>
internal sealed class RowFields(CsvHeader header, string[] values) : IReadOnlyDictionary<string, string>
{
    /// <summary>The header whose names are the keys, shared by every row of its file (and by a snapshot's rows).</summary>
    internal CsvHeader Header => header;

    /// <summary>The row's values, in header order.</summary>
    internal string[] Row => values;

    public int Count => values.Length;

    public IEnumerable<string> Keys => header.Names;

    public IEnumerable<string> Values => values;

    public string this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No column '{key}'.");

    public bool ContainsKey(string key) => header.Find(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = header.Find(key);
        value = index >= 0 ? values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < values.Length; i++)
        {
            yield return new KeyValuePair<string, string>(header.Names[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
