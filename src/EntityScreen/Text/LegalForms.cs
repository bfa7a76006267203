using System.Collections.Frozen;

namespace EntityScreen.Text;

/// <summary>
/// Legal-form phrases (Co., Ltd. / GmbH / OOO / 有限公司 ...) mapped to canonical forms. A legal form is not name text:
/// it is removed from the core name and used only as a weak agree/disagree signal between two names.
/// </summary>
internal static class LegalForms
{
    /// <summary>Canonical legal forms, each a bit so a name's forms fit in one mask.</summary>
    [Flags]
    internal enum Form : uint
    {
        None = 0,
        Ltd = 1 << 0,
        Plc = 1 << 1,
        Pte = 1 << 2,
        Pty = 1 << 3,
        Pvt = 1 << 4,
        Inc = 1 << 5,
        Corp = 1 << 6,
        Llc = 1 << 7,
        Llp = 1 << 8,
        Lp = 1 << 9,
        Gmbh = 1 << 10,
        Ag = 1 << 11,
        Kg = 1 << 12,
        Sa = 1 << 13,
        Sarl = 1 << 14,
        Srl = 1 << 15,
        Spa = 1 << 16,
        Bv = 1 << 17,
        Nv = 1 << 18,
        Jsc = 1 << 19,
        Ooo = 1 << 20,
        Ao = 1 << 21,
        Pt = 1 << 22,
        Kk = 1 << 23,
        Co = 1 << 24,
        Group = 1 << 25,
        Holding = 1 << 26,
        Fze = 1 << 27,
        As = 1 << 28,
        Ab = 1 << 29,
        Sdn = 1u << 30,
        Cv = 1u << 31,
    }

    /// <summary>Forms that say nothing about the legal type (company, group, holding): never a disagreement.</summary>
    private const Form Neutral = Form.Co | Form.Group | Form.Holding;

    /// <summary>Families of compatible forms: two names whose forms share a family agree.</summary>
    private static readonly Form[] s_families =
    [
        Form.Ltd | Form.Plc | Form.Pte | Form.Pty | Form.Pvt | Form.Sdn | Form.Kk,
        Form.Inc | Form.Corp | Form.Llc | Form.Kk,
        Form.Llc | Form.Ltd | Form.Ooo,
        Form.Llp | Form.Lp,
        Form.Gmbh | Form.Ag | Form.Kg,
        Form.Sa | Form.Sarl | Form.Srl | Form.Spa | Form.Cv,
        Form.Bv | Form.Nv,
        Form.Jsc | Form.Ao | Form.Plc,
        Form.Ooo | Form.Llc,
        Form.Pt,
        Form.Fze | Form.Llc,
        Form.As | Form.Ab | Form.Ag,
    ];

