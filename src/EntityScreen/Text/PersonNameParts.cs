namespace EntityScreen.Text;

/// <summary>
/// Where a person's middle names stand in a name as written: after the given name when the family name is marked by
/// a comma (<c>PETROV, Nikolai Sergeyevich</c>: the family name, then the given name, then the rest), else between the
/// first token (the given name) and the last (the family name): <c>John Robert Smith</c>.
/// </summary>
internal static class PersonNameParts
{
    /// <summary>
    /// Bit i set when token i of the name's <paramref name="tokens"/> normalized tokens stands in a middle-name place;
    /// 0 when the name has no such place (fewer than three tokens). Words before the comma are counted the way the
    /// tokenizer cuts them (letter and digit runs, apostrophes joining), so the mask lines up with the tokens; a
    /// family name holding an Arabic "Abd" name is normalized instead, since <see cref="ArabicNames"/> splits and
    /// joins its words (ABDELRAHMAN is two tokens, ABD AL-RAHMAN two as well).
    /// </summary>
    /// <param name="text">The name as written.</param>
    /// <param name="tokenCount">How many normalized tokens it has.</param>
    /// <param name="pool">Token pool for normalizing an Arabic family name.</param>
    /// <param name="tokens">The normalized tokens, to find a patronymic written last; null to go by position alone.</param>
    internal static uint MiddleMask(string text, int tokenCount, ITokenPool? pool = null, IReadOnlyList<string>? tokens = null)
    {
        var n = Math.Min(tokenCount, 32);
        if (n < 3)
        {
            return 0;
        }

        // A Korean name written in Hangul has no middle names: each syllable is a word (NameNormalizer) and a part of
        // the family or the given name, so none may go missing at a middle name's price (손흥민 is not SON, Min).
        if (text.AsSpan().IndexOfAnyInRange('\uAC00', '\uD7A3') >= 0)
        {
            return 0;
        }

        return PositionMask(text, n, pool, tokens) | TitleMask(text, n, pool, tokens);
    }

