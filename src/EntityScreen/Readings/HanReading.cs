using System.Text;
using AnyAscii;
using EntityScreen.Text;

namespace EntityScreen.Readings;

/// <summary>
/// Reads Chinese (Han) text as the English a list publishes: the text is segmented against a bilingual glossary
/// (longest match: places, organisation vocabulary, legal forms), each known term becomes its English words, Chinese
/// numerals become digits (第五十四 → 54th, 七〇七 → 707), and each run of unknown characters becomes its pinyin
/// syllables written as one word (华为 → huawei), as English names write Chinese proper names. A short name that
/// starts with a Chinese family name is read as a person's name: family name, then the given name as one word
/// (张一鸣 → zhang yiming), and also in Wade-Giles, as Taiwanese and older names are written (蔡其昌 → tsai chichang).
/// </summary>
internal static class HanReading
{
    internal const string GlossaryResource = "EntityScreen.Readings.han-glossary.tsv";
    internal const string SurnameResource = "EntityScreen.Readings.han-surnames.tsv";
    internal const string CharacterResource = "EntityScreen.Readings.han-characters.tsv";
    internal const string HanjaResource = "EntityScreen.Readings.hanja-korean.tsv";

    private static readonly Lazy<Glossary> s_glossary = new(() => Glossary.FromResource(GlossaryResource, fallback: LegalTerms()));
    private static readonly Lazy<Glossary> s_surnames = new(() => Glossary.FromResource(SurnameResource));
    private static readonly Lazy<Glossary> s_characters = new(() => Glossary.FromResource(CharacterResource));
    private static readonly Lazy<Glossary> s_hanja = new(() => Glossary.FromResource(HanjaResource));

    /// <summary>Characters that count a unit after a numeral (第二研究院, 二院, 十四所): a numeral before them is an ordinal.</summary>
    private const string Counters = "院所厂局部处室系队号团师旅营连";

    internal static Glossary Terms => s_glossary.Value;

    /// <summary>Appends the reading of a run of Han characters (and the separators inside it) to <paramref name="output"/>.</summary>
    /// <param name="run">The run.</param>
    /// <param name="mayBePerson">The run is the whole name and the name may be a person's.</param>
    /// <param name="isPerson">The name is known to be a person's.</param>
    /// <param name="output">Segments read.</param>
    internal static void Read(ReadOnlySpan<char> run, bool mayBePerson, bool isPerson, List<ReadingSegment> output)
    {
        Span<char> buffer = run.Length <= 128 ? stackalloc char[run.Length] : new char[run.Length];
        var text = Fold(run, buffer);
        if (mayBePerson && TryReadPerson(text, isPerson, output))
        {
            return;
        }

        var glossary = Terms;
        var unknown = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                Flush(unknown, output);
                i++;
                continue;
            }

            // 第 + numeral: an ordinal (第五十四 → 54th).
            if (c == '第' && i + 1 < text.Length && HanNumerals.RunLength(text[(i + 1)..]) is > 0 and var ordinalLength)
            {
                Flush(unknown, output);
                var value = HanNumerals.Parse(text.Slice(i + 1, ordinalLength));
                output.Add(ReadingSegment.Single(text.Slice(i, 1 + ordinalLength).ToString(), HanNumerals.Ordinal(value)));
                i += 1 + ordinalLength;
                continue;
            }

            var term = glossary.LongestPrefix(text[i..]);

            // A given name (约翰 John, 麦克 Mike) is a whole part of a name written by sound, between its middle dots:
            // 麦克 inside 麦克唐奈 (McDonnell) is not Mike.
            if (term is { Kind: TermKind.Person } && !((i == 0 || text[i - 1] == ' ') && (i + term.Term.Length == text.Length || text[i + term.Term.Length] == ' ')))
            {
                term = null;
            }