    /// <summary>
    /// National legal forms, in the abbreviations and names their registers use (curated by hand; ISO 20275's Entity
    /// Legal Forms code list names these forms per jurisdiction; folded as <see cref="Abbreviations"/> folds them:
    /// Ltd → limited, Co → company), each in the family of the kind of company it is: limited-liability companies
    /// (Ltda, Lda, S.L., S. de R.L., s.r.o., d.o.o., OOD, EOOD, Sp. z o.o., Kft, UAB, ApS, W.L.L., Ltd. Şti.), joint-stock
    /// companies (AD, EAD, d.d., Zrt, Oyj, P.J.S., P.S.C., B.S.C., Q.S.C., K.S.C., SAOG, Anonim Şirketi), sociétés
    /// anonymes of the Spanish, Portuguese and French-speaking world (S.A.L., S.A.C., S.A.A., C.A., S.A.E., SASU), and
    /// partnerships. Short forms that are also given or family names (Sia, Se, Ou, Ae, Pat, Doo, Sae, Epe; and Too, Nao,
    /// Odo, Prat of the CIS forms) are left out: normalization does not know a person's name from a company's. Every one
    /// of them is read only after a name (<see cref="EndOnlyPhrases"/>): "AD Astra" keeps its AD.
    /// </summary>
    private static readonly (string Phrase, Form Form)[] s_nationalForms =
    [
        // Limited-liability companies.
        ("ltda", Form.Llc), ("limitada", Form.Llc), ("cia ltda", Form.Co | Form.Llc), ("y cia ltda", Form.Co | Form.Llc),
        ("sociedad limitada", Form.Llc), ("lda", Form.Llc), ("eireli", Form.Llc), ("sl", Form.Llc), ("slu", Form.Llc),
        ("s de rl", Form.Llc), ("s de rl de cv", Form.Llc | Form.Cv), ("sociedad de responsabilidad limitada", Form.Llc),
        ("eirl", Form.Llc), ("sro", Form.Llc), ("spol sro", Form.Llc), ("dooel", Form.Llc), ("ood", Form.Llc),
        ("eood", Form.Llc), ("sp zoo", Form.Llc), ("sp zo o", Form.Llc), ("spolka zoo", Form.Llc), ("kft", Form.Llc), ("uab", Form.Llc), ("aps", Form.Llc),
        ("ehf", Form.Llc), ("wll", Form.Llc), ("spc", Form.Llc), ("mmc", Form.Llc), ("osoo", Form.Llc),
        ("bvba", Form.Llc), ("sprl", Form.Llc), ("eurl", Form.Llc), ("ug", Form.Llc), ("limited sirketi", Form.Llc),
        ("limited sti", Form.Llc), ("ltee", Form.Ltd), ("opc", Form.Pvt), ("proprietary limited", Form.Pty | Form.Ltd),
        ("s de pr de rl", Form.Llc),

        // Joint-stock companies.
        ("ad", Form.Jsc), ("ead", Form.Jsc), ("dd", Form.Jsc), ("zrt", Form.Jsc), ("nyrt", Form.Jsc), ("oy", Form.Jsc), ("oyj", Form.Jsc),
        ("hf", Form.Jsc), ("pjs", Form.Jsc), ("psc", Form.Jsc), ("qsc", Form.Jsc), ("qpsc", Form.Jsc), ("bsc", Form.Jsc), ("ksc", Form.Jsc),
        ("kscc", Form.Jsc), ("kscp", Form.Jsc), ("saog", Form.Jsc), ("saoc", Form.Jsc), ("asc", Form.Jsc), ("anonim sirketi", Form.Jsc),
        ("private joint stock company", Form.Jsc), ("private joint stock", Form.Jsc),
        ("pcl", Form.Plc),

        // Sociétés anonymes.
        ("sal", Form.Sa), ("sac", Form.Sa), ("saa", Form.Sa), ("ca", Form.Sa), ("sasu", Form.Sa),
        ("sapi de cv", Form.Sa | Form.Cv), ("sab de cv", Form.Sa | Form.Cv),

        // Partnerships, and forms that say nothing of the kind of company (an association, a "y Cía.").
        ("scs", Form.Lp), ("snc", Form.Lp), ("ohg", Form.Kg), ("kgaa", Form.Kg), ("ev", Form.Co), ("asbl", Form.Co), ("vzw", Form.Co), ("y cia", Form.Co), ("y cia s en c", Form.Co | Form.Lp), ("s en c", Form.Lp),

        // Japanese forms besides kabushiki kaisha.
        ("gk", Form.Kk), ("godo kaisha", Form.Kk), ("yk", Form.Kk), ("yugen kaisha", Form.Kk),
    ];

