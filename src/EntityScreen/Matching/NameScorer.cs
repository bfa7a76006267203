using System.Collections.Frozen;
using EntityScreen.Text;

namespace EntityScreen.Matching;

/// <summary>
/// Scores a query name against a listed name. Latin tokens: a one-to-one alignment (exact pairs first, then typos,
/// then two tokens written together on one side), scored as a weighted Dice coefficient: every aligned pair adds
/// its similarity times both tokens' weights, and every unaligned token on either side costs its weight by staying
/// in the denominator. Chinese: weighted character overlap and character-bigram overlap of the cores. The better
/// of the two, times a weak legal-form factor, rounded to 4 decimals. Allocation-free unless an alignment is asked for.
/// </summary>
internal static class NameScorer
{
    /// <summary>Most tokens per side the alignment considers (normalization keeps at most this many).</summary>
    private const int MaxTokens = NameNormalizer.MaxTokens;

    internal const string LatinMethod = "latin";
    internal const string HanMethod = "han";
    internal const string TransliteratedMethod = "transliterated";

    /// <summary>
    /// Share of its weight forgiven for a name part missing from a person's other name, the rest aligned (John Robert
    /// Smith / John Smith, a middle name dropped): two thirds, so the part costs a third (half before 1.18; lists drop
    /// Arabic father's and grandfather's names and Spanish second given names all the time), more than a middle initial,
    /// a title or a patronymic (<see cref="InitialExtraDiscount"/>: a quarter), and the pair still needs review.
    /// </summary>
    internal const float PersonExtraCost = 2f / 3f;

    /// <summary>
    /// Share of its weight a middle initial only one side has is forgiven (Thomas H. Jones / Thomas Jones): more than a
    /// middle name's, as a letter says less about a person than a name, and lists and translations often drop it.
    /// </summary>
    internal const float InitialExtraDiscount = 0.75f;

    /// <summary>Scores without building an explanation.</summary>
    /// <param name="q">The query.</param>
    /// <param name="c">The listed name.</param>
    /// <param name="persons">Both names are persons' (<see cref="PersonExtraCost"/> applies).</param>
    internal static double Score(in NameView q, in NameView c, bool persons)
    {
        if (q.IsEmpty || c.IsEmpty)
        {
            return 0;
        }

        var latin = q.Count > 0 && c.Count > 0 ? LatinScore(q, c, persons, null, null, null, out _, out _, out _) : 0;
        var han = q.HanChars.Length > 0 && c.HanChars.Length > 0 ? HanScore(q, c) : 0;
        return Combine(latin, han, q.Forms, c.Forms);
    }

    /// <summary>The better of the Latin and Chinese scores, times the legal-form factor, rounded.</summary>
    private static double Combine(double latin, double han, LegalForms.Form queryForms, LegalForms.Form nameForms)
    {
        var best = Math.Max(latin, han);
        return best <= 0 ? 0 : Round(best * LegalForms.Factor(queryForms, nameForms));
    }

    internal static double Round(double score) => Math.Round(Math.Clamp(score, 0, 1), 4, MidpointRounding.AwayFromZero);

