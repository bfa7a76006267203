using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using AnyAscii;

namespace EntityScreen.Text;

/// <summary>
/// Turns a name into a <see cref="NormalizedName"/>: Unicode NFKC (full-width forms), case folding, diacritics,
/// homoglyphs, punctuation and spacing, other scripts transliterated to Latin, Chinese kept in its own script
/// (folded to simplified), legal forms split off, abbreviations folded.
/// </summary>
internal static class NameNormalizer
{
    /// <summary>Most tokens a name keeps; anything past it is dropped (bounds work per query).</summary>
    internal const int MaxTokens = 24;

    /// <summary>Most Chinese characters a name keeps.</summary>
    internal const int MaxHanChars = 64;

    [ThreadStatic]
    private static List<string>? s_tokens;

    /// <summary>
    /// Titles written before a person's name; only those that are never a name part (not General or Major, company
    /// words too; not Haji or Sheikh, family names too).
    /// </summary>
    private static readonly FrozenSet<string> s_honorifics = FrozenSet.ToFrozenSet(
        ["mr", "mrs", "ms", "mme", "mlle", "dr", "prof", "professor"],
        StringComparer.Ordinal);

    /// <summary>
    /// English function words a translation or a reading of a name writes or not as its style goes; only those no name
    /// part reads as (not in, on, at, the: Korean 인 In, Cantonese On, Vietnamese Thế).
    /// </summary>
    private static readonly FrozenSet<string> s_functionWords = FrozenSet.ToFrozenSet(["and", "und", "of", "for"], StringComparer.Ordinal);

    /// <summary>Words that only say a number follows (No. 28, Nr. 5, Number 3; № reads as No).</summary>
    private static readonly FrozenSet<string> s_numberMarkers = FrozenSet.ToFrozenSet(["no", "nr", "nos", "number"], StringComparer.Ordinal);

    /// <summary>Apostrophes: they join the letters around them (O'Brien → obrien).</summary>
    internal static readonly SearchValues<char> Apostrophes = SearchValues.Create("'’‘`´ʼʻ′\u0092\u0091");

    /// <summary>The letter counts of each of <see cref="LegalForms.TypoTolerantWords"/>.</summary>
    private static readonly byte[][] s_typoTolerantCounts = Array.ConvertAll(LegalForms.TypoTolerantWords, w =>
    {
        var counts = new byte[LetterCounts.Size];
        LetterCounts.Count(w.Word, counts);
        return counts;
    });

    /// <summary>Separators written inside transliterated foreign names in Chinese (洛克希德·马丁).</summary>
    private static readonly SearchValues<char> s_hanSeparators = SearchValues.Create("·•・‧\u3000、");

