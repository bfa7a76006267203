using System.Globalization;
using System.Text;

namespace EntityScreen.Evaluation;

/// <summary>
/// Generates the evaluation set from the loaded lists at run time: a stratified sample of parties, positive variants of
/// their names labelled with the party, look-alike negatives made from them, and the hand-written unrelated names.
/// Deterministic for a seed and the same list files.
/// </summary>
internal sealed class EvaluationSetBuilder
{
    /// <summary>Positive variant names, in report order.</summary>
    internal static readonly string[] PositiveVariants =
    [
        "exact", "case_punct", "legal_form", "abbreviation", "word_order", "typo", "alias", "fullwidth", "spacing",
        "chinese_simplified", "chinese_traditional", "chinese_no_legal_form",
    ];

    /// <summary>Negative variant names, in report order.</summary>
    internal static readonly string[] NegativeVariants =
        ["lookalike_company", "lookalike_person", "lookalike_chinese", "unrelated_company", "unrelated_person"];

    private readonly IReadOnlyList<ListedParty> _parties;
    private readonly int _seed;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, List<string>> _vocabularyByLength = [];
    private readonly List<string> _familyNames = [];
    private readonly List<string> _givenNames = [];
    private readonly List<char> _hanChars = [];
    private readonly HashSet<string> _listedExact = new(StringComparer.Ordinal);
    private readonly HashSet<string> _listedSortedTokens = new(StringComparer.Ordinal);

    internal EvaluationSetBuilder(IReadOnlyList<ListedParty> parties, int seed)
    {
        _parties = parties;
        _seed = seed;
        var han = new HashSet<char>();
        var family = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var given = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var party in parties)
        {
            foreach (var name in party.Names)
            {
                _listedExact.Add(ExactKey(name.Value));
                _listedSortedTokens.Add(SortedTokenKey(name.Value));
                if (name.Script == NameScript.Han)
                {
                    foreach (var c in NameVariants.StripHanLegalForms(name.Value, out _).Where(NameVariants.ScriptIsHan))
                    {
                        han.Add(c);
                    }

                    continue;
                }

                foreach (var word in NameVariants.Words(name.Value).Select(w => w.Value).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    _documentFrequency[word] = _documentFrequency.GetValueOrDefault(word) + 1;
                }

                if (party.Type == PartyType.Person && name.Script == NameScript.Latin)
                {
                    var (f, g) = SplitPerson(name.Value);
                    family.UnionWith(f.Where(t => t.Length >= 3 && NameVariants.IsLetters(t)));
                    given.UnionWith(g.Where(t => t.Length >= 3 && NameVariants.IsLetters(t)));
                }
            }
        }

        foreach (var word in _documentFrequency.Keys.Where(w => w.Length >= 3 && w.All(char.IsAsciiLetter) && !NameVariants.LegalAndStopWords.Contains(w)))
        {
            var lower = word.ToLowerInvariant();
            if (!_vocabularyByLength.TryGetValue(lower.Length, out var list))
            {
                _vocabularyByLength[lower.Length] = list = [];
            }

            list.Add(lower);
        }

        foreach (var list in _vocabularyByLength.Values)
        {
            list.Sort(StringComparer.Ordinal);
            var distinct = list.Distinct(StringComparer.Ordinal).ToList();
            list.Clear();
            list.AddRange(distinct);
        }

