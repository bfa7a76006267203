using System.Text;
using EntityScreen.Text;

namespace EntityScreen.Readings;

/// <summary>
/// A reading of a name written in another script than Latin: the English a list would publish for it, as far as the
/// glossaries reach, and a romanization for the rest. The scorer compares it with Latin names like any Latin name.
/// </summary>
/// <param name="Scripts">The scripts read, e.g. <c>han</c> or <c>hangul+latin</c>.</param>
/// <param name="Text">The reading: lower-case Latin words.</param>
/// <param name="SkeletonWords">Words romanized from Arabic script without their vowels, compared on their consonant skeletons; null for none.</param>
/// <param name="SoundWords">Words read from Chinese transliteration characters, with the sound key they are compared on (<see cref="Text.SoundKey"/>); null for none.</param>
/// <param name="FamilyOnly">
/// The reading is a foreign person's family name alone, written in Chinese by sound (布朗巴克 for Sam Brownback), the way
/// Chinese names foreign persons: against a person's full name it is compared with the family name only.
/// </param>
internal sealed record NameReading(string Scripts, string Text, IReadOnlySet<string>? SkeletonWords = null, IReadOnlyDictionary<string, string>? SoundWords = null, bool FamilyOnly = false);

/// <summary>One part of a name as a reading renders it: its source text and its renderings, the most usual first.</summary>
/// <param name="Source">The text read (a glossary term, a run of unknown characters, or Latin text kept as is).</param>
/// <param name="Renderings">Latin renderings; an empty one means the part is left out. Never empty.</param>
/// <param name="Kind">What the part is; a legal form is read by its first rendering only (legal forms weigh little).</param>
/// <param name="Skeleton">The rendering is a romanization without vowels (Arabic script), to compare on its consonant skeleton.</param>
/// <param name="Sound">The sound key the first rendering (one word) is also compared on: the part is a foreign name written in Chinese by sound; null for none.</param>
internal readonly record struct ReadingSegment(string Source, string[] Renderings, TermKind Kind = TermKind.Org, bool Skeleton = false, string? Sound = null)
{
    /// <summary>A segment with one rendering.</summary>
    internal static ReadingSegment Single(string source, string rendering) => new(source, [rendering]);

    /// <summary>A glossary term's segment.</summary>
    internal static ReadingSegment Of(GlossaryTerm term) => new(term.Term, term.Kind == TermKind.Legal ? term.Renderings[..1] : term.Renderings, term.Kind);
}

/// <summary>
/// Reads a name's non-Latin parts into Latin words, one reader per script (<see cref="HanReading"/>,
/// <see cref="HangulReading"/>, <see cref="KanaReading"/>, <see cref="CyrillicReading"/>, <see cref="ArabicReading"/>),
/// and returns the readings of the whole name: the first with every part's usual rendering, then variants.
/// </summary>
internal static class NameReadings
{
    /// <summary>Most readings searched for one name: each is one more search of the index.</summary>
    internal const int MaxReadings = 4;

    /// <summary>Most readings made for one name: those that normalize alike (technology / technologies) are searched once.</summary>
    internal const int MaxCandidateReadings = 8;

    /// <summary>Most characters read: past it, a query is cut (bounds the work on junk input).</summary>
    internal const int MaxChars = 256;

    private enum RunKind
    {
        Other,
        Han,
        Kana,
        Hangul,
        Cyrillic,
        Arabic,
    }

