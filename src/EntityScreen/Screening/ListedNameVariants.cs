namespace EntityScreen;

/// <summary>Other forms of a listed name that the index also holds, so that a query need not repeat what the list adds.</summary>
internal static class ListedNameVariants
{
    /// <summary>
    /// The name without a bracketed acronym of itself ("Beijing University of Aeronautics and Astronautics (BUAA)",
    /// "China Electronics Technology Group Corp. (CETC) 54th Research Institute"), or null when it has none. The acronym
    /// must be one word in capitals whose letters are, in order, initials of the name's other words (the first letter the
    /// name's first initial): a bracketed place or qualifier ("(Hong Kong)", "(HK)", "(Australia)") names another entity
    /// and stays.
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

        var inside = name.AsSpan(open + 1, close - open - 1).Trim();
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

        var rest = string.Concat(name.AsSpan(0, open).TrimEnd(), " ", name.AsSpan(close + 1).TrimStart()).Trim();
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

        if (count == 0 || initials[0] != inside[0])
        {
            return null;
        }

        var at = 0;
        foreach (var c in inside)
        {
            while (at < count && initials[at] != c)
            {
                at++;
            }

            if (at == count)
            {
                return null;
            }

            at++;
        }

        return rest.Length > 0 ? rest : null;
    }
}