    /// <summary>The Latin token score before the legal-form factor (substitution factor included); records the alignment when asked.</summary>
    internal static double LatinScore(in NameView q, in NameView c, bool persons, List<TokenAlignment>? alignment, string[]? qRaw, string[]? cRaw, out double substitution, out double personDiscount, out double chainOrder)
    {
        var n = Math.Min(q.Count, MaxTokens);
        var m = Math.Min(c.Count, MaxTokens);
        Span<sbyte> qTo = stackalloc sbyte[n];
        qTo.Fill(-1);
        Span<float> sim = stackalloc float[n * m];
        Span<bool> qUsed = stackalloc bool[n];
        Span<bool> cUsed = stackalloc bool[m];
        Span<float> qw = stackalloc float[n];
        Span<float> cw = stackalloc float[m];
        for (var i = 0; i < n; i++)
        {
            qw[i] = q.Weight(i);
        }

        for (var j = 0; j < m; j++)
        {
            cw[j] = c.Weight(j);
        }

        var anyPair = false;
        for (var i = 0; i < n; i++)
        {
            var qi = q.Ids[i];
            var qt = q.Token(i);
            for (var j = 0; j < m; j++)
            {
                float s;
                var cj = c.Ids[j];
                if (qi >= 0 && qi == cj)
                {
                    s = 1f;
                }
                else if (qi >= 0 && cj >= 0 && qt.Length < TokenSimilarity.ShortFuzzyLength && !string.Equals(q.Key(i), c.KeyFor(j, q.Key(i)), StringComparison.Ordinal))
                {
                    s = 0f; // two different known tokens, one too short to carry a typo, spelt apart
                }
                else
                {
                    s = TokenSimilarity.Pair(qt, q.Key(i), qw[i], persons && !q.Reading && !c.Reading && !q.Syllabic && !c.Syllabic ? q.Skeleton(i) : null, c.Token(j), c.KeyFor(j, q.Key(i)), cw[j], c.Skeleton(j), q.Table.UnknownWeight);
                }

                // A listed token read from transliteration characters, and a query token with its sound (加拉格尔 / Gallagher).
                if (cj >= 0)
                {
                    s = TokenSimilarity.WithListedSound(s, q.Sound(i), c.Table.ListedSounds[cj], qt, c.Token(j));
                }

                sim[(i * m) + j] = s;
                anyPair |= s > 0;
            }
        }

        // Two names of one word each, not persons', equal only by their Latin sound key with other consonants (Sysco / Zisco,
        // Kone / Cone): brands that sound alike are chosen apart, and one word is all the evidence there is, so the key
        // counts below the default threshold (a typo within the budget keeps its own score). Words that differ in vowels
        // only (Sukhoi / Sukhoy, one Russian name romanized two ways), persons' names and names read from another script
        // keep the key's credit.
        if (!persons && n == 1 && m == 1 && sim[0] > OneWordKeyEqual && sim[0] < 1 && IsLatinKeyOnly(q, c) && !SameConsonants(q.Token(0), c.Token(0)))
        {
            var typo = TokenSimilarity.Similarity(q.Token(0), c.Token(0));
            sim[0] = Math.Max(typo > 0 ? typo : TokenSimilarity.ShortTypo(q.Token(0), qw[0], c.Token(0), cw[0], q.Table.UnknownWeight), OneWordKeyEqual);
        }

        // Chinese persons' names in pinyin and in Wade-Giles (Deng Xiaoping / Teng Hsiao-ping): when every word of both
        // reads as Chinese syllables, two words of one key (ChineseRomanization) are the same name romanized another way.
        var sinitic = persons && !q.Reading && q.IsSinitic() && c.IsSinitic();
        if (sinitic)
        {
            for (var i = 0; i < n; i++)
            {
                var key = q.ChineseKey(i);
                for (var j = 0; j < m; j++)
                {
                    if (sim[(i * m) + j] < TokenSimilarity.KeyEqual && string.Equals(key, c.ChineseKey(j), StringComparison.Ordinal))
                    {
                        sim[(i * m) + j] = TokenSimilarity.KeyEqual;
                        anyPair = true;
                    }
                }
            }
        }

        double numerator = 0;

        // Greedy one-to-one alignment: highest similarity first (exact pairs always win), heavier pairs on ties; the
        // pairs written alike first, then two tokens written together on one side (Gazpro M / Gazprom: a join is exact,
        // and a typo or spelling variant of one of its halves must not take the token first), then the rest.
        numerator += Align(q, qw, qUsed, qTo, c, cw, cUsed, sim, m, exactOnly: true, alignment, qRaw, cRaw);
        numerator += Joins(q, qw, qUsed, c, cw, cUsed, alignment, qRaw, cRaw, queryJoined: true, sinitic);
        numerator += Joins(c, cw, cUsed, q, qw, qUsed, alignment, cRaw, qRaw, queryJoined: false, sinitic);
        if (anyPair)
        {
            numerator += Align(q, qw, qUsed, qTo, c, cw, cUsed, sim, m, exactOnly: false, alignment, qRaw, cRaw);
        }

        // A single letter standing for a given name (J. Smith / John Smith): persons' names only, so not when either
        // side carries a legal form (T-Motor Co. is not Toyota Motor Co.). Then a word standing for a whole name (BUAA).
        if (q.Forms == LegalForms.Form.None && c.Forms == LegalForms.Form.None)
        {
            numerator += Initials(q, qw, qUsed, c, cw, cUsed, alignment, qRaw, cRaw, queryInitial: true);
            numerator += Initials(c, cw, cUsed, q, qw, qUsed, alignment, cRaw, qRaw, queryInitial: false);
            if (persons)
            {
                numerator += CompoundInitials(q, qw, qUsed, c, cw, cUsed, alignment, qRaw, cRaw, queryInitials: true);
                numerator += CompoundInitials(c, cw, cUsed, q, qw, qUsed, alignment, cRaw, qRaw, queryInitials: false);
            }
        }

        numerator += Acronym(q, qw, qUsed, c, cw, cUsed, alignment, qRaw, cRaw, queryAcronym: true);
        numerator += Acronym(c, cw, cUsed, q, qw, qUsed, alignment, cRaw, qRaw, queryAcronym: false);

        // A query word read from characters Chinese writes names by sound, left unaligned in a name that otherwise
        // agrees, against a listed word it spells (瓦特斯 / Walters beside John, whose sound keys differ).
        if (numerator > 0)
        {
            numerator += SoundWords(q, qw, qUsed, c, cw, cUsed, alignment, qRaw, cRaw);
        }

        if (alignment is not null)
        {
            for (var i = 0; i < n; i++)
            {
                if (!qUsed[i])
                {
                    alignment.Add(new TokenAlignment(qRaw![i], null, AlignmentKind.QueryOnly, 0, qw[i], 0));
                }
            }

            for (var j = 0; j < m; j++)
            {
                if (!cUsed[j])
                {
                    alignment.Add(new TokenAlignment(null, cRaw![j], AlignmentKind.NameOnly, 0, 0, cw[j]));
                }
            }
        }

        var total = q.TotalWeight + c.TotalWeight;
        chainOrder = ChainOrderFactor(q, c, qTo, sim, m);
        substitution = SubstitutionFactor(total, qw, qUsed, cw, cUsed);
        personDiscount = persons && substitution == 1 ? ExtraNameDiscount(q, qw, qUsed, c, cw, cUsed) : 0;
        // A Latin family name alone against a listed person Chinese names by the family name alone: only when they agree.
        if (q.FamilyProbe && n == 1 && m == 1 && !FamilyNamesAgree(q.Token(0), c.Token(0), numerator / total))
        {
            substitution = 1;
            personDiscount = 0;
            return 0;
        }

        var familyOnly = q.FamilyProbe;
        if (persons && IsFamilyOnlyMatch(q, qUsed, c, cUsed) && FamilyNamesAgree(c.Token(c.Family), q.Token(0), numerator / (total - UnalignedWeight(cw, cUsed))))
        {
            // Chinese names a foreign person by the family name alone (布朗巴克 for Sam Brownback): the given and middle
            // names it leaves out cost nothing, and the score is the family names' similarity.
            personDiscount = UnalignedWeight(cw, cUsed);
            familyOnly = true;
        }

        // A family name alone is never strong evidence: at most FamilyOnlySimilarity.
        var score = numerator / (total - personDiscount) * substitution * chainOrder;
        return familyOnly ? Math.Min(score, FamilyOnlySimilarity) : score;
    }

    /// <summary>
    /// Greedy one-to-one alignment of the unaligned tokens on <paramref name="sim"/>: highest similarity first, heavier
    /// pairs on ties; only the pairs of similarity 1 when <paramref name="exactOnly"/>. Returns what the pairs add to the numerator.
    /// </summary>
    private static double Align(in NameView q, Span<float> qw, Span<bool> qUsed, Span<sbyte> qTo, in NameView c, Span<float> cw, Span<bool> cUsed, ReadOnlySpan<float> sim, int m, bool exactOnly, List<TokenAlignment>? alignment, string[]? qRaw, string[]? cRaw)
    {
        var n = qUsed.Length;
        var least = exactOnly ? 1f : 0f;
        double numerator = 0;
        while (true)
        {
            var best = -1;
            var bestSim = 0f;
            var bestWeight = 0f;
            for (var i = 0; i < n; i++)
            {
                if (qUsed[i])
                {
                    continue;
                }

                for (var j = 0; j < m; j++)
                {
                    var s = sim[(i * m) + j];
                    if (s <= 0 || s < least || cUsed[j])
                    {
                        continue;
                    }

                    var w = qw[i] + cw[j];
                    if (s > bestSim || (s == bestSim && w > bestWeight))
                    {
                        best = (i * m) + j;
                        bestSim = s;
                        bestWeight = w;
                    }
                }
            }

            if (best < 0)
            {
                return numerator;
            }

            var bi = best / m;
            var bj = best % m;
            qUsed[bi] = true;
            cUsed[bj] = true;
            qTo[bi] = (sbyte)bj;
            numerator += bestSim * bestWeight;
            if (alignment is not null)
            {
                var kind = bestSim < 1 ? AlignmentKind.Fuzzy
                    : string.Equals(qRaw![bi], cRaw![bj], StringComparison.Ordinal) ? AlignmentKind.Exact : AlignmentKind.Equivalent;
                alignment.Add(new TokenAlignment(qRaw![bi], cRaw![bj], kind, bestSim, qw[bi], cw[bj]));
            }
        }
    }

