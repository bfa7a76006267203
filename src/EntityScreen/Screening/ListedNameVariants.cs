namespace EntityScreen;

/// <summary>Other forms of a listed name that the index also holds, so that a query need not repeat what the list adds.</summary>
internal static class ListedNameVariants
{
    /// <summary>
    /// The name without a bracketed acronym of itself ("Beijing University of Aeronautics and Astronautics (BUAA)",
    /// "China Electronics Technology Group Corp. (CETC) 54th Research Institute"), or null when it has none. The acronym
    /// must be one word in capitals whose letters are, in order, initials of the name's other words (the first letter the
    /// name's first initial, or its second for an acronym of four letters or more; one letter of four or more may
    /// stand for part of a word): a bracketed place or qualifier ("(Hong Kong)", "(HK)", "(US)", "(Australia)") names
    /// another entity and stays.
    /// </summary>
    internal static string? WithoutBracketedAcronym(string name)
    {
        var open = name.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return null;
        }

        var close = name.IndexOf(')', open + 1);
        if (close < 0)
        {
            return null;
        }

        var bracket = name.AsSpan(open + 1, close - open - 1).Trim();
        var rest = string.Concat(name.AsSpan(0, open).TrimEnd(), " ", name.AsSpan(close + 1).TrimStart()).Trim();

        // The acronym may carry the unit's number the name already states ("(CETC 13)") or a short qualifier after a
        // hyphen ("(NSCC-CS)"); the acronym itself must still be the name's.
        var inside = bracket;
        var cut = inside.IndexOfAny(' ', '-');
        if (cut > 0)
        {
            var suffix = inside[(cut + 1)..].Trim();
            var numberInName = suffix.Length > 0 && !suffix.ContainsAnyExceptInRange('0', '9') && ContainsWord(rest, suffix);
            var qualifier = inside[cut] == '-' && suffix.Length is > 0 and <= 3 && !suffix.ContainsAnyExceptInRange('A', 'Z');
            if (!numberInName && !qualifier)
            {
                return null;
            }

            inside = inside[..cut];
        }

        if (inside.Length is < 2 or > 10)
        {
            return null;
        }

        foreach (var c in inside)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return null;
            }
        }

        Span<char> initials = stackalloc char[32];
        var count = 0;
        foreach (var range in rest.AsSpan().SplitAny(" -,./&"))
        {
            var word = rest.AsSpan(range);
            if (word.Length > 0 && count < initials.Length && char.IsLetterOrDigit(word[0]))
            {
                initials[count++] = char.ToUpperInvariant(word[0]);
            }
        }

        // The acronym starts at the first initial, or, for an acronym of four letters or more, the second (a group's
        // prefix before the unit's own words: "AVIC Flight Automatic Control Research Institute (FACRI)"; a shorter one
        // there is a place: "Global United Shipping (US)"); one letter of an acronym of four or more may stand for part
        // of a word ("National Supercomputing Center Guangzhou (NSCC-GZ)": super-computing).
        if (count == 0 || (initials[0] != inside[0] && (inside.Length < 4 || count < 2 || initials[1] != inside[0])))
        {
            return null;
        }

        var at = initials[0] == inside[0] ? 0 : 1;
        var misses = 0;
        foreach (var c in inside)
        {
            var next = at;
            while (next < count && initials[next] != c)
            {
                next++;
            }

            if (next == count)
            {
                if (++misses > (inside.Length >= 4 ? 1 : 0))
                {
                    return null;
                }

                continue;
            }

            at = next + 1;
        }

        return rest.Length > 0 ? rest : null;
    }

    /// <summary>True when <paramref name="word"/> stands in <paramref name="text"/> as a word of its own (13 in "13th" counts).</summary>
    private static bool ContainsWord(string text, ReadOnlySpan<char> word)
    {
        var at = 0;
        while ((at = text.AsSpan(at).IndexOf(word, StringComparison.Ordinal) is var i and >= 0 ? at + i : -1) >= 0)
        {
            var before = at == 0 || !char.IsAsciiDigit(text[at - 1]);
            var end = at + word.Length;
            var after = end == text.Length || !char.IsAsciiDigit(text[end]);
            if (before && after)
            {
                return true;
            }

            at = end;
        }

        return false;
    }
}