    /// <summary>
    /// Russian, Ukrainian, Belarusian and Kazakh forms in Latin letters, written before a name as often as after it:
    /// the full names of the joint-stock and limited-liability company (Aktsionernoe Obshchestvo, Obshchestvo s
    /// Ogranichennoi Otvetstvennostyu in the usual spellings) and the abbreviations of the state and private unitary
    /// enterprises (FGUP, GUP, MUP, FKP, ChUP), which are named for who owns them, not for a kind of company.
    /// </summary>
    private static readonly (string Phrase, Form Form)[] s_cisForms =
    [
        ("aktsionernoe obshchestvo", Form.Ao), ("otkrytoe aktsionernoe obshchestvo", Form.Jsc), ("zakrytoe aktsionernoe obshchestvo", Form.Jsc),
        ("publichnoe aktsionernoe obshchestvo", Form.Jsc), ("nepublichnoe aktsionernoe obshchestvo", Form.Ao),
        ("aktsionerne tovarystvo", Form.Ao), ("pryvatne aktsionerne tovarystvo", Form.Jsc), ("publichne aktsionerne tovarystvo", Form.Jsc),

        // "{owner} s {ogranichennoi} {otvetstvennostyu}": each spelling of ogranichennoi, in it each of otvetstvennostyu,
        // in it each owner (obshchestvo, tovarishchestvo). Written out: a query expression here cost the first name
        // normalized in a process milliseconds of JIT compilation.
        ("obshchestvo s ogranichennoi otvetstvennostyu", Form.Ooo), ("tovarishchestvo s ogranichennoi otvetstvennostyu", Form.Ooo),
        ("obshchestvo s ogranichennoi otvetstvennostiu", Form.Ooo), ("tovarishchestvo s ogranichennoi otvetstvennostiu", Form.Ooo),
        ("obshchestvo s ogranichennoi otvetstvennostju", Form.Ooo), ("tovarishchestvo s ogranichennoi otvetstvennostju", Form.Ooo),
        ("obshchestvo s ogranichennoy otvetstvennostyu", Form.Ooo), ("tovarishchestvo s ogranichennoy otvetstvennostyu", Form.Ooo),
        ("obshchestvo s ogranichennoy otvetstvennostiu", Form.Ooo), ("tovarishchestvo s ogranichennoy otvetstvennostiu", Form.Ooo),
        ("obshchestvo s ogranichennoy otvetstvennostju", Form.Ooo), ("tovarishchestvo s ogranichennoy otvetstvennostju", Form.Ooo),
        ("obshchestvo s ogranichennoj otvetstvennostyu", Form.Ooo), ("tovarishchestvo s ogranichennoj otvetstvennostyu", Form.Ooo),
        ("obshchestvo s ogranichennoj otvetstvennostiu", Form.Ooo), ("tovarishchestvo s ogranichennoj otvetstvennostiu", Form.Ooo),
        ("obshchestvo s ogranichennoj otvetstvennostju", Form.Ooo), ("tovarishchestvo s ogranichennoj otvetstvennostju", Form.Ooo),
        ("obshchestvo s organichennoi otvetstvennostyu", Form.Ooo), ("tovarishchestvo s organichennoi otvetstvennostyu", Form.Ooo),
        ("obshchestvo s organichennoi otvetstvennostiu", Form.Ooo), ("tovarishchestvo s organichennoi otvetstvennostiu", Form.Ooo),
        ("obshchestvo s organichennoi otvetstvennostju", Form.Ooo), ("tovarishchestvo s organichennoi otvetstvennostju", Form.Ooo),
        ("tovarystvo z obmezhenoyu vidpovidalnistyu", Form.Ooo),
        ("fgup", Form.Co), ("gup", Form.Co), ("mup", Form.Co), ("fkp", Form.Co), ("chup", Form.Co),
        ("federalnoe gosudarstvennoe unitarnoe predpriyatie", Form.Co), ("gosudarstvennoe unitarnoe predpriyatie", Form.Co),
        ("federalnoe kazennoe predpriyatie", Form.Co),
    ];

