namespace EntityScreen.Text;

/// <summary>
/// Arabic theophoric names ("servant of …") in one shape: Abd al-Rahman, Abd el-Rahman, Abdel Rahman, Abdelrahman,
/// Abdul Rahman and Abdulrahman all become the two tokens <c>abdul rahman</c> (the common prefix, then the name that
/// tells them apart, which keeps its own typo budget); Abd Allah, Abdallah and Abdullah become <c>abdullah</c>.
/// Lists and queries split and spell these names every way.
/// </summary>
internal static class ArabicNames
{
    private const string Prefix = "abdul";
    private const string Abdullah = "abdullah";

    /// <summary>Rewrites the "Abd …" names among lower-case ASCII tokens, in place.</summary>
    internal static void SplitAbd(List<string> tokens, ITokenPool? pool)
    {
        var any = false;
        foreach (var t in tokens)
        {
            any |= t.StartsWith("abd", StringComparison.Ordinal);
        }

        if (!any)
        {
            return;
        }

        var output = new List<string>(tokens.Count + 2);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (IsPrefix(token) && i + 1 < tokens.Count)
            {
                // Abd al-Rahman, Abd el Kader, Abdul Aziz: the prefix, an optional article, then the name.
                var name = i + 2 < tokens.Count && IsArticle(tokens[i + 1]) ? i + 2 : i + 1;
                if (IsNamePart(tokens[name]))
                {
                    // The article may be glued to the name instead (Abd AlAziz, Abd-ulaziz).
                    var part = tokens[name].AsSpan();
                    Add(output, name == i + 1 && IsArticle(part[..2]) && IsNamePart(part[2..]) ? part[2..] : part, pool);
                    i = name;
                    continue;
                }
            }
            else if (token.Length > 5 && IsPrefix(token.AsSpan(0, 5)) && IsNamePart(token.AsSpan(5)))
            {
                // Abdelrahman, Abdulaziz, Abdallah: the prefix and the name in one token.
                Add(output, token.AsSpan(5), pool);
                continue;
            }

            output.Add(token);
        }

        tokens.Clear();
        tokens.AddRange(output);
    }

    private static void Add(List<string> output, ReadOnlySpan<char> name, ITokenPool? pool)
    {
        if (name is "allah" or "ullah" or "lah" or "llah")
        {
            output.Add(Abdullah);
            return;
        }

        output.Add(Prefix);
        output.Add(pool?.Get(name) ?? new string(name));
    }

    private static bool IsPrefix(ReadOnlySpan<char> token) =>
        token is "abd" or "abdel" or "abdul" or "abdal" or "abdol" or "abdil";

    private static bool IsArticle(ReadOnlySpan<char> token) =>
        token is "al" or "el" or "ul" or "ol" or "il";

    private static bool IsNamePart(ReadOnlySpan<char> token)
    {
        if (token.Length < 3 || IsPrefix(token) || IsArticle(token))
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