    /// <summary>
    /// What a score keeps when two names' Arabic patronymic chains (X bin Y bin Z) align in another order: a chain is an
    /// order (X, son of Y, son of Z), and Z bin Y bin X names another man, perhaps the grandfather. Below the default
    /// threshold from a perfect alignment.
    /// </summary>
    internal const double ReversedChainFactor = 0.8;

    /// <summary>
    /// <see cref="ReversedChainFactor"/> when both names hold a patronymic chain (a bin, ibn or bint between two words) and
    /// two of the chain's names aligned one to one stand in the opposite order on the two sides; else 1.
    /// </summary>
    private static double ChainOrderFactor(in NameView q, in NameView c, ReadOnlySpan<sbyte> qTo, ReadOnlySpan<float> sim, int m)
    {
        if (!HasChain(q) || !HasChain(c))
        {
            return 1;
        }

        var last = -1;
        for (var i = 0; i < qTo.Length; i++)
        {
            var j = qTo[i];
            // A name the other chain holds twice, or like two of its names (Hassan bin Ahmed bin Hassan, named for his
            // grandfather), aligns either way: it says nothing of the order.
            if (j < 0 || !InChain(q, i) || !InChain(c, j) || Partners(c, sim.Slice(i * m, m)) > 1)
            {
                continue;
            }

            if (j < last)
            {
                return ReversedChainFactor;
            }

            last = j;
        }

        return 1;

        static int Partners(in NameView v, ReadOnlySpan<float> row)
        {
            var partners = 0;
            for (var j = 0; j < row.Length; j++)
            {
                partners += row[j] > 0 && InChain(v, j) ? 1 : 0;
            }

            return partners;
        }

        static bool HasChain(in NameView v)
        {
            for (var i = 1; i < v.Count - 1; i++)
            {
                if (IsChainLink(v.Token(i)))
                {
                    return true;
                }
            }

            return false;
        }

        // A name of the chain: next to a link, not a link itself, and not in a family name written first before a
        // comma (BIN LADIN, Usama bin Muhammad: bin Ladin is the family name, not the chain's last link).
        static bool InChain(in NameView v, int i) =>
            !(v.Family >= 0 && v.Family < v.Count - 1 && i <= v.Family)
            && !IsChainLink(v.Token(i)) && ((i > 0 && IsChainLink(v.Token(i - 1))) || (i + 1 < v.Count && IsChainLink(v.Token(i + 1))));
    }

    /// <summary>The words that join an Arabic patronymic chain: son of, daughter of.</summary>
    private static bool IsChainLink(string token) => token is "bin" or "ibn" or "bint" or "ben";

    /// <summary>Least alignment (<see cref="Readings.HanTransliteration.Alignment"/>) of a word written by sound with a listed word, in a name that otherwise agrees.</summary>
    internal const double MinSoundWordAlignment = 0.85;

    /// <summary>
    /// Aligns the query's unaligned words read from transliteration characters (a sound key: 瓦特斯 watesi) with the
    /// listed name's unaligned Latin words they spell (Walters), and the query's Latin words with the listed words so
    /// read, once some other pair of the names is aligned: the sound
    /// key joins candidates only when Chinese keeps every consonant class of the English (it drops the d of Richardson
    /// 理查森, the r of Walters 瓦特斯), and within a name already reached, how well the Latin spells the characters is
    /// evidence enough: an alignment of at least <see cref="MinSoundWordAlignment"/>, scored as a sound-key pair is
    /// (<see cref="TokenSimilarity.AlignedSoundEqual"/> less <see cref="TokenSimilarity.AlignmentSlope"/> per unit
    /// short), heaviest-first among equals.
    /// </summary>
    private static double SoundWords(in NameView q, Span<float> qw, Span<bool> qUsed, in NameView c, Span<float> cw, Span<bool> cUsed, List<TokenAlignment>? alignment, string[]? qRaw, string[]? cRaw)
    {
        // Most names scored hold no word read by sound on either side: nothing to pair, found without the pair loop.
        var queryRead = false;
        for (var i = 0; i < qUsed.Length && !queryRead; i++)
        {
            queryRead = !qUsed[i] && SoundKey.IsKey(q.Key(i));
        }

        var listedRead = false;
        for (var j = 0; j < cUsed.Length && !listedRead; j++)
        {
            listedRead = !cUsed[j] && c.Ids[j] >= 0 && c.Table.ListedSounds[c.Ids[j]] is not null;
        }

        if (!queryRead && !listedRead)
        {
            return 0;
        }

        double sum = 0;
        while (true)
        {
            var (bi, bj, best) = (-1, -1, 0f);
            for (var i = 0; i < qUsed.Length; i++)
            {
                // A query word read by sound against a listed Latin word; a query Latin word against a listed word read by sound.
                var read = SoundKey.IsKey(q.Key(i));
                if (qUsed[i] || (!read && (!listedRead || !IsReverseSoundWord(q, i))))
                {
                    continue;
                }

                for (var j = 0; j < cUsed.Length; j++)
                {
                    var cj = c.Ids[j];
                    if (cUsed[j] || (cj >= 0 && c.Table.ListedSounds[cj] is not null) == read || (read && !IsWord(c.Token(j))))
                    {
                        continue;
                    }

                    var quality = read
                        ? Readings.HanTransliteration.Alignment(q.Token(i), c.Token(j), MinSoundWordAlignment)
                        : Readings.HanTransliteration.Alignment(c.Token(j), q.Token(i), MinSoundWordAlignment);
                    var sim = quality < MinSoundWordAlignment ? 0f : (float)(TokenSimilarity.AlignedSoundEqual - (TokenSimilarity.AlignmentSlope * (1 - quality)));
                    if (sim > best || (sim == best && sim > 0 && qw[i] + cw[j] > qw[bi] + cw[bj]))
                    {
                        (bi, bj, best) = (i, j, sim);
                    }
                }
            }

            if (bi < 0)
            {
                return sum;
            }

            qUsed[bi] = true;
            cUsed[bj] = true;
            sum += best * (qw[bi] + cw[bj]);
            alignment?.Add(new TokenAlignment(qRaw![bi], cRaw![bj], AlignmentKind.Fuzzy, best, qw[bi], cw[bj]));
        }
    }

