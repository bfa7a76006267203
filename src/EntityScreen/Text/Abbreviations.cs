using System.Collections.Frozen;

namespace EntityScreen.Text;

/// <summary>
/// Word variants folded to one canonical token: abbreviations (Tech, Intl, Elec, Univ ...) and inflections of the
/// same generic word (Technology / Technologies / Technological). Applied to both sides, so a name written either
/// way compares equal.
/// </summary>
internal static class Abbreviations
{
    private static readonly FrozenDictionary<string, string> s_map = Build();

    /// <summary>Alternate lookup by span, so the hot path need not allocate.</summary>
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_spanLookup =
        s_map.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every canonical word and variant, every one-word legal form and every word of a transliterated long one, of at least 6 letters.</summary>
    private static readonly FrozenSet<string> s_knownWords = BuildKnownWords();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_knownWordLookup =
        s_knownWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Generic words of 6 letters or more, for typo-tolerant folding (Technologievs → technology); not the words of the
    /// transliterated long legal forms, which are known words only to be joined when split: as typo targets they pull in
    /// name words one edit away (Otkrytie, a bank's name, is one edit from otkrytoe).
    /// </summary>
    private static readonly string[] s_longVariants = BuildLongVariants();

    /// <summary>
    /// Every word of a legal-form phrase: a word in its own right, never folded into another one edit away (anonima is
    /// not anonim: Sociedad Anonima stays a form).
    /// </summary>
    private static readonly FrozenSet<string> s_formWords = BuildFormWords();

    /// <summary>
    /// One deletion is enough: <see cref="CanonicalWithTypo"/> keeps only words one edit away, and two strings one edit
    /// apart (OSA) share a string reachable by deleting at most one character from each.
    /// </summary>
    private static readonly Matching.DeletionIndex s_longVariantIndex = Matching.DeletionIndex.Build(s_longVariants, maxBudget: 1);

    [ThreadStatic]
    private static (List<int> Ids, List<ulong> Hashes)? s_scratch;

    /// <summary>
    /// Returns the canonical token for <paramref name="token"/>, or null if it has no variant. A number written as an
    /// English ordinal is the number (54th → 54): "54th Research Institute", "No. 54 Research Institute" and a Chinese
    /// 第五十四 name one institute.
    /// </summary>
    internal static string? Canonical(ReadOnlySpan<char> token) =>
        s_spanLookup.TryGetValue(token, out var canonical) ? canonical : OrdinalNumber(token);