    /// <summary>
    /// The readings of <paramref name="name"/>; empty when it holds no script a reader knows or no reading differs from
    /// what normalization already gives.
    /// </summary>
    /// <param name="name">The name as written.</param>
    /// <param name="type">What the name names, when known: persons' names are read as names, not vocabulary.</param>
    /// <param name="max">Most readings returned.</param>
    /// <param name="isListedWord">
    /// Whether the lists screened against write a word (as a normalized token); null for no filter. An alternative
    /// rendering holding a word they never write (nauchno proizvodstvennoe beside research and production) cannot align
    /// with a listed word but by a typo, so it is not enumerated, leaving the readings searched to those that can.
    /// </param>
    internal static IReadOnlyList<NameReading> Read(string? name, PartyType type = PartyType.Unknown, int max = MaxReadings, Func<string, bool>? isListedWord = null)
    {
        if (string.IsNullOrEmpty(name) || Ascii.IsValid(name))
        {
            return [];
        }

        var text = name.Length > MaxChars ? name[..MaxChars] : name;
        try
        {
            text = Nfkc.Normalize(text);
        }
        catch (ArgumentException)
        {
            return []; // invalid UTF-16 (a lone surrogate): normalization already reads what can be read
        }

        var scripts = new SortedSet<string>(StringComparer.Ordinal);
        var person = type is PartyType.Person or PartyType.Unknown;
        var wholeName = IsSingleRun(text, out var only);
        var segments = ReadRuns(text, HanMode.Chinese);

        // A Japanese company's name (kana, 株式会社) is also read by its Japanese readings, in romaji and translated.
        var japanese = JapaneseReading.IsJapanese(text);
        var japaneseRomaji = japanese ? ReadRuns(text, HanMode.JapaneseRomaji) : null;
        var japaneseTranslated = japanese ? ReadRuns(text, HanMode.JapaneseTranslated) : null;

        if (scripts.Count == 0)
        {
            return [];
        }

        foreach (var list in new[] { segments, japaneseRomaji, japaneseTranslated })
        {
            if (list is null)
            {
                continue;
            }

            // A legal form inside a name (中国航天科技集团有限公司第一研究院: the group's form, then its academy) is not the
            // party's legal form, and the English leaves it out.
            for (var s = 0; s < list.Count; s++)
            {
                if (list[s].Kind == TermKind.Legal && list.Skip(s + 1).Any(t => t.Kind != TermKind.Legal && t.Renderings[0].Length > 0))
                {
                    list[s] = list[s] with { Renderings = [string.Empty] };
                }
            }

            if (isListedWord is not null)
            {
                KeepListedAlternatives(list, isListedWord);
            }
        }

        var scriptName = string.Join('+', scripts);
        if (japaneseRomaji is not null && japaneseTranslated is not null)
        {
            // The Chinese reading first (the Chinese glossary holds the Japanese groups: 三菱重工 Mitsubishi Heavy Industries,
            // 冲电气 OKI), then the Japanese ones, alternately, then the Chinese variants.
            var chineseReadings = Enumerate(segments, scriptName, max);
            var japaneseReadings = Interleave(max, Enumerate(japaneseRomaji, scriptName + ":japanese", max), Enumerate(japaneseTranslated, scriptName + ":japanese", max));
            return Interleave(max, [.. chineseReadings.Take(1), .. japaneseReadings, .. chineseReadings.Skip(1)]); // one list: each text once
        }

        // A Chinese person's name is also read in Wade-Giles (蔡其昌 → tsai chichang, Tsai Chi-chang), right after the
        // first reading so that it is searched; a foreign person named by the family name alone, written by sound
        // (布朗巴克 Brownback, 史密斯 Smith), is read so too, second, even when it also reads as a Chinese name (史密斯 as Shi Misi).
        var hanPerson = person && wholeName && only == RunKind.Han;
        var wadeGiles = hanPerson ? HanReading.ReadWadeGilesPerson(text, type == PartyType.Person) : [];
        var familyOnly = hanPerson ? HanReading.ReadFamilyOnly(text) : null;

        // A short Han name may be a Korean person's written in Hanja (金正恩): read both ways, half the readings each;
        // the first Korean reading right after the first Chinese ones (pinyin, Wade-Giles), so that the readings
        // searched hold both.
        if (hanPerson && HanReading.ReadKoreanPerson(text) is { } korean)
        {
            var chinese = WithSecond(Enumerate(segments, "han", max / 2), wadeGiles.Take(1), "han:wade-giles", max / 2);
            var first = chinese.Count > 1 && wadeGiles.Count > 0 && chinese[1].Text == wadeGiles[0] ? 2 : 1;
            var hanja = Enumerate(korean, "han:korean", max - (max / 2));
            return WithFamilyOnly([.. chinese.Take(first), .. hanja.Take(1), .. chinese.Skip(first), .. hanja.Skip(1)], familyOnly, max);
        }

        // A short Han name whose family name is Japanese (岩崎茂) is also read as a Japanese person's, second; a name that
        // reads as a Korean person's (above) is read so, as the lists name many more Korean persons than Japanese.
        if (hanPerson && JapaneseReading.ReadPerson(text) is { } japanesePerson)
        {
            var chinese = WithSecond(Enumerate(segments, "han", max / 2), wadeGiles.Take(1), "han:wade-giles", max / 2);
            var japaneseReadings = Enumerate(japanesePerson, "han:japanese", max - (max / 2));
            return WithFamilyOnly(Interleave(max, chinese, japaneseReadings), familyOnly, max);
        }

        return WithFamilyOnly(WithSecond(Enumerate(segments, scriptName, max), wadeGiles, "han:wade-giles", max), familyOnly, max);

        List<ReadingSegment> ReadRuns(string input, HanMode mode)
        {
            var output = new List<ReadingSegment>();
            var start = 0;
            while (start < input.Length)
            {
                var kind = Classify(input[start]);
                var end = start + 1;
                while (end < input.Length && Continues(kind, input[end]))
                {
                    end++;
                }

                var run = input.AsSpan(start, end - start);
                switch (kind)
                {
                    case RunKind.Han when mode == HanMode.Chinese:
                        HanReading.Read(run, person && wholeName && only == RunKind.Han, type == PartyType.Person, output);
                        scripts.Add("han");
                        break;
                    case RunKind.Han:
                        JapaneseReading.Read(run, mode == HanMode.JapaneseRomaji, output);
                        break;
                    case RunKind.Kana:
                        KanaReading.Read(run, output);
                        scripts.Add("kana");
                        break;
                    case RunKind.Hangul:
                        HangulReading.Read(run, person && wholeName && only == RunKind.Hangul, output);
                        scripts.Add("hangul");
                        break;
                    case RunKind.Cyrillic:
                        CyrillicReading.Read(run, output);
                        scripts.Add("cyrillic");
                        break;
                    case RunKind.Arabic:
                        ArabicReading.Read(run, output);
                        scripts.Add("arabic");
                        break;
                    default:
                        output.Add(ReadingSegment.Single(run.ToString(), run.ToString().ToLowerInvariant()));
                        break;
                }

                start = end;
            }

            return output;
        }
    }

