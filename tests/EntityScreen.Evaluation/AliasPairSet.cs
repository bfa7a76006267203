using System.Globalization;
using System.Text;

namespace EntityScreen.Evaluation;

/// <summary>One generated name pair.</summary>
/// <param name="Name1">The first name (a record's primary name, or its Chinese name).</param>
/// <param name="Name2">The second name.</param>
/// <param name="Match">True when both names are names of one listed record.</param>
/// <param name="Kind"><c>person</c> or <c>company</c>.</param>
/// <param name="Family"><c>sdn_alias</c> (Latin names of OFAC SDN records) or <c>china_script</c> (a China-list party's Chinese name against an English name).</param>
/// <param name="Split"><c>dev</c> (tune on it) or <c>test</c> (report on it).</param>
/// <param name="Record1">The listed record of <paramref name="Name1"/>.</param>
/// <param name="Record2">The listed record of <paramref name="Name2"/>.</param>
/// <param name="OtherName">A positive whose two names share nothing a reader could go by (<see cref="AliasPairSet.SharesEvidence"/>):
/// a nickname, a war name or a translation (RODRIGUEZ OREJUELA, Gilberto Jose / THE CHESS PLAYER). No name matcher should
/// find it; the report gives the figures with and without such pairs.</param>
public sealed record GeneratedPair(string Name1, string Name2, bool Match, string Kind, string Family, string Split, string Record1, string Record2, bool OtherName = false);

/// <summary>What the builder left out, and why (nothing is dropped silently).</summary>
/// <param name="Records">Person and organisation records read.</param>
/// <param name="TrivialPositives">Positive pairs left out because both names normalize to the same words (nothing to learn).</param>
/// <param name="SameNameNegatives">Negative pairs left out because both names normalize to the same words: two records of one name, which no name matcher can tell apart.</param>
public sealed record GeneratedPairStats(int Records, int TrivialPositives, int SameNameNegatives);

/// <summary>
/// Builds a labelled pair set by a method, from the lists' own aliases (issue 10, "a second dev set"):
/// <list type="bullet">
/// <item><b>sdn_alias</b>: an OFAC SDN record lists several names of one person or organisation (a.k.a., f.k.a.,
/// n.k.a.). Its primary name against up to <see cref="MaxPositivesPerRecord"/> of its aliases are positives. Hard
/// negatives: the primary name against the name of another record of the same type in the same split that shares the
/// most words with it (words in at most <see cref="MaxSharedWordRecords"/> records), and against one more such record
/// drawn at random.</item>
/// <item><b>china_script</b>: a China-list party's Chinese name against its English name are a positive; its Chinese
/// name against the English name of another party of its type that shares a word with its English name, a negative.</item>
/// </list>
/// The split is fixed by the record: a stable hash of the record id puts each record, and every pair built from it, in
/// <c>dev</c> or <c>test</c>; negatives pair records of one split only. Nothing here is committed: the pairs are built
/// at run time from ../shared/data.
/// </summary>
public static class AliasPairSet
{
    /// <summary>The OFAC folder whose sdn.csv, alt.csv and add.csv agree (PROVENANCE.md), relative to the shared data folder: loaded as a folder, so the aliases of alt.csv come with it.</summary>
    public const string SdnFolder = "ofac_sdn/2021-07-07";

    /// <summary>Most positives one record contributes (records with dozens of aliases would dominate otherwise).</summary>
    public const int MaxPositivesPerRecord = 3;

    /// <summary>A word shared by more records than this is too common to make two names a hard negative.</summary>
    public const int MaxSharedWordRecords = 300;

    /// <summary>The seed of the alias and negative draws.</summary>
    public const int Seed = 20261204;

    /// <summary>The split of a record: a stable FNV-1a hash of its id, even → dev, odd → test.</summary>
    /// <param name="recordId">The record id.</param>
    /// <returns><c>dev</c> or <c>test</c>.</returns>
    public static string SplitOf(string recordId)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        var hash = 2166136261u;
        foreach (var c in recordId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (hash & 1) == 0 ? "dev" : "test";
    }