    /// <summary>
    /// Most a company's name of one word scores against another of one word when only their Latin sound keys agree
    /// (<see cref="TokenSimilarity.KeyEqual"/> otherwise): below the default threshold, for review at a lower one.
    /// </summary>
    internal const float OneWordKeyEqual = 0.8f;

    /// <summary>
    /// True when the one word of each name is Latin written as Latin (no reading, nothing transliterated, no word read by
    /// sound) and their keys are equal plain sound keys (not an Arabic skeleton or a Chinese sound key).
    /// </summary>
    private static bool IsLatinKeyOnly(in NameView q, in NameView c)
    {
        var key = q.Key(0);
        return !q.Reading && !c.Reading && !q.Transliterated && !c.Transliterated && key is not null
            && !Text.SoundKey.IsKey(key) && !Text.Skeleton.IsKey(key)
            && (c.Ids[0] < 0 || c.Table.ListedSounds[c.Ids[0]] is null)
            && string.Equals(key, c.KeyFor(0, key), StringComparison.Ordinal);
    }

    /// <summary>
    /// True when the two words have the same consonants, doubled ones once and v for w (Sukhoi / Sukhoy, Mahan / Mahhan,
    /// Kamov / Kamow), whatever their vowels (a, e, i, o, u, y).
    /// </summary>
    private static bool SameConsonants(string a, string b)
    {
        int i = 0, j = 0;
        char lastA = '\0', lastB = '\0';
        while (true)
        {
            var x = NextConsonant(a, ref i, ref lastA);
            var y = NextConsonant(b, ref j, ref lastB);
            if (x != y)
            {
                return false;
            }

            if (x == '\0')
            {
                return true;
            }
        }

        // The next consonant from i on, w read v, one a doubled run once (a vowel ends the run); '\0' at the end.
        static char NextConsonant(string word, ref int i, ref char last)
        {
            while (i < word.Length)
            {
                var ch = word[i++];
                var c = ch == 'w' ? 'v' : ch;
                if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
                {
                    last = '\0';
                }
                else if (c != last)
                {
                    last = c;
                    return c;
                }
            }

            return '\0';
        }
    }

    /// <summary>True when the middle-name discount fell on the side facing a Chinese reading that writes no middle names (every token of the reading aligned).</summary>
    private static bool UnwrittenMiddleDiscounted(in NameView q, in NameView c, List<TokenAlignment> alignment) =>
        (q.MiddleNamesUnwritten && !alignment.Any(a => a.Kind == AlignmentKind.QueryOnly))
        || (c.MiddleNamesUnwritten && !alignment.Any(a => a.Kind == AlignmentKind.NameOnly));

    /// <summary>A Latin word of two letters or more: a digit is no English spelling.</summary>
    private static bool IsWord(string token) => token.Length >= 2 && !token.AsSpan().ContainsAnyExceptInRange('a', 'z');

    /// <summary>
    /// True when query token <paramref name="i"/> is a Latin word (not one read from Arabic or Chinese by the library)
    /// that may align with a listed word read from transliteration characters (<see cref="SoundWords"/>): the lists
    /// hold such words.
    /// </summary>
    internal static bool IsReverseSoundWord(in NameView q, int i) =>
        q.Table.HasListedSounds && q.Key(i) is var key && !SoundKey.IsKey(key) && !Skeleton.IsKey(key) && IsWord(q.Token(i));

    /// <summary>
    /// Least similarity of a family name alone with the listed family name for the given names to cost nothing, and the
    /// most such a match scores: a full sound-key agreement, or a shorter key whose spelling aligns
    /// (<see cref="TokenSimilarity.KeyEqual"/>); a key alone or a spelling-key agreement is too little evidence for a
    /// name of one word.
    /// </summary>
    internal const float FamilyOnlySimilarity = TokenSimilarity.KeyEqual;

    /// <summary>
    /// True when a Latin family name and the pinyin of a family name written in Chinese by sound are close enough to be
    /// the same name on that word alone: at least <see cref="FamilyOnlySimilarity"/>, and no more syllables in the Latin
    /// (vowel groups) than Chinese has characters (a pinyin syllable is one vowel group): Chinese writes every syllable
    /// of a foreign name with a character of its own, and often adds some (Smith 史密斯), never drops one.
    /// </summary>
    internal static bool FamilyNamesAgree(string latin, string pinyin, double similarity) =>
        similarity >= FamilyOnlySimilarity - 1e-6 && VowelGroups(latin) <= VowelGroups(pinyin);

    private static int VowelGroups(string word)
    {
        var groups = 0;
        var inGroup = false;
        foreach (var ch in word)
        {
            var vowel = ch is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            groups += vowel && !inGroup ? 1 : 0;
            inGroup = vowel;
        }

        return groups;
    }

    private static double UnalignedWeight(Span<float> w, Span<bool> used)
    {
        double sum = 0;
        for (var j = 0; j < used.Length; j++)
        {
            sum += used[j] ? 0 : w[j];
        }

        return sum;
    }

    /// <summary>
    /// True when the query is a foreign person's family name alone as Chinese writes it (<see cref="NameView.FamilyOnly"/>)
    /// and it is aligned with the listed person's family name (<see cref="NameView.Family"/>) of a name of two or more words.
    /// </summary>
    private static bool IsFamilyOnlyMatch(in NameView q, Span<bool> qUsed, in NameView c, Span<bool> cUsed) =>
        q.FamilyOnly && qUsed.Length == 1 && qUsed[0] && cUsed.Length >= 2 && c.Family >= 0 && c.Family < cUsed.Length && cUsed[c.Family];

