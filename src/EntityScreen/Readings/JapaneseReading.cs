using System.Text;

namespace EntityScreen.Readings;

/// <summary>
/// Reads Japanese names written in kanji by their Japanese readings, as English names of Japanese companies and persons
/// are written: 光和興業株式会社 (or 光和兴业株式会社, as the Chinese lists write it) is KOWA KOGYO, 日立 Hitachi, 古屋圭司 Keiji
/// Furuya, where the Chinese readings give guanghe xingye, rili, gu wu gui si.
/// </summary>
/// <remarks>
/// The readings come from <c>japanese-names.tsv</c> (IPADIC's organisations, proper names, places, family and given names,
/// and the company words English keeps in romaji: 工業 kogyo, 精密 seimitsu, 商事 shoji), folded to simplified like the
/// Chinese glossary, so one table serves Japanese and Chinese writing. A name is read so only when it is Japanese: it
/// holds kana or a Japanese legal form (株式会社, 有限会社, 合同会社 ...), or it is a person's name whose family name is a
/// Japanese one of two or three characters (Chinese family names have one, but for a few compound ones the Chinese
/// table knows). A Japanese company name gets two readings: one in romaji (names and company words in their Japanese
/// readings: kowa kogyo, aoki seimitsu kogyo), one translated (company words and places in English from the Chinese
/// glossary, names in romaji: hitachi advanced systems, nisshin electric); the Chinese readings follow them.
/// </remarks>
internal static class JapaneseReading
{
    internal const string NamesResource = "EntityScreen.Readings.japanese-names.tsv";
    internal const string WordsResource = "EntityScreen.Readings.japanese-words.tsv";

    private static readonly Lazy<SortedGlossary> s_names = new(() => SortedGlossary.FromResource(NamesResource));
    private static readonly Lazy<Glossary> s_words = new(() => Glossary.FromResource(WordsResource));

    /// <summary>Japanese legal forms as the text is folded (合資 → 合资): a name holding one is a Japanese company's.</summary>
    private static readonly string[] s_legalForms = ["株式会社", "有限会社", "合同会社", "合资会社", "合名会社", "(株)", "(有)"];

    /// <summary>The Japanese names and company words with their romaji (about 61,000: looked up in place, <see cref="SortedGlossary"/>).</summary>
    internal static SortedGlossary Names => s_names.Value;

    /// <summary>The English of Japanese company words as Japanese companies' English names write them (电机 electric).</summary>
    internal static Glossary Words => s_words.Value;