    /// <summary>
    /// Titles and honorifics written with a person's name (Dr, Sheikh, Hajji, Mullah, General) and the Arabic article
    /// and patronymic particles (al, el, bin, ibn, bint): one list writes them and another does not, so a person's name
    /// holding one it cannot align is the same name. Only those that may also be a name part or a company word are
    /// here (words that never are, Mr or Prof, are dropped by normalization before a name); they count under the person
    /// rules only, as middle-name places, and never in the family name's place (SHEIKH, Mohammed).
    /// </summary>
    internal static readonly System.Collections.Frozen.FrozenSet<string> TitlesAndParticles = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        [
            "dr", "doctor", "sheikh", "shaikh", "shaykh", "sheik", "shaik", "shiekh", "cheikh", "hajji", "haji", "hajj", "hadji", "alhaji", "alhaj",
            "mullah", "mulla", "molla", "maulana", "mawlana", "maulvi", "maulawi", "mawlawi", "molawi", "mawlavi", "moulavi", "ustad", "ustadh", "ustaz",
            "qari", "general", "gen", "colonel", "col", "major", "maj", "lieutenant", "lt", "captain", "capt", "admiral", "brigadier", "commander",
            "comandante", "al", "el", "bin", "ibn", "bint", "sayyed", "sayyid", "seyed", "seyyed", "sayed", "syed", "mufti",
            "oglu", "ogly", "ogli", "ugli", "kyzy", "qizi", "gizi", "kizi",
        ],
        StringComparer.Ordinal);

    /// <summary>
    /// Generational suffixes written after a person's name (Jr., Sr., II, III, IV; Roman numerals fold to digits): never
    /// the family name, which is the word before them (Alex M. Azar II: Azar; HYDE SR., Clive: Hyde), and a part one list
    /// writes and another does not, so they count as titles do, where a suffix stands: last, or last before the comma.
    /// Not the words Junior and Senior, which are given and family names too (Junior Ramos Silva).
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> s_generational = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["jr", "sr", "2", "3", "4"],
        StringComparer.Ordinal);

    /// <summary>True when <paramref name="token"/> is a generational suffix (jr, sr, and II, III, IV folded to 2, 3, 4).</summary>
    internal static bool IsGenerational(string token) => s_generational.Contains(token);

    /// <summary>The index past the name's last word that is no generational suffix (<see cref="s_generational"/>), at least 2; <paramref name="n"/> when there are none or no tokens.</summary>
    private static int EndBeforeSuffixes(int n, IReadOnlyList<string>? tokens)
    {
        if (tokens is null || tokens.Count < n)
        {
            return n;
        }

        var end = n;
        while (end > 2 && s_generational.Contains(tokens[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>True when <paramref name="token"/> is one of <see cref="TitlesAndParticles"/>.</summary>
    internal static bool IsTitleOrParticle(string token) => token.Length <= 10 && TitlesAndParticles.Contains(token);

    /// <summary>Bits of the tokens that are <see cref="TitlesAndParticles"/>, but for the family name's place.</summary>
    private static uint TitleMask(string text, int n, ITokenPool? pool, IReadOnlyList<string>? tokens)
    {
        if (tokens is null || tokens.Count < n)
        {
            return 0;
        }

        var mask = 0u;
        var family = -2;
        for (var i = 0; i < n; i++)
        {
            // A generational suffix where one stands: last, before other suffixes, or last before the comma.
            var suffix = i > 0 && IsGenerational(tokens[i]) && (i == n - 1 || IsGenerational(tokens[i + 1])
                || (text.IndexOf(',', StringComparison.Ordinal) is > 0 and var comma && i == FamilyWordCount(text, comma, pool) - 1));
            if (suffix || IsTitleOrParticle(tokens[i]))
            {
                family = family == -2 ? FamilyIndex(text, tokens.Count, pool, tokens) : family;
                mask |= i == family ? 0 : 1u << i;
            }
        }

        return mask;
    }

    private static uint PositionMask(string text, int n, ITokenPool? pool, IReadOnlyList<string>? tokens)
    {

        var first = 1;
        var end = EndBeforeSuffixes(n, tokens) - 1;
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            var family = FamilyWordCount(text, comma, pool);
            if (family == 0 || family >= n - 1)
            {
                return 0;
            }

            first = family + 1;
            end = n;
        }

        // «Фамилия Имя Отчество» without a comma (Ротенберг Аркадий Романович): a last word with a patronymic's ending,
        // and no other word with one, makes the order family, given, patronymic; the words after the given name are
        // the middle ones. (Two such words, as in Roman Arkadyevich Abramovich, leave the order as written.)
        if (comma < 0 && tokens is not null && tokens.Count == n && IsPatronymic(tokens[n - 1]) && tokens.Count(IsPatronymic) == 1)
        {
            first = 2;
            end = n;
        }

        var mask = 0u;
        for (var i = first; i < end; i++)
        {
            mask |= 1u << i;
        }

        return mask;
    }

    /// <summary>
    /// The index of the token that is a person's family name, or -1 when the name has fewer than two tokens: the last
    /// word before a comma (<c>PETROV, Nikolai</c>, <c>DE LA CRUZ, Juan</c>), the first word of a Russian name written
    /// family, given, patronymic (<see cref="MiddleMask"/>), else the last word (<c>Sam Brownback</c>).
    /// </summary>
    /// <param name="text">The name as written.</param>
    /// <param name="tokenCount">How many normalized tokens it has.</param>
    /// <param name="pool">Token pool for normalizing an Arabic family name.</param>
    /// <param name="tokens">The normalized tokens, to find a patronymic written last; null to go by position alone.</param>
    internal static int FamilyIndex(string text, int tokenCount, ITokenPool? pool = null, IReadOnlyList<string>? tokens = null)
    {
        var n = Math.Min(tokenCount, 32);
        if (n < 2)
        {
            return -1;
        }

        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            var family = FamilyWordCount(text, comma, pool);
            if (family <= 0 || family >= n)
            {
                return -1;
            }

            // HYDE SR., Clive Norman: the family name is the word before the suffix.
            var index = family - 1;
            while (index > 0 && tokens is not null && index < tokens.Count && IsGenerational(tokens[index]))
            {
                index--;
            }

            return index;
        }

        if (n >= 3 && tokens is not null && tokens.Count == n && IsPatronymic(tokens[n - 1]) && tokens.Count(IsPatronymic) == 1)
        {
            return 0;
        }

        return EndBeforeSuffixes(n, tokens) - 1;
    }

    /// <summary>True for a word with a Russian patronymic's ending (Romanovich, Sergeyevich, Ivanovna, Ilyinichna).</summary>
    internal static bool IsPatronymic(string word) => word.Length >= 7 && EndsWithAny(word, s_russianPatronymicEndings);

    private static readonly string[] s_russianPatronymicEndings = ["ovich", "evich", "ovna", "evna", "ichna"];

    /// <summary>
    /// True when a token of a person's name is a patronymic: a word with a patronymic's
    /// ending in Russian, Ukrainian or Belarusian in their usual romanizations (Sergeyevich, Anatoliyovych,
    /// Uladzimiravich, Borisovna, Petrivna, Mikalaeuna), a father's name after an Arabic nasab particle (bin, ibn, bint,
    /// ben, ould: Usama bin Muhammad), or one before a Turkic marker (Heydar oglu, Ali qizi). Passports and lists in Latin
    /// letters leave patronymics out more often than any other part of a name: a Russian passport's Latin line carries none.
    /// </summary>
    /// <param name="token">The token.</param>
    /// <param name="previous">The token before it, or null.</param>
    /// <param name="next">The token after it, or null.</param>
    internal static bool IsPatronymicAt(string token, string? previous, string? next) =>
        IsPatronymicWord(token)
        || (previous is not null && s_nasabParticles.Contains(previous))
        || (next is not null && s_turkicMarkers.Contains(next));

    /// <summary>A word with the ending of an East Slavic patronymic (<see cref="IsPatronymicAt"/>), seven letters or more.</summary>
    internal static bool IsPatronymicWord(string word) => word.Length >= 7 && EndsWithAny(word, s_patronymicEndings);

    private static bool EndsWithAny(string word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_patronymicEndings =
        ["ovich", "evich", "avich", "ovych", "evych", "ovitch", "evitch", "ovna", "evna", "avna", "ivna", "ichna", "auna", "euna", "ewna", "owna"];

    private static readonly System.Collections.Frozen.FrozenSet<string> s_nasabParticles =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["bin", "ibn", "bint", "ben", "ould", "walad"], StringComparer.Ordinal);

    private static readonly System.Collections.Frozen.FrozenSet<string> s_turkicMarkers =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["oglu", "ogly", "ogli", "ugli", "kyzy", "qizi", "gizi", "kizi"], StringComparer.Ordinal);

    /// <summary>
    /// How many tokens the words before the comma at <paramref name="comma"/> make: counted the way the tokenizer cuts
    /// them, or normalized when they hold an Arabic "Abd" name, which <see cref="ArabicNames"/> splits and joins.
    /// </summary>
    private static int FamilyWordCount(string text, int comma, ITokenPool? pool) =>
        text.AsSpan(0, comma).Contains("abd", StringComparison.OrdinalIgnoreCase)
            ? NameNormalizer.Normalize(text[..comma], int.MaxValue, pool, keepRawTokens: false).Tokens.Length
            : CountWords(text.AsSpan(0, comma));

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                words += inWord ? 0 : 1;
                inWord = true;
            }
            else if (!NameNormalizer.Apostrophes.Contains(c))
            {
                inWord = false;
            }
        }

        return words;
    }
}
