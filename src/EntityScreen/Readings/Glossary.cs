using System.Collections.Frozen;

namespace EntityScreen.Readings;

/// <summary>What a glossary term is: it decides how a reading uses it.</summary>
internal enum TermKind
{
    /// <summary>Organisation vocabulary (大学 university, 무역 trading, завод plant).</summary>
    Org = 0,

    /// <summary>A place name (北京 Beijing, 평양 Pyongyang, Москва Moscow).</summary>
    Place = 1,

    /// <summary>A word the English name leaves out (市, 省).</summary>
    Drop = 2,

    /// <summary>A legal form (有限公司, АО, شركة ذات مسؤولية محدودة): read as the Latin legal-form words.</summary>
    Legal = 3,

    /// <summary>A family name or a name particle, with its romanizations.</summary>
    Person = 4,

    /// <summary>
    /// A company word read in the name's own language, as English names of that country's companies keep it (Japanese
    /// 工業 kogyo, 精密 seimitsu: Aoki Seimitsu Kogyo), where a translation would say industry or precision.
    /// </summary>
    Word = 5,

    /// <summary>A given name, with its romanizations.</summary>
    Given = 6,
}

/// <summary>One glossary term: the source-script text and its English renderings, the first the most usual.</summary>
/// <param name="Term">The term as written in its script (Chinese simplified, lower-case Cyrillic ...).</param>
/// <param name="Renderings">English renderings, lower-case words separated by spaces; an empty one means "left out".</param>
/// <param name="Kind">What the term is.</param>
/// <param name="Stem">True when the term is a word stem matching any word it begins (Cyrillic inflections).</param>
internal sealed record GlossaryTerm(string Term, string[] Renderings, TermKind Kind, bool Stem);

/// <summary>
/// A bilingual glossary read from an embedded tab-separated resource: <c>term TAB renderings TAB kind</c>, renderings
/// separated by <c>|</c>, <c>-</c> for "left out", a trailing <c>*</c> on a term for a stem. Lines starting with
/// <c>#</c> are comments. The tables live in <c>Readings/Resources</c>, each with its provenance in its header.
/// </summary>
internal sealed class Glossary
{
    private readonly FrozenDictionary<string, GlossaryTerm> _terms;
    private readonly FrozenDictionary<string, GlossaryTerm>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly GlossaryTerm[] _stems;

    /// <summary>The stems by their text, the first of <see cref="_stems"/> kept for a text given twice.</summary>
    private readonly FrozenDictionary<string, GlossaryTerm>.AlternateLookup<ReadOnlySpan<char>> _stemLookup;

    /// <summary>Lengths of the shortest and longest stems (0 when there are none).</summary>
    private readonly int _minStem;
    private readonly int _maxStem;

    internal Glossary(IEnumerable<GlossaryTerm> terms)
    {
        var exact = new Dictionary<string, GlossaryTerm>(StringComparer.Ordinal);
        var stems = new List<GlossaryTerm>();
        foreach (var t in terms)
        {
            if (t.Stem)
            {
                stems.Add(t);
            }
            else
            {
                exact.TryAdd(t.Term, t);
            }
        }

        _terms = exact.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();

        // Longest stems first, so the most specific one wins.
        stems.Sort((a, b) => b.Term.Length != a.Term.Length ? b.Term.Length - a.Term.Length : string.CompareOrdinal(a.Term, b.Term));
        _stems = [.. stems];

        // A word is looked up by its prefixes, longest first, rather than tested against every stem (a thousand in
        // the Cyrillic glossary): the first found is the longest stem it begins with, as in the list's order.
        var byStem = new Dictionary<string, GlossaryTerm>(StringComparer.Ordinal);
        foreach (var t in _stems)
        {
            byStem.TryAdd(t.Term, t);
        }

        _stemLookup = byStem.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _minStem = _stems.Length == 0 ? 0 : _stems[^1].Term.Length;
        _maxStem = _stems.Length == 0 ? 0 : _stems[0].Term.Length;
        foreach (var t in exact.Keys)
        {
            MaxTermLength = Math.Max(MaxTermLength, t.Length);
        }
    }