    /// <summary>
    /// The words of the Russian, Ukrainian and Turkish long forms (<see cref="s_cisForms"/>, Anonim Şirketi): known words
    /// (<see cref="Abbreviations.IsKnownWord"/>), so one written with a typo folds and one split in two joins. Words of
    /// the other long forms are not: a Spanish or French one is one edit from an English word of a name (produccion /
    /// production), which would fold into it.
    /// </summary>
    internal static readonly string[] TransliteratedFormWords = BuildTransliteratedFormWords();

    private static readonly FrozenSet<string> s_nationalPhrases = FrozenSet.ToFrozenSet(PhrasesOf(s_nationalForms, s_cisForms), StringComparer.Ordinal);

    /// <summary>True for a phrase of <see cref="s_nationalForms"/> or <see cref="s_cisForms"/> (its tokens joined by spaces).</summary>
    internal static bool IsNationalPhrase(string phrase) => s_nationalPhrases.Contains(phrase);

    private static readonly FrozenSet<string> s_transliteratedFormWords = TransliteratedFormWords.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for one of <see cref="TransliteratedFormWords"/>.</summary>
    internal static bool IsTransliteratedFormWord(string token) => s_transliteratedFormWords.Contains(token);

    /// <summary>
    /// Forms of <see cref="s_nationalForms"/> that are also given names (Sal, Ad, Ev): not read as a form when they are
    /// the one word after a comma, written without dots, where the lists write a person's given name (HASSAN, Sal).
    /// </summary>
    internal static readonly FrozenSet<string> NameLikeForms = FrozenSet.ToFrozenSet(["sal", "ad", "ev"], StringComparer.Ordinal);

    /// <summary>
    /// The phrases of <see cref="s_nationalForms"/> read as legal forms only when written after a name: the short ones
    /// that also abbreviate other words at the start of a name (CA Technologies, AD Ports, EV Group, SAC Capital) and
    /// phrases that begin with a word of a name (y Cía.). The others are read in either place (UAB Ekspla, Oy Karl Fazer).
    /// </summary>
    internal static readonly FrozenSet<string> EndOnlyPhrases = FrozenSet.ToFrozenSet(
        [
            "ca", "ad", "ead", "dd", "sl", "slu", "sal", "sac", "saa", "ev", "psc", "spc", "asc", "bsc", "ksc", "qsc", "pjs", "pcl",
            "gk", "yk", "ug", "hf", "ehf", "opc", "aps", "mmc", "lda", "snc", "scs", "y cia", "cia ltda", "y cia ltda", "y cia s en c", "s en c",
            "s de pr de rl", "vzw",
        ],
        StringComparer.Ordinal);

    /// <summary>Latin legal-form phrases as token sequences (after normalization), longest first.</summary>
    internal static readonly (string[] Tokens, Form Form)[] LatinPhrases = BuildLatin();

    /// <summary>
    /// One-word legal forms long enough to carry a typo (Corporation, Limited, Incorporated ...): a last or first token
    /// within the typo budget of one of them is still read as that legal form.
    /// </summary>
    internal static readonly (string Word, Form Form)[] TypoTolerantWords = BuildTypoTolerantWords();

    /// <summary>Latin phrases by their last token, longest first.</summary>
    internal static readonly FrozenDictionary<string, (string[] Tokens, Form Form)[]> ByLastToken = GroupLatin(first: false);

    /// <summary>
    /// Latin phrases by their first token, longest first: the phrases written before a name as well as after it (OOO
    /// "Ромашка", PT Bank ..., Aktsionernoe Obshchestvo ...), not those only written after one (<see cref="EndOnlyPhrases"/>).
    /// </summary>
    internal static readonly FrozenDictionary<string, (string[] Tokens, Form Form)[]> ByFirstToken = GroupLatin(first: true);

