using System.Collections.Frozen;

namespace EntityScreen.Text;

/// <summary>
/// Words that, added to a company's name, make it a branch or a country subsidiary of that name (Citibank / Citibank
/// Korea, Bank Melli Iran / Bank Melli Iran Hong Kong Branch): a country or territory name (the table the loaders map
/// countries with, <see cref="CountryNames"/>, and the part before a comma of its inverted names: Korea of
/// "Korea, South") and the words for a branch or an office. A related but distinct party: the explanation says so.
/// </summary>
internal static class PlaceQualifiers
{
    private static readonly FrozenSet<string> s_branchWords = new[]
    {
        "branch", "branches", "office", "offices", "representative", "rep", "subsidiary", "filiale", "filial", "sucursal",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every place name as lower-case words, longest first.</summary>
    private static readonly string[][] s_places = CountryNames.Names
        .SelectMany(n => n.Contains(',', StringComparison.Ordinal) ? new[] { n, n[..n.IndexOf(',', StringComparison.Ordinal)] } : [n])
        .Select(Words)
        .Where(w => w.Length > 0)
        .DistinctBy(w => string.Join(' ', w), StringComparer.Ordinal)
        .OrderByDescending(w => w.Length)
        .ToArray();

    /// <summary>
    /// True when <paramref name="tokens"/> (lower case, in their order in the name) are, all of them, place names and
    /// branch words, at least one place or branch word: korea; hong kong branch; uk office.
    /// </summary>
    internal static bool AreQualifiers(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0)
        {
            return false;
        }

        var i = 0;
        while (i < tokens.Count)
        {
            if (s_branchWords.Contains(tokens[i]))
            {
                i++;
                continue;
            }

            var matched = 0;
            foreach (var place in s_places)
            {
                if (i + place.Length <= tokens.Count && Enumerable.Range(0, place.Length).All(k => string.Equals(tokens[i + k], place[k], StringComparison.Ordinal)))
                {
                    matched = place.Length;
                    break;
                }
            }

            if (matched == 0)
            {
                return false;
            }

            i += matched;
        }

        return true;
    }

    private static string[] Words(string name) =>
        name.ToLowerInvariant().Split((char[])[' ', ',', '.', '-', '\'', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
}
