using System.Text;

namespace EntityScreen.Readings;

/// <summary>
/// Converts Hanyu Pinyin to Wade-Giles as passports and lists write it: without the aspiration apostrophes and without
/// the umlaut and breve (qi ch'i → chi, xu hsü → hsu, zi tzŭ → tzu), so Taiwanese and older names (Tsai Chi-chang,
/// Hsieh Chun-ting) meet the pinyin read from Han characters. By the standard rules, in code: the initials b p d t g k
/// become p p t t k k, z c become ts, zh ch j q become ch, x becomes hs, r becomes j; zi ci si are tzu tzu ssu and
/// zhi chi shi ri are chih chih shih jih; -ian is -ien, -ie is -ieh, -üe is -üeh, -ong/-iong are -ung/-iung, -ui is
/// -uei after g k, -uo is -o after d t n l z c s zh ch r (kuo, huo, shuo stay), e is o after g k h; the syllables
/// without an initial: yi i, you yu, yan yen, ye yeh, yong yung, yue yueh, er erh. Checked against the
/// Wade-Giles/Pinyin conversion table of ChinaKnowledge.de (Ulrich Theobald, 2011,
/// http://www.chinaknowledge.de/Literature/Script/wadegilespinyin.html) and the Wade–Giles syllable table on
/// Wikipedia ("Wade–Giles table").
/// </summary>
internal static class WadeGiles
{
    // Initials, the two-letter ones first.
    private static readonly string[] s_initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s"];

    // Finals after j q x (u is ü there).
    private static readonly HashSet<string> s_palatalFinals = ["i", "ia", "ian", "iang", "iao", "ie", "in", "ing", "iong", "iu", "u", "ue", "uan", "un"];

    // Finals after z c s zh ch sh r (i is the "empty" vowel there).
    private static readonly HashSet<string> s_sibilantFinals = ["a", "ai", "an", "ang", "ao", "e", "ei", "en", "eng", "i", "ong", "ou", "u", "ua", "uai", "uan", "uang", "ui", "un", "uo"];

    // Finals after the other initials (b p m f d t n l g k h); v is ü (nü, lü, lüe).
    private static readonly HashSet<string> s_otherFinals = ["a", "ai", "an", "ang", "ao", "e", "ei", "en", "eng", "i", "ia", "ian", "iang", "iao", "ie", "in", "ing", "iu", "o", "ong", "ou", "u", "ua", "uai", "uan", "uang", "ue", "ui", "un", "uo", "v", "ve"];

    // Syllables without an initial.
    private static readonly HashSet<string> s_bare =
    [
        "a", "ai", "an", "ang", "ao", "e", "ei", "en", "eng", "er", "o", "ou",
        "ya", "yan", "yang", "yao", "ye", "yi", "yin", "ying", "yo", "yong", "you", "yu", "yue", "yuan", "yun",
        "wa", "wai", "wan", "wang", "wei", "wen", "weng", "wo", "wu",
    ];

    /// <summary>
    /// The Wade-Giles spelling of one pinyin syllable (lower case, toneless; ü written u or v, as AnyAscii gives it:
    /// 女 nu, 略 lue); null when <paramref name="syllable"/> is no pinyin syllable.
    /// </summary>
    internal static string? FromSyllable(ReadOnlySpan<char> syllable)
    {
        if (syllable.IsEmpty)
        {
            return null;
        }

        var lookup = s_bare.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(syllable, out var bare))
        {
            return bare switch
            {
                "yi" => "i",
                "you" => "yu",
                "yan" => "yen",
                "ye" => "yeh",
                "yong" => "yung",
                "yue" => "yueh",
                "er" => "erh",
                _ => bare, // yu, yuan, yun: yü, yüan, yün
            };
        }

        string? initial = null;
        foreach (var i in s_initials)
        {
            if (syllable.StartsWith(i, StringComparison.Ordinal))
            {
                initial = i;
                break;
            }
        }

        if (initial is null || syllable.Length == initial.Length)
        {
            return null;
        }

        var final = syllable[initial.Length..].ToString();
        var finals = initial switch
        {
            "j" or "q" or "x" => s_palatalFinals,
            "z" or "c" or "s" or "zh" or "ch" or "sh" or "r" => s_sibilantFinals,
            _ => s_otherFinals,
        };
        if (!finals.Contains(final) || !Occurs(initial, final))
        {
            return null;
        }

        // The empty vowel after the sibilants: zi ci si → tzu tzu ssu, zhi chi shi ri → chih chih shih jih.
        if (final == "i")
        {
            switch (initial)
            {
                case "z" or "c":
                    return "tzu";
                case "s":
                    return "ssu";
                case "zh" or "ch":
                    return "chih";
                case "sh":
                    return "shih";
                case "r":
                    return "jih";
            }
        }

        var wadeInitial = initial switch
        {
            "b" => "p",
            "d" => "t",
            "g" => "k",
            "z" or "c" => "ts",
            "zh" or "j" or "q" => "ch",
            "x" => "hs",
            "r" => "j",
            _ => initial,
        };

        var wadeFinal = final switch
        {
            "ian" => "ien",
            "ie" => "ieh",
            "ue" or "ve" => "ueh", // üe after j q x n l
            "v" => "u", // ü after n l
            "ong" => "ung",
            "iong" => "iung",
            "ui" when initial is "g" or "k" => "uei",
            "uo" when initial is "d" or "t" or "n" or "l" or "z" or "c" or "s" or "zh" or "ch" or "r" => "o",
            "e" when initial is "g" or "k" or "h" => "o",
            _ => final,
        };

        return wadeInitial + wadeFinal;
    }

    /// <summary>
    /// The Wade-Giles spelling of a word of joined pinyin syllables (ouyang → ouyang, zhuge → chuko), segmented
    /// preferring the longest first syllable; null when the word is no sequence of pinyin syllables.
    /// </summary>
    internal static string? FromWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 24)
        {
            return null;
        }

        for (var length = Math.Min(6, word.Length); length >= 1; length--)
        {
            if (FromSyllable(word[..length]) is not { } first)
            {
                continue;
            }

            if (length == word.Length)
            {
                return first;
            }

            if (FromWord(word[length..]) is { } rest)
            {
                return first + rest;
            }
        }

        return null;
    }

    /// <summary>The Wade-Giles spellings of <paramref name="syllables"/> joined into one word (qi chang → chichang); a part that is no syllable is kept as it is.</summary>
    internal static string Join(IEnumerable<string> syllables)
    {
        var sb = new StringBuilder();
        foreach (var s in syllables)
        {
            sb.Append(FromSyllable(s) ?? s);
        }

        return sb.ToString();
    }

    /// <summary>Combinations the finals' sets allow but Mandarin lacks (go, gi, bong, fia ...): not syllables.</summary>
    private static bool Occurs(string initial, string final) => initial switch
    {
        // o only after the labials and l (bo po mo fo lo); ü only after n l.
        "g" or "k" or "h" => final[0] != 'i' && final != "o" && final is not ("v" or "ve" or "ue"),
        "b" or "p" or "m" or "f" => final is not ("ong" or "ua" or "uai" or "uan" or "uang" or "ue" or "ui" or "un" or "uo" or "v" or "ve"),
        "d" or "t" => final is not ("o" or "v" or "ve" or "ue"),
        "n" or "l" => final is not "ui",
        _ => true,
    };
}