        _familyNames.AddRange(family.Select(s => s.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal));
        _givenNames.AddRange(given.Select(s => s.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal));
        _hanChars.AddRange(han.Order());
    }

    /// <summary>Parties sampled per stratum, filled by <see cref="Sample"/>.</summary>
    internal Dictionary<string, int> SampledByStratum { get; } = new(StringComparer.Ordinal);

    /// <summary>Unrelated names dropped because they are listed.</summary>
    internal List<string> UnrelatedDropped { get; } = [];

    internal static string Stratum(ListedParty p) => p.List.Code + "/" + p.Type.ToString().ToLowerInvariant();

    /// <summary>
    /// A stratified sample: strata are (list, party type); each gets a share proportional to the square root of its size
    /// (so small lists such as MEU or UEL are not drowned by SDN), capped by its size, the remainder redistributed.
    /// Within a stratum parties are shuffled with the seed.
    /// </summary>
    internal List<ListedParty> Sample(int count)
    {
        var strata = _parties
            .Where(p => p.Names.Count > 0)
            .GroupBy(Stratum)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Parties: Shuffle(g.OrderBy(p => p.Id, StringComparer.Ordinal).ToList(), new Random(HashSeed(g.Key)))))
            .ToList();
        var quota = strata.ToDictionary(s => s.Key, _ => 0);
        var remaining = Math.Min(count, strata.Sum(s => s.Parties.Count));
        while (remaining > 0)
        {
            var open = strata.Where(s => quota[s.Key] < s.Parties.Count).ToList();
            var weight = open.Sum(s => Math.Sqrt(s.Parties.Count));
            var given = 0;
            foreach (var s in open)
            {
                var share = Math.Max(1, (int)Math.Floor(remaining * Math.Sqrt(s.Parties.Count) / weight));
                share = Math.Min(share, Math.Min(s.Parties.Count - quota[s.Key], remaining - given));
                quota[s.Key] += share;
                given += share;
                if (given == remaining)
                {
                    break;
                }
            }

            remaining -= given;
        }

        var sample = new List<ListedParty>();
        foreach (var s in strata)
        {
            SampledByStratum[s.Key] = quota[s.Key];
            sample.AddRange(s.Parties.Take(quota[s.Key]));
        }

        return sample;
    }

    /// <summary>Every positive variant and look-alike of the sampled parties.</summary>
    internal List<EvaluationQuery> Generate(IReadOnlyList<ListedParty> sample, Func<string, bool> wanted)
    {
        var queries = new List<EvaluationQuery>();
        foreach (var party in sample)
        {
            var rng = new Random(HashSeed(party.Id));
            var person = party.Type == PartyType.Person;
            var primary = party.Names[0].Value;
            var latin = party.Names.FirstOrDefault(n => n.Script is NameScript.Latin)?.Value;
            var hanName = party.Names.FirstOrDefault(n => n.Script == NameScript.Han)?.Value;

            void Add(string variant, string? text, string source, bool positive = true)
            {
                if (text is null || string.IsNullOrWhiteSpace(text) || !wanted(variant))
                {
                    return;
                }

                queries.Add(new EvaluationQuery(text, variant, positive, positive ? party.Id : null, party.Id, source));
            }

            Add("exact", primary, primary);
            if (latin is not null)
            {
                Add("case_punct", NameVariants.CasePunct(latin, rng), latin);
                Add("legal_form", person ? null : NameVariants.LegalForm(latin, rng), latin);
                Add("abbreviation", person ? null : NameVariants.Abbreviation(latin, rng), latin);
                Add("word_order", NameVariants.WordOrder(latin, person, rng), latin);
                Add("typo", NameVariants.Typo(latin, rng), latin);
                Add("fullwidth", NameVariants.FullWidth(latin), latin);
                Add("spacing", NameVariants.Spacing(latin, rng), latin);
            }

            var primaryKey = ExactKey(primary);
            var aliases = party.Names.Skip(1).Where(n => n.Script != NameScript.Han && ExactKey(n.Value) != primaryKey).ToList();
            if (aliases.Count > 0)
            {
                var alias = aliases[rng.Next(aliases.Count)].Value;
                Add("alias", alias, alias);
            }

            if (hanName is not null)
            {
                Add("chinese_simplified", hanName, hanName);
                var traditional = HanTraditional.ToTraditional(hanName);
                Add("chinese_traditional", traditional == hanName ? null : traditional, hanName);
                Add("chinese_no_legal_form", NameVariants.HanWithoutLegalForm(hanName), hanName);
                Add("lookalike_chinese", HanLookalike(hanName, rng), hanName, positive: false);
            }

            if (latin is not null)
            {
                Add(person ? "lookalike_person" : "lookalike_company", person ? PersonLookalike(latin, rng) : CompanyLookalike(latin, rng), latin, positive: false);
            }
        }

        return queries;
    }

    /// <summary>The hand-written unrelated names, minus any that is (exact-normalized) a listed name.</summary>
    internal List<EvaluationQuery> Unrelated(Func<string, bool> wanted)
    {
        var queries = new List<EvaluationQuery>();
        foreach (var (file, variant) in new[] { ("unrelated_companies.txt", "unrelated_company"), ("unrelated_persons.txt", "unrelated_person") })
        {
            if (!wanted(variant))
            {
                continue;
            }

            foreach (var name in Resources.Lines(file).Distinct(StringComparer.Ordinal))
            {
                // Pure exact-normalized, and the same in either word order ("Mohamed Salah" is "SALAH, Mohamed"): any
                // screening tool must alert on those, so they are not unrelated.
                if (_listedExact.Contains(ExactKey(name)) || _listedSortedTokens.Contains(SortedTokenKey(name)))
                {
                    UnrelatedDropped.Add(name);
                    continue;
                }

                queries.Add(new EvaluationQuery(name, variant, false, null, null, null));
            }
        }

        return queries;
    }

    /// <summary>The company name with its rarest word (in the loaded lists) replaced by another listed word of similar length.</summary>
    private string? CompanyLookalike(string name, Random rng)
    {
        var words = NameVariants.Words(name)
            .Where(w => w.Length >= 3 && w.Value.All(char.IsAsciiLetter) && !NameVariants.LegalAndStopWords.Contains(w.Value))
            .ToArray();
        if (words.Length == 0)
        {
            return null;
        }

        var target = words
            .OrderBy(w => _documentFrequency.GetValueOrDefault(w.Value))
            .ThenByDescending(w => w.Length)
            .ThenBy(w => w.Index)
            .First();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var length = target.Length + rng.Next(-1, 2);
            if (!_vocabularyByLength.TryGetValue(length, out var pool) || pool.Count == 0)
            {
                continue;
            }

            var replacement = pool[rng.Next(pool.Count)];
            if (Levenshtein(replacement, target.Value.ToLowerInvariant()) < Math.Max(3, target.Length / 2))
            {
                continue;
            }

            var text = name[..target.Index] + NameVariants.MatchCase(target.Value, Capitalize(replacement)) + name[(target.Index + target.Length)..];
            if (!_listedExact.Contains(ExactKey(text)) && !_listedSortedTokens.Contains(SortedTokenKey(text)))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The person's family name or first given name replaced by another listed person's.</summary>
    private string? PersonLookalike(string name, Random rng)
    {
        var (family, given) = SplitPerson(name);
        var replaceFamily = given.Length == 0 || (family.Length > 0 && rng.Next(2) == 0);
        var targetWord = replaceFamily ? family.LastOrDefault(NameVariants.IsLetters) : given.FirstOrDefault(NameVariants.IsLetters);
        var pool = replaceFamily ? _familyNames : _givenNames;
        if (targetWord is null || pool.Count == 0)
        {
            return null;
        }

        var match = NameVariants.Words(name).FirstOrDefault(w => w.Value == targetWord
            && (replaceFamily ? name.IndexOf(',', StringComparison.Ordinal) < 0 || w.Index < name.IndexOf(',', StringComparison.Ordinal) : true));
        if (match is null)
        {
            return null;
        }

        for (var attempt = 0; attempt < 50; attempt++)
        {
            var replacement = pool[rng.Next(pool.Count)];
            if (Levenshtein(replacement, targetWord.ToLowerInvariant()) < Math.Max(2, targetWord.Length / 3))
            {
                continue;
            }

            var text = name[..match.Index] + NameVariants.MatchCase(targetWord, Capitalize(replacement)) + name[(match.Index + match.Length)..];
            if (!_listedExact.Contains(ExactKey(text)) && !_listedSortedTokens.Contains(SortedTokenKey(text)))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>Two characters of the Chinese core name replaced by others seen in listed Chinese names; the legal form stays.</summary>
    private string? HanLookalike(string name, Random rng)
    {
        var core = NameVariants.StripHanLegalForms(name, out var suffix);
        var positions = Enumerable.Range(0, core.Length).Where(i => NameVariants.ScriptIsHan(core[i])).ToArray();
        if (positions.Length < 2 || _hanChars.Count < 10)
        {
            return null;
        }

        var prefix = name.StartsWith("株式会社", StringComparison.Ordinal) && !core.StartsWith("株式会社", StringComparison.Ordinal) ? "株式会社" : string.Empty;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var chars = core.ToCharArray();
            var first = positions[rng.Next(positions.Length)];
            int second;
            do
            {
                second = positions[rng.Next(positions.Length)];
            }
            while (second == first);

            foreach (var at in new[] { first, second })
            {
                char c;
                do
                {
                    c = _hanChars[rng.Next(_hanChars.Count)];
                }
                while (c == chars[at]);

                chars[at] = c;
            }

            var text = prefix + new string(chars) + suffix;
            if (!_listedExact.Contains(ExactKey(text)))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>Family and given names: "FAMILY, Given Names", else the last word is the family name.</summary>
    private static (string[] Family, string[] Given) SplitPerson(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            return (Tokens(name[..comma]), Tokens(name[(comma + 1)..]));
        }

        var tokens = Tokens(name);
        return tokens.Length <= 1 ? (tokens, []) : (tokens[^1..], tokens[..^1]);

        static string[] Tokens(string s) => [.. NameVariants.Words(s).Select(w => w.Value)];
    }

    /// <summary>The "pure exact-normalized" form: NFKC, lower case, letters and digits only, single spaces.</summary>
    internal static string ExactKey(string name)
    {
        var nfkc = name.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        return string.Join(' ', NameVariants.Words(nfkc).Select(w => w.Value));
    }

    private static string SortedTokenKey(string name) =>
        string.Join(' ', ExactKey(name).Split(' ').Order(StringComparer.Ordinal));

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    internal static int Levenshtein(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }

    private int HashSeed(string key)
    {
        // FNV-1a over the key and the seed: stable across runs and platforms (string.GetHashCode is randomized).
        var h = 2166136261u ^ (uint)_seed;
        foreach (var c in key)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)(h & 0x7FFFFFFF);
    }

    private static List<T> Shuffle<T>(List<T> list, Random rng)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    internal static string Invariant(double d) => d.ToString("0.000", CultureInfo.InvariantCulture);
}