    /// <summary>Builds the pairs.</summary>
    /// <param name="sdn">The OFAC SDN snapshot (<see cref="SdnFolder"/>).</param>
    /// <param name="china">The China-list snapshot, or null to leave out the cross-script family.</param>
    /// <param name="stats">What was left out.</param>
    /// <returns>The pairs, in a stable order.</returns>
    public static IReadOnlyList<GeneratedPair> Build(ListSnapshot sdn, ListSnapshot? china, out GeneratedPairStats stats)
    {
        ArgumentNullException.ThrowIfNull(sdn);
        var pairs = new List<GeneratedPair>();
        var random = new Random(Seed);
        int trivial = 0, sameName = 0;
        var records = sdn.Parties.Where(p => p.Type is PartyType.Person or PartyType.Organization && p.Names.Count > 0).ToList();
        var words = records.Select(p => p.Names.Select(n => Words(n.Value)).ToArray()).ToArray();

        // Positives: primary name against aliases of the same record.
        for (var r = 0; r < records.Count; r++)
        {
            var party = records[r];
            var aliases = Enumerable.Range(1, party.Names.Count - 1).OrderBy(_ => random.Next()).ToList();
            var taken = 0;
            foreach (var a in aliases)
            {
                if (taken == MaxPositivesPerRecord)
                {
                    break;
                }

                if (SameWords(words[r][0], words[r][a]))
                {
                    trivial++;
                    continue;
                }

                pairs.Add(new GeneratedPair(party.PrimaryName, party.Names[a].Value, true, KindOf(party), "sdn_alias", SplitOf(party.Id), party.Id, party.Id, !SharesEvidence(words[r][0], words[r][a])));
                taken++;
            }
        }

        // Hard negatives: records of one type and split sharing words with the primary name.
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var r = 0; r < records.Count; r++)
        {
            foreach (var w in words[r].SelectMany(x => x).Distinct())
            {
                if (!byWord.TryGetValue(w, out var list))
                {
                    byWord[w] = list = [];
                }

                list.Add(r);
            }
        }

        for (var r = 0; r < records.Count; r++)
        {
            var party = records[r];
            var split = SplitOf(party.Id);
            var shared = new Dictionary<int, int>();
            foreach (var w in words[r][0].Distinct())
            {
                if (!byWord.TryGetValue(w, out var list) || list.Count > MaxSharedWordRecords)
                {
                    continue;
                }

                foreach (var other in list)
                {
                    if (other != r && records[other].Type == party.Type && SplitOf(records[other].Id) == split)
                    {
                        shared[other] = shared.GetValueOrDefault(other) + 1;
                    }
                }
            }

            if (shared.Count == 0)
            {
                continue;
            }

            var ordered = shared.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => kv.Key).ToList();
            var most = ordered[0];
            var picks = new List<int> { most };
            if (ordered.Count > 1)
            {
                picks.Add(ordered[1 + random.Next(ordered.Count - 1)]);
            }