    /// <summary>
    /// When every token of one name (two or more) is aligned, the weight of the other name's unaligned tokens that
    /// stand in middle-name places (<see cref="NameView.Middle"/>): the middle names and patronymics one side adds.
    /// A dropped given or family name still costs in full. 0 otherwise.
    /// </summary>
    private static double ExtraNameDiscount(in NameView q, Span<float> qw, Span<bool> qUsed, in NameView c, Span<float> cw, Span<bool> cUsed)
    {
        // A Korean name's syllables (a Hangul name or a reading of one, or of Hanja read as Korean) are its family and given
        // names, and Korean names have no middle names: a syllable the other name adds (KIM, Jong Un against 정김 jong,
        // kim) is a given name's, and costs in full (algorithm 1.18).
        if (q.Syllabic || c.Syllabic)
        {
            return 0;
        }

        // A name Chinese writes of a foreign person leaves the middle names out: the other side's cost as middle initials.
        if (qUsed.Length >= 2 && !qUsed.Contains(false))
        {
            return Unaligned(c, cw, cUsed, c.Middle, q.MiddleNamesUnwritten);
        }

        return cUsed.Length >= 2 && !cUsed.Contains(false) ? Unaligned(q, qw, qUsed, q.Middle, c.MiddleNamesUnwritten) : 0;

        static double Unaligned(in NameView v, Span<float> w, Span<bool> used, uint middle, bool unwritten)
        {
            double sum = 0;
            for (var i = 0; i < used.Length; i++)
            {
                sum += used[i] || (middle & (1u << i)) == 0 ? 0
                    : w[i] * (unwritten || IsLightPart(v, i) ? InitialExtraDiscount : PersonExtraCost);
            }

            return sum;
        }
    }

    /// <summary>
    /// True when token <paramref name="i"/> of a person's name, in a middle-name place, says little of who the person is
    /// when the other name leaves it out: an initial, a title or particle (<see cref="PersonNameParts.IsTitleOrParticle"/>),
    /// or a patronymic (<see cref="PersonNameParts.IsPatronymicAt"/>). It costs a quarter of its weight, not half.
    /// </summary>
    internal static bool IsLightPart(in NameView v, int i)
    {
        var token = v.Token(i);
        if (token.Length == 1 || PersonNameParts.IsTitleOrParticle(token) || PersonNameParts.IsGenerational(token))
        {
            return true;
        }

        // A particle in the first given name's place is a given name (Ben Carson Smith; SMITH, Ben Carson), and so is the
        // name's first word: the word after it is no father's name.
        var firstGiven = v.Family >= 0 && v.Family < v.Count - 1 ? v.Family + 1 : 0;
        var previous = i - 1 >= 1 && i - 1 != firstGiven ? v.Token(i - 1) : null;
        return PersonNameParts.IsPatronymicAt(token, previous, i + 1 < v.Count ? v.Token(i + 1) : null);
    }