            var numeral = HanNumerals.RunLength(text[i..]);
            if (numeral > 0 && (term is null || term.Term.Length <= numeral))
            {
                var follows = i + numeral < text.Length ? text[i + numeral] : '\0';
                var counted = Counters.Contains(follows, StringComparison.Ordinal);
                if (numeral >= 2 || counted)
                {
                    Flush(unknown, output);
                    var value = HanNumerals.Parse(text.Slice(i, numeral));
                    output.Add(ReadingSegment.Single(text.Slice(i, numeral).ToString(), counted ? HanNumerals.Ordinal(value) : value));
                    i += numeral;
                    continue;
                }
            }

            // 和 is "and" between two terms (陆上和武器系统 land and weapon systems), else a word of a name (和利时).
            if (term is null && c == '和' && unknown.Length == 0 && output.Count > 0 && output[^1].Kind is TermKind.Org or TermKind.Place
                && glossary.Find(output[^1].Source) is { Term.Length: >= 2 } && glossary.LongestPrefix(text[(i + 1)..]) is { Term.Length: >= 2 })
            {
                output.Add(new ReadingSegment("和", ["and", string.Empty], TermKind.Drop));
                i++;
                continue;
            }

            if (term is not null)
            {
                Flush(unknown, output);
                output.Add(ReadingSegment.Of(term));
                i += term.Term.Length;
                continue;
            }

