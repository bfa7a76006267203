using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EntityScreen.Evaluation;

/// <summary>
/// Makes the positive variants of a listed name. Written independently of the library's normalizer on purpose: these
/// are the spellings a user types, not what the scorer happens to fold. Each method returns null when the variant does
/// not apply to the name (no legal form to swap, no token long enough for a typo ...).
/// </summary>
internal static partial class NameVariants
{
    /// <summary>Legal-form families: any form may be written as any other of its family, or dropped.</summary>
    private static readonly (string[][] Match, string[] Write)[] s_legalFamilies =
    [
        // Chinese-style company suffixes: 有限公司 is translated all of these ways.
        ([["co", "ltd"], ["company", "limited"], ["co", "limited"], ["company", "ltd"], ["corporation"], ["corp"], ["corp", "ltd"]],
            ["Co., Ltd.", "Company Limited", "Co. Ltd", "Corp.", "Corporation"]),
        ([["limited"], ["ltd"]], ["Ltd.", "Limited", "Ltd"]),
        ([["company"], ["co"]], ["Company", "Co."]),
        ([["incorporated"], ["inc"]], ["Inc.", "Incorporated", "Inc"]),
        ([["llc"], ["l", "l", "c"], ["limited", "liability", "company"]], ["LLC", "L.L.C.", "Limited Liability Company"]),
        ([["gmbh"], ["g", "m", "b", "h"]], ["GmbH", "G.m.b.H."]),
        ([["jsc"], ["joint", "stock", "company"]], ["JSC", "Joint Stock Company"]),
        ([["ojsc"], ["open", "joint", "stock", "company"]], ["OJSC", "Open Joint Stock Company"]),
        ([["cjsc"], ["closed", "joint", "stock", "company"]], ["CJSC", "Closed Joint Stock Company"]),
        ([["plc"], ["public", "limited", "company"]], ["PLC", "Public Limited Company"]),
        ([["pte", "ltd"], ["pte", "limited"]], ["Pte. Ltd.", "Pte Ltd", "Private Limited"]),
        ([["pvt", "ltd"], ["private", "limited"]], ["Pvt. Ltd.", "Private Limited", "Pvt Ltd"]),
        ([["sdn", "bhd"]], ["Sdn. Bhd.", "Sdn Bhd"]),
        ([["s", "a"], ["sa"]], ["S.A.", "SA"]),
        ([["s", "r", "l"], ["srl"]], ["S.R.L.", "SRL"]),
        ([["s", "a", "r", "l"], ["sarl"]], ["S.A.R.L.", "SARL"]),
        ([["s", "p", "a"], ["spa"]], ["S.p.A.", "SpA"]),
        ([["b", "v"], ["bv"]], ["B.V.", "BV"]),
        ([["ag"]], ["AG"]),
        ([["llp"]], ["LLP"]),
        ([["fze"]], ["FZE"]),
        ([["fzco"]], ["FZCO"]),
        ([["ooo"]], ["OOO"]),
    ];