    /// <summary>True when a token only one side has, and that side's middle-name discount covered, is a light part (<see cref="IsLightPart"/>).</summary>
    private static bool LightPartMissing(in NameView q, string[] qRaw, in NameView c, string[] cRaw, List<TokenAlignment> alignment)
    {
        foreach (var a in alignment)
        {
            if (a.Kind == AlignmentKind.QueryOnly ? LightAt(q, qRaw, a.QueryToken) : a.Kind == AlignmentKind.NameOnly && LightAt(c, cRaw, a.NameToken))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LightAt(in NameView v, string[] raw, string? token)
    {
        var k = token is null ? -1 : Array.IndexOf(raw, token);
        return k >= 0 && k < 32 && (v.Middle & (1u << k)) != 0 && IsLightPart(v, k);
    }

    /// <summary>
    /// When both sides keep an unaligned token, the lighter of the two heaviest is read as a word substituted for
    /// another (a different entity with an otherwise shared name), not as two independent omissions: the score loses
    /// that token's share once more. 1 when either side has every token aligned.
    /// </summary>
    private static double SubstitutionFactor(double total, Span<float> qw, Span<bool> qUsed, Span<float> cw, Span<bool> cUsed)
    {
        float uq = 0, uc = 0;
        for (var i = 0; i < qUsed.Length; i++)
        {
            uq = qUsed[i] ? uq : Math.Max(uq, qw[i]);
        }

        for (var j = 0; j < cUsed.Length; j++)
        {
            uc = cUsed[j] ? uc : Math.Max(uc, cw[j]);
        }

        return uq > 0 && uc > 0 ? 1 - (2 * Math.Min(uq, uc) / total) : 1;
    }

    /// <summary>
    /// Pairs adjacent unaligned tokens of <paramref name="split"/> whose concatenation equals an unaligned token of
    /// <paramref name="whole"/>; in two Chinese names (<paramref name="sinitic"/>), also two words whose keys joined are
    /// the other's key (Hsiao-ping / Xiaoping), at <see cref="TokenSimilarity.KeyEqual"/>.
    /// </summary>
    private static double Joins(
        in NameView split,
        Span<float> splitWeights,
        Span<bool> splitUsed,
        in NameView whole,
        Span<float> wholeWeights,
        Span<bool> wholeUsed,
        List<TokenAlignment>? alignment,
        string[]? splitRaw,
        string[]? wholeRaw,
        bool queryJoined,
        bool sinitic)
    {
        Span<char> buffer = stackalloc char[JoinBuffer];
        double numerator = 0;
        for (var i = 0; i + 1 < splitUsed.Length; i++)
        {
            if (splitUsed[i] || splitUsed[i + 1])
            {
                continue;
            }

            // A query's pieces are joined as written, then folded (Tech-nology → technology); a listed name's as stored.
            if (!TryJoin(split, i, buffer, out var pair))
            {
                continue;
            }

            // Two Chinese syllables written apart in one system and together in the other (Hsiao-ping / Xiaoping).
            var joinedKey = sinitic ? ChineseRomanization.Concat(split.ChineseKey(i)!, split.ChineseKey(i + 1)!) : null;
            for (var j = 0; j < wholeUsed.Length; j++)
            {
                if (wholeUsed[j])
                {
                    continue;
                }

                var sim = pair.SequenceEqual(whole.Token(j)) ? 1f
                    : joinedKey is not null && string.Equals(joinedKey, whole.ChineseKey(j), StringComparison.Ordinal) ? TokenSimilarity.KeyEqual
                    : 0f;
                if (sim <= 0)
                {
                    continue;
                }

                splitUsed[i] = splitUsed[i + 1] = wholeUsed[j] = true;
                var splitWeight = splitWeights[i] + splitWeights[i + 1];
                numerator += sim * (splitWeight + wholeWeights[j]);
                if (alignment is not null)
                {
                    var joined = splitRaw![i] + " " + splitRaw[i + 1];
                    alignment.Add(queryJoined
                        ? new TokenAlignment(joined, wholeRaw![j], AlignmentKind.Joined, sim, splitWeight, wholeWeights[j])
                        : new TokenAlignment(wholeRaw![j], joined, AlignmentKind.Joined, sim, wholeWeights[j], splitWeight));
                }

                i++;
                break;
            }
        }

        return numerator;
    }

    /// <summary>
    /// Similarity of a single letter aligned with a word it is the initial of: the letter agrees with the word but
    /// could stand for any other word with that initial, so it counts for less than a one-letter typo of a long word.
    /// </summary>
    internal const float InitialSimilarity = 0.8f;

    /// <summary>Shortest acronym the scorer reads as standing for a whole name: two letters stand for too many names.</summary>
    internal const int MinAcronymLength = 3;

    /// <summary>Longest acronym considered (one letter per core token).</summary>
    internal const int MaxAcronymLength = 16;

    /// <summary>
    /// Similarity of an acronym and the name it abbreviates: 0.9 from four letters on (about as specific as a name
    /// written another way), 0.8 for three letters, which stand for many names each (below the default threshold).
    /// </summary>
    internal static float AcronymSimilarity(int length) => length >= 4 ? 0.9f : 0.8f;

    /// <summary>Pairs each unaligned single letter of <paramref name="initials"/> with the first unaligned word (2+ letters) of <paramref name="words"/> it is the initial of.</summary>
    private static double Initials(
        in NameView initials,
        Span<float> initialWeights,
        Span<bool> initialUsed,
        in NameView words,
        Span<float> wordWeights,
        Span<bool> wordUsed,
        List<TokenAlignment>? alignment,
        string[]? initialRaw,
        string[]? wordRaw,
        bool queryInitial)
    {
        double numerator = 0;

        // A one-letter syllable of a Hangul name (이 i) is a whole name part, not an initial.
        if (initials.Syllabic)
        {
            return 0;
        }

        for (var i = 0; i < initialUsed.Length; i++)
        {
            if (initialUsed[i])
            {
                continue;
            }

            var letter = initials.Token(i);
            if (letter.Length != 1 || !char.IsAsciiLetter(letter[0]))
            {
                continue;
            }

            for (var j = 0; j < wordUsed.Length; j++)
            {
                if (wordUsed[j])
                {
                    continue;
                }

                var word = words.Token(j);
                if (word.Length < 2 || word[0] != letter[0])
                {
                    continue;
                }

                initialUsed[i] = wordUsed[j] = true;
                numerator += InitialSimilarity * (initialWeights[i] + wordWeights[j]);
                if (alignment is not null)
                {
                    alignment.Add(queryInitial
                        ? new TokenAlignment(initialRaw![i], wordRaw![j], AlignmentKind.Initial, InitialSimilarity, initialWeights[i], wordWeights[j])
                        : new TokenAlignment(wordRaw![j], initialRaw![i], AlignmentKind.Initial, InitialSimilarity, wordWeights[j], initialWeights[i]));
                }

                break;
            }
        }

        return numerator;
    }

    /// <summary>Most letters of a compound initial (<see cref="CompoundInitials"/>): J.-P., J.-M.-A.</summary>
    internal const int MaxCompoundInitials = 3;

    private static readonly System.Buffers.SearchValues<char> s_consonants = System.Buffers.SearchValues.Create("bcdfghjklmnpqrstvwxz");

    /// <summary>
    /// True when a name's tokens may be compound initials (<see cref="CompoundInitials"/>): a name written in Latin by
    /// its writer, not a transliteration (Arabic script gives vowel-less words: بن bn, الله llh), a reading, the syllables
    /// of a Hangul name or a family name probed alone.
    /// </summary>
    internal static bool MayHoldCompoundInitials(in NameView name) => !name.Transliterated && !name.Reading && !name.Syllabic && !name.FamilyProbe;

    /// <summary>
    /// True for a token that may be a compound initial (<see cref="CompoundInitials"/>): two or three consonants (jp, jmr).
    /// A token with a vowel is a word or a syllable (al, de, gim, eun) more often than initials.
    /// </summary>
    internal static bool IsCompoundInitial(ReadOnlySpan<char> token) =>
        token.Length is >= 2 and <= MaxCompoundInitials && !token.ContainsAnyExcept(s_consonants) && !s_oneWordAbbreviations.Contains(token);

    /// <summary>
    /// True when token <paramref name="i"/> of <paramref name="name"/> may be a compound initial: <see cref="IsCompoundInitial(ReadOnlySpan{char})"/>,
    /// and compared on no special key (a reading's word compared on its skeleton or sound).
    /// </summary>
    internal static bool IsCompoundInitial(in NameView name, int i) =>
        IsCompoundInitial(name.Token(i)) && name.Key(i) is var key && !Skeleton.IsKey(key) && !SoundKey.IsKey(key);

    /// <summary>
    /// Consonant clusters persons' names use for one word, not for two initials: Jr, Sr; Md, Mhd for Muhammad; Sk,
    /// Skh for Sheikh; Hj for Haji; Mg for the Burmese Maung; Dr, Mr, Mrs, Ms, St; and Ng, a family name.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_oneWordAbbreviations =
        new[] { "jr", "sr", "md", "mhd", "sk", "skh", "hj", "hjh", "mg", "ng", "dr", "mr", "mrs", "ms", "st", "sgt", "lt" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Pairs each unaligned token of two or three consonants of <paramref name="initials"/> (J.-P. and JP both read jp)
    /// with as many adjacent unaligned words of <paramref name="words"/> (two letters or more) whose initials spell it
    /// (Jean-Pierre, Jean Pierre), at <see cref="InitialSimilarity"/>: a compound given name written by its initials.
    /// Persons' names only; the initials written in Latin (a name transliterated from Arabic script writes its words
    /// without vowels: بن bn; a reading's words are no initials either), never the syllables of a Hangul name.
    /// </summary>
    private static double CompoundInitials(
        in NameView initials,
        Span<float> initialWeights,
        Span<bool> initialUsed,
        in NameView words,
        Span<float> wordWeights,
        Span<bool> wordUsed,
        List<TokenAlignment>? alignment,
        string[]? initialRaw,
        string[]? wordRaw,
        bool queryInitials)
    {
        if (!MayHoldCompoundInitials(initials) || words.Syllabic)
        {
            return 0;
        }

        double numerator = 0;
        for (var i = 0; i < initialUsed.Length; i++)
        {
            var letters = initials.Token(i);
            if (initialUsed[i] || !IsCompoundInitial(initials, i))
            {
                continue;
            }

            var k = letters.Length;
            for (var j = 0; j + k <= wordUsed.Length; j++)
            {
                if (!SpellsInitials(words, wordUsed, j, letters))
                {
                    continue;
                }

                initialUsed[i] = true;
                float wordWeight = 0;
                for (var t = j; t < j + k; t++)
                {
                    wordUsed[t] = true;
                    wordWeight += wordWeights[t];
                }

                numerator += InitialSimilarity * (initialWeights[i] + wordWeight);
                if (alignment is not null)
                {
                    var joined = string.Join(' ', wordRaw!, j, k);
                    alignment.Add(queryInitials
                        ? new TokenAlignment(initialRaw![i], joined, AlignmentKind.Initial, InitialSimilarity, initialWeights[i], wordWeight)
                        : new TokenAlignment(joined, initialRaw![i], AlignmentKind.Initial, InitialSimilarity, wordWeight, initialWeights[i]));
                }

                break;
            }
        }

        return numerator;

        static bool SpellsInitials(in NameView words, Span<bool> used, int start, string letters)
        {
            for (var t = 0; t < letters.Length; t++)
            {
                var word = words.Token(start + t);
                if (used[start + t] || word.Length < 2 || word[0] != letters[t])
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// When no token of <paramref name="whole"/> is aligned and an unaligned token of <paramref name="acronym"/> spells
    /// the initials of all of them (<see cref="AcronymOf"/>), aligns that token with the whole name.
    /// </summary>
    private static double Acronym(
        in NameView acronym,
        Span<float> acronymWeights,
        Span<bool> acronymUsed,
        in NameView whole,
        Span<float> wholeWeights,
        Span<bool> wholeUsed,
        List<TokenAlignment>? alignment,
        string[]? acronymRaw,
        string[]? wholeRaw,
        bool queryAcronym)
    {
        if (wholeUsed.Length < MinAcronymLength || wholeUsed.Contains(true))
        {
            return 0;
        }

        Span<char> buffer = stackalloc char[MaxAcronymLength];
        var length = AcronymOf(whole, buffer);
        if (length < MinAcronymLength)
        {
            return 0;
        }

        var letters = buffer[..length];
        for (var i = 0; i < acronymUsed.Length; i++)
        {
            if (acronymUsed[i] || !letters.SequenceEqual(acronym.Token(i)))
            {
                continue;
            }

            float wholeWeight = 0;
            foreach (var w in wholeWeights)
            {
                wholeWeight += w;
            }

            acronymUsed[i] = true;
            wholeUsed.Fill(true);
            var sim = AcronymSimilarity(length);
            if (alignment is not null)
            {
                var words = string.Join(' ', wholeRaw!);
                alignment.Add(queryAcronym
                    ? new TokenAlignment(acronymRaw![i], words, AlignmentKind.Acronym, sim, acronymWeights[i], wholeWeight)
                    : new TokenAlignment(words, acronymRaw![i], AlignmentKind.Acronym, sim, wholeWeight, acronymWeights[i]));
            }

            return sim * (acronymWeights[i] + wholeWeight);
        }

        return 0;
    }

    /// <summary>Words an acronym skips (Beijing University of Aeronautics and Astronautics → BUAA).</summary>
    private static bool IsAcronymStopWord(string token) =>
        token is "of" or "and" or "the" or "for" or "de" or "du" or "des" or "del" or "la" or "le" or "et" or "und" or "y";

    /// <summary>
    /// The acronym of a name: the first letter of every core token but stop words, written into
    /// <paramref name="buffer"/>; its length, or 0 when a token starts with a digit, the name has more tokens than the
    /// buffer holds, or fewer than <see cref="MinAcronymLength"/> letters result.
    /// </summary>
    internal static int AcronymOf(in NameView name, Span<char> buffer)
    {
        var n = Math.Min(name.Count, MaxTokens);
        var length = 0;
        for (var i = 0; i < n; i++)
        {
            var token = name.Token(i);
            if (IsAcronymStopWord(token))
            {
                continue;
            }

            if (!char.IsAsciiLetter(token[0]) || length == buffer.Length)
            {
                return 0;
            }

            buffer[length++] = token[0];
        }

        return length >= MinAcronymLength ? length : 0;
    }

    /// <summary>Longest pair of tokens a join considers.</summary>
    internal const int JoinBuffer = 96;

    /// <summary>
    /// Tokens i and i + 1 written as one: a query's raw tokens concatenated and folded like any token, a listed name's
    /// stored tokens concatenated. False when too long.
    /// </summary>
    internal static bool TryJoin(in NameView name, int i, Span<char> buffer, out ReadOnlySpan<char> joined)
    {
        var a = name.RawTokens?[i] ?? name.Token(i);
        var b = name.RawTokens?[i + 1] ?? name.Token(i + 1);
        if (a.Length + b.Length > buffer.Length)
        {
            joined = default;
            return false;
        }

        a.CopyTo(buffer);
        b.CopyTo(buffer[a.Length..]);
        joined = buffer[..(a.Length + b.Length)];
        if (name.RawTokens is not null && Abbreviations.Canonical(joined) is { } canonical)
        {
            joined = canonical;
        }

        return true;
    }

    /// <summary>Chinese score: half weighted character Dice, half character-bigram Dice (character Dice alone when both cores are one character).</summary>
    internal static double HanScore(in NameView q, in NameView c)
    {
        double shared = 0;
        int i = 0, j = 0;
        var qc = q.HanChars;
        var cc = c.HanChars;
        while (i < qc.Length && j < cc.Length)
        {
            if (qc[i] == cc[j])
            {
                shared += 2 * q.Table.HanWeight(qc[i]);
                i++;
                j++;
            }
            else if (qc[i] < cc[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        var charDice = shared / (q.HanTotalWeight + c.HanTotalWeight);
        if (q.HanBigrams.Length == 0 || c.HanBigrams.Length == 0)
        {
            return q.HanBigrams.Length == c.HanBigrams.Length ? charDice : charDice * 0.5;
        }

        var common = CountCommon(q.HanBigrams, c.HanBigrams);
        return (0.5 * charDice) + ((double)common / (q.HanBigrams.Length + c.HanBigrams.Length));
    }

    internal static int CountCommon(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }

    /// <summary>Builds the full explanation of a score (allocates; for matches only).</summary>
    internal static MatchExplanation Explain(CompiledName query, CompiledName name, bool persons)
    {
        var q = query.View;
        var c = name.ListedView;
        var latinAlignment = new List<TokenAlignment>();
        var substitution = 1.0;
        var personDiscount = 0.0;
        var chainOrder = 1.0;
        var latin = q.Count > 0 && c.Count > 0
            ? LatinScore(q, c, persons, latinAlignment, query.Normalized.RawTokens, name.Normalized.RawTokens, out substitution, out personDiscount, out chainOrder)
            : 0;
        var han = q.HanChars.Length > 0 && c.HanChars.Length > 0 ? HanScore(q, c) : 0;
        var score = Combine(latin, han, q.Forms, c.Forms);
        List<TokenAlignment> alignment;
        string method;
        if (han > latin)
        {
            method = HanMethod;
            substitution = 1.0;
            personDiscount = 0;
            chainOrder = 1.0;
            alignment = [];
            HanAlignment(q, c, alignment);
        }
        else
        {
            method = q.Transliterated || c.Transliterated ? TransliteratedMethod : LatinMethod;
            alignment = latin > 0 ? latinAlignment : [];
        }

        var factor = LegalForms.Factor(q.Forms, c.Forms);
        var aligned = alignment.Where(a => a.Kind is not AlignmentKind.QueryOnly and not AlignmentKind.NameOnly)
            .Select(a => a.Kind == AlignmentKind.Exact ? a.QueryToken : $"{a.QueryToken}~{a.NameToken}").ToList();
        var missing = alignment.Where(a => a.Kind is AlignmentKind.QueryOnly or AlignmentKind.NameOnly).Select(a => a.QueryToken ?? a.NameToken).ToList();
        var summary = score <= 0
            ? "no token in common"
            : $"{method}: aligned [{string.Join(", ", aligned)}]"
                + (missing.Count > 0 ? $"; unmatched [{string.Join(", ", missing)}]" : string.Empty)
                + (substitution < 1 ? $"; a word differs on both sides (x{substitution:0.###})" : string.Empty)
                + (personDiscount > 0 && q.FamilyOnly ? "; persons: the family name alone, as Chinese names a foreign person (the other names cost nothing)"
                    : personDiscount > 0 && UnwrittenMiddleDiscounted(q, c, alignment) ? "; persons: Chinese writes no middle names, so one only the other side has costs a quarter of its weight"
                    : personDiscount > 0 && LightPartMissing(q, query.Normalized.RawTokens, c, name.Normalized.RawTokens, alignment)
                        ? "; persons: a title, particle, patronymic or generational suffix only one side has (Dr, Sheikh, al, bin, Sergeyevich, Jr, III) costs a quarter of its weight, another name part a third"
                    : personDiscount > 0 ? "; persons: a name part only one side has costs a third of its weight" : string.Empty)
                + (RelatedByPlace(persons, substitution, alignment) is { } place
                    ? $"; one name adds only a place or a branch ({place}): a branch or a country subsidiary of the same name, a related but distinct party"
                    : string.Empty)
                + (chainOrder < 1 ? $"; the bin/ibn chains name the same people in another order, which names another person (x{chainOrder:0.##})" : string.Empty)
                + (factor == LegalForms.OtherTypeFactor ? $"; another kind of company of the same name (x{factor:0.##}): possibly another legal entity of the group"
                    : factor < 1 ? $"; legal forms differ (x{factor:0.##})" : string.Empty);
        return new MatchExplanation
        {
            Score = score,
            NameScore = score,
            Method = score <= 0 ? "none" : method,
            NormalizedQuery = query.Normalized.ToString(),
            NormalizedName = name.Normalized.ToString(),
            Tokens = alignment,
            TokenScore = Round(Math.Max(latin, han)),
            QueryLegalForms = LegalForms.Names(q.Forms),
            NameLegalForms = LegalForms.Names(c.Forms),
            LegalFormFactor = factor,
            SubstitutionFactor = substitution,
            PersonNameRules = persons,
            Summary = summary,
        };
    }

    /// <summary>
    /// The words only one of two companies' names has, when they are all place names and branch words (<see cref="PlaceQualifiers"/>)
    /// and the rest aligned (Citibank / Citibank Korea); else null.
    /// </summary>
    private static string? RelatedByPlace(bool persons, double substitution, List<TokenAlignment> alignment)
    {
        if (persons || substitution < 1 || alignment.Count == 0)
        {
            return null;
        }

        var queryOnly = alignment.Where(a => a.Kind == AlignmentKind.QueryOnly).Select(a => a.QueryToken!.ToLowerInvariant()).ToList();
        var nameOnly = alignment.Where(a => a.Kind == AlignmentKind.NameOnly).Select(a => a.NameToken!.ToLowerInvariant()).ToList();
        var extra = queryOnly.Count > 0 ? queryOnly : nameOnly;
        return (queryOnly.Count == 0 || nameOnly.Count == 0) && alignment.Count > extra.Count && PlaceQualifiers.AreQualifiers(extra)
            ? string.Join(' ', extra)
            : null;
    }

    private static void HanAlignment(in NameView q, in NameView c, List<TokenAlignment> alignment)
    {
        var table = q.Table;
        var cSet = new HashSet<char>(c.HanChars.ToArray());
        foreach (var ch in q.HanChars)
        {
            var w = table.HanWeight(ch);
            alignment.Add(cSet.Remove(ch)
                ? new TokenAlignment(ch.ToString(), ch.ToString(), AlignmentKind.Exact, 1, w, w)
                : new TokenAlignment(ch.ToString(), null, AlignmentKind.QueryOnly, 0, w, 0));
        }

        foreach (var ch in c.HanChars)
        {
            if (cSet.Contains(ch))
            {
                alignment.Add(new TokenAlignment(null, ch.ToString(), AlignmentKind.NameOnly, 0, 0, table.HanWeight(ch)));
            }
        }
    }
}