    /// <summary>The digits of an ordinal written with digits and an English suffix (1st, 2nd, 3rd, 54th), else null.</summary>
    internal static string? OrdinalNumber(ReadOnlySpan<char> token)
    {
        if (token.Length < 3 || !char.IsAsciiDigit(token[0]))
        {
            return null;
        }

        var digits = token[..^2];
        var suffix = token[^2..];
        if (digits.ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        return suffix is "st" or "nd" or "rd" or "th" ? digits.ToString() : null;
    }

    /// <summary>
    /// The word of a transliterated long legal form (<see cref="LegalForms.TransliteratedFormWords"/>) that
    /// <paramref name="token"/> (6 letters or more) is one edit from, or null. Only next to another such word
    /// (<see cref="NameNormalizer"/>): alone, a name's word one edit away would fold into it (Otkrytie / otkrytoe).
    /// </summary>
    internal static string? FormWordWithTypo(string token)
    {
        if (token.Length < 6)
        {
            return null;
        }

        foreach (var word in LegalForms.TransliteratedFormWords)
        {
            if (Math.Abs(word.Length - token.Length) <= 1 && Matching.TokenSimilarity.Distance(token, word, 1) <= 1)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>True when the text is a generic word of the tables (6 letters or more).</summary>
    internal static bool IsKnownWord(ReadOnlySpan<char> text) => s_knownWordLookup.Contains(text);

    /// <summary>
    /// The canonical token of a generic word (6 letters or more) written with one typo (Technologievs, Huolding,
    /// Limitd), or null. Generic words weigh little, so folding a look-alike into one costs little.
    /// </summary>
    internal static string? CanonicalWithTypo(string token)
    {
        // A known word written right is itself, not a neighbour one edit away (aktsionernoe is no typo of aktsionerne).
        if (token.Length < 6 || s_knownWordLookup.Contains(token) || s_formWords.Contains(token))
        {
            return null;
        }

        var (ids, hashes) = s_scratch ??= ([], []);
        ids.Clear();

        s_longVariantIndex.Candidates(token, ids, hashes);
        var best = int.MaxValue;
        foreach (var id in ids)
        {
            var variant = s_longVariants[id];
            if (id < best && Math.Abs(variant.Length - token.Length) <= 1 && Matching.TokenSimilarity.Distance(token, variant, 1) <= 1)
            {
                best = id;
            }
        }

        if (best != int.MaxValue)
        {
            var variant = s_longVariants[best];
            return s_map.TryGetValue(variant, out var canonical) ? canonical : variant;
        }

        return null;
    }

    // The sets below are built with loops, not LINQ: LINQ over the legal forms' tuples is generic code over a value
    // type that no precompiled (ReadyToRun) image holds, and its JIT compilation cost the first name normalized in a
    // process milliseconds.

    private static FrozenSet<string> BuildKnownWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (variant, canonical) in s_map)
        {
            Add(variant);
            Add(canonical);
        }

        foreach (var (tokens, _) in LegalForms.LatinPhrases)
        {
            if (tokens.Length == 1)
            {
                Add(tokens[0]);
            }
        }

        foreach (var word in LegalForms.TransliteratedFormWords)
        {
            Add(word);
        }

        return words.ToFrozenSet(StringComparer.Ordinal);

        void Add(string word)
        {
            if (word.Length >= 6)
            {
                words.Add(word);
            }
        }
    }

    private static string[] BuildLongVariants()
    {
        var variants = new List<string>(s_knownWords.Count);
        foreach (var word in s_knownWords)
        {
            if (!LegalForms.IsTransliteratedFormWord(word))
            {
                variants.Add(word);
            }
        }

        var sorted = variants.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    private static FrozenSet<string> BuildFormWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (tokens, _) in LegalForms.LatinPhrases)
        {
            foreach (var token in tokens)
            {
                words.Add(token);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> Build()
    {
        // Canonical form first (the full word, so a typo in it still lands near it), then its variants.
        var groups = new (string Canonical, string[] Variants)[]
        {
            ("technology", ["technologies", "technological", "tech", "techn", "techs", "technik", "tekhnologii", "teknoloji", "technologie"]),
            ("international", ["intl", "internacional", "internationale", "intern"]),
            ("electronics", ["electronic", "electrical", "electric", "electro", "elec", "elect", "elektronik", "electrics"]),
            ("university", ["universities", "univ", "uni", "universidad", "universitet", "universite"]),
            ("institute", ["institutes", "institution", "instituto", "institut", "inst", "instit"]),
            ("research", ["res", "researches"]),
            ("science", ["sciences", "scientific", "sci", "scien"]),
            ("engineering", ["eng", "engg", "engr", "engineers"]),
            ("manufacturing", ["manufacture", "manufacturer", "manufacturers", "mfg", "manuf", "mfr", "mfrs"]),
            ("industry", ["industries", "industrial", "ind", "inds", "indus", "indust"]),
            ("national", ["natl", "nacional", "nationale"]),
            ("association", ["assoc", "assn", "associates", "asso"]),
            ("development", ["devt", "developments", "dev"]),
            ("laboratory", ["laboratories", "lab", "labs", "labo", "laboratorio"]),
            ("academy", ["academia", "academie", "acad", "akademiya", "akademie"]),
            ("center", ["centre", "ctr", "centr", "centro", "cntr", "centers", "centres"]),
            ("department", ["dept"]),
            ("services", ["service", "svc", "svcs", "serv", "servicios"]),
            ("systems", ["system", "sys", "syst"]),
            ("communications", ["communication", "comm", "comms", "commun"]),
            ("equipment", ["eqpt", "equip", "equipments"]),
            ("brothers", ["bros"]),
            ("management", ["mgmt", "mgt"]),
            ("investment", ["investments", "inv"]),
            ("trading", ["trade", "traders", "trader"]),
            ("petroleum", ["petrol"]),
            ("chemical", ["chemicals", "chem", "chemie"]),
            ("pharmaceutical", ["pharmaceuticals", "pharma", "pharm"]),
            ("machinery", ["machine", "machines", "mach"]),
            ("products", ["product", "prod"]),
            ("company", ["co", "cos", "companies", "comp"]),
            ("corporation", ["corp", "corporations"]),
            ("limited", ["ltd"]),
            ("incorporated", ["inc"]),
            ("holdings", ["holding"]),
            ("group", ["grp"]),
            ("and", ["und"]),
            ("bank", ["banking", "banks"]),

            // Ordinal words are the numbers (Second Institute / 2nd Institute / 第二研究所; 54th folds to 54 the same way).
            ("1", ["first"]), ("2", ["second"]), ("3", ["third"]), ("4", ["fourth"]), ("5", ["fifth"]), ("6", ["sixth"]),
            ("7", ["seventh"]), ("8", ["eighth"]), ("9", ["ninth"]), ("10", ["tenth"]), ("11", ["eleventh"]), ("12", ["twelfth"]),
            ("13", ["thirteenth"]), ("14", ["fourteenth"]), ("15", ["fifteenth"]), ("16", ["sixteenth"]), ("17", ["seventeenth"]),
            ("18", ["eighteenth"]), ("19", ["nineteenth"]), ("20", ["twentieth"]), ("30", ["thirtieth"]), ("40", ["fortieth"]),
            ("50", ["fiftieth"]), ("100", ["hundredth"]),

            // Cardinal words are the numbers too (Regiment Twelve / Regiment 12), and so are Roman numerals of two letters
            // or more (Louis XIV / Louis 14, Fund VII): a single I, V or X is an initial, and Xi a Chinese name.
            ("1", ["one"]), ("2", ["two", "ii"]), ("3", ["three", "iii"]), ("4", ["four", "iv"]), ("5", ["five"]), ("6", ["six", "vi"]),
            ("7", ["seven", "vii"]), ("8", ["eight", "viii"]), ("9", ["nine", "ix"]), ("10", ["ten"]), ("11", ["eleven"]),
            ("12", ["twelve", "xii"]), ("13", ["thirteen", "xiii"]), ("14", ["fourteen", "xiv"]), ("15", ["fifteen", "xv"]),
            ("16", ["sixteen", "xvi"]), ("17", ["seventeen", "xvii"]), ("18", ["eighteen", "xviii"]), ("19", ["nineteen", "xix"]),
            ("20", ["twenty", "xx"]), ("21", ["xxi"]), ("22", ["xxii"]), ("23", ["xxiii"]), ("24", ["xxiv"]), ("25", ["xxv"]),
            ("26", ["xxvi"]), ("27", ["xxvii"]), ("28", ["xxviii"]), ("29", ["xxix"]), ("30", ["thirty", "xxx"]), ("40", ["forty"]),
            ("50", ["fifty"]), ("100", ["hundred"]),

            // A country's adjective in an organisation's name is the country (Chinese Academy / China Academy): the
            // form a translation of the name picks is a matter of style.
            ("china", ["chinese"]),
            ("korea", ["korean"]),
            ("russia", ["russian"]),
            ("iran", ["iranian"]),
            ("mohammed", ["mohammad", "muhammad", "mohamed", "muhammed", "mohamad", "mohammet", "mukhammed"]),
            ("abdul", ["abdel", "abd", "abdal", "abdol"]),

            // Place-name words written short (St. Petersburg, Mt. Kenya, Ft. Worth) and transport words.
            ("saint", ["st", "ste", "sankt"]),
            ("mount", ["mt"]),
            ("fort", ["ft"]),
            ("airlines", ["airline", "air"]),

            // Korean family names: DPRK and McCune-Reischauer spellings against South Korean usage (Pak / Park,
            // Choe / Choi, Jon / Chon / Jeon, Jong / Chong / Jeong, Ri / Rhee / Lee); neither side's spelling is rarer.
            ("park", ["pak", "bak"]),
            ("choi", ["choe", "chwe"]),
            ("jeon", ["jon", "chon"]),
            ("jeong", ["jong", "chong", "chung"]),
            ("lee", ["ri", "rhee", "yi"]),
            ("yoon", ["yun"]),
            ("kwon", ["gwon"]),
        };

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, variants) in groups)
        {
            foreach (var v in variants)
            {
                map.Add(v, canonical);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