    /// <summary>Words of legal forms and fillers: never the "distinctive" word of a name.</summary>
    internal static readonly HashSet<string> LegalAndStopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "co", "ltd", "limited", "company", "corp", "corporation", "inc", "incorporated", "llc", "gmbh", "jsc", "ojsc", "cjsc",
        "pjsc", "plc", "pte", "pvt", "private", "sdn", "bhd", "sa", "srl", "sarl", "spa", "bv", "ag", "llp", "fze", "fzco",
        "ooo", "oao", "zao", "pao", "ao", "joint", "stock", "open", "closed", "public", "liability", "group", "holding",
        "holdings", "the", "of", "and", "for", "de", "la", "el", "al", "du", "des", "der", "und", "a", "an", "in", "on",
        "at", "by", "to", "s", "l", "c", "t", "k", "aka", "fka",
    };

    /// <summary>Abbreviation pairs (long, short); either direction is a variant.</summary>
    private static readonly (string Long, string Short)[] s_abbreviations =
    [
        ("Technology", "Tech"), ("International", "Intl"), ("Electronics", "Elec"), ("University", "Univ"),
        ("Institute", "Inst"), ("Research", "Res"), ("Corporation", "Corp"), ("Company", "Co"),
        ("Manufacturing", "Mfg"), ("Engineering", "Eng"),
    ];

    /// <summary>Chinese and Japanese legal-form suffixes, longest first.</summary>
    internal static readonly string[] HanLegalForms = ["股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "株式会社"];

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex SpacesRegex();

    internal static IEnumerable<Match> Words(string name) => WordRegex().Matches(name);

    internal static string CollapseSpaces(string s) => SpacesRegex().Replace(s, " ").Trim();

    internal static bool IsLetters(string s) => s.Length > 0 && s.All(char.IsLetter);

    /// <summary>Changes the case (lower, upper or title) and removes punctuation, or adds some when there is none.</summary>
    internal static string? CasePunct(string name, Random rng)
    {
        if (!name.Any(char.IsAsciiLetter))
        {
            return null;
        }

        var cased = rng.Next(3) switch
        {
            0 => name.ToLowerInvariant(),
            1 => name.ToUpperInvariant(),
            _ => TitleCase(name),
        };
        if (cased == name)
        {
            cased = string.Equals(name.ToLowerInvariant(), name, StringComparison.Ordinal) ? name.ToUpperInvariant() : name.ToLowerInvariant();
        }

        const string Removable = ".,'\"()-/";
        if (cased.Any(c => Removable.Contains(c, StringComparison.Ordinal)))
        {
            var sb = new StringBuilder(cased.Length);
            foreach (var c in cased)
            {
                sb.Append(c is '-' or '/' ? " " : Removable.Contains(c, StringComparison.Ordinal) ? string.Empty : c.ToString());
            }

            return CollapseSpaces(sb.ToString());
        }

        var words = cased.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && rng.Next(2) == 0)
        {
            var at = rng.Next(words.Length - 1);
            words[at] += ",";
            return string.Join(' ', words);
        }

        return cased + ".";
    }

    /// <summary>Swaps a trailing legal form for another of its family, or drops it.</summary>
    internal static string? LegalForm(string name, Random rng)
    {
        var words = Words(name).ToArray();

        // The longest trailing form over every family wins ("Limited Liability Company" is an LLC, not a "Company").
        var found = s_legalFamilies
            .SelectMany(f => f.Match.Select(form => (Form: form, f.Write)))
            .Where(x => words.Length > x.Form.Length && EndsWith(words, x.Form))
            .OrderByDescending(x => x.Form.Length)
            .FirstOrDefault();
        if (found.Form is null)
        {
            return null;
        }

        var (form, write) = found;
        var first = words[words.Length - form.Length];
        var stem = name[..first.Index].TrimEnd(' ', ',', '(', '-');
        if (stem.Length == 0)
        {
            return null;
        }

        var current = string.Join(' ', form);
        var options = write.Where(w => !string.Join(' ', Words(w).Select(m => m.Value.ToLowerInvariant())).Equals(current, StringComparison.Ordinal))
            .Append(string.Empty)
            .ToArray();
        var pick = options[rng.Next(options.Length)];
        if (pick.Length == 0)
        {
            return stem;
        }

        if (IsUpper(name))
        {
            pick = pick.ToUpperInvariant();
        }

        return stem + (rng.Next(3) == 0 ? ", " : " ") + pick;

        static bool EndsWith(Match[] words, string[] form)
        {
            for (var i = 0; i < form.Length; i++)
            {
                if (!words[words.Length - form.Length + i].Value.Equals(form[i], StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Abbreviates one long word (Technology → Tech) or expands one abbreviation (Intl → International).</summary>
    internal static string? Abbreviation(string name, Random rng)
    {
        var candidates = new List<(Match Word, string Replacement)>();
        foreach (var word in Words(name).Where(w => IsStandalone(name, w)))
        {
            foreach (var (longForm, shortForm) in s_abbreviations)
            {
                if (word.Value.Equals(longForm, StringComparison.OrdinalIgnoreCase))
                {
                    candidates.Add((word, MatchCase(word.Value, shortForm) + (rng.Next(2) == 0 ? "." : string.Empty)));
                }
                else if (word.Value.Equals(shortForm, StringComparison.OrdinalIgnoreCase))
                {
                    candidates.Add((word, MatchCase(word.Value, longForm)));
                }
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var (w, replacement) = candidates[rng.Next(candidates.Count)];
        var end = w.Index + w.Length;
        if (!replacement.EndsWith('.') && end < name.Length && name[end] == '.')
        {
            end++; // "Co." expanded to "Company" loses its dot.
        }
        else if (replacement.EndsWith('.') && end < name.Length && name[end] == '.')
        {
            replacement = replacement[..^1];
        }

        return name[..w.Index] + replacement + name[end..];
    }

    /// <summary>Persons: "LAST, First" → "First LAST" (else the last word moves first). Others: two adjacent core words swap.</summary>
    internal static string? WordOrder(string name, bool person, Random rng)
    {
        if (person)
        {
            var comma = name.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0 && comma < name.Length - 1)
            {
                var family = name[..comma].Trim();
                var given = name[(comma + 1)..].Trim();
                return family.Length > 0 && given.Length > 0 ? given + " " + family : null;
            }

            var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length >= 2 ? parts[^1] + " " + string.Join(' ', parts[..^1]) : null;
        }

        var words = Words(name).Where(w => IsLetters(w.Value) && w.Length >= 2 && IsStandalone(name, w) && !LegalAndStopWords.Contains(w.Value)).ToArray();
        var pairs = new List<(Match A, Match B)>();
        for (var i = 0; i + 1 < words.Length; i++)
        {
            // Adjacent core words, separated by spaces only.
            var between = name[(words[i].Index + words[i].Length)..words[i + 1].Index];
            if (between.Trim().Length == 0 && !words[i].Value.Equals(words[i + 1].Value, StringComparison.OrdinalIgnoreCase))
            {
                pairs.Add((words[i], words[i + 1]));
            }
        }

        if (pairs.Count == 0)
        {
            return null;
        }

        var (a, b) = pairs[rng.Next(pairs.Count)];
        return name[..a.Index] + b.Value + name[(a.Index + a.Length)..b.Index] + a.Value + name[(b.Index + b.Length)..];
    }

    /// <summary>One edit (insert, delete, substitute, transpose) in a word of at least 6 letters; digits are never touched.</summary>
    internal static string? Typo(string name, Random rng)
    {
        var words = Words(name).Where(w => w.Length >= 6 && IsLetters(w.Value) && !w.Value.Any(ScriptIsHan)).ToArray();
        if (words.Length == 0)
        {
            return null;
        }

        var word = words[rng.Next(words.Length)];
        var chars = word.Value.ToList();
        var upper = IsUpper(word.Value);
        char RandomLetter(char avoid)
        {
            char c;
            do
            {
                c = (char)('a' + rng.Next(26));
            }
            while (char.ToLowerInvariant(avoid) == c);

            return upper ? char.ToUpperInvariant(c) : c;
        }

        for (var attempt = 0; attempt < 10; attempt++)
        {
            var edited = new List<char>(chars);
            switch (rng.Next(4))
            {
                case 0:
                    {
                        var at = 1 + rng.Next(edited.Count - 1);
                        edited.Insert(at, RandomLetter(edited[at - 1]));
                        break;
                    }

                case 1:
                    edited.RemoveAt(1 + rng.Next(edited.Count - 1));
                    break;
                case 2:
                    {
                        var at = 1 + rng.Next(edited.Count - 1);
                        edited[at] = RandomLetter(edited[at]);
                        break;
                    }

                default:
                    {
                        var at = rng.Next(edited.Count - 1);
                        (edited[at], edited[at + 1]) = (edited[at + 1], edited[at]);
                        break;
                    }
            }

            var text = new string([.. edited]);
            if (!text.Equals(word.Value, StringComparison.OrdinalIgnoreCase))
            {
                return name[..word.Index] + text + name[(word.Index + word.Length)..];
            }
        }

        return null;
    }

    /// <summary>True when the word is not glued to another by a hyphen, apostrophe, slash or ampersand ("Tex-Co" is a brand, not a company).</summary>
    private static bool IsStandalone(string name, Match w)
    {
        const string Glue = "-'’/&";
        return (w.Index == 0 || !Glue.Contains(name[w.Index - 1], StringComparison.Ordinal))
            && (w.Index + w.Length >= name.Length || !Glue.Contains(name[w.Index + w.Length], StringComparison.Ordinal));
    }

    /// <summary>ASCII → full-width forms (U+FF01–FF5E); spaces stay.</summary>
    internal static string? FullWidth(string name)
    {
        if (!name.Any(char.IsAsciiLetter))
        {
            return null;
        }

        return new string([.. name.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c)]);
    }

    /// <summary>Joins two short adjacent words (≤ 4 letters each) or splits a long word (≥ 8 letters) by a hyphen or space.</summary>
    internal static string? Spacing(string name, Random rng)
    {
        var words = Words(name).ToArray();
        var options = new List<Func<string>>();
        for (var i = 0; i + 1 < words.Length; i++)
        {
            var a = words[i];
            var b = words[i + 1];
            if (IsLetters(a.Value) && IsLetters(b.Value) && a.Length <= 4 && b.Length <= 4 && a.Length + b.Length >= 4
                && name[(a.Index + a.Length)..b.Index] == " " && !LegalAndStopWords.Contains(b.Value))
            {
                options.Add(() => name[..(a.Index + a.Length)] + name[b.Index..]);
            }
        }

        foreach (var w in words.Where(w => w.Length >= 8 && IsLetters(w.Value) && !w.Value.Any(ScriptIsHan)))
        {
            options.Add(() =>
            {
                var at = 3 + rng.Next(w.Length - 5);
                return name[..(w.Index + at)] + (rng.Next(2) == 0 ? "-" : " ") + name[(w.Index + at)..];
            });
        }

        return options.Count == 0 ? null : options[rng.Next(options.Count)]();
    }

    /// <summary>Strips Chinese/Japanese legal-form suffixes (and a 株式会社 prefix); null when nothing was stripped or too little is left.</summary>
    internal static string? HanWithoutLegalForm(string name)
    {
        var core = StripHanLegalForms(name, out _);
        return core.Length >= 2 && core != name ? core : null;
    }

    internal static string StripHanLegalForms(string name, out string suffix)
    {
        var core = name.Trim();
        var removed = new StringBuilder();
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var form in HanLegalForms)
            {
                if (core.Length > form.Length && core.EndsWith(form, StringComparison.Ordinal))
                {
                    removed.Insert(0, form);
                    core = core[..^form.Length];
                    changed = true;
                }
            }
        }

        if (core.StartsWith("株式会社", StringComparison.Ordinal) && core.Length > 4)
        {
            core = core[4..];
        }

        suffix = removed.ToString();
        return core;
    }

    internal static bool ScriptIsHan(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3040' and <= '\u30FF');

    internal static bool IsUpper(string s) => s.Any(char.IsLetter) && !s.Any(char.IsLower);

    internal static string MatchCase(string model, string word) =>
        IsUpper(model) && model.Length > 1 ? word.ToUpperInvariant()
        : model.All(c => !char.IsLetter(c) || char.IsLower(c)) ? word.ToLowerInvariant()
        : word;

    private static string TitleCase(string s) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(s.ToLowerInvariant());
}
