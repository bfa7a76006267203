using System.Collections.Concurrent;
using System.Text;

namespace EntityScreen.Tests.Matching;

/// <summary>
/// The candidate index must return exactly what scoring every name returns: same parties, same scores, same order.
/// Proven on the full real lists with thousands of generated variant queries.
/// </summary>
public class IndexEquivalenceTests
{
    [Theory]
    [InlineData(0.85)]
    [InlineData(0.70)]
    public void Search_OnRealLists_EqualsExhaustiveScan(double threshold)
    {
        var screener = RealLists.Screener;
        if (screener is null)
        {
            return; // shared data absent and not required (ENTITYSCREEN_SHARED_DATA unset)
        }

        // Every third query typed as a person's, so the person rules (middle names, titles and particles) are proven too.
        var queries = GenerateQueries(screener, count: 1500, seed: 20261127);
        AssertIndexEqualsExhaustive(screener, queries, query => new ScreeningQuery(query) { Threshold = threshold, MaxResults = 50, Type = (query.Length % 3) == 0 ? PartyType.Person : null }, leastMatched: 1.0 / 3);
    }

    /// <summary>
    /// The families whose probes the random mix reaches rarely, proven on the listed persons they concern: every listed
    /// person's name whose words are all Chinese syllables, written in Wade-Giles (one word per syllable, hyphenated
    /// given names) and with its given name glued, and persons' names with two adjacent words cut to their initials.
    /// </summary>
    [Fact]
    public void Search_OnRealLists_EqualsExhaustiveScan_ForRomanizationAndCompoundInitials()
    {
        var screener = RealLists.Screener;
        if (screener is null)
        {
            return; // shared data absent and not required (ENTITYSCREEN_SHARED_DATA unset)
        }

        var queries = new List<string>();
        foreach (var name in ListedPersonNames(screener))
        {
            var words = name.Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries);
            var wade = words.Select(w => EntityScreen.Readings.WadeGiles.FromWord(w.ToLowerInvariant())).ToList();
            if (words.Length >= 2 && wade.All(w => w is not null))
            {
                queries.Add(string.Join(' ', wade));
                queries.Add(string.Join(' ', words.Take(words.Length - 1)) + string.Concat(words.Skip(words.Length - 1)));
            }
            else if (words.Length >= 3 && words.All(w => w.Length > 1 && char.IsAsciiLetter(w[0])) && queries.Count % 7 == 0)
            {
                queries.Add($"{words[0][..1]}.-{words[1][..1]}. " + string.Join(' ', words.Skip(2)));
            }

            // A listed compound initial (a token of two or three consonants) written out as words: the index's probe of
            // adjacent query words' initials.
            var tokens = EntityScreen.Text.NameNormalizer.Normalize(name).Tokens;
            if (tokens.Length >= 2 && Array.FindIndex(tokens, t => EntityScreen.Matching.NameScorer.IsCompoundInitial(t)) is var at && at >= 0)
            {
                var expanded = string.Join(' ', tokens[at].Select(c => s_givenByInitial[c - 'a']));
                queries.Add(string.Join(' ', tokens.Take(at).Append(expanded).Concat(tokens.Skip(at + 1))));
            }
        }