    /// <summary>Chinese / Japanese legal-form suffixes, longest first.</summary>
    internal static readonly (string Text, Form Form)[] HanSuffixes =
    [
        ("集团股份有限公司", Form.Group | Form.Ltd),
        ("集团有限责任公司", Form.Group | Form.Ltd),
        ("集团有限公司", Form.Group | Form.Ltd),
        ("股份有限公司", Form.Ltd),
        ("有限责任公司", Form.Ltd),
        ("控股有限公司", Form.Holding | Form.Ltd),
        ("有限公司", Form.Ltd),
        ("株式会社", Form.Kk),
        ("分公司", Form.Co),
        ("总公司", Form.Co),
        ("集团公司", Form.Group),
        ("集团", Form.Group),
        ("公司", Form.Co),
    ];

    /// <summary>Japanese 株式会社 also comes first (株式会社東芝).</summary>
    internal static readonly (string Text, Form Form)[] HanPrefixes =
    [
        ("株式会社", Form.Kk),
    ];

    /// <summary>
    /// The multiplier for a pair of names' legal forms: 1 when either has none or they share a family, a small
    /// penalty when both state incompatible forms (GmbH against Inc).
    /// </summary>
    internal static double Factor(Form a, Form b)
    {
        a &= ~Neutral;
        b &= ~Neutral;
        if (a == Form.None || b == Form.None || (a & b) != 0)
        {
            return 1.0;
        }

        foreach (var family in s_families)
        {
            if ((a & family) != 0 && (b & family) != 0)
            {
                return (TypesOf(a) & TypesOf(b)) != 0 ? 1.0 : OtherTypeFactor;
            }
        }

        return DisagreementFactor;
    }

    /// <summary>
    /// The penalty for two forms of one family that are different kinds of company (Siemens AG / Siemens GmbH, Acme Inc /
    /// Acme LLC): the same name, but as likely another legal entity of the group as the same one. Milder than
    /// <see cref="DisagreementFactor"/>, and never below the default threshold on its own.
    /// </summary>
    internal const double OtherTypeFactor = 0.97;

    /// <summary>Share-issuing companies (AG, SA, S.p.A., NV, JSC, AO, PLC, AB, AS, Inc, Corp, KK, C.V.).</summary>
    private const Form Stock = Form.Ag | Form.Sa | Form.Spa | Form.Nv | Form.Jsc | Form.Ao | Form.Plc | Form.Ab | Form.As | Form.Inc | Form.Corp | Form.Kk | Form.Cv;

    /// <summary>Private limited companies (GmbH, SARL, SRL, BV, LLC, OOO, Ltd, Pte, Pty, Pvt, Sdn Bhd, FZE, PT; KK is translated Co., Ltd. as often).</summary>
    private const Form Private = Form.Gmbh | Form.Sarl | Form.Srl | Form.Bv | Form.Llc | Form.Ooo | Form.Ltd | Form.Pte | Form.Pty | Form.Pvt | Form.Sdn | Form.Fze | Form.Pt | Form.Kk;

    /// <summary>Partnerships (KG, LLP, LP).</summary>
    private const Form Partnership = Form.Kg | Form.Llp | Form.Lp;

    /// <summary>The kinds of company a mask of forms names: bit 0 stock, 1 private limited, 2 partnership.</summary>
    private static int TypesOf(Form forms) =>
        ((forms & Stock) != 0 ? 1 : 0) | ((forms & Private) != 0 ? 2 : 0) | ((forms & Partnership) != 0 ? 4 : 0);

    /// <summary>The penalty for incompatible legal forms: weak on purpose (subsidiaries differ in form).</summary>
    internal const double DisagreementFactor = 0.95;

    /// <summary>Canonical names of the forms in a mask, for explanations.</summary>
    internal static IReadOnlyList<string> Names(Form forms)
    {
        if (forms == Form.None)
        {
            return [];
        }

        var list = new List<string>();
        foreach (var f in Enum.GetValues<Form>())
        {
            if (f != Form.None && (forms & f) == f)
            {
                list.Add(f.ToString().ToUpperInvariant());
            }
        }

        return list;
    }