    /// <summary>How a run of Han characters is read: as Chinese, or as a Japanese company's name in romaji or translated.</summary>
    private enum HanMode
    {
        Chinese,
        JapaneseRomaji,
        JapaneseTranslated,
    }

    /// <summary>The first reading of each list in turn, then the second of each, and so on; each text once, at most <paramref name="max"/>.</summary>
    private static List<NameReading> Interleave(int max, params IReadOnlyList<NameReading>[] lists)
    {
        var result = new List<NameReading>(max);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; result.Count < max && lists.Any(l => l.Count > k); k++)
        {
            foreach (var list in lists)
            {
                if (k < list.Count && result.Count < max && seen.Add(list[k].Text))
                {
                    result.Add(list[k]);
                }
            }
        }

        return result;
    }

    /// <summary>Drops each segment's alternative renderings (after the first, not the empty one) that hold a word the lists never write.</summary>
    private static void KeepListedAlternatives(List<ReadingSegment> segments, Func<string, bool> isListedWord)
    {
        for (var s = 0; s < segments.Count; s++)
        {
            var renderings = segments[s].Renderings;
            if (renderings.Length < 2)
            {
                continue;
            }

            var kept = new List<string>(renderings.Length) { renderings[0] };
            for (var r = 1; r < renderings.Length; r++)
            {
                if (renderings[r].Length == 0 || renderings[r].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(isListedWord))
                {
                    kept.Add(renderings[r]);
                }
            }

            if (kept.Count < renderings.Length)
            {
                segments[s] = segments[s] with { Renderings = [.. kept] };
            }
        }
    }

    /// <summary>The readings with the family-name-only one second (replacing an unmarked reading of the same text), at most <paramref name="max"/>.</summary>
    private static IReadOnlyList<NameReading> WithFamilyOnly(IReadOnlyList<NameReading> readings, NameReading? familyOnly, int max)
    {
        if (familyOnly is null || max < 1)
        {
            return readings;
        }

        var result = readings.Where(r => !string.Equals(r.Text, familyOnly.Text, StringComparison.Ordinal)).ToList();
        result.Insert(Math.Min(1, result.Count), familyOnly);
        return result.Count > max ? result[..max] : result;
    }

    /// <summary><paramref name="readings"/> with the <paramref name="seconds"/> after the first, each unless already among them; at most <paramref name="max"/>.</summary>
    private static IReadOnlyList<NameReading> WithSecond(IReadOnlyList<NameReading> readings, IEnumerable<string> seconds, string scripts, int max)
    {
        var added = seconds.Where(s => !readings.Any(r => r.Text == s)).Distinct().Select(s => new NameReading(scripts, s)).ToList();
        if (added.Count == 0 || readings.Count == 0)
        {
            return readings;
        }

        List<NameReading> result = [readings[0], .. added, .. readings.Skip(1)];
        return result.Count > max ? result[..Math.Max(max, 1)] : result;
    }

    /// <summary>
    /// The readings of a list of segments: every part's first rendering; then every part that may be left out left out;
    /// then, part by part, each further rendering with the others at their first, up to <see cref="MaxReadings"/>;
    /// duplicates once.
    /// </summary>
    internal static IReadOnlyList<NameReading> Enumerate(List<ReadingSegment> segments, string scripts, int max = MaxReadings)
    {
        var readings = new List<NameReading>(max);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var choice = new int[segments.Count];
        Add();

        // Second: every part the English often leaves out (中国, 人民解放军, 市) left out at once, and every part it
        // usually leaves out but may write (自治州 autonomous prefecture) written.
        var dropped = false;
        for (var s = 0; s < segments.Count; s++)
        {
            var empty = Array.IndexOf(segments[s].Renderings, string.Empty);
            if (empty > 0 || (empty == 0 && segments[s].Renderings.Length > 1))
            {
                choice[s] = empty > 0 ? empty : 1;
                dropped = true;
            }
        }

        if (dropped && readings.Count < max)
        {
            Add();
        }

        Array.Clear(choice);
        // Variants of organisation vocabulary first (研究院 academy / research institute), then of places, names and the rest.
        var order = Enumerable.Range(0, segments.Count).OrderBy(s => segments[s].Kind switch
        {
            TermKind.Org => 0,
            TermKind.Place => 1,
            TermKind.Person => 2,
            _ => 3,
        }).ThenBy(s => s).ToArray();
        for (var alternative = 1; readings.Count < max; alternative++)
        {
            var any = false;
            foreach (var s in order)
            {
                if (readings.Count >= max)
                {
                    break;
                }

                if (segments[s].Renderings.Length > alternative)
                {
                    any = true;
                    choice[s] = alternative;
                    Add();
                    choice[s] = 0;
                }
            }

            if (!any)
            {
                break;
            }
        }

        return readings;

        void Add()
        {
            var sb = new StringBuilder();
            for (var s = 0; s < segments.Count; s++)
            {
                var r = segments[s].Renderings[choice[s]];
                if (r.Length > 0)
                {
                    if (sb.Length > 0)
                    {
                        sb.Append(' ');
                    }

                    sb.Append(r);
                }
            }

            var text = sb.ToString().Trim();
            if (text.Length > 0 && seen.Add(text))
            {
                HashSet<string>? skeletons = null;
                Dictionary<string, string>? sounds = null;
                for (var s = 0; s < segments.Count; s++)
                {
                    if (segments[s].Sound is { } sound && choice[s] == 0)
                    {
                        (sounds ??= new Dictionary<string, string>(StringComparer.Ordinal)).TryAdd(segments[s].Renderings[0], sound);
                    }

                    if (segments[s].Skeleton)
                    {
                        foreach (var word in segments[s].Renderings[choice[s]].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        {
                            (skeletons ??= new HashSet<string>(StringComparer.Ordinal)).Add(word);
                        }
                    }
                }

                readings.Add(new NameReading(scripts, text, skeletons, sounds));
            }
        }
    }

    /// <summary>True when the name's letters are all of one reader's script (a person's name is read only then).</summary>
    private static bool IsSingleRun(string text, out RunKind kind)
    {
        kind = RunKind.Other;
        foreach (var c in text)
        {
            var k = Classify(c);
            if (k == RunKind.Other)
            {
                if (char.IsLetterOrDigit(c))
                {
                    kind = RunKind.Other;
                    return false;
                }

                continue;
            }

            if (kind != RunKind.Other && kind != k)
            {
                kind = RunKind.Other;
                return false;
            }

            kind = k;
        }

        return kind != RunKind.Other;
    }

    private static RunKind Classify(char c)
    {
        if (c < 0x80)
        {
            return RunKind.Other;
        }

        if (c is (>= '\u3040' and <= '\u30FF') and not '\u30FB')
        {
            return RunKind.Kana;
        }

        if (ScriptDetector.IsHan(c))
        {
            return RunKind.Han;
        }

        return ScriptDetector.Classify(c) switch
        {
            NameScript.Hangul => RunKind.Hangul,
            NameScript.Cyrillic => RunKind.Cyrillic,
            NameScript.Arabic => RunKind.Arabic,
            _ => RunKind.Other,
        };
    }

    /// <summary>
    /// True when <paramref name="c"/> continues a run of <paramref name="kind"/>: the script's own letters, and the
    /// separators a reader handles inside it (spaces and hyphens between Cyrillic, Arabic or Hangul words, the
    /// middle dot of transliterated names in Chinese).
    /// </summary>
    private static bool Continues(RunKind kind, char c)
    {
        var k = Classify(c);
        if (k == kind)
        {
            return true;
        }

        if (k != RunKind.Other)
        {
            return false;
        }

        return kind switch
        {
            RunKind.Han => c is '·' or '•' or '・' or '‧' or '\u3000' or '、' or '（' or '）' or '(' or ')',
            RunKind.Kana => c is '・' or '\u3000',
            RunKind.Hangul or RunKind.Cyrillic or RunKind.Arabic => c is ' ' or '-' or '\u00A0' or '«' or '»' or '"' or '„' or '“' or '”' or '\u200C' or '\u0640' or '.' or ',' or '–' or '—',
            RunKind.Other => c < 0x80 || !char.IsLetter(c),
            _ => false,
        };
    }
}