            unknown.Append(c);
            i++;
        }

        Flush(unknown, output);
    }

    /// <summary>
    /// Reads a short Han name as a Korean person's name written in Hanja (金正恩 → 김정은 → kim jong un): each character
    /// by its Sino-Korean reading, then as Hangul; only when the first character is a Korean family name.
    /// </summary>
    /// <returns>The segments, or null when the name is not one.</returns>
    internal static List<ReadingSegment>? ReadKoreanPerson(ReadOnlySpan<char> run)
    {
        run = run.Trim(" \u3000·");
        if (run.Length is < 2 or > 4)
        {
            return null;
        }

        var hanja = s_hanja.Value;
        Span<char> hangul = stackalloc char[run.Length];
        for (var i = 0; i < run.Length; i++)
        {
            Span<char> one = [run[i]];
            Span<char> folded = [HanFolding.ToSimplified(run[i])];
            var term = hanja.Find(one) ?? hanja.Find(folded);
            if (term is null || (i == 0 && term.Kind != TermKind.Person))
            {
                return null;
            }

            // The reading is one Hangul syllable (the table's first, the one names use).
            var reading = term.Renderings[0];
            if (reading.Length != 1 || !HangulReading.IsSyllable(reading[0]))
            {
                return null;
            }

            hangul[i] = reading[0];
        }

        var segments = new List<ReadingSegment>();
        return HangulReading.TryReadPerson(hangul, segments) ? segments : null;
    }

    /// <summary>Pinyin of one character, lower case, toneless: the table's reading for characters read otherwise in names (长 chang), else AnyAscii's.</summary>
    internal static string Pinyin(char c)
    {
        Span<char> one = [c];
        if (s_characters.Value.Find(one) is { } t)
        {
            return t.Renderings[0];
        }

        return c.ToString().Transliterate().ToLowerInvariant();
    }

    /// <summary>
    /// Reads a name of transliteration characters only, with no separator (布朗巴克, 史密斯), as a foreign person's family
    /// name alone, as Chinese names foreign persons: its pinyin as one word, compared on its sound key (<see cref="HanTransliteration"/>);
    /// null for any other name.
    /// </summary>
    internal static NameReading? ReadFamilyOnly(ReadOnlySpan<char> run)
    {
        run = run.Trim();
        if (run.Length < HanTransliteration.MinChars || run.Length > 8)
        {
            return null;
        }

        // Han characters only (Fold turns anything else into a space), all of them transliteration characters.
        var simplified = Fold(run, stackalloc char[run.Length]);
        if (simplified.Contains(' ') || HanTransliteration.Spell(simplified) is not { } spelling)
        {
            return null;
        }

        var sb = new StringBuilder(run.Length * 4);
        foreach (var c in simplified)
        {
            sb.Append(Pinyin(c));
        }

        var pinyin = sb.ToString();
        var sound = SoundKey.OfSpelling(spelling);
        return new NameReading("han:family-name", pinyin, SoundWords: sound is null ? null : new Dictionary<string, string>(StringComparer.Ordinal) { [pinyin] = sound }, FamilyOnly: true);
    }

    /// <summary>
    /// The Wade-Giles readings of a short Han name read as a person's (蔡其昌 → tsai chichang), as Taiwanese and older
    /// names are written (Tsai Chi-chang): each given-name syllable in Wade-Giles without apostrophes, after the family
    /// name in Wade-Giles (its first rendering's), then after each other spelling of the family name the surname table
    /// gives (顾 ku, then koo: Koo Li-hsiung; 柯 ko, then kuo, ker: Ker Chien-ming), the family names Taiwanese passports
    /// write beside Wade-Giles given names; empty when the name is not read as a person's.
    /// </summary>
    /// <param name="run">The whole name.</param>
    /// <param name="isPerson">The name is known to be a person's.</param>
    internal static IReadOnlyList<string> ReadWadeGilesPerson(ReadOnlySpan<char> run, bool isPerson)
    {
        Span<char> buffer = run.Length <= 128 ? stackalloc char[run.Length] : new char[run.Length];
        var segments = new List<ReadingSegment>(2);
        if (!TryReadPerson(Fold(run, buffer), isPerson, segments) || WadeGiles.FromWord(segments[0].Renderings[0]) is not { } family)
        {
            return [];
        }

        var given = WadeGiles.Join(segments[1].Source.Select(TaiwanPinyin));
        var families = new List<string> { family };
        foreach (var other in segments[0].Renderings.AsSpan(1))
        {
            if (other.Length > 0 && !families.Contains(other))
            {
                families.Add(other);
            }
        }

        return [.. families.Select(f => f + " " + given)];
    }

    /// <summary>
    /// The pinyin of a given-name character as Taiwan reads it, where the names written in Wade-Giles mostly come
    /// from: 柏 is bó there (陳柏源 Chen Po-yuan), not the mainland bǎi AnyAscii gives.
    /// </summary>
    private static string TaiwanPinyin(char c) => c == '柏' ? "bo" : Pinyin(c);

    /// <summary>Han characters folded to simplified, everything else to a space: what the reader segments.</summary>
    internal static Span<char> Fold(ReadOnlySpan<char> run, Span<char> buffer)
    {
        for (var i = 0; i < run.Length; i++)
        {
            buffer[i] = ScriptDetector.IsHan(run[i]) ? HanFolding.ToSimplified(run[i]) : ' ';
        }

        return buffer[..run.Length];
    }

    /// <summary>A person's name: a Chinese family name (one or two characters) and a given name of one or two.</summary>
    private static bool TryReadPerson(ReadOnlySpan<char> text, bool isPerson, List<ReadingSegment> output)
    {
        text = text.Trim(' ');
        if (text.Length is < 2 or > 4 || text.Contains(' '))
        {
            return false;
        }

        var surnames = s_surnames.Value;
        GlossaryTerm? family = null;
        for (var length = Math.Min(2, text.Length - 1); length >= 1 && family is null; length--)
        {
            family = surnames.Find(text[..length]);
        }

        if (family is null)
        {
            return false;
        }

        var given = text[family.Term.Length..];
        if (given.Length > 2 && !isPerson)
        {
            return false;
        }

        // A name whose rest is vocabulary (中国, 华为技术 ...) is an organisation's, unless the list says it is a person.
        if (!isPerson)
        {
            for (var k = 0; k < text.Length; k++)
            {
                if (Terms.LongestPrefix(text[k..]) is { Term.Length: >= 2 })
                {
                    return false;
                }
            }
        }

        output.Add(ReadingSegment.Of(family));
        var sb = new StringBuilder();
        foreach (var c in given)
        {
            sb.Append(Pinyin(c));
        }

        output.Add(ReadingSegment.Single(given.ToString(), sb.ToString()));
        return true;
    }

    private static void Flush(StringBuilder unknown, List<ReadingSegment> output)
    {
        if (unknown.Length == 0)
        {
            return;
        }

        output.Add(UnknownSegment(unknown.ToString()));
        unknown.Clear();
    }

    /// <summary>
    /// The reading of a run of characters no table knows (simplified): its pinyin as one word (华为 huawei); a run of
    /// transliteration characters may be a foreign name written by sound (洛克希德 Lockheed), so it is also compared on
    /// its sound key.
    /// </summary>
    internal static ReadingSegment UnknownSegment(string source)
    {
        var sb = new StringBuilder(source.Length * 4);
        foreach (var c in source)
        {
            sb.Append(Pinyin(c));
        }

        return ReadingSegment.Single(source, sb.ToString()) with { Sound = HanTransliteration.Key(source) };
    }

    /// <summary>True when <paramref name="text"/> (simplified) is a Chinese family name of the surname table.</summary>
    internal static bool IsChineseFamilyName(ReadOnlySpan<char> text) => s_surnames.Value.Find(text) is not null;

    /// <summary>The Chinese legal forms the normalizer knows, read as the Latin legal-form words (after the glossary's own).</summary>
    private static IEnumerable<GlossaryTerm> LegalTerms()
    {
        foreach (var (suffix, form) in LegalForms.HanSuffixes)
        {
            var words = new List<string>();
            if ((form & LegalForms.Form.Group) != 0)
            {
                words.Add("group");
            }

            if ((form & LegalForms.Form.Holding) != 0)
            {
                words.Add("holdings");
            }

            if ((form & LegalForms.Form.Ltd) != 0)
            {
                words.Add("co ltd");
            }
            else if ((form & LegalForms.Form.Kk) != 0)
            {
                words.Add("kk");
            }
            else if ((form & LegalForms.Form.Co) != 0)
            {
                words.Add("company");
            }

            yield return new GlossaryTerm(suffix, [string.Join(' ', words)], TermKind.Legal, Stem: false);
        }
    }
}