    /// <summary>Normalizes <paramref name="name"/>, first cutting it to <paramref name="maxLength"/> characters.</summary>
    /// <param name="name">The name.</param>
    /// <param name="maxLength">Characters kept.</param>
    /// <param name="pool">Shares token strings, or null.</param>
    /// <param name="keepRawTokens">False to leave <see cref="NormalizedName.RawTokens"/> empty (names only indexed, never explained from this result).</param>
    internal static NormalizedName Normalize(string? name, int maxLength = int.MaxValue, ITokenPool? pool = null, bool keepRawTokens = true)
    {
        if (string.IsNullOrEmpty(name))
        {
            return NormalizedName.Empty;
        }

        var text = name.Length > maxLength ? name[..maxLength] : name;
        if (Ascii.IsValid(text))
        {
            return Finish(Tokenize(text, pool), string.Empty, LegalForms.Form.None, transliterated: false, pool, keepRawTokens, givenNameLast: GivenNameLast(text));
        }

        text = ToNfkc(text);

        // Split the Han characters (folded to simplified) from everything else.
        var han = new StringBuilder();
        var other = new StringBuilder(text.Length);
        var nonLatinLetters = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '&' && NextToHan(text, i))
            {
                // An ampersand joining Chinese or Japanese text is that text's (三菱重工エンジン&ターボチャージャ, Apple & 公司):
                // its "and" is no word of the Latin part, which may hold nothing else.
                other.Append(' ');
            }
            else if (ScriptDetector.IsHan(c))
            {
                if (han.Length < MaxHanChars)
                {
                    han.Append(HanFolding.ToSimplified(c));
                }

                other.Append(' ');
            }
            else if (s_hanSeparators.Contains(c))
            {
                other.Append(' ');
            }
            else if (char.IsControl(c) && c != '\u0092' && c != '\u0091')
            {
                other.Append(' ');
            }
            else
            {
                if (c >= 0x80 && char.IsLetter(c))
                {
                    nonLatinLetters |= ScriptDetector.Classify(c) is not NameScript.Latin;
                }

                other.Append(c);

                // Each Hangul syllable is a word of its own (김정은 → gim jeong eun): a Korean name is a few syllables,
                // each a name part, so one syllable changed (김정운) is a name part changed, not a typo in a long word.
                if (Readings.HangulReading.IsSyllable(c) && i + 1 < text.Length && Readings.HangulReading.IsSyllable(text[i + 1]))
                {
                    other.Append(' ');
                }
            }
        }

        var latin = other.ToString();
        var transliterated = false;
        var syllabic = false;
        if (!Ascii.IsValid(latin))
        {
            if (nonLatinLetters)
            {
                latin = Homoglyphs.FixMixedTokens(latin);
                var script = ScriptDetector.Detect(latin);
                transliterated = script is not NameScript.Latin;
                syllabic = script is NameScript.Hangul;
            }

            latin = latin.Transliterate();
        }

        var hanForms = LegalForms.Form.None;
        var hanCore = StripHanLegalForms(han.ToString(), ref hanForms);
        return Finish(Tokenize(latin, pool), hanCore, hanForms, transliterated, pool, keepRawTokens, syllabic, GivenNameLast(latin));
    }

    /// <summary>
    /// True when the name ends with one word after a comma written without a dot and not all in capitals (HASSAN, Sal;
    /// MELKERT, Ad): a person's given name in the lists' FAMILY, Given order, so a form that is also a given name
    /// (<see cref="LegalForms.NameLikeForms"/>) is not read there (ACME, S.A.L. and OVLAS TRADING, SAL still are).
    /// </summary>
    private static bool GivenNameLast(string text)
    {
        var comma = text.LastIndexOf(',');
        if (comma < 0)
        {
            return false;
        }

        var rest = text.AsSpan(comma + 1).Trim();
        return rest.Length > 0 && !rest.ContainsAny(' ', '.') && rest.ContainsAnyInRange('a', 'z');
    }

    /// <summary>True when the nearest character other than a space on either side of <paramref name="i"/> is Han (or kana).</summary>
    private static bool NextToHan(string text, int i)
    {
        var before = text.AsSpan(0, i).TrimEnd();
        var after = text.AsSpan(i + 1).TrimStart();
        return (before.Length > 0 && ScriptDetector.IsHan(before[^1])) || (after.Length > 0 && ScriptDetector.IsHan(after[0]));
    }

    private static NormalizedName Finish(List<string> rawTokens, string hanCore, LegalForms.Form forms, bool transliterated, ITokenPool? pool, bool keepRawTokens, bool syllabic = false, bool givenNameLast = false)
    {
        // A known word split in two (Tech-nology, Corp oration) is written as one again; so is an Arabic "Abd …" name.
        JoinKnownWords(rawTokens);
        ArabicNames.SplitAbd(rawTokens, pool);

        // Honorifics before a person's name (Dr., Prof., Mr., Sheikh) are not name text.
        var skip = 0;
        while (rawTokens.Count - skip > 1 && s_honorifics.Contains(rawTokens[skip]))
        {
            skip++;
        }

        rawTokens.RemoveRange(0, skip);

        // "and" and "of" are not name text (Ball Aerospace & Technologies / 鲍尔航空航天技术; Institute of Science Tokyo):
        // between two words, not next to a single letter (AT&T), and only with two other words left.
        for (var i = rawTokens.Count - 2; i >= 1 && rawTokens.Count > 2; i--)
        {
            if (s_functionWords.Contains(rawTokens[i]) && !IsLetter(rawTokens[i - 1]) && !IsLetter(rawTokens[i + 1]))
            {
                rawTokens.RemoveAt(i);
            }
        }

        // A number marker before a number is not name text: "No. 28 Institute", "28th Institute" and 第二十八研究所 name
        // one institute. Kept when the number would be all that is left.
        for (var i = rawTokens.Count - 2; i >= 0 && rawTokens.Count > 2; i--)
        {
            if (s_numberMarkers.Contains(rawTokens[i]) && IsNumber(rawTokens[i + 1]))
            {
                rawTokens.RemoveAt(i);
            }
        }

        // Fold abbreviations first, so legal forms are found in any spelling (Co., Ltd. / Company Limited).
        var tokens = new string[rawTokens.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            var raw = rawTokens[i];
            tokens[i] = pool?.Fold(raw) ?? Abbreviations.Canonical(raw) ?? Abbreviations.CanonicalWithTypo(raw) ?? raw;
        }

        // A word of a transliterated long form written with a typo, next to another word of one (Aktsioenrnoe
        // Obshchestvo, Anoeim Şirketi); never alone, where a name's word one edit away would fold (Bank Otkrytie).
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Length >= 6 && !LegalForms.IsTransliteratedFormWord(tokens[i])
                && ((i > 0 && LegalForms.IsTransliteratedFormWord(tokens[i - 1])) || (i + 1 < tokens.Length && LegalForms.IsTransliteratedFormWord(tokens[i + 1])))
                && Abbreviations.FormWordWithTypo(tokens[i]) is { } formWord)
            {
                tokens[i] = formWord;
            }
        }

        var (start, end) = StripLatinLegalForms(tokens, ref forms, givenNameLast);
        var raws = keepRawTokens ? new string[end - start] : [];
        rawTokens.CopyTo(start, raws, 0, raws.Length);
        return new NormalizedName(
            start == 0 && end == tokens.Length ? tokens : tokens[start..end],
            raws,
            forms,
            hanCore,
            transliterated && end > start,
            syllabic && end > start);
    }

    /// <summary>True for a single letter (the T of AT&amp;T).</summary>
    private static bool IsLetter(string token) => token.Length == 1 && char.IsAsciiLetter(token[0]);

    /// <summary>True for a number written with digits, or as an ordinal with digits (28, 28th).</summary>
    private static bool IsNumber(string token) =>
        token.Length > 0 && (!token.AsSpan().ContainsAnyExceptInRange('0', '9') || Abbreviations.OrdinalNumber(token) is not null);

    /// <summary>Joins, in place, two adjacent tokens whose concatenation is a word of the abbreviation or legal-form tables.</summary>
    private static void JoinKnownWords(List<string> tokens)
    {
        Span<char> buffer = stackalloc char[64];
        var write = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var a = tokens[i];
            if (i + 1 < tokens.Count && a.Length + tokens[i + 1].Length <= buffer.Length)
            {
                var b = tokens[i + 1];
                a.CopyTo(buffer);
                b.CopyTo(buffer[a.Length..]);
                var both = buffer[..(a.Length + b.Length)];
                if (Abbreviations.IsKnownWord(both))
                {
                    tokens[write++] = both.ToString();
                    i++;
                    continue;
                }
            }

            tokens[write++] = a;
        }

        tokens.RemoveRange(write, tokens.Count - write);
    }

    /// <summary>NFKC for non-ASCII text; lone surrogates (invalid UTF-16) become spaces first so normalization cannot throw.</summary>
    private static string ToNfkc(string text)
    {
        if (HasLoneSurrogate(text))
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(chars[i]))
                {
                    chars[i] = ' ';
                }
            }

            text = new string(chars);
        }

        return Nfkc.Normalize(text);
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Splits ASCII text into lower-case letter/digit tokens. Apostrophes join (O'Brien → obrien); '&amp;' is "and";
    /// every other character separates. Runs of single letters join (L.L.C. → llc, U S A → usa).
    /// </summary>
    internal static List<string> Tokenize(string text, ITokenPool? pool = null)
    {
        var tokens = s_tokens ??= new List<string>(MaxTokens);
        tokens.Clear();
        Span<char> buffer = stackalloc char[48];
        var length = 0;
        foreach (var ch in text)
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                // A token is cut at 48 characters: no real name has a longer one, and it bounds the work per token.
                if (length < buffer.Length)
                {
                    buffer[length++] = char.ToLowerInvariant(ch);
                }
            }
            else if (Apostrophes.Contains(ch))
            {
                // O'Brien → obrien; a.k.a. quotes ('X') vanish the same way.
            }
            else
            {
                AddSplit(tokens, buffer[..length], pool);
                length = 0;
                if (ch == '&')
                {
                    Add(tokens, "and", pool);
                }
            }
        }

        AddSplit(tokens, buffer[..length], pool);
        JoinSingleLetters(tokens);
        return tokens;

        // A legal form written onto the name (BoschGmbH, AcmeLLC, ACMEGMBH) is a word of its own.
        static void AddSplit(List<string> tokens, ReadOnlySpan<char> token, ITokenPool? pool)
        {
            var at = GluedLegalForm(token);
            if (at > 0)
            {
                Add(tokens, token[..at], pool);
                Add(tokens, token[at..], pool);
            }
            else
            {
                Add(tokens, token, pool);
            }
        }

        static void Add(List<string> tokens, ReadOnlySpan<char> token, ITokenPool? pool)
        {
            if (token.Length > 0 && tokens.Count < MaxTokens)
            {
                tokens.Add(pool?.Get(token) ?? new string(token));
            }
        }
    }

    /// <summary>
    /// Legal forms split off the end of a token they are written onto (BoschGmbH, ACMELLC, InsituInc), with the least
    /// length of the name left before them: forms no word ends with need three letters, Inc four (zinc stays whole).
    /// Corp and Group are not split off: a brand ends with them (Intercorp, MaxiTechGroup) and is listed so. The
    /// letters' case plays no part, so a name and its upper-case spelling split alike.
    /// </summary>
    private static readonly (string Form, int Stem)[] s_gluedForms =
        [("gmbh", 3), ("ltda", 3), ("llc", 3), ("ltd", 3), ("ojsc", 3), ("cjsc", 3), ("pjsc", 3), ("inc", 4)];

    /// <summary>Where a legal form glued to the name starts in <paramref name="token"/> (<see cref="s_gluedForms"/>); 0 when none.</summary>
    internal static int GluedLegalForm(ReadOnlySpan<char> token)
    {
        foreach (var (form, stem) in s_gluedForms)
        {
            if (token.Length >= form.Length + stem && token.EndsWith(form, StringComparison.Ordinal))
            {
                return token.Length - form.Length;
            }
        }

        return 0;
    }

    private static void JoinSingleLetters(List<string> tokens)
    {
        var write = 0;
        var i = 0;
        while (i < tokens.Count)
        {
            var j = i;
            while (j < tokens.Count && tokens[j].Length == 1 && char.IsAsciiLetter(tokens[j][0]))
            {
                j++;
            }

            if (j - i >= 2)
            {
                tokens[write++] = string.Concat(tokens.GetRange(i, j - i));
                i = j;
            }
            else
            {
                tokens[write++] = tokens[i++];
            }
        }

        tokens.RemoveRange(write, tokens.Count - write);
    }

    /// <summary>
    /// Finds legal-form phrases at the end and the start of the name (a one-word form also with a typo), keeping at
    /// least one core token; returns the core's range.
    /// </summary>
    private static (int Start, int End) StripLatinLegalForms(string[] tokens, ref LegalForms.Form forms, bool givenNameLast)
    {
        var start = 0;
        var end = tokens.Length;
        while (end - start > 1 && !(end == tokens.Length && givenNameLast && LegalForms.NameLikeForms.Contains(tokens[^1]))
            && MatchPhrase(tokens, start, end, atEnd: true, out var length, out var form)
            && !LeavesCode(tokens, start, end - length, end - length, end))
        {
            end -= length;
            forms |= form;
        }

        while (end - start > 1 && MatchPhrase(tokens, start, end, atEnd: false, out var length, out var form)
            && !LeavesCode(tokens, start + length, end, start, start + length))
        {
            start += length;
            forms |= form;
        }

        return (start, end);
    }

    /// <summary>
    /// True when stripping the national form (<see cref="LegalForms.IsNationalPhrase"/>) of tokens
    /// [<paramref name="phraseStart"/>, <paramref name="phraseEnd"/>) would leave a core of one token of two characters or fewer: the form's letters are then part of a code (an aircraft's
    /// EP-LDA, EP-MMC), not a company's form.
    /// </summary>
    private static bool LeavesCode(string[] tokens, int coreStart, int coreEnd, int phraseStart, int phraseEnd) =>
        coreEnd - coreStart == 1 && tokens[coreStart].Length <= 2 && LegalForms.IsNationalPhrase(string.Join(' ', tokens[phraseStart..phraseEnd]));

    private static bool MatchPhrase(string[] tokens, int start, int end, bool atEnd, out int length, out LegalForms.Form form)
    {
        var edge = tokens[atEnd ? end - 1 : start];
        var index = atEnd ? LegalForms.ByLastToken : LegalForms.ByFirstToken;
        if (index.TryGetValue(edge, out var phrases))
        {
            foreach (var (phrase, f) in phrases)
            {
                if (phrase.Length < end - start && (atEnd ? EndsWith(tokens, end, phrase) : StartsWith(tokens, start, phrase)))
                {
                    length = phrase.Length;
                    form = f;
                    return true;
                }
            }
        }
        else if (edge.Length >= 6)
        {
            Span<byte> counts = stackalloc byte[LetterCounts.Size];
            LetterCounts.Count(edge, counts);
            var words = LegalForms.TypoTolerantWords;
            for (var w = 0; w < words.Length; w++)
            {
                var (word, f) = words[w];
                if (LetterCounts.MayBeWithin(counts, s_typoTolerantCounts[w], edge.Length, word.Length)
                    && Matching.TokenSimilarity.Similarity(edge, word) > 0)
                {
                    length = 1;
                    form = f;
                    return true;
                }
            }
        }

        length = 0;
        form = LegalForms.Form.None;
        return false;
    }

    private static bool EndsWith(string[] tokens, int end, string[] phrase)
    {
        var offset = end - phrase.Length;
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(tokens[offset + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWith(string[] tokens, int start, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(tokens[start + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Removes Chinese / Japanese legal-form suffixes (and the 株式会社 prefix), keeping at least two characters of a
    /// name, or none when the text is only legal forms.
    /// </summary>
    private static string StripHanLegalForms(string han, ref LegalForms.Form forms)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var (suffix, form) in LegalForms.HanSuffixes)
            {
                // A name that is nothing but legal forms (Apple公司's 公司) keeps no core: a legal form never makes a match.
                if ((han.Length - suffix.Length >= 2 || han.Length == suffix.Length) && han.EndsWith(suffix, StringComparison.Ordinal))
                {
                    han = han[..^suffix.Length];
                    forms |= form;
                    changed = true;
                    break;
                }
            }
        }

        foreach (var (prefix, form) in LegalForms.HanPrefixes)
        {
            if (han.Length - prefix.Length >= 2 && han.StartsWith(prefix, StringComparison.Ordinal))
            {
                han = han[prefix.Length..];
                forms |= form;
            }
        }

        return han;
    }

}

/// <summary>
/// Character counts of a token, to rule out a typo match cheaply: each edit of the optimal string alignment changes
/// the counts by at most 2 in total (a substitution 2, an insertion or deletion 1, a transposition 0), so two tokens
/// whose counts differ by more than twice the edit budget are not within it.
/// </summary>
internal static class LetterCounts
{
    /// <summary>Buckets: a–z, 0–9, anything else.</summary>
    internal const int Size = 37;

    internal static void Count(ReadOnlySpan<char> token, Span<byte> counts)
    {
        counts.Clear();
        foreach (var c in token)
        {
            var bucket = c is >= 'a' and <= 'z' ? c - 'a' : c is >= '0' and <= '9' ? 26 + (c - '0') : 36;
            counts[bucket] = (byte)Math.Min(255, counts[bucket] + 1);
        }
    }

    /// <summary>
    /// False when <see cref="Matching.TokenSimilarity.Similarity"/> of the two tokens is certainly 0 (their lengths or
    /// counts differ by more than its budget allows); true when it may be above 0.
    /// </summary>
    internal static bool MayBeWithin(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int lengthA, int lengthB)
    {
        var budget = Matching.TokenSimilarity.Budget(Math.Min(lengthA, lengthB));
        if (Math.Abs(lengthA - lengthB) > budget)
        {
            return false;
        }

        var difference = 0;
        for (var i = 0; i < Size; i++)
        {
            difference += Math.Abs(a[i] - b[i]);
        }

        return difference <= 2 * budget;
    }
}