    /// <summary>Length of the longest exact term.</summary>
    internal int MaxTermLength { get; }

    /// <summary>Terms, exact and stems.</summary>
    internal int Count => _terms.Count + _stems.Length;

    /// <summary>The exact terms (not the stems), in no particular order.</summary>
    internal IEnumerable<GlossaryTerm> ExactTerms => _terms.Values;

    /// <summary>The exact term <paramref name="text"/>, or null.</summary>
    internal GlossaryTerm? Find(ReadOnlySpan<char> text) => _lookup.TryGetValue(text, out var t) ? t : null;

    /// <summary>The longest exact term that <paramref name="text"/> starts with, or null.</summary>
    internal GlossaryTerm? LongestPrefix(ReadOnlySpan<char> text)
    {
        for (var length = Math.Min(MaxTermLength, text.Length); length > 0; length--)
        {
            if (_lookup.TryGetValue(text[..length], out var t))
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>The term that is <paramref name="word"/> itself, else the longest stem <paramref name="word"/> begins with, or null.</summary>
    internal GlossaryTerm? FindWord(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var exact))
        {
            return exact;
        }

        for (var length = Math.Min(_maxStem, word.Length); length >= _minStem; length--)
        {
            if (_stemLookup.TryGetValue(word[..length], out var stem))
            {
                return stem;
            }
        }

        return null;
    }

    /// <summary>Reads a glossary from the library's embedded resource <paramref name="resource"/> (a missing resource is an empty glossary).</summary>
    /// <param name="resource">The resource name.</param>
    /// <param name="fold">Folds each term as the reader folds the text it looks up (case, letter variants); null for none.</param>
    /// <param name="fallback">Terms added after the resource's own (a term the resource has keeps the resource's entry).</param>
    internal static Glossary FromResource(string resource, Func<string, string>? fold = null, IEnumerable<GlossaryTerm>? fallback = null)
    {
        using var stream = typeof(Glossary).Assembly.GetManifestResourceStream(resource);
        var terms = new List<GlossaryTerm>();
        if (stream is not null)
        {
            using var reader = new StreamReader(stream);
            terms.AddRange(Parse(reader, resource));
        }

        terms.AddRange(fallback ?? []);
        return new Glossary(fold is null ? terms : terms.Select(t => t with { Term = fold(t.Term) }));
    }

    /// <summary>Parses glossary lines; a malformed line throws, naming the resource and line (a build-time data error).</summary>
    internal static IEnumerable<GlossaryTerm> Parse(TextReader reader, string source)
    {
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var parts = text.Split('\t');
            if (parts.Length < 2 || parts[0].Length == 0)
            {
                throw new InvalidDataException($"{source}, line {line}: expected 'term<TAB>renderings<TAB>kind'.");
            }

            var term = parts[0].Trim();
            var stem = term.EndsWith('*');
            if (stem)
            {
                term = term[..^1];
            }

            var kind = parts.Length > 2 ? ParseKind(parts[2].Trim(), source, line) : TermKind.Org;
            var renderings = parts[1].Split('|', StringSplitOptions.TrimEntries);
            for (var i = 0; i < renderings.Length; i++)
            {
                renderings[i] = renderings[i] == "-" ? string.Empty : renderings[i].ToLowerInvariant();
            }

            yield return new GlossaryTerm(term, renderings, kind, stem);
        }
    }

    private static TermKind ParseKind(string kind, string source, int line) => kind switch
    {
        "org" or "" or "ordinal" => TermKind.Org,
        "place" => TermKind.Place,
        "drop" => TermKind.Drop,
        "legal" => TermKind.Legal,
        "person" => TermKind.Person,
        "word" => TermKind.Word,
        "given" => TermKind.Given,
        _ => throw new InvalidDataException($"{source}, line {line}: unknown kind '{kind}'."),
    };
}