        Assert.True(queries.Count > 200, $"only {queries.Count} queries");
        AssertIndexEqualsExhaustive(screener, queries, query => new ScreeningQuery(query) { Threshold = 0.85, MaxResults = 50, Type = PartyType.Person }, leastMatched: 0.5);
    }

    [Fact]
    public void Search_OnRealLists_EqualsExhaustiveScan_ForShortWordSpellings()
    {
        var screener = RealLists.Screener;
        if (screener is null)
        {
            return; // shared data absent and not required (ENTITYSCREEN_SHARED_DATA unset)
        }

        // Listed persons' names with a word of three or four letters written with another close vowel or a letter
        // doubled or undoubled (Sayf / Saif, Saad / Sad, Omer / Umer): the index's probes by the short spelling key.
        var queries = new List<string>();
        foreach (var name in ListedPersonNames(screener))
        {
            var words = name.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            // Not a Chinese or Korean syllable: another spelling of one is another syllable, which the rule leaves out.
            var at = Array.FindIndex(words, w => w.Length is 3 or 4 && w.All(char.IsAsciiLetter) && EntityScreen.Text.ChineseRomanization.Key(w.ToLowerInvariant()) is null);
            if (at < 0 || queries.Count >= 500)
            {
                continue;
            }

            var word = words[at].ToLowerInvariant();
            var respelt = RespellShort(word);
            if (!string.Equals(respelt, word, StringComparison.Ordinal))
            {
                queries.Add(string.Join(' ', words.Select((w, k) => k == at ? respelt : w)));
            }
        }

        Assert.True(queries.Count > 200, $"only {queries.Count} queries");
        AssertIndexEqualsExhaustive(screener, queries, query => new ScreeningQuery(query) { Threshold = 0.85, MaxResults = 50, Type = PartyType.Person }, leastMatched: 0.5);
        AssertIndexEqualsExhaustive(screener, queries, query => new ScreeningQuery(query) { Threshold = 0.7, MaxResults = 50 }, leastMatched: 0.5);

        static string RespellShort(string word)
        {
            // The first close vowel changed for another of its class, else the first letter after the first doubled.
            for (var i = 0; i < word.Length; i++)
            {
                var changed = word[i] switch { 'e' => 'i', 'i' => 'y', 'y' => 'i', 'o' => 'u', 'u' => 'o', _ => '\0' };
                if (changed != '\0')
                {
                    return word[..i] + changed + word[(i + 1)..];
                }
            }

            return word[..1] + word[1] + word[1..];
        }
    }

    [Fact]
    public void Search_OnRealLists_EqualsExhaustiveScan_ForGermanRomanization()
    {
        var screener = RealLists.Screener;
        if (screener is null)
        {
            return; // shared data absent and not required (ENTITYSCREEN_SHARED_DATA unset)
        }

        // Listed persons' names written as German romanizes Russian (Sechin → Setschin, Shoigu → Schoigu, -ov → -ow).
        var queries = ListedPersonNames(screener)
            .Where(n => n.Contains("ch", StringComparison.OrdinalIgnoreCase) || n.Contains("sh", StringComparison.OrdinalIgnoreCase) || n.Contains("ts", StringComparison.OrdinalIgnoreCase))
            .Select(n => n.ToLowerInvariant().Replace("shch", "schtsch", StringComparison.Ordinal).Replace("ch", "tsch", StringComparison.Ordinal)
                .Replace("sh", "sch", StringComparison.Ordinal).Replace("zh", "sch", StringComparison.Ordinal).Replace("ts", "z", StringComparison.Ordinal)
                .Replace("ov", "ow", StringComparison.Ordinal))
            .Take(400).ToList();

        Assert.True(queries.Count > 200, $"only {queries.Count} queries");
        AssertIndexEqualsExhaustive(screener, queries, query => new ScreeningQuery(query) { Threshold = 0.85, MaxResults = 50, Type = PartyType.Person }, leastMatched: 0.3);
    }

    [Theory]
    [InlineData(0.85)]
    [InlineData(0.70)]
    public void Search_OnRealLists_EqualsExhaustiveScan_ForGenerationalSuffixes(double threshold)
    {
        var screener = RealLists.Screener;
        if (screener is null)
        {
            return; // shared data absent and not required (ENTITYSCREEN_SHARED_DATA unset)
        }

        // Listed persons' names with a generational suffix added (Jr., III), after the given name of a name written
        // family name first, and with a middle name left out too; and listed names that carry one, without it.
        var random = new Random(20261204);
        string[] suffixes = [" Jr.", " Sr.", " II", " III", " IV", " Junior"];
        var names = ListedPersonNames(screener);
        var queries = names.Where(_ => random.Next(8) == 0).Take(300)
            .Select(n => n + suffixes[random.Next(suffixes.Length)])
            .Select(n => random.Next(3) == 0 && n.Split(' ') is { Length: >= 4 } w ? string.Join(' ', w.Where((_, k) => k != 1)) : n)
            .Concat(names.Where(n => n.EndsWith(" Jr.", StringComparison.OrdinalIgnoreCase) || n.EndsWith(" II", StringComparison.Ordinal) || n.EndsWith(" III", StringComparison.Ordinal))
                .Select(n => n[..n.LastIndexOf(' ')]))
            .ToList();

        Assert.True(queries.Count > 250, $"only {queries.Count} queries");
        AssertIndexEqualsExhaustive(screener, queries, query => new ScreeningQuery(query) { Threshold = threshold, MaxResults = 50, Type = PartyType.Person }, leastMatched: 0.3);
    }

    [Theory]
    [InlineData(0.85)]
    [InlineData(0.75)]
    public void Search_OnRealLists_EqualsExhaustiveScan_ForQueriesWithDatesOfBirthAndIdentifiers(double threshold)
    {
        var screener = RealLists.Screener;
        if (screener is null)
        {
            return; // shared data absent and not required (ENTITYSCREEN_SHARED_DATA unset)
        }

        // Listed persons with a date of birth, by their name (or a typo of it) with their date, another one, or a year;
        // listed parties with an identifier, by another party's name, no name, or their own, with the identifier typed,
        // bare, or of another kind. A date of birth makes the search reach below the threshold: the proof covers it.
        var random = new Random(20261205);
        var parties = screener.Lists.SelectMany(l => l.Parties).ToList();
        var withDob = parties.Where(p => p.BirthDates.Count > 0).ToList();
        var withIds = parties.Where(p => p.Identifiers.Count > 0).ToList();
        var queries = new List<ScreeningQuery>();
        for (var i = 0; i < 200; i++)
        {
            var p = withDob[random.Next(withDob.Count)];
            var d = p.BirthDates[0];
            var dob = (random.Next(3)) switch
            {
                0 => d,
                1 => BirthDate.TryParse((d.From.Year + random.Next(-15, 16)).ToString(System.Globalization.CultureInfo.InvariantCulture), out var y, out _) ? y! : d,
                _ => BirthDate.TryParse(d.From.AddDays(random.Next(1, 4000)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), out var o, out _) ? o! : d,
            };
            var name = random.Next(2) == 0 ? p.PrimaryName : Typo(p.PrimaryName, random);
            queries.Add(new ScreeningQuery(name) { Threshold = threshold, MaxResults = 50, DatesOfBirth = [dob], Nationalities = random.Next(3) == 0 ? ["RU"] : [] });
        }

        for (var i = 0; i < 150; i++)
        {
            var p = withIds[random.Next(withIds.Count)];
            var id = p.Identifiers[random.Next(p.Identifiers.Count)];
            var query = (random.Next(3)) switch
            {
                0 => new QueryIdentifier(id.Kind, id.Number),
                1 => new QueryIdentifier(null, id.Number),
                _ => new QueryIdentifier(id.Kind == IdentifierKind.Passport ? IdentifierKind.Imo : IdentifierKind.Passport, id.Number),
            };
            var name = (random.Next(3)) switch
            {
                0 => p.PrimaryName,
                1 => parties[random.Next(parties.Count)].PrimaryName,
                _ => string.Empty,
            };
            queries.Add(new ScreeningQuery(name) { Threshold = threshold, MaxResults = 50, Identifiers = [query] });
        }

        var differences = new ConcurrentBag<string>();
        var matched = 0;
        Parallel.ForEach(queries, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, q =>
        {
            var indexed = screener.Screen(q).Matches.Select(m => (m.Party.Id, m.Score, m.Band)).ToList();
            var exhaustive = screener.ScreenExhaustive(q).Matches.Select(m => (m.Party.Id, m.Score, m.Band)).ToList();
            if (!indexed.SequenceEqual(exhaustive))
            {
                differences.Add($"{q.Name} {string.Join(";", q.DatesOfBirth)} {string.Join(";", q.Identifiers)}: indexed [{string.Join(", ", indexed)}] exhaustive [{string.Join(", ", exhaustive)}]");
            }

            if (exhaustive.Count > 0)
            {
                Interlocked.Increment(ref matched);
            }
        });

        Assert.True(differences.IsEmpty, $"{differences.Count} of {queries.Count} queries differ:\n" + string.Join("\n", differences.Take(20)));
        Assert.True(matched > queries.Count * 0.6, $"only {matched} of {queries.Count} queries matched anything");
    }

    /// <summary>Every listed person's name, once.</summary>
    private static List<string> ListedPersonNames(Screener screener) =>
        [.. screener.Lists.SelectMany(l => l.Parties).Where(p => p.Type == PartyType.Person).SelectMany(p => p.Names).Select(n => n.Value).Distinct()];

    /// <summary>
    /// Asserts that every query finds through the index exactly what scoring every name finds (same parties, scores and
    /// order), and that more than <paramref name="leastMatched"/> of the queries match something (else a lossy index
    /// would go unseen).
    /// </summary>
    private static void AssertIndexEqualsExhaustive(Screener screener, List<string> queries, Func<string, ScreeningQuery> query, double leastMatched)
    {
        var differences = new ConcurrentBag<string>();
        var matched = 0;
        Parallel.ForEach(queries, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, text =>
        {
            var q = query(text);
            var indexed = screener.Screen(q).Matches.Select(m => (m.Party.Id, m.Score)).ToList();
            var exhaustive = screener.ScreenExhaustive(q).Matches.Select(m => (m.Party.Id, m.Score)).ToList();
            if (!indexed.SequenceEqual(exhaustive))
            {
                differences.Add($"{text}: indexed [{string.Join(", ", indexed)}] exhaustive [{string.Join(", ", exhaustive)}]");
            }

            if (exhaustive.Count > 0)
            {
                Interlocked.Increment(ref matched);
            }
        });

        Assert.True(differences.IsEmpty, $"{differences.Count} of {queries.Count} queries differ:\n" + string.Join("\n", differences.Take(20)));
        Assert.True(matched > queries.Count * leastMatched, $"only {matched} of {queries.Count} queries matched anything: the test would not catch a lossy index");
    }

    /// <summary>A given name per initial, to write a compound initial out (jp → Jean Pierre).</summary>
    private static readonly string[] s_givenByInitial =
        ["Adam", "Boris", "Carl", "David", "Emil", "Felix", "Georg", "Hans", "Ivan", "Jean", "Karl", "Leon", "Marie", "Nina", "Otto", "Pierre", "Quentin", "Robert", "Sven", "Tomas", "Ugo", "Victor", "Walter", "Xavier", "Yuri", "Zoran"];

    /// <summary>
    /// Variants of listed names: exact, case, typos, dropped / swapped / joined / split tokens, Chinese edits, initials,
    /// acronyms, titles, given-name variants, numbers, glued legal forms, Hangul syllables, spelling variants (vowels
    /// changed, letters doubled, an h dropped), compound initials, Wade-Giles for pinyin, and junk.
    /// </summary>
    internal static List<string> GenerateQueries(Screener screener, int count, int seed)
    {
        var random = new Random(seed);
        var names = screener.Lists.SelectMany(l => l.Parties).SelectMany(p => p.Names).Select(n => n.Value).ToArray();
        var queries = new List<string>(count);
        while (queries.Count < count)
        {
            var name = names[random.Next(names.Length)];
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var variant = random.Next(11) switch
            {
                0 => name,
                1 => name.ToUpperInvariant(),
                2 => Typo(name, random),
                3 => Typo(Typo(name, random), random),
                4 when words.Length > 1 => string.Join(' ', words.Where((_, i) => i != random.Next(words.Length))),
                5 when words.Length > 1 => string.Join(' ', words.Reverse()),
                6 when words.Length > 1 => string.Concat(words.Take(2)) + " " + string.Join(' ', words.Skip(2)),
                7 => SplitWord(name, random),
                8 => Decorate(name, words, random),
                9 when words.Length > 1 => Initial(words, random),
                10 when words.Length > 2 => string.Concat(words.Where(w => w.Length > 0 && char.IsLetter(w[0])).Select(w => char.ToUpperInvariant(w[0]))),
                _ => string.Join(' ', Enumerable.Range(0, 1 + random.Next(4)).Select(_ => RandomWord(names, random))),
            };
            queries.Add(variant);
        }

        return queries;
    }

    private static string Typo(string s, Random random)
    {
        if (s.Length < 2)
        {
            return s;
        }

        var i = random.Next(s.Length - 1);
        var sb = new StringBuilder(s);
        switch (random.Next(4))
        {
            case 0:
                sb.Remove(i, 1);
                break;
            case 1:
                sb.Insert(i, (char)('a' + random.Next(26)));
                break;
            case 2:
                sb[i] = ScriptDetector.IsHan(sb[i]) ? (char)('\u4E00' + random.Next(20000)) : (char)('a' + random.Next(26));
                break;
            default:
                (sb[i], sb[i + 1]) = (sb[i + 1], sb[i]);
                break;
        }

        return sb.ToString();
    }

    /// <summary>One word but the last cut to its initial (John Robert Smith → John R. Smith).</summary>
    private static string Initial(string[] words, Random random)
    {
        var i = random.Next(words.Length - 1);
        return string.Join(' ', words.Select((w, k) => k == i && w.Length > 0 ? w[..1] + "." : w));
    }

    private static readonly string[] s_titles = ["Sheikh", "Dr.", "General", "Hajji", "al-", "Mullah"];

    private static readonly (string Name, string Variant)[] s_variants =
        [("Robert", "Bob"), ("Aleksandr", "Sasha"), ("Alexander", "Oleksandr"), ("Sergei", "Serhii"), ("Sergey", "Serhiy"), ("Jose", "Pepe"), ("Vladimir", "Volodymyr"), ("Mikhail", "Misha"), ("1", "I"), ("2", "II"), ("3", "Third"), ("4", "IV"), ("12", "Twelve"), ("Ltd", "")];

    /// <summary>
    /// A title before the name, a given-name variant, a number written another way, a legal form glued on, the name in
    /// Hangul syllables of another name, a spelling variant, two adjacent words written as their initials (J.-P., JP), or
    /// the words read as pinyin written in Wade-Giles.
    /// </summary>
    private static string Decorate(string name, string[] words, Random random)
    {
        switch (random.Next(8))
        {
            case 7:
                // Each word read as pinyin written in Wade-Giles (Deng Xiaoping → teng hsiaoping).
                return string.Join(' ', words.Select(w => EntityScreen.Readings.WadeGiles.FromWord(w.ToLowerInvariant()) ?? w));
            case 5:
                return Respell(name, random);
            case 6 when words.Length > 2:
                var at = random.Next(words.Length - 1);
                var initials = random.Next(2) == 0
                    ? $"{words[at][..1]}.-{words[at + 1][..1]}."
                    : words[at][..1] + words[at + 1][..1];
                return string.Join(' ', words.Take(at).Append(initials).Concat(words.Skip(at + 2)));
            case 0:
                return s_titles[random.Next(s_titles.Length)] + " " + name;
            case 1:
                foreach (var (from, to) in s_variants)
                {
                    if (words.Contains(from, StringComparer.OrdinalIgnoreCase))
                    {
                        return string.Join(' ', words.Select(w => string.Equals(w, from, StringComparison.OrdinalIgnoreCase) ? to : w));
                    }
                }

                return name + " " + s_variants[random.Next(s_variants.Length)].Variant;
            case 2:
                return words.Length > 1 ? string.Join(' ', words[..^2]) + " " + words[^2] + words[^1].TrimEnd('.') : name + "GmbH";
            case 3:
                return string.Concat(Enumerable.Range(0, 2 + random.Next(3)).Select(_ => (char)('\uAC00' + random.Next(11172))));
            default:
                return words.Length > 2 ? string.Join(" bin ", words) : name + " bin " + words[0];
        }
    }

    /// <summary>A spelling variant: some vowels changed for others, a consonant doubled or undoubled, an h after a consonant dropped.</summary>
    private static string Respell(string s, Random random)
    {
        const string vowels = "aeiouy";
        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            var c = char.ToLowerInvariant(s[i]);
            if (vowels.Contains(c, StringComparison.Ordinal) && random.Next(3) == 0)
            {
                sb.Append(vowels[random.Next(vowels.Length)]);
            }
            else if (c == 'h' && i > 0 && char.IsAsciiLetter(s[i - 1]) && random.Next(2) == 0)
            {
                continue;
            }
            else if (char.IsAsciiLetter(c) && random.Next(8) == 0)
            {
                sb.Append(s[i]).Append(s[i]);
            }
            else
            {
                sb.Append(s[i]);
            }
        }

        return sb.ToString();
    }

    private static string SplitWord(string s, Random random)
    {
        var i = s.Length > 2 ? 1 + random.Next(s.Length - 2) : 0;
        return s.Insert(i, " ");
    }

    private static string RandomWord(string[] names, Random random)
    {
        var words = names[random.Next(names.Length)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "x" : words[random.Next(words.Length)];
    }
}
