using System.Text;
using EntityScreen.Text;

namespace EntityScreen.Readings;

/// <summary>
/// The characters Chinese writes foreign names with by sound (洛克希德 Lockheed, 赛尼克斯 Synexxus), each spelt as the
/// English syllable it stands for (han-transliteration.tsv). A run of them is compared on the <see cref="SoundKey"/> of
/// its spelling, beside its pinyin: a Latin list never writes the pinyin (luokexide), while the English name and the
/// Chinese one share the sound key (Lockheed and lo-k-hi-d both ^LKT).
/// </summary>
internal static class HanTransliteration
{
    internal const string Resource = "EntityScreen.Readings.han-transliteration.tsv";

    private static readonly Lazy<Glossary> s_characters = new(() => Glossary.FromResource(Resource));

    /// <summary>Fewest characters a run needs to be compared by sound: one character is a syllable, not a name.</summary>
    internal const int MinChars = 2;

    /// <summary>
    /// The sound key of a run of simplified Han characters, when it has at least <see cref="MinChars"/> characters, all of
    /// them transliteration characters, and its key at least <see cref="SoundKey.MinSymbols"/> classes; else null.
    /// </summary>
    internal static string? Key(ReadOnlySpan<char> run) => Spell(run) is { } spelling ? SoundKey.OfSpelling(spelling) : null;

    /// <summary>The English spelling of a run of transliteration characters (洛克希德 → lokhid), or null when a character is not one.</summary>
    internal static string? Spell(ReadOnlySpan<char> run)
    {
        if (run.Length < MinChars || run.Length > 24)
        {
            return null;
        }

        var table = s_characters.Value;
        var sb = new StringBuilder(run.Length * 3);
        for (var i = 0; i < run.Length; i++)
        {
            if (table.Find(run.Slice(i, 1)) is not { } term)
            {
                return null;
            }

            sb.Append(term.Renderings[0]);
        }

        return sb.ToString();
    }
}
