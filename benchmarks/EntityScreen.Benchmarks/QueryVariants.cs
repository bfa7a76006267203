using System.Text;

namespace EntityScreen.Benchmarks;

/// <summary>One generated query, with where it came from.</summary>
/// <param name="Category">typo, word order, legal form, case/punctuation, exact, Chinese, unlisted.</param>
/// <param name="Text">The query text.</param>
/// <param name="OriginPartyId">The id of the listed party it was derived from; null for unlisted names.</param>
/// <param name="OriginName">The listed name it was derived from; null for unlisted names.</param>
internal sealed record LabeledQuery(string Category, string Text, string? OriginPartyId, string? OriginName = null);

/// <summary>
/// Makes queries the way screening traffic looks: listed names with a typo, tokens swapped, the legal form changed,
/// case and punctuation changed, Chinese names with a character dropped; plus names that are not on the lists.
/// Deterministic for a seed.
/// </summary>
internal static class QueryVariants
{
    private static readonly (string[] Forms, string[] Swaps)[] s_legalSwaps =
    [
        (["Co., Ltd.", "Co., Ltd", "Co. Ltd.", "Co Ltd", "Company Limited"], ["Limited", "Ltd.", "Co Ltd", "Company Ltd."]),
        (["Limited"], ["Ltd.", "Co., Ltd.", "Ltd"]),
        (["Ltd.", "Ltd"], ["Limited", "Co., Ltd."]),
        (["LLC", "L.L.C."], ["Limited Liability Company", "Ltd.", "L.L.C."]),
        (["Limited Liability Company"], ["LLC", "OOO"]),
        (["OOO"], ["LLC", "Limited Liability Company"]),
        (["Inc.", "Inc"], ["Incorporated", "Corp.", "Corporation"]),
        (["Corporation"], ["Corp.", "Corp", "Inc."]),
        (["Corp.", "Corp"], ["Corporation", "Inc."]),
        (["Company"], ["Co.", "Co"]),
        (["GmbH"], ["G.m.b.H.", "Ltd."]),
        (["JSC", "Joint Stock Company"], ["OJSC", "PJSC", "AO"]),
        (["S.A."], ["SA", "S.A.S."]),
        (["Pte. Ltd.", "Pte Ltd"], ["Private Limited", "Ltd."]),
    ];

    /// <summary>
    /// Builds <paramref name="count"/> queries: about 80% variants of listed names (a mix of categories) and 20% unlisted
    /// names from the synthetic generator that are not, written exactly, any listed name.
    /// </summary>
    /// <param name="parties">The listed parties to derive variants from.</param>
    /// <param name="count">How many queries.</param>
    /// <param name="seed">Seed.</param>
    public static List<LabeledQuery> Build(IReadOnlyList<ListedParty> parties, int count, int seed)
    {
        var random = new Random(seed);
        var listed = new HashSet<string>(parties.SelectMany(p => p.Names).Select(n => n.Value), StringComparer.OrdinalIgnoreCase);
        var unlisted = new SyntheticNames(seed ^ 0x5eed, Math.Max(count, listed.Count));
        var queries = new List<LabeledQuery>(count);
        while (queries.Count < count)
        {
            if (random.NextDouble() < 0.2)
            {
                var name = unlisted.Next();
                if (!listed.Contains(name))
                {
                    queries.Add(new LabeledQuery("unlisted", name, null));
                }

                continue;
            }

            var party = parties[random.Next(parties.Count)];
            var listedName = party.Names[random.Next(party.Names.Count)];
            var (category, text) = Variant(listedName.Value, random);
            queries.Add(new LabeledQuery(category, text, party.Id, listedName.Value));
        }

        return queries;
    }

    /// <summary>One variant of a listed name, and its category.</summary>
    public static (string Category, string Text) Variant(string name, Random random)
    {
        if (name.Any(ScriptDetector.IsHan))
        {
            return random.Next(2) == 0 ? ("Chinese", name) : ("Chinese", DropHanChar(name, random));
        }

        var roll = random.Next(100);
        if (roll < 15)
        {
            return ("exact", name);
        }

        if (roll < 55)
        {
            return ("typo", Typo(name, random));
        }

        if (roll < 70 && TrySwapWords(name, random, out var swapped))
        {
            return ("word order", swapped);
        }

        if (roll < 85 && TrySwapLegalForm(name, random, out var legal))
        {
            return ("legal form", legal);
        }

        return ("case/punctuation", CaseAndPunctuation(name, random));
    }

    /// <summary>One edit in a token of five or more letters: delete, substitute, transpose or double a letter.</summary>
    public static string Typo(string name, Random random)
    {
        var tokens = name.Split(' ');
        var candidates = Enumerable.Range(0, tokens.Length).Where(i => tokens[i].Count(char.IsLetter) >= 5).ToArray();
        if (candidates.Length == 0)
        {
            return name;
        }

        var t = candidates[random.Next(candidates.Length)];
        var chars = new StringBuilder(tokens[t]);
        var letters = Enumerable.Range(0, chars.Length).Where(i => char.IsLetter(chars[i])).ToArray();

        // Keep the first letter: people rarely mistype it, and every fuzzy matcher leans on it.
        var at = letters[1 + random.Next(letters.Length - 1)];
        switch (random.Next(4))
        {
            case 0:
                chars.Remove(at, 1);
                break;
            case 1:
                var c = (char)('a' + random.Next(26));
                chars[at] = char.IsUpper(chars[at]) ? char.ToUpperInvariant(c) : c;
                break;
            case 2 when at + 1 < chars.Length:
                (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                break;
            default:
                chars.Insert(at, chars[at]);
                break;
        }

        tokens[t] = chars.ToString();
        return string.Join(' ', tokens);
    }

    private static bool TrySwapWords(string name, Random random, out string result)
    {
        // "LAST, First" (OFAC order) written "First Last".
        var comma = name.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && name.IndexOf(',', comma + 1) < 0 && !name.Contains(" Co", StringComparison.Ordinal))
        {
            result = $"{name[(comma + 2)..]} {name[..comma]}";
            return true;
        }

        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2)
        {
            result = name;
            return false;
        }

        var i = random.Next(tokens.Length - 1);
        (tokens[i], tokens[i + 1]) = (tokens[i + 1], tokens[i]);
        result = string.Join(' ', tokens);
        return true;
    }

    private static bool TrySwapLegalForm(string name, Random random, out string result)
    {
        foreach (var (forms, swaps) in s_legalSwaps)
        {
            foreach (var form in forms)
            {
                if (name.EndsWith(" " + form, StringComparison.OrdinalIgnoreCase) || name.EndsWith("," + form, StringComparison.OrdinalIgnoreCase))
                {
                    var stem = name[..^form.Length].TrimEnd(' ', ',');
                    result = random.Next(4) == 0 ? stem : $"{stem} {swaps[random.Next(swaps.Length)]}";
                    return true;
                }
            }
        }

        result = name;
        return false;
    }

    private static string CaseAndPunctuation(string name, Random random)
    {
        var text = random.Next(2) == 0 ? name.ToUpperInvariant() : name.ToLowerInvariant();
        return random.Next(2) == 0 ? new string([.. text.Where(c => !char.IsPunctuation(c))]) : text;
    }

    private static string DropHanChar(string name, Random random)
    {
        var han = Enumerable.Range(0, name.Length).Where(i => ScriptDetector.IsHan(name[i])).ToArray();
        return han.Length < 4 ? name : name.Remove(han[random.Next(han.Length)], 1);
    }
}