    /// <summary>True when <paramref name="text"/> (NFKC) is a Japanese name: it holds kana or a Japanese legal form.</summary>
    internal static bool IsJapanese(ReadOnlySpan<char> text)
    {
        // Hiragana and katakana letters; the middle dot ・ and the long-vowel mark ー alone say nothing (Chinese uses ・ too).
        foreach (var c in text)
        {
            if (c is (>= '\u3041' and <= '\u3096') or (>= '\u30A1' and <= '\u30FA'))
            {
                return true;
            }
        }

        if (text.IndexOfAny("会會株有") < 0)
        {
            return false;
        }

        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        text.CopyTo(buffer);
        HanFolding.Fold(buffer);
        foreach (var form in s_legalForms)
        {
            if (buffer.IndexOf(form, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Appends a reading of a run of Han characters of a Japanese company's name to <paramref name="output"/>: with
    /// <paramref name="romaji"/>, names and company words in their Japanese readings (kowa kogyo); else company words and
    /// places in the English of the Chinese glossary and names in their Japanese readings (nisshin electric). A term of the Chinese glossary longer
    /// than any Japanese name there (三菱重工业 Mitsubishi Heavy Industries) is read by it in both; characters neither
    /// table knows are read in pinyin, as the Chinese reading does.
    /// </summary>
    internal static void Read(ReadOnlySpan<char> run, bool romaji, List<ReadingSegment> output)
    {
        Span<char> buffer = run.Length <= 128 ? stackalloc char[run.Length] : new char[run.Length];
        var text = HanReading.Fold(run, buffer);
        var glossary = HanReading.Terms;
        var unknown = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ')
            {
                Flush();
                i++;
                continue;
            }

            var name = LongestName(text[i..], allowGiven: false);
            var term = glossary.LongestPrefix(text[i..]) is { Kind: not TermKind.Person } t ? t : null;

            // Translated, the English Japanese companies write (电机 electric, not the Chinese motor) where it is known.
            if (!romaji && Words.LongestPrefix(text[i..]) is { } word && (term is null || word.Term.Length >= term.Term.Length))
            {
                term = word;
            }
            if (name is null && term is null)
            {
                unknown.Append(text[i]);
                i++;
                continue;
            }

            Flush();
            // A term of the Chinese glossary longer than any Japanese name there, and, translated, one as long (冲电气 OKI
            // Electric, the English name of the group, not oki denki), is read by it.
            if (term is not null && (name is null || term.Term.Length > name.Term.Length || term.Kind == TermKind.Legal || (!romaji && term.Term.Length == name.Term.Length && name.Kind == TermKind.Org)))
            {
                output.Add(ReadingSegment.Of(term));
                i += term.Term.Length;
                continue;
            }

            // Translated: an organisation's name that ends with a company word the Chinese glossary translates (日新电机
            // nisshin denki) ends with its English (nisshin electric machinery).
            if (!romaji && name!.Kind == TermKind.Org && TranslatedWordAtEnd(name, glossary) is { } split)
            {
                output.Add(split.Name);
                output.Add(split.Word);
                i += name.Term.Length;
                continue;
            }

            // Translated: a company word or a place the Chinese glossary translates, of the same characters (工业 industry,
            // 日本 japan); a name in its Japanese reading either way.
            output.Add(!romaji && term is not null && term.Term.Length == name!.Term.Length && name.Kind is TermKind.Word or TermKind.Place
                ? ReadingSegment.Of(term)
                : new ReadingSegment(name!.Term, name.Renderings, name.Kind == TermKind.Place ? TermKind.Place : TermKind.Org));
            i += name.Term.Length;
        }

        Flush();

        void Flush()
        {
            if (unknown.Length > 0)
            {
                output.Add(HanReading.UnknownSegment(unknown.ToString()));
                unknown.Clear();
            }
        }
    }

    /// <summary>
    /// Reads a short Han name as a Japanese person's (古屋圭司 → furuya, keiji): a family name of two or three characters
    /// that the Japanese table knows and the Chinese family names do not (not 欧阳, 司马), then a given name the table
    /// knows, the whole name two to six characters; the family name marked by a comma as the lists write it (FURUYA,
    /// Keiji), so the person rules know where the given name starts.
    /// </summary>
    /// <returns>The segments, or null when the name is not read so.</returns>
    internal static List<ReadingSegment>? ReadPerson(ReadOnlySpan<char> run)
    {
        Span<char> buffer = run.Length <= 128 ? stackalloc char[run.Length] : new char[run.Length];
        var text = HanReading.Fold(run, buffer).Trim(' ');

        // One space at most, between the family and the given name (古屋 圭司).
        var space = text.IndexOf(' ');
        if (text.Length is < 3 or > 7 || (space >= 0 && text[(space + 1)..].Contains(' ')))
        {
            return null;
        }

        var names = Names;
        for (var length = Math.Min(3, text.Length - 1); length >= 2; length--)
        {
            if (space >= 0 && space != length)
            {
                continue;
            }

            var family = text[..length];
            var given = text[(space >= 0 ? length + 1 : length)..];
            if (names.Find(family) is not { Kind: TermKind.Person } f || HanReading.IsChineseFamilyName(family) || names.Find(given) is not { Kind: TermKind.Given } g)
            {
                continue;
            }

            return
            [
                new ReadingSegment(f.Term, [.. f.Renderings.Select(r => r + ",")], TermKind.Person),
                new ReadingSegment(g.Term, g.Renderings, TermKind.Person),
            ];
        }

        return null;
    }

    /// <summary>
    /// An organisation's name that ends with company words the tables translate (日新电机: 日新 and 电机 electric; 三菱原子燃料:
    /// 三菱 and 原子燃料 nuclear fuel): the name before them, in its Japanese reading, and their translation; null when it
    /// does not. The name before them is one the table knows, or the organisation's reading less the words' romaji
    /// (八洲电机 yashima denki: yashima).
    /// </summary>
    private static (ReadingSegment Name, ReadingSegment Word)? TranslatedWordAtEnd(GlossaryTerm name, Glossary glossary)
    {
        var reading = name.Renderings[0];
        for (var length = name.Term.Length - 1; length >= 2; length--)
        {
            var suffix = name.Term.AsSpan(name.Term.Length - length);
            if ((Words.Find(suffix) ?? glossary.Find(suffix)) is not { Kind: TermKind.Org } translation)
            {
                continue;
            }

            var rest = name.Term[..^length];
            if (rest.Length >= 2 && Names.Find(rest) is { Kind: not TermKind.Given and not TermKind.Word } known)
            {
                return (new ReadingSegment(rest, known.Renderings), ReadingSegment.Of(translation));
            }

            if (Names.Find(suffix) is not { Kind: TermKind.Word } word)
            {
                continue;
            }

            foreach (var r in word.Renderings)
            {
                if (reading.Length > r.Length + 1 && reading.EndsWith(r, StringComparison.Ordinal) && reading[^(r.Length + 1)] == ' ')
                {
                    return (new ReadingSegment(rest, [reading[..^(r.Length + 1)]]), ReadingSegment.Of(translation));
                }
            }
        }

        return null;
    }

    /// <summary>The longest name or company word <paramref name="text"/> starts with (given names only when <paramref name="allowGiven"/>), or null.</summary>
    private static GlossaryTerm? LongestName(ReadOnlySpan<char> text, bool allowGiven)
    {
        var names = Names;
        for (var length = Math.Min(names.MaxTermLength, text.Length); length >= 2; length--)
        {
            if (names.Find(text[..length]) is { } term && (allowGiven || term.Kind != TermKind.Given))
            {
                return term;
            }
        }

        return null;
    }
}