    // The tables are built once per process, on the first name normalized, so with loops over arrays: LINQ over these
    // tuples is generic code over a value type that no precompiled image holds (ReadyToRun), and its JIT compilation
    // cost the first name tens of milliseconds.

    private static (string[] Tokens, Form Form)[] BuildLatin()
    {
        // Written in canonical tokens (abbreviations folded first: Co → company, Corp → corporation, Ltd → limited,
        // Inc → incorporated), so "Co., Ltd.", "Company Limited" and "Co Limited" are one phrase.
        (string Phrase, Form Form)[] phrases =
        [
            ("company limited", Form.Co | Form.Ltd), ("corporation limited", Form.Corp | Form.Ltd), ("limited company", Form.Ltd | Form.Co),
            ("limited", Form.Ltd), ("plc", Form.Plc), ("public limited company", Form.Plc),
            ("pte limited", Form.Pte | Form.Ltd), ("pte", Form.Pte), ("pty limited", Form.Pty | Form.Ltd), ("pty", Form.Pty),
            ("pvt limited", Form.Pvt | Form.Ltd), ("private limited", Form.Pvt | Form.Ltd), ("pvt", Form.Pvt),
            ("sdn bhd", Form.Sdn), ("bhd", Form.Sdn), ("berhad", Form.Sdn),
            ("incorporated", Form.Inc), ("corporation", Form.Corp), ("company incorporated", Form.Co | Form.Inc),
            ("company llc", Form.Co | Form.Llc), ("llc", Form.Llc), ("limited liability company", Form.Llc),
            ("limited liability partnership", Form.Llp), ("llp", Form.Llp), ("lp", Form.Lp),
            ("gmbh", Form.Gmbh), ("gesellschaft mit beschrankter haftung", Form.Gmbh), ("gmbh company kg", Form.Gmbh | Form.Kg),
            ("gmbh and company kg", Form.Gmbh | Form.Kg),
            ("ag", Form.Ag), ("aktiengesellschaft", Form.Ag), ("kg", Form.Kg),
            ("sa", Form.Sa), ("sas", Form.Sa), ("sociedad anonima", Form.Sa), ("societe anonyme", Form.Sa),
            ("sa de cv", Form.Sa | Form.Cv), ("de cv", Form.Cv), ("sarl", Form.Sarl), ("srl", Form.Srl), ("spa", Form.Spa),
            ("bv", Form.Bv), ("nv", Form.Nv),
            ("jsc", Form.Jsc), ("ojsc", Form.Jsc), ("cjsc", Form.Jsc), ("pjsc", Form.Jsc), ("pao", Form.Jsc),
            ("oao", Form.Jsc), ("zao", Form.Jsc), ("ao", Form.Ao), ("ooo", Form.Ooo), ("tov", Form.Ooo),
            ("joint stock company", Form.Jsc), ("open joint stock company", Form.Jsc), ("closed joint stock company", Form.Jsc),
            ("public joint stock company", Form.Jsc), ("joint stock", Form.Jsc),
            ("pt", Form.Pt), ("tbk", Form.Pt), ("kk", Form.Kk), ("kabushiki kaisha", Form.Kk),
            ("company", Form.Co), ("group", Form.Group), ("holdings", Form.Holding),
            ("fze", Form.Fze), ("fzco", Form.Fze), ("fzc", Form.Fze), ("fz llc", Form.Fze | Form.Llc),
            ("as", Form.As), ("asa", Form.As), ("ab", Form.Ab),
        ];

        // These phrases, then the national and the CIS ones, longest first, then in ordinal order of the phrase (the
        // tokens joined by spaces); a stable insertion sort, so equal keys would keep this order.
        var latin = new (string[] Tokens, Form Form)[phrases.Length + s_nationalForms.Length + s_cisForms.Length];
        var phraseOf = new string[latin.Length];
        var count = 0;
        Insert(phrases);
        Insert(s_nationalForms);
        Insert(s_cisForms);
        return latin;

        void Insert((string Phrase, Form Form)[] table)
        {
            foreach (var (phrase, form) in table)
            {
                var tokens = phrase.Split(' ');
                var at = count++;
                while (at > 0 && ComesBefore(tokens.Length, phrase, latin[at - 1].Tokens.Length, phraseOf[at - 1]))
                {
                    latin[at] = latin[at - 1];
                    phraseOf[at] = phraseOf[at - 1];
                    at--;
                }

                latin[at] = (tokens, form);
                phraseOf[at] = phrase;
            }
        }

        static bool ComesBefore(int tokens, string phrase, int otherTokens, string otherPhrase) =>
            tokens != otherTokens ? tokens > otherTokens : string.CompareOrdinal(phrase, otherPhrase) < 0;
    }