/// <summary>Chinese numerals: 五十四 → 54, 七〇七 → 707, 一百零二 → 102; ordinals as English writes them (54th).</summary>
internal static class HanNumerals
{
    private const string Digits = "〇零一二三四五六七八九";

    /// <summary>The length of the numeral run at the start of <paramref name="text"/> (at most 8 characters).</summary>
    internal static int RunLength(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && n < 8 && IsNumeral(text[n]))
        {
            n++;
        }

        return n;
    }

    internal static bool IsNumeral(char c) => Digits.Contains(c, StringComparison.Ordinal) || c is '十' or '百' or '千' or '两';

    /// <summary>The value as decimal digits.</summary>
    internal static string Parse(ReadOnlySpan<char> numeral)
    {
        var positional = numeral.IndexOfAny('十', '百', '千') >= 0;
        if (!positional)
        {
            var sb = new StringBuilder(numeral.Length);
            foreach (var c in numeral)
            {
                sb.Append((char)('0' + DigitValue(c)));
            }

            return sb.ToString();
        }

        long total = 0;
        long digit = 0;
        foreach (var c in numeral)
        {
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0)
            {
                digit = DigitValue(c);
            }
            else
            {
                total += (digit == 0 ? 1 : digit) * unit;
                digit = 0;
            }
        }

        return (total + digit).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>English ordinal of a decimal number: 1st, 2nd, 3rd, 11th, 54th.</summary>
    internal static string Ordinal(string number)
    {
        var n = long.TryParse(number, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;
        var suffix = (n % 100) is >= 11 and <= 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return number + suffix;
    }

    private static int DigitValue(char c) => c == '两' ? 2 : Math.Max(0, Digits.IndexOf(c, StringComparison.Ordinal) - 1);
}