            foreach (var other in picks)
            {
                // The other record's name that shares the most words with this primary name.
                var best = Enumerable.Range(0, words[other].Length)
                    .OrderByDescending(n => words[other][n].Intersect(words[r][0]).Count()).ThenBy(n => n).First();
                if (SameWords(words[r][0], words[other][best]) || words[r].Any(x => SameWords(x, words[other][best])))
                {
                    sameName++;
                    continue;
                }

                pairs.Add(new GeneratedPair(party.PrimaryName, records[other].Names[best].Value, false, KindOf(party), "sdn_alias", split, party.Id, records[other].Id));
            }
        }

        if (china is not null)
        {
            AddChinaScript(china, pairs, random);
        }

        stats = new GeneratedPairStats(records.Count, trivial, sameName);
        return pairs;
    }

    private static void AddChinaScript(ListSnapshot china, List<GeneratedPair> pairs, Random random)
    {
        var parties = china.Parties
            .Where(p => p.Type is PartyType.Person or PartyType.Organization)
            .Select(p => (Party: p, Han: p.Names.FirstOrDefault(n => n.Script == NameScript.Han), Latin: p.Names.FirstOrDefault(n => n.Script == NameScript.Latin)))
            .Where(x => x.Han is not null && x.Latin is not null)
            .ToList();
        var latinWords = parties.Select(x => Words(x.Latin!.Value)).ToArray();
        var df = latinWords.SelectMany(w => w.Distinct()).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        for (var i = 0; i < parties.Count; i++)
        {
            var (party, han, latin) = parties[i];
            var split = SplitOf(party.Id);
            pairs.Add(new GeneratedPair(han!.Value, latin!.Value, true, KindOf(party), "china_script", split, party.Id, party.Id));
            var sharing = Enumerable.Range(0, parties.Count)
                .Where(j => j != i && parties[j].Party.Type == party.Type && SplitOf(parties[j].Party.Id) == split
                    && latinWords[j].Any(w => df[w] <= MaxSharedWordRecords && latinWords[i].Contains(w, StringComparer.Ordinal))
                    && !SameWords(latinWords[i], latinWords[j]))
                .ToList();
            if (sharing.Count > 0)
            {
                var j = sharing[random.Next(sharing.Count)];
                pairs.Add(new GeneratedPair(han.Value, parties[j].Latin!.Value, false, KindOf(party), "china_script", split, party.Id, parties[j].Party.Id));
            }
        }
    }

    /// <summary>Words that say nothing of which name it is: legal forms, articles, particles, connectives.</summary>
    private static readonly HashSet<string> s_noEvidence = new(
        "ltd ltda llc co company sa cv de del inc corp corporation the of and al el la los las bin ibn abu bint ben da di do dos limited gmbh ag jsc ojsc cjsc pjsc zao ooo oao pao llp plc srl sl sas bv nv pte sdn bhd fze fzco fzc est group y e".Split(' '),
        StringComparer.Ordinal);

    /// <summary>
    /// True when two names of one record share something a reader could go by, by a crude rule independent of the
    /// scorer: a word of three letters or more (not a legal form or particle) starting with the same three letters on
    /// both sides, or a word of one that spells the initials of the other's words (BIM / Bank of Industry and Mine).
    /// </summary>
    public static bool SharesEvidence(string[] a, string[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var wa = a.Where(w => w.Length >= 3 && !s_noEvidence.Contains(w)).ToArray();
        var wb = b.Where(w => w.Length >= 3 && !s_noEvidence.Contains(w)).ToArray();
        if (wa.Any(x => wb.Any(y => x.AsSpan(0, 3).SequenceEqual(y.AsSpan(0, 3)))))
        {
            return true;
        }

        return SpellsInitials(a, b) || SpellsInitials(b, a);

        static bool SpellsInitials(string[] words, string[] other)
        {
            var all = string.Concat(words.Select(w => w[0]));
            var core = string.Concat(words.Where(w => !s_noEvidence.Contains(w)).Select(w => w[0]));
            return other.Any(t => t.Length >= 2 && (t == all || t == core));
        }
    }

    private static string KindOf(ListedParty party) => party.Type == PartyType.Person ? "person" : "company";

    private static bool SameWords(string[] a, string[] b) =>
        a.Length == b.Length && a.Order(StringComparer.Ordinal).SequenceEqual(b.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The builder's own crude words (lower-case letter and digit runs of two or more), independent of the scorer's normalization.</summary>
    internal static string[] Words(string name)
    {
        var result = new List<string>();
        var sb = new StringBuilder();
        foreach (var ch in name.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsLetterOrDigit(ch))
            {
                sb.Append(char.ToLower(ch, CultureInfo.InvariantCulture));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                Flush();
            }
        }

        Flush();
        return [.. result];

        void Flush()
        {
            if (sb.Length >= 2)
            {
                result.Add(sb.ToString());
            }

            sb.Clear();
        }
    }
}