    /// <summary>The words of <see cref="s_cisForms"/>, then anonim and sirketi, of 6 letters or more; each once, first seen first.</summary>
    private static string[] BuildTransliteratedFormWords()
    {
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, _) in s_cisForms)
        {
            foreach (var word in phrase.Split(' '))
            {
                Add(word);
            }
        }

        Add("anonim");
        Add("sirketi");
        return [.. words];

        void Add(string word)
        {
            if (word.Length >= 6 && seen.Add(word))
            {
                words.Add(word);
            }
        }
    }

    private static string[] PhrasesOf((string Phrase, Form Form)[] a, (string Phrase, Form Form)[] b)
    {
        var phrases = new string[a.Length + b.Length];
        for (var i = 0; i < a.Length; i++)
        {
            phrases[i] = a[i].Phrase;
        }

        for (var i = 0; i < b.Length; i++)
        {
            phrases[a.Length + i] = b[i].Phrase;
        }

        return phrases;
    }

    /// <summary>The one-word phrases of <see cref="LatinPhrases"/> of 7 letters or more, in its order.</summary>
    private static (string Word, Form Form)[] BuildTypoTolerantWords()
    {
        var count = 0;
        foreach (var (tokens, _) in LatinPhrases)
        {
            count += tokens.Length == 1 && tokens[0].Length >= 7 ? 1 : 0;
        }

        var words = new (string Word, Form Form)[count];
        count = 0;
        foreach (var (tokens, form) in LatinPhrases)
        {
            if (tokens.Length == 1 && tokens[0].Length >= 7)
            {
                words[count++] = (tokens[0], form);
            }
        }

        return words;
    }

    /// <summary>
    /// <see cref="LatinPhrases"/> grouped by their first token (those <see cref="EndOnlyPhrases"/> leaves out) or their
    /// last one, each group in the order of <see cref="LatinPhrases"/>.
    /// </summary>
    private static FrozenDictionary<string, (string[] Tokens, Form Form)[]> GroupLatin(bool first)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (tokens, _) in LatinPhrases)
        {
            if (KeyOf(tokens) is { } key)
            {
                counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
            }
        }

        var groups = new Dictionary<string, (string[] Tokens, Form Form)[]>(counts.Count, StringComparer.Ordinal);
        foreach (var (tokens, form) in LatinPhrases)
        {
            if (KeyOf(tokens) is not { } key)
            {
                continue;
            }

            if (!groups.TryGetValue(key, out var group))
            {
                group = new (string[] Tokens, Form Form)[counts[key]];
                groups.Add(key, group);
            }

            var remaining = --counts[key];
            group[group.Length - 1 - remaining] = (tokens, form);
        }

        return groups.ToFrozenDictionary(StringComparer.Ordinal);

        string? KeyOf(string[] tokens) =>
            !first ? tokens[^1]
            : EndOnlyPhrases.Contains(tokens.Length == 1 ? tokens[0] : string.Join(' ', tokens)) ? null
            : tokens[0];
    }
}
