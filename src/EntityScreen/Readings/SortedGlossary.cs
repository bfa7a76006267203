namespace EntityScreen.Readings;

/// <summary>
/// A large glossary (tens of thousands of terms) looked up in place: the resource's text is kept as one string with the
/// start of each line, the lines sorted by term (ordinal), and a term is found by binary search, its renderings parsed
/// when found. Loading costs a pass over the text (a few milliseconds) instead of a dictionary of every term (about
/// 80 ms for the Japanese names), which matters for the first query that needs it. Same line format as
/// <see cref="Glossary"/> (no stems).
/// </summary>
internal sealed class SortedGlossary
{
    private readonly string _text;
    private readonly int[] _lines;

    private SortedGlossary(string text, int[] lines, int maxTermLength)
    {
        _text = text;
        _lines = lines;
        MaxTermLength = maxTermLength;
    }

    /// <summary>Length of the longest term.</summary>
    internal int MaxTermLength { get; }

    /// <summary>Number of terms.</summary>
    internal int Count => _lines.Length;

    /// <summary>Reads the embedded resource <paramref name="resource"/>; a line out of order or malformed throws, naming the line (a build-time data error).</summary>
    internal static SortedGlossary FromResource(string resource)
    {
        using var stream = typeof(SortedGlossary).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"{resource}: resource not found.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), resource);
    }

    internal static SortedGlossary Parse(string text, string source)
    {
        var lines = new List<int>(1 << 16);
        var maxTermLength = 0;
        var previous = ReadOnlySpan<char>.Empty;
        var start = 0;
        var number = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            number++;
            var line = text.AsSpan(start, end - start).TrimEnd('\r');
            if (line.Length > 0 && line[0] != '#')
            {
                var tab = line.IndexOf('\t');
                if (tab <= 0 || line[(tab + 1)..].IsEmpty)
                {
                    throw new InvalidDataException($"{source}, line {number}: expected 'term<TAB>renderings<TAB>kind'.");
                }

                var term = line[..tab];
                if (lines.Count > 0 && term.SequenceCompareTo(previous) <= 0)
                {
                    throw new InvalidDataException($"{source}, line {number}: terms must be sorted (ordinal) and unique.");
                }

                previous = term;
                lines.Add(start);
                maxTermLength = Math.Max(maxTermLength, tab);
            }

            start = end + 1;
        }

        return new SortedGlossary(text, [.. lines], maxTermLength);
    }

    /// <summary>The term <paramref name="text"/>, or null.</summary>
    internal GlossaryTerm? Find(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > MaxTermLength)
        {
            return null;
        }

        var lo = 0;
        var hi = _lines.Length - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var term = TermAt(_lines[mid]);
            var c = term.SequenceCompareTo(text);
            if (c == 0)
            {
                return Read(_lines[mid]);
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }

    /// <summary>Every term, in order (for tests and tools).</summary>
    internal IEnumerable<GlossaryTerm> Terms()
    {
        foreach (var start in _lines)
        {
            yield return Read(start);
        }
    }

    private ReadOnlySpan<char> TermAt(int start)
    {
        var rest = _text.AsSpan(start);
        return rest[..rest.IndexOf('\t')];
    }

    private GlossaryTerm Read(int start)
    {
        var end = _text.IndexOf('\n', start);
        var line = _text.AsSpan(start, (end < 0 ? _text.Length : end) - start).TrimEnd('\r');
        using var reader = new StringReader(line.ToString());
        return Glossary.Parse(reader, "glossary").Single();
    }
}
