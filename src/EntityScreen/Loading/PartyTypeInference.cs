using System.Buffers;
using System.Collections.Frozen;

namespace EntityScreen;

/// <summary>Infers person versus organization from a name, for lists that do not say (Entity List, UVL, MEU ...).</summary>
internal static class PartyTypeInference
{
    // Compared with dots removed, so "S.A." matches "sa" and "Co." matches "co".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_organizationWords = new[]
    {
        "co", "ltd", "ltda", "limited", "inc", "incorporated", "llc", "llp", "lp", "corp", "corporation", "company", "companies",
        "institute", "institution", "university", "academy", "college", "school", "group", "bureau", "center", "centre",
        "laboratory", "laboratories", "lab", "labs", "industries", "industry", "industrial", "technology", "technologies",
        "tech", "gmbh", "ag", "jsc", "ojsc", "pjsc", "cjsc", "ooo", "oao", "zao", "ao", "sa", "sas", "sarl", "srl", "spa",
        "sl", "bv", "nv", "plc", "pte", "pvt", "bhd", "sdn", "kg", "oy", "ab", "fze", "fzco", "fzc", "fzlle",
        "enterprise", "enterprises", "factory", "plant", "works", "bank", "ministry", "department", "agency", "organization",
        "organisation", "association", "foundation", "trading", "trade", "holding", "holdings", "electronics", "systems",
        "services", "service", "international", "airlines", "airline", "airways", "aviation", "shipping", "logistics",
        "partners", "fund", "authority", "committee", "council", "office", "network", "research", "development",
        "engineering", "manufacturing", "solutions", "import", "export", "commercial", "establishment", "firm", "club",
        "army", "navy", "force", "forces", "guard", "front", "brigade", "battalion", "movement", "party", "union",
        "federation", "society", "hospital", "port", "station", "exchange", "investment", "investments", "capital",
        "finance", "financial", "insurance", "energy", "oil", "gas", "petroleum", "mining", "resources", "marine",
        "maritime", "navigation", "transport", "construction", "chemical", "chemicals", "pharmaceutical",
        "communications", "telecom", "software", "semiconductor", "semiconductors", "microelectronics", "design",
        "equipment", "machinery", "materials", "metals", "steel", "products", "supply", "supplies", "store", "shop",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> s_tokenSeparators = SearchValues.Create(" ,()/&\t");

    private static readonly string[] s_hanOrganizationMarkers =
        ["公司", "集团", "研究", "大学", "学院", "学校", "中心", "机构", "协会", "基金", "银行", "工厂", "株式会社", "局", "所", "院", "部"];

    /// <summary>
    /// <see cref="PartyType.Organization"/> when the name holds an organization word or legal form (whole token,
    /// case-insensitive); <see cref="PartyType.Person"/> for a 2–4-token personal name; else <see cref="PartyType.Unknown"/>.
    /// </summary>
    public static PartyType Infer(string name)
    {
        var tokens = 0;
        var personLike = true;
        Span<char> buffer = stackalloc char[64];
        foreach (var range in name.AsSpan().SplitAny(s_tokenSeparators))
        {
            var token = name.AsSpan(range);
            if (token.IsEmpty)
            {
                continue;
            }

            tokens++;
            var stripped = StripDots(token, buffer);
            if (stripped.Length > 0 && s_organizationWords.Contains(stripped))
            {
                return PartyType.Organization;
            }

            personLike &= IsPersonToken(token);
        }

        foreach (var marker in s_hanOrganizationMarkers)
        {
            if (name.Contains(marker, StringComparison.Ordinal))
            {
                return PartyType.Organization;
            }
        }

        return personLike && tokens is >= 2 and <= 4 ? PartyType.Person : PartyType.Unknown;
    }

    private static ReadOnlySpan<char> StripDots(ReadOnlySpan<char> token, Span<char> buffer)
    {
        if (!token.Contains('.'))
        {
            return token;
        }

        if (token.Length > buffer.Length)
        {
            return [];
        }

        var n = 0;
        foreach (var c in token)
        {
            if (c != '.')
            {
                buffer[n++] = c;
            }
        }

        return buffer[..n];
    }

    private static bool IsPersonToken(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '.' or '\u2019'))
            {
                return false;
            }
        }

        return true;
    }
}
