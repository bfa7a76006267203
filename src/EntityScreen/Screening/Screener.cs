using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using EntityScreen.Matching;
using EntityScreen.Readings;
using EntityScreen.Snapshots;
using EntityScreen.Text;

namespace EntityScreen;

/// <summary>
/// Screens names against loaded lists. Built once from list snapshots (see <see cref="Create(IEnumerable{ListSnapshot}, ScreeningOptions)"/>), immutable afterwards,
/// and safe to share across threads.
/// </summary>
public sealed partial class Screener
{
    /// <summary>
    /// The parties, by index: every one for a screener built from lists; for one read from a snapshot, the parties
    /// built so far (<see cref="PartyStore.Built"/>), null until first used. Read through <see cref="Party"/>.
    /// </summary>
    private readonly ListedParty?[] _parties;

    /// <summary>For a screener read from a snapshot, its parties, built on first use; null for one built from lists.</summary>
    private readonly PartyStore? _store;

    /// <summary>Per party, what the query filters compare, for a screener built from lists; null for one read from a snapshot (<see cref="_store"/>).</summary>
    private readonly PartyFilterData[]? _filterData;
    private readonly int[] _entryParty;

    /// <summary>Per entry, its listed name, for a screener built from lists; null for one read from a snapshot (<see cref="_entryNameIndex"/>).</summary>
    private readonly ListedName[]? _entryName;

    /// <summary>Per entry, which of its party's names it is, for a screener read from a snapshot; else null.</summary>
    private readonly int[]? _entryNameIndex;

    /// <summary>Per entry: true when it indexes a reading (a non-Latin listed name read as Latin words) held in <see cref="_entryText"/>.</summary>
    private readonly bool[] _entryIsReading;

    /// <summary>Per entry: the text indexed when it is not the listed name as published (a reading, or the name without its acronym), else null.</summary>
    private readonly string?[] _entryText;

    /// <summary>
    /// Per entry: true when it indexes a listed person's family name alone, written in Chinese by sound (布朗巴克, see
    /// <see cref="NameReading.FamilyOnly"/>); a person query's family name is searched against these entries too.
    /// </summary>
    private readonly bool[] _entryFamilyOnly;

    /// <summary>Per party, whether the lists publish a fuller name for it than a family name alone (see the constructor).</summary>
    private readonly bool[] _partyHasFullName;
    private readonly bool _hasFamilyOnly;
    private readonly Func<int, bool> _isFamilyOnly;
    private readonly Func<int, bool> _isFamilyOnlyOfFamilyOnlyParty;
    private readonly Func<int, bool> _isNotFamilyOnly;
    private readonly ScreeningIndex _index;
    private readonly Lazy<IdentifierIndex> _identifiers;
    private readonly Lazy<int[][]> _partyEntries;
    private readonly Lazy<Dictionary<int, int[]>> _birthYears;

    /// <summary>True when a party of an <see cref="AffiliateList"/> is a red flag only: its matches go to <see cref="ScreeningResult.RedFlags"/>.</summary>
    private readonly bool _hasRedFlagParties;

    private Screener(IReadOnlyList<ListSnapshot> lists, ScreeningOptions options, IReadOnlyList<AliasOverlayReport> overlays)
    {
        Lists = lists;
        Options = options;
        Overlays = overlays;
        (var parties, _filterData, _hasRedFlagParties) = BuiltParties(lists);
        _parties = parties;

        // Normalize every name (in parallel: the bulk of the build), then keep each party's distinct names.
        var pendingCount = 0;
        foreach (var party in parties)
        {
            pendingCount += party.Names.Count;
        }

        var pending = new List<(int Party, ListedName Name, string? Text, bool Reading)>(pendingCount);
        var familyOnlyReadings = new HashSet<int>();
        var middleUnwrittenReadings = new HashSet<int>();

        // Words of the readings read from transliteration characters (洛克希德 → luokexide), with their sound keys.
        var listedSounds = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var p = 0; p < parties.Length; p++)
        {
            var partyNames = parties[p].Names;
            for (var k = 0; k < partyNames.Count; k++)
            {
                var name = partyNames[k];
                if (name.Kind != NameKind.Weak || options.IncludeWeakAliases)
                {
                    pending.Add((p, name, null, false));

                    // "China Electronics Technology Group Corp. (CETC) 54th Research Institute": the acronym in
                    // brackets repeats the name; the name is also indexed without it.
                    if (ListedNameVariants.WithoutBracketedAcronym(name.Value) is { } plain)
                    {
                        pending.Add((p, name, plain, false));
                    }
                }
            }

            // Names in another script are also indexed by their readings (华为技术有限公司 → huawei technology co ltd),
            // after the party's own names: a reading equal to a published Latin name adds nothing and is dropped.
            for (var k = 0; k < partyNames.Count; k++)
            {
                var name = partyNames[k];
                if (name.Script != NameScript.Latin && (name.Kind != NameKind.Weak || options.IncludeWeakAliases))
                {
                    foreach (var reading in NameReadings.Read(name.Value, parties[p].TypeInferred ? PartyType.Unknown : parties[p].Type, NameReadings.MaxCandidateReadings))
                    {
                        if (reading.FamilyOnly && parties[p] is { Type: PartyType.Person, TypeInferred: false })
                        {
                            familyOnlyReadings.Add(pending.Count);
                        }

                        if (MiddleNamesUnwritten(reading, name.Value))
                        {
                            middleUnwrittenReadings.Add(pending.Count);
                        }

                        pending.Add((p, name, reading.Text, true));
                        foreach (var (word, sound) in reading.SoundWords ?? Enumerable.Empty<KeyValuePair<string, string>>())
                        {
                            listedSounds.TryAdd(word, sound);
                        }
                    }
                }
            }
        }

        // The person rules are for parties the list itself calls persons (not a type guessed from the name); their
        // names' middle-name places are found here too, in parallel.
        var normalized = new NormalizedName[pending.Count];
        var middles = new uint[pending.Count];
        var families = new sbyte[pending.Count];
        Array.Fill(families, (sbyte)-1);
        Parallel.For(
            0,
            pending.Count,
            () => new TokenInterner(),
            (i, _, interner) =>
            {
                var (party, name, variant, _) = pending[i];
                var text = variant ?? name.Value;
                normalized[i] = NameNormalizer.Normalize(text, int.MaxValue, interner, keepRawTokens: false);
                if (parties[party] is { Type: PartyType.Person, TypeInferred: false })
                {
                    middles[i] = PersonNameParts.MiddleMask(text, normalized[i].Tokens.Length, interner, normalized[i].Tokens);
                    families[i] = (sbyte)PersonNameParts.FamilyIndex(text, normalized[i].Tokens.Length, interner, normalized[i].Tokens);
                }

                return interner;
            },
            _ => { });

        // A party's names are adjacent in `pending`: compare each with the ones kept before it for the same party.
        var kept = new List<int>(pending.Count);
        var partyStart = 0;
        for (var i = 0; i < pending.Count; i++)
        {
            if (kept.Count > 0 && pending[kept[^1]].Party != pending[i].Party)
            {
                partyStart = kept.Count;
            }

            if (!normalized[i].IsEmpty && !KeptBefore(normalized, kept, partyStart, normalized[i]))
            {
                kept.Add(i);
            }
        }

        var names = new NormalizedName[kept.Count];
        _entryParty = new int[kept.Count];
        _entryName = new ListedName[kept.Count];
        _entryIsReading = new bool[kept.Count];
        _entryText = new string?[kept.Count];
        _entryFamilyOnly = new bool[kept.Count];
        var person = new bool[kept.Count];
        var middle = new uint[kept.Count];
        var family = new sbyte[kept.Count];
        var middleUnwritten = new bool[kept.Count];
        for (var k = 0; k < kept.Count; k++)
        {
            names[k] = normalized[kept[k]];
            var (entryParty, entryName, entryText, isReading) = pending[kept[k]];
            (_entryParty[k], _entryName[k], _entryText[k], _entryIsReading[k]) = (entryParty, entryName, entryText, isReading);
            person[k] = parties[_entryParty[k]] is { Type: PartyType.Person, TypeInferred: false };
            _entryFamilyOnly[k] = familyOnlyReadings.Contains(kept[k]);
            _hasFamilyOnly |= _entryFamilyOnly[k];
            middle[k] = middles[kept[k]];
            family[k] = families[kept[k]];
            middleUnwritten[k] = middleUnwrittenReadings.Contains(kept[k]);
        }

        // The parties also listed by a name of two or more words (Ted Cruz beside 克鲁兹, or 泰德·克鲁兹): their family
        // name alone is no match for a query that gives another given name (Penelope Cruz). Only names the lists
        // publish count, not the library's readings of them (史密斯 also reads as a Chinese name, Shi Misi).
        _partyHasFullName = new bool[parties.Length];
        for (var k = 0; k < kept.Count; k++)
        {
            _partyHasFullName[_entryParty[k]] |= !_entryIsReading[k] && !_entryFamilyOnly[k]
                && (names[k].Tokens.Length >= 2 || _entryName[k].Value.AsSpan().IndexOfAny(s_foreignNameSeparators) >= 0);
        }

        // The filters of a query without filters of its own, made once (a query's own filter is combined per query).
        _isFamilyOnly = e => _entryFamilyOnly[e];
        _isFamilyOnlyOfFamilyOnlyParty = e => _entryFamilyOnly[e] && !_partyHasFullName[_entryParty[e]];
        _isNotFamilyOnly = e => !_entryFamilyOnly[e];

        // The typo neighbourhoods need only the vocabulary: start them on another core as soon as it is known.
        Task<DeletionIndex>? deletions = null;
        var table = TokenTable.Build(names, tokens => deletions = Task.Run(() => DeletionIndex.Build(tokens)), listedSounds);
        _index = new ScreeningIndex(new NameStore(names, table, person, middle, family, middleUnwritten, _entryIsReading), deletions);
        PartyCount = parties.Length;
        NameCount = names.Length;

        // Built on the first query that gives an identifier or reaches a party by one: name-only screening never pays for them.
        (_identifiers, _partyEntries, _birthYears) = LazyIndexes();
        Context = CreateContext(lists, options, overlays);
    }

    /// <summary>
    /// Every party of the lists, in order, with its filter data, and whether any is a red-flag-only affiliate (its
    /// matches go to <see cref="ScreeningResult.RedFlags"/>): for a screener whose parties are all built.
    /// </summary>
    private static (ListedParty[] Parties, PartyFilterData[] Filters, bool HasRedFlagParties) BuiltParties(IReadOnlyList<ListSnapshot> lists)
    {
        ListedParty[] parties = [.. lists.SelectMany(l => l.Parties)];
        var filters = new PartyFilterData[parties.Length];
        var redFlags = false;
        for (var p = 0; p < parties.Length; p++)
        {
            filters[p] = new PartyFilterData(parties[p]);
            redFlags |= parties[p].Affiliation is { IsCovered: false };
        }

        return (parties, filters, redFlags);
    }

    /// <summary>The context every result carries: the lists' identities, the algorithm version, the options, the overlays, the ownership.</summary>
    private static ScreeningContext CreateContext(IReadOnlyList<ListSnapshot> lists, ScreeningOptions options, IReadOnlyList<AliasOverlayReport> overlays) =>
        new(
            [.. lists.Select(l => l.Identity)],
            ScreeningDefaults.AlgorithmVersion,
            options.Threshold,
            options.StrongThreshold,
            ComputeSnapshotId(lists, options, overlays))
        {
            Overlays = [.. overlays.Select(o => o.Identity)],
            Ownership = lists.Select(l => l.Ownership).LastOrDefault(o => o is not null),
        };

    /// <summary>The indexes made on first use: by identifier, each party's entries, the persons by year of birth.</summary>
    private (Lazy<IdentifierIndex> Identifiers, Lazy<int[][]> PartyEntries, Lazy<Dictionary<int, int[]>> BirthYears) LazyIndexes()
    {
        var identifiers = new Lazy<IdentifierIndex>(() => _store is { } store ? new IdentifierIndex(store.Identifiers()) : new IdentifierIndex(_parties!));
        var partyEntries = new Lazy<int[][]>(() =>
        {
            var lists = new List<int>[_parties.Length];
            for (var e = 0; e < _entryParty.Length; e++)
            {
                (lists[_entryParty[e]] ??= []).Add(e);
            }

            return Array.ConvertAll(lists, l => l is null ? [] : l.ToArray());
        });
        var birthYears = new Lazy<Dictionary<int, int[]>>(() =>
        {
            var years = new Dictionary<int, List<int>>();
            if (_store is { } store)
            {
                store.ForEachBirthDate(Add);
            }
            else
            {
                for (var p = 0; p < _parties.Length; p++)
                {
                    foreach (var d in _parties[p]!.BirthDates)
                    {
                        Add(p, d.From, d.To);
                    }
                }
            }

            return years.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());

            void Add(int p, DateOnly from, DateOnly to)
            {
                for (var year = from.Year; year <= to.Year && year <= from.Year + MaxIndexedBirthYears; year++)
                {
                    var list = years.TryGetValue(year, out var l) ? l : years[year] = [];
                    if (list.Count == 0 || list[^1] != p)
                    {
                        list.Add(p);
                    }
                }
            }
        });
        return (identifiers, partyEntries, birthYears);
    }

    /// <summary>
    /// Party <paramref name="p"/>: one array read, but for a screener read from a snapshot the first time a party is
    /// used, when it is built (<see cref="PartyStore.Get"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ListedParty Party(int p) => _parties[p] ?? _store!.Get(p);

    /// <summary>Party <paramref name="p"/>'s id, without building a party read from a snapshot.</summary>
    private string PartyId(int p) => _parties[p]?.Id ?? _store!.IdOf(p);

    /// <summary>Entry <paramref name="e"/>'s listed name (for a screener read from a snapshot, its party is built).</summary>
    private ListedName EntryName(int e) => _entryName is { } names ? names[e] : Party(_entryParty[e]).Names[_entryNameIndex![e]];

    /// <summary>The snapshots screened against.</summary>
    public IReadOnlyList<ListSnapshot> Lists { get; }

    /// <summary>A copy of the options this screener was built with.</summary>
    public ScreeningOptions Options { get; }

    /// <summary>Lists, algorithm version and settings: carried by every result.</summary>
    public ScreeningContext Context { get; }

    /// <summary>The alias overlays in force, in order, each with what it added (empty when built without overlays).</summary>
    public IReadOnlyList<AliasOverlayReport> Overlays { get; }

    /// <summary>The overlays themselves, so a reload (<see cref="ScreeningService.Reload(IEnumerable{string}, ScreeningOptions?)"/>) can apply them again.</summary>
    internal IReadOnlyList<AliasOverlay> OverlaySources { get; private init; } = [];

    /// <summary>
    /// The affiliates indexed beside the lists, when built with ownership files
    /// (<see cref="Create(IEnumerable{ListSnapshot}, IEnumerable{AliasOverlay}, IEnumerable{OwnershipFile}, ScreeningOptions?, OwnershipOptions?)"/>):
    /// each rule's covered set and red flags, the graph and its resolutions; else null.
    /// </summary>
    public AffiliateList? Affiliates { get; private init; }

    /// <summary>The ownership files, so a reload can apply them again (empty when built without).</summary>
    internal IReadOnlyList<OwnershipFile> OwnershipSources { get; private init; } = [];

    /// <summary>A copy of the ownership options it was built with, for a reload; null when built without ownership files.</summary>
    internal OwnershipOptions? OwnershipOptions { get; private init; }

    /// <summary>Parties indexed.</summary>
    public int PartyCount { get; }

    /// <summary>Distinct names indexed (primary and aliases, every script).</summary>
    public int NameCount { get; }

    internal ScreeningIndex Index => _index;

    /// <summary>Builds a screener over the given snapshots.</summary>
    /// <param name="lists">The list snapshots.</param>
    /// <param name="options">Options; null for defaults. Copied, so later changes do not affect the screener.</param>
    /// <returns>The screener.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static Screener Create(IEnumerable<ListSnapshot> lists, ScreeningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var copy = options?.Clone() ?? new ScreeningOptions();
        copy.Validate();
        return new Screener([.. lists], copy, []);
    }

    /// <summary>
    /// Builds a screener over the given snapshots with the names of alias overlays added to their parties (see
    /// <see cref="AliasOverlay.Apply"/>). A match made through an added name says so: its
    /// <see cref="ScreeningMatch.MatchedName"/> carries the overlay's identity and the row's citation; the context
    /// carries every overlay in force, and the snapshot id hashes them.
    /// </summary>
    /// <param name="lists">The list snapshots.</param>
    /// <param name="overlays">The overlays, applied in order (e.g. <see cref="AliasOverlay.Default"/>).</param>
    /// <param name="options">Options; null for defaults. Copied, so later changes do not affect the screener.</param>
    /// <returns>The screener; <see cref="Overlays"/> holds each overlay's report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lists"/> or <paramref name="overlays"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static Screener Create(IEnumerable<ListSnapshot> lists, IEnumerable<AliasOverlay> overlays, ScreeningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(overlays);
        var copy = options?.Clone() ?? new ScreeningOptions();
        copy.Validate();
        IReadOnlyList<AliasOverlay> sources = [.. overlays];
        var overlaid = AliasOverlay.Apply(lists, sources);
        return new Screener(overlaid.Lists, copy, overlaid.Overlays) { OverlaySources = sources };
    }

    /// <summary>
    /// Builds a screener over the given snapshots, with alias overlays, and with the affiliates the ownership rules derive
    /// from <paramref name="ownership"/> (see <see cref="AffiliateList"/>): a query naming a covered subsidiary matches
    /// it, marked as an affiliate; one naming an entity that is only a red flag gets it in
    /// <see cref="ScreeningResult.RedFlags"/>. Owner names are resolved against the overlaid lists, by id, by name and by
    /// screening (a first screener is built over the lists for that). The rules are applied on
    /// <see cref="OwnershipOptions.AsOf"/>, or on the day of the build (UTC): a long-lived screener keeps that day until
    /// it is rebuilt or reloaded (<see cref="ScreeningService.Reload(IEnumerable{string}, ScreeningOptions?)"/> applies
    /// the same ownership files and options again).
    /// </summary>
    /// <param name="lists">The list snapshots.</param>
    /// <param name="overlays">The alias overlays, applied in order; empty for none.</param>
    /// <param name="ownership">The ownership files, as one graph (an entity owned in one can own in another).</param>
    /// <param name="options">Screening options; null for defaults. Copied.</param>
    /// <param name="ownershipOptions">The rules' options and day; null for the defaults (today, UTC). Copied.</param>
    /// <returns>The screener; <see cref="Affiliates"/> holds the rules' covered sets, red flags and the graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lists"/>, <paramref name="overlays"/> or <paramref name="ownership"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="ArgumentException">The ownership options are inconsistent (see <see cref="OwnershipOptions.Validate"/>).</exception>
    public static Screener Create(
        IEnumerable<ListSnapshot> lists,
        IEnumerable<AliasOverlay> overlays,
        IEnumerable<OwnershipFile> ownership,
        ScreeningOptions? options = null,
        OwnershipOptions? ownershipOptions = null)
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(overlays);
        ArgumentNullException.ThrowIfNull(ownership);
        var copy = options?.Clone() ?? new ScreeningOptions();
        copy.Validate();
        var ownershipCopy = AffiliateList.Copy(ownershipOptions ?? new OwnershipOptions());
        ownershipCopy.Validate();
        IReadOnlyList<AliasOverlay> sources = [.. overlays];
        IReadOnlyList<OwnershipFile> files = [.. ownership];
        var overlaid = AliasOverlay.Apply(lists, sources);
        if (files.Count == 0)
        {
            return new Screener(overlaid.Lists, copy, overlaid.Overlays) { OverlaySources = sources };
        }

        var resolver = new Screener(overlaid.Lists, copy, overlaid.Overlays);
        var affiliates = AffiliateList.Create(OwnershipGraph.Build(files, overlaid.Lists, resolver), ownershipCopy);
        return new Screener([.. overlaid.Lists, affiliates.Snapshot], copy, overlaid.Overlays)
        {
            OverlaySources = sources,
            OwnershipSources = files,
            OwnershipOptions = ownershipCopy,
            Affiliates = affiliates,
        };
    }

    /// <summary>Screens one name with the screener's settings.</summary>
    /// <param name="name">The name, in any script. Empty or junk input gives no matches, never an exception.</param>
    /// <returns>Matches at or above the threshold, best first.</returns>
    public ScreeningResult Screen(string name) => Screen(new ScreeningQuery(name ?? string.Empty));

    /// <summary>Screens one query.</summary>
    /// <param name="query">The query with its filters.</param>
    /// <returns>Matches at or above the threshold, best first, one per party.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The query's threshold or maximum results is out of range.</exception>
    public ScreeningResult Screen(ScreeningQuery query) => Screen(query, exhaustive: false);

    /// <summary>Screens by scoring every name (the reference the index must equal); for tests and benchmarks.</summary>
    internal ScreeningResult ScreenExhaustive(ScreeningQuery query) => Screen(query, exhaustive: true);

    private ScreeningResult Screen(ScreeningQuery query, bool exhaustive)
    {
        ArgumentNullException.ThrowIfNull(query);
        var threshold = query.Threshold ?? Options.Threshold;
        var max = query.MaxResults ?? Options.MaxResults;
        if (threshold is < 0 or > 1 || double.IsNaN(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(query), threshold, "The query's threshold must be in [0, 1].");
        }

        if (max < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(query), max, "The query's maximum results must be at least 1.");
        }

        // The weights of the tokens the table lacks are looked up once for the query, its readings and its family name.
        var unknownWeights = new UnknownWeights(_index);
        var q = Compile(query.Name, unknownWeights.Of);
        var userFilter = BuildFilter(query);
        var filter = userFilter;

        // A listed person's family name alone in Chinese (布朗巴克) is reached only by a query's family name (FamilyNameQuery),
        // where the two must agree on more than a sound key.
        if (_hasFamilyOnly)
        {
            filter = userFilter is null ? _isNotFamilyOnly : e => !_entryFamilyOnly[e] && userFilter(e);
        }

        // A query typed as an organisation, vessel or aircraft is never scored with the person rules.
        var persons = query.Type is null or PartyType.Unknown or PartyType.Person;

        // A name in another script is also screened by its readings, against the listed names as published (never
        // against other readings: two readings can agree where the names differ, 研究院 and 研究所 both "institute").
        // The name as written and its readings are searched together, sharing the index work their tokens have in common.
        var readings = SearchedReadings(query.Name, query.Type ?? PartyType.Unknown, unknownWeights.Of);
        var published = readings.Count == 0 ? null : filter is null ? (Func<int, bool>)(e => !_entryIsReading[e]) : e => !_entryIsReading[e] && filter(e);

        // A person's family name alone, against the listed persons Chinese names by the family name alone (布朗巴克).
        if (persons && _hasFamilyOnly && FamilyNameQuery(q, unknownWeights.Of) is { } familyName)
        {
            readings.Add(familyName);
        }

        var queries = new CompiledName[1 + readings.Count];
        var filters = new Func<int, bool>?[queries.Length];
        var found = new List<ScoredEntry>[queries.Length];
        (queries[0], filters[0], found[0]) = (q, filter, []);
        for (var k = 0; k < readings.Count; k++)
        {
            var compiled = readings[k].Compiled;
            // A full name's family name alone reaches only the persons the lists know by no fuller name: one listed as
            // Ted Cruz and 克鲁兹 is not Penelope Cruz, though both are 克鲁兹 in Chinese.
            var familyFilter = q.Normalized.Tokens.Length >= 2 ? _isFamilyOnlyOfFamilyOnlyParty : _isFamilyOnly;
            var readingFilter = !compiled.FamilyProbe ? published
                : userFilter is null ? familyFilter : e => familyFilter(e) && userFilter(e);
            (queries[k + 1], filters[k + 1], found[k + 1]) = (compiled, readingFilter, []);
        }

        if (exhaustive)
        {
            for (var k = 0; k < queries.Length; k++)
            {
                _index.SearchExhaustive(queries[k], threshold, filters[k], found[k], persons);
            }
        }
        else
        {
            _index.Search(queries, filters, threshold, found, persons);
        }

        // A date of birth can lift a name below the threshold above it, but only a person's whose date agrees. A few
        // such persons have their names scored directly (WithEvidence); more are searched again through the index,
        // down to where the largest lift could bring a name to the threshold. Either way, the same in both paths.
        var candidates = EvidenceScorer.LiftReach(threshold) < threshold ? DateCandidates(query, userFilter) : null;
        var direct = candidates is { Count: > 0 and <= DirectDateCandidates } ? candidates : null;
        if (candidates is { Count: > DirectDateCandidates })
        {
            var isCandidate = new HashSet<int>(candidates);
            var reach = EvidenceScorer.LiftReach(threshold);
            var dateFilters = Array.ConvertAll(filters, f => f is null ? (Func<int, bool>)(e => isCandidate.Contains(_entryParty[e])) : e => isCandidate.Contains(_entryParty[e]) && f(e));
            var dateFound = Array.ConvertAll(found, _ => new List<ScoredEntry>());
            if (exhaustive)
            {
                for (var k = 0; k < queries.Length; k++)
                {
                    _index.SearchExhaustive(queries[k], reach, dateFilters[k], dateFound[k], persons);
                }
            }
            else
            {
                _index.Search(queries, dateFilters, reach, dateFound, persons);
            }

            for (var k = 0; k < queries.Length; k++)
            {
                foreach (var s in dateFound[k])
                {
                    if (s.Score < threshold)
                    {
                        found[k].Add(s);
                    }
                }
            }
        }

        var scored = found[0];
        var sources = new List<QuerySource>(queries.Length) { new(q, null, 0, scored.Count) };
        for (var k = 0; k < readings.Count; k++)
        {
            var from = scored.Count;
            scored.AddRange(found[k + 1]);
            sources.Add(new QuerySource(queries[k + 1], readings[k].Reading, from, scored.Count));
        }

        if (!query.HasFacts)
        {
            return Result(query.Name, BestPerParty(sources, scored, max, persons));
        }

        var hits = IdentifierHits(query, userFilter);
        return Result(query.Name, WithEvidence(query, sources, filters, scored, hits, direct, threshold, max, persons));
    }

    /// <summary>The result, with the matches on entities the ownership rules only flag moved to its red flags.</summary>
    private ScreeningResult Result(string query, List<ScreeningMatch> matches)
    {
        if (!_hasRedFlagParties)
        {
            return new ScreeningResult(query, matches, Context);
        }

        List<ScreeningMatch>? kept = null;
        List<ScreeningMatch>? flags = null;
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            if (match.Party.Affiliation is { IsCovered: false })
            {
                kept ??= [.. matches.Take(i)];
                (flags ??= []).Add(match);
            }
            else
            {
                kept?.Add(match);
            }
        }

        return flags is null
            ? new ScreeningResult(query, matches, Context)
            : new ScreeningResult(query, kept!, Context) { RedFlags = flags };
    }

    /// <summary>The listed identifiers the query's equal, per party (one hash probe per identifier), within the query's filters.</summary>
    private Dictionary<int, List<IdentifierHit>>? IdentifierHits(ScreeningQuery query, Func<int, bool>? userFilter)
    {
        if (query.Identifiers.Count == 0)
        {
            return null;
        }

        var found = new List<IdentifierHit>();
        foreach (var id in query.Identifiers)
        {
            _identifiers.Value.Lookup(id, found);
        }

        var byParty = new Dictionary<int, List<IdentifierHit>>();
        var partyFilter = userFilter is null ? null : PartyFilter(query);
        foreach (var hit in found)
        {
            if (partyFilter is null || partyFilter(hit.Party))
            {
                (byParty.TryGetValue(hit.Party, out var list) ? list : byParty[hit.Party] = []).Add(hit);
            }
        }

        return byParty;
    }

    /// <summary>
    /// The listed persons whose date of birth agrees with one of the query's (a hash probe per year, then the exact
    /// overlap), within the query's filters: only their names can a date lift above the threshold, so they are scored
    /// directly, beside the name search at the threshold. Null when the query gives no date.
    /// </summary>
    private List<int>? DateCandidates(ScreeningQuery query, Func<int, bool>? userFilter)
    {
        if (query.DatesOfBirth.Count == 0)
        {
            return null;
        }

        var partyFilter = userFilter is null ? null : PartyFilter(query);
        var byYear = _birthYears.Value;
        var seen = new HashSet<int>();
        var candidates = new List<int>();
        foreach (var dob in query.DatesOfBirth)
        {
            for (var year = dob.From.Year; year <= dob.To.Year && year <= dob.From.Year + MaxIndexedBirthYears; year++)
            {
                if (!byYear.TryGetValue(year, out var parties))
                {
                    continue;
                }

                foreach (var p in parties)
                {
                    // Overlap first: a person another of the query's dates missed may agree with this one.
                    if (Overlaps(Party(p).BirthDates, dob) && (partyFilter is null || partyFilter(p)) && seen.Add(p))
                    {
                        candidates.Add(p);
                    }
                }
            }
        }

        return candidates;
    }

    private static bool Overlaps(IReadOnlyList<BirthDate> listed, BirthDate date)
    {
        foreach (var d in listed)
        {
            if (d.Overlaps(date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Up to this many persons whose date agrees have their names scored directly; more are searched through the index.</summary>
    private const int DirectDateCandidates = 24;

    /// <summary>The widest range of years a listed or query date is indexed or probed by (a wider one, 1900 to 2000, by its first years).</summary>
    private const int MaxIndexedBirthYears = 30;

    /// <summary>
    /// Best per party as <see cref="BestPerParty"/>, then the query's facts applied to each (<see cref="EvidenceScorer"/>),
    /// with the parties an identifier alone reached and the persons whose date agrees, then the threshold, the order and
    /// the maximum.
    /// </summary>
    private List<ScreeningMatch> WithEvidence(
        ScreeningQuery query, List<QuerySource> sources, Func<int, bool>?[] filters, List<ScoredEntry> scored,
        Dictionary<int, List<IdentifierHit>>? hits, List<int>? dateCandidates, double threshold, int max, bool persons)
    {
        // The parties an identifier or a date reached that the name search did not: their best name, scored directly.
        var best = BestEntries(sources, scored);
        foreach (var party in (hits?.Keys ?? Enumerable.Empty<int>()).Concat(dateCandidates ?? []))
        {
            if (!best.ContainsKey(party))
            {
                best[party] = BestNameOf(party, sources, filters, persons);
            }
        }

        var strong = Options.StrongThreshold;
        var ranked = new List<(int Party, ScoredEntry Entry, int Source, double NameScore, MatchEvidence[] Evidence)>(best.Count);
        foreach (var (party, (entry, source)) in best)
        {
            List<IdentifierHit>? partyHits = null;
            hits?.TryGetValue(party, out partyHits);
            if (EvidenceScorer.Apply(entry.Score, query, Party(party), partyHits, threshold, strong, Options.ClearContradictedMatches) is { } applied
                && applied.Score > 0 && applied.Score >= threshold)
            {
                ranked.Add((party, entry with { Score = applied.Score }, source, entry.Score, applied.Evidence));
            }
        }

        // Best score first, then party id, then entry (-1, a party with no indexed name, last).
        ranked.Sort((x, y) =>
        {
            var byScore = y.Entry.Score.CompareTo(x.Entry.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byId = string.CompareOrdinal(PartyId(x.Party), PartyId(y.Party));
            return byId != 0 ? byId : x.Entry.Entry.CompareTo(y.Entry.Entry);
        });
        var matches = new List<ScreeningMatch>(Math.Min(max, ranked.Count));
        foreach (var (party, s, source, nameScore, evidence) in ranked.Take(max))
        {
            matches.Add(s.Entry >= 0 ? Match(s, sources[source], persons, nameScore, evidence) : IdentifierOnlyMatch(party, s.Score, query, evidence));
        }

        return matches;
    }

    /// <summary>
    /// The match of a party an identifier reached but that has no indexed name (its only name normalizes to nothing,
    /// such as <c>***</c>): its primary name as published, a name score of 0.
    /// </summary>
    private ScreeningMatch IdentifierOnlyMatch(int party, double score, ScreeningQuery query, MatchEvidence[] evidence)
    {
        var p = Party(party);
        var name = p.Names.Count > 0 ? p.Names[0] : ListedName.Create(p.Id, NameKind.Primary);
        var band = score >= Options.StrongThreshold ? MatchBand.Strong : MatchBand.Review;
        var explanation = new MatchExplanation
        {
            Score = score,
            NameScore = 0,
            Method = "identifier",
            NormalizedQuery = NameNormalizer.Normalize(query.Name, Options.MaxQueryLength).ToString(),
            NormalizedName = string.Empty,
            Tokens = [],
            Evidence = evidence,
            Summary = string.Join("; ", evidence.Select(e => e.Detail)) + "; the listed name has no word to compare",
        };
        return new ScreeningMatch(p, name, score, band, explanation);
    }

    /// <summary>The best-scoring name of a party an identifier alone reached (its first name, scored 0, when none scores).</summary>
    private (ScoredEntry Entry, int Source) BestNameOf(int party, List<QuerySource> sources, Func<int, bool>?[] filters, bool persons)
    {
        // With no name scoring, the party's primary name as published stands for it (else its first indexed name).
        var entries = _partyEntries.Value[party];
        var partyNames = Party(party).Names;
        var primaryName = partyNames.Count > 0 ? partyNames[0].Value : null;
        var primary = Array.FindIndex(entries, e => !_entryIsReading[e] && EntryName(e).Value == primaryName);
        var best = (Entry: new ScoredEntry(primary >= 0 ? entries[primary] : entries.Length > 0 ? entries[0] : -1, 0), Source: 0);
        for (var source = 0; source < sources.Count; source++)
        {
            var q = sources[source].Query;
            if (q.IsEmpty)
            {
                continue;
            }

            foreach (var e in entries)
            {
                if (filters[source] is { } filter && !filter(e))
                {
                    continue;
                }

                var score = NameScorer.Score(q.View, _index.Store.View(e), persons && _index.Store.IsPerson(e));
                if (score > best.Entry.Score)
                {
                    best = (new ScoredEntry(e, score), source);
                }
            }
        }

        return best;
    }

    /// <summary>The middle dots Chinese and Japanese write between the parts of a foreign name (约翰·博尔顿).</summary>
    private static readonly System.Buffers.SearchValues<char> s_foreignNameSeparators = System.Buffers.SearchValues.Create("·・•‧");

    /// <summary>What the family-name query of a person's name is explained as (<see cref="FamilyNameQuery"/>).</summary>
    private const string FamilyNameScripts = "latin:family-name";

    /// <summary>
    /// The family name of a query that may be a person's Latin name of one to six words without a legal form
    /// (<see cref="PersonNameParts.FamilyIndex"/>; a single word is its own), compiled alone: it is searched against the listed persons named by
    /// the family name alone in Chinese (<see cref="NameReading.FamilyOnly"/>); null for any other query.
    /// </summary>
    private (NameReading Reading, CompiledName Compiled)? FamilyNameQuery(CompiledName q, Func<string, float>? unknownWeight = null)
    {
        var normalized = q.Normalized;
        var index = normalized.Tokens.Length == 1 ? 0 : q.Family;
        if (normalized.Forms != LegalForms.Form.None || normalized.HanCore.Length > 0 || normalized.Tokens.Length is < 1 or > 6
            || index < 0 || normalized.Tokens[index] is not { Length: >= 2 } family)
        {
            return null;
        }

        var compiled = new CompiledName(NameNormalizer.Normalize(family, Options.MaxQueryLength, _index.Store.Table), _index.Store.Table, unknownWeight ?? _index.UnknownTokenWeight, family, familyProbe: true);
        return (new NameReading(FamilyNameScripts, family), compiled);
    }

    /// <summary>
    /// The readings of a query that are searched, compiled: at most <see cref="NameReadings.MaxReadings"/>, those that
    /// normalize alike (technology / technologies, co ltd / company limited) once. A reading is compiled only once
    /// known to differ from those before it; the weights of the tokens the table lacks are looked up once per query
    /// (<paramref name="unknownWeight"/>, shared with the query's other compilations when given). Alternative
    /// renderings with a word the lists never write are not enumerated (<see cref="NameReadings.Read"/>).
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="type">Its type.</param>
    /// <param name="unknownWeight">Weights of the tokens the table lacks; null to look them up here.</param>
    /// <param name="alsoListed">Words to count as listed besides the index's (the other name of a comparison); null for none.</param>
    private List<(NameReading Reading, CompiledName Compiled)> SearchedReadings(string name, PartyType type, Func<string, float>? unknownWeight = null, HashSet<string>? alsoListed = null)
    {
        var result = new List<(NameReading, CompiledName)>();
        var table = _index.Store.Table;
        var readings = NameReadings.Read(name, type, NameReadings.MaxCandidateReadings, IsListedWord);
        if (readings.Count == 0)
        {
            return result;
        }

        var searched = new HashSet<string>(StringComparer.Ordinal);
        unknownWeight ??= new UnknownWeights(_index).Of;
        foreach (var reading in readings)
        {
            var normalized = NameNormalizer.Normalize(reading.Text, int.MaxValue, _index.Store.Table);
            if (!normalized.IsEmpty && searched.Add(ReadingKey(normalized, reading.SkeletonWords, reading.SoundWords) + (reading.FamilyOnly ? "|family" : string.Empty)))
            {
                result.Add((reading, CompileReading(reading, name, normalized, unknownWeight)));
                if (result.Count == NameReadings.MaxReadings)
                {
                    break;
                }
            }
        }

        return result;

        // A word of a reading as the index holds it: normalized (a word normalization drops, such as a legal form, counts).
        bool IsListedWord(string word)
        {
            if (table.Id(word) >= 0 || alsoListed?.Contains(word) == true)
            {
                return true; // most words are listed tokens as they stand
            }

            foreach (var token in NameNormalizer.Normalize(word, int.MaxValue, table).Tokens)
            {
                if (table.Id(token) < 0 && alsoListed?.Contains(token) != true)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The weights of the tokens the table lacks (<see cref="ScreeningIndex.UnknownTokenWeight"/>), each looked up once.</summary>
    private sealed class UnknownWeights(ScreeningIndex index)
    {
        private Dictionary<string, float>? _weights;

        internal float Of(string token)
        {
            _weights ??= new Dictionary<string, float>(StringComparer.Ordinal);
            if (!_weights.TryGetValue(token, out var weight))
            {
                _weights[token] = weight = index.UnknownTokenWeight(token);
            }

            return weight;
        }
    }

    /// <summary>What a reading is searched as: its tokens, their skeleton and sound keys (as <see cref="CompiledName"/> gives them) and its legal forms.</summary>
    private static string ReadingKey(NormalizedName normalized, IReadOnlySet<string>? skeletonWords, IReadOnlyDictionary<string, string>? soundWords)
    {
        var key = new StringBuilder();
        key.AppendJoin(' ', normalized.Tokens).Append('|');
        var first = true;
        foreach (var token in normalized.Tokens)
        {
            if ((CompiledName.SkeletonKey(token, skeletonWords) ?? CompiledName.SoundKeyOf(token, soundWords)) is { } special)
            {
                key.Append(first ? string.Empty : " ").Append(special);
                first = false;
            }
        }

        return key.Append('|').Append((uint)normalized.Forms).ToString();
    }

    /// <summary>Screens many queries in parallel; results come back in input order.</summary>
    /// <param name="queries">The queries.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; -1 (default) for all cores.</param>
    /// <param name="cancellationToken">Cancels the batch.</param>
    /// <returns>One result per query, in order.</returns>
    public IReadOnlyList<ScreeningResult> ScreenMany(IReadOnlyList<ScreeningQuery> queries, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var results = new ScreeningResult[queries.Count];
        Parallel.For(
            0,
            queries.Count,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken },
            i => results[i] = Screen(queries[i]));
        return results;
    }

    /// <summary>Scores two names against each other with this screener's token weights.</summary>
    /// <param name="name1">First name (treated as the query).</param>
    /// <param name="name2">Second name (treated as the listed name).</param>
    /// <returns>The score and its explanation.</returns>
    public MatchExplanation Compare(string name1, string name2) => Compare(name1, name2, PartyType.Unknown);

    /// <summary>
    /// Scores two names of the given party type against each other with this screener's token weights:
    /// <see cref="PartyType.Person"/> applies the person rules (a middle name only one side has costs
    /// a third of its weight, a patronymic a quarter), as screening does for a listed person.
    /// </summary>
    /// <param name="name1">First name (treated as the query).</param>
    /// <param name="name2">Second name (treated as the listed name).</param>
    /// <param name="type">What both names name; <see cref="PartyType.Unknown"/> scores them as plain names.</param>
    /// <returns>The score and its explanation.</returns>
    public MatchExplanation Compare(string name1, string name2, PartyType type)
    {
        name1 ??= string.Empty;
        name2 ??= string.Empty;
        var person = type == PartyType.Person;
        var table = _index.Store.Table;
        var listed = ListedName.Create(name2, NameKind.Primary);
        var best = NameScorer.Explain(Compile(name1), Compile(name2), person);

        // Two names written in one alphabet other than Latin are compared as written, both transliterated one way: a
        // reading of one (Korean read the DPRK way, where 은 and 운 are both un) against the other's transliteration would
        // mix two romanizations and lose what tells the names apart.
        if (listed.Script is NameScript.Hangul or NameScript.Cyrillic or NameScript.Arabic or NameScript.Greek && ScriptDetector.Detect(name1) == listed.Script)
        {
            return best;
        }

        // As screening does: the readings of either name against the other as written, never two readings together.
        foreach (var (reading, compiled) in SearchedReadings(name1, type, alsoListed: new HashSet<string>(NameNormalizer.Normalize(name2).Tokens, StringComparer.Ordinal)))
        {
            var candidate = Explain(compiled, reading, listed, name2, null, table, person);
            best = candidate.Score > best.Score ? candidate : best;
        }

        foreach (var reading in NameReadings.Read(name2, type))
        {
            var candidate = Explain(Compile(name1), null, listed, reading.Text, reading.Text, table, person, MiddleNamesUnwritten(reading, name2));
            best = candidate.Score > best.Score ? candidate : best;

            // A person named by the family name alone in Chinese (布朗巴克): against the other name's family name, as screening does.
            if (reading.FamilyOnly && person && FamilyNameQuery(Compile(name1)) is { } family)
            {
                candidate = Explain(family.Compiled, family.Reading, listed, reading.Text, reading.Text, table, person);
                best = candidate.Score > best.Score ? candidate : best;
            }

            // Screening compares a Latin word with a listed word written by sound (纳瓦罗, 菲拉特·盖曾) through the lists' table
            // of such words, which a name from outside the lists is not in: its reading is compared as the query instead.
            if (reading.SoundWords is { Count: > 0 } || reading.FamilyOnly)
            {
                candidate = ExplainReadingAsQuery(reading, name2, name1, table, person);
                best = candidate.Score > best.Score ? candidate : best;
            }
        }

        return best;
    }

    /// <summary>The second name's reading compared as the query against the first name (<see cref="Compare(string, string, PartyType)"/>).</summary>
    private MatchExplanation ExplainReadingAsQuery(NameReading reading, string readName, string other, TokenTable table, bool person)
    {
        var query = CompileReading(reading, readName, NameNormalizer.Normalize(reading.Text, Options.MaxQueryLength, table), _index.UnknownTokenWeight);
        var explanation = NameScorer.Explain(query, new CompiledName(NameNormalizer.Normalize(other), table, text: other), person);
        return explanation with
        {
            Method = explanation.Score > 0 ? "reading" : explanation.Method,
            NameReading = reading.Text,
            Summary = $"listed name '{readName}' read as ({reading.Scripts}): {reading.Text}, compared on sound with the first name; " + explanation.Summary,
        };
    }

    /// <summary>A reading compiled as a query: its words with the skeleton and sound keys they are compared on.</summary>
    private CompiledName CompileReading(NameReading reading, string source, NormalizedName normalized, Func<string, float> unknownWeight) =>
        new(normalized, _index.Store.Table, unknownWeight, reading.Text, reading.SkeletonWords, reading.SoundWords, reading.FamilyOnly, middleNamesUnwritten: MiddleNamesUnwritten(reading, source), reading: true, syllabic: reading.Scripts.Contains("hangul", StringComparison.Ordinal) || reading.Scripts.Contains("korean", StringComparison.Ordinal));

    /// <summary>
    /// True for a Chinese reading of a foreign person's name: written with a middle dot (约翰·博尔顿) or holding words
    /// written by sound. Chinese writes such a name as given name and family name and leaves the middle names out
    /// (<see cref="NameView.MiddleNamesUnwritten"/>).
    /// </summary>
    private static bool MiddleNamesUnwritten(NameReading reading, string source) =>
        reading.Scripts.StartsWith("han", StringComparison.Ordinal)
        && (reading.SoundWords is { Count: > 0 } || source.AsSpan().IndexOfAny(s_foreignNameSeparators) >= 0);

    private CompiledName Compile(string name, Func<string, float>? unknownWeight = null) =>
        new(NameNormalizer.Normalize(name, Options.MaxQueryLength, _index.Store.Table), _index.Store.Table, unknownWeight ?? _index.UnknownTokenWeight, name);

    private Func<int, bool>? BuildFilter(ScreeningQuery query)
    {
        var codes = query.ListCodes is { Count: > 0 } c ? new HashSet<string>(c, StringComparer.OrdinalIgnoreCase) : null;
        var country = string.IsNullOrWhiteSpace(query.Country) ? null : query.Country.Trim().ToUpperInvariant();
        var type = query.Type is null or PartyType.Unknown ? (PartyType?)null : query.Type;
        if (codes is null && country is null && type is null)
        {
            return null;
        }

        if (_filterData is not { } filterData)
        {
            var partyFilter = PartyFilter(codes, type, country);
            return e => partyFilter(_entryParty[e]);
        }

        // Inlined, not wrapped around PartyFilter: it runs once per candidate name.
        return e =>
        {
            var f = filterData[_entryParty[e]];
            return (codes is null || codes.Contains(f.ListCode))
                && (type is null || f.Type == PartyType.Unknown || f.Type == type)
                && (country is null || f.Countries.Count == 0 || f.HasCountry(country));
        };
    }

    /// <summary>The query's list, type and country filters on a party's index; null when it has none.</summary>
    private Func<int, bool>? PartyFilter(ScreeningQuery query)
    {
        var codes = query.ListCodes is { Count: > 0 } c ? new HashSet<string>(c, StringComparer.OrdinalIgnoreCase) : null;
        var country = string.IsNullOrWhiteSpace(query.Country) ? null : query.Country.Trim().ToUpperInvariant();
        var type = query.Type is null or PartyType.Unknown ? (PartyType?)null : query.Type;
        return codes is null && country is null && type is null ? null : PartyFilter(codes, type, country);
    }

    /// <summary>The filter of a party's index on its list, type and country.</summary>
    private Func<int, bool> PartyFilter(HashSet<string>? codes, PartyType? type, string? country)
    {
        if (_store is { } store)
        {
            // Read from a snapshot: from the store's arrays, without building the parties.
            return p => (codes is null || codes.Contains(store.ListCodeOf(p)))
                && (type is null || store.TypeOf(p) is var t && (t == PartyType.Unknown || t == type))
                && (country is null || store.HasCountryOrNone(p, country));
        }

        var filterData = _filterData!;
        return p =>
        {
            var f = filterData[p];
            return (codes is null || codes.Contains(f.ListCode))
                && (type is null || f.Type == PartyType.Unknown || f.Type == type)
                && (country is null || f.Countries.Count == 0 || f.HasCountry(country));
        };
    }

    /// <summary>The query or one of its readings, and the range of <c>scored</c> its search added.</summary>
    private readonly record struct QuerySource(CompiledName Query, NameReading? Reading, int From, int To);

    private List<ScreeningMatch> BestPerParty(List<QuerySource> sources, List<ScoredEntry> scored, int max, bool persons)
    {
        var ranked = BestEntries(sources, scored).Values.ToList();
        ranked.Sort((x, y) => Compare(x.Entry, y.Entry));
        var matches = new List<ScreeningMatch>(Math.Min(max, ranked.Count));
        foreach (var (s, source) in ranked.Take(max))
        {
            matches.Add(Match(s, sources[source], persons, s.Score, evidence: null));
        }

        return matches;
    }

    /// <summary>Best per party; on a tie the query as written wins over a reading, then the earlier reading, then the entry.</summary>
    private Dictionary<int, (ScoredEntry Entry, int Source)> BestEntries(List<QuerySource> sources, List<ScoredEntry> scored)
    {
        var best = new Dictionary<int, (ScoredEntry Entry, int Source)>();
        for (var source = 0; source < sources.Count; source++)
        {
            for (var i = sources[source].From; i < sources[source].To; i++)
            {
                var s = scored[i];
                var party = _entryParty[s.Entry];
                if (!best.TryGetValue(party, out var current) || s.Score > current.Entry.Score
                    || (s.Score == current.Entry.Score && current.Source == source && s.Entry < current.Entry.Entry))
                {
                    best[party] = (s, source);
                }
            }
        }

        return best;
    }

    /// <summary>Best score first, then party id, then entry.</summary>
    private int Compare(ScoredEntry a, ScoredEntry b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byId = string.CompareOrdinal(PartyId(_entryParty[a.Entry]), PartyId(_entryParty[b.Entry]));
        return byId != 0 ? byId : a.Entry.CompareTo(b.Entry);
    }

    /// <summary>One match, its explanation built on first access; with the facts' evidence when the query gave any.</summary>
    private ScreeningMatch Match(ScoredEntry s, QuerySource source, bool persons, double nameScore, MatchEvidence[]? evidence)
    {
        var name = EntryName(s.Entry);
        var nameReading = _entryIsReading[s.Entry] ? _entryText[s.Entry] : null;
        var nameText = _entryText[s.Entry] ?? name.Value;
        var (q, queryReading, _, _) = source;
        var table = _index.Store.Table;
        var band = s.Score >= Options.StrongThreshold ? MatchBand.Strong : MatchBand.Review;
        var person = persons && _index.Store.IsPerson(s.Entry);
        var unwritten = _index.Store.MiddleNamesUnwritten(s.Entry);
        var party = Party(_entryParty[s.Entry]);
        var score = s.Score;
        return new ScreeningMatch(
            party,
            name,
            score,
            band,
            evidence is null
                ? () => Explain(q, queryReading, name, nameText, nameReading, table, person, unwritten)
                : () => WithEvidence(Explain(q, queryReading, name, nameText, nameReading, table, person, unwritten), score, nameScore, evidence));
    }

    /// <summary>An explanation with the facts' evidence: the final score, the name's score, and the facts first in the summary.</summary>
    private static MatchExplanation WithEvidence(MatchExplanation name, double score, double nameScore, MatchEvidence[] evidence)
    {
        var facts = string.Join("; ", evidence.Select(e => e.Detail));
        var nameSummary = nameScore > 0 ? name.Summary : name.NormalizedQuery.Length == 0 ? "no name given" : "name differs";
        return name with
        {
            Score = score,
            NameScore = nameScore,
            Method = nameScore <= 0 && evidence.Any(e => e.Effect == EvidenceEffect.IdentifierMatch) ? "identifier" : name.Method,
            Evidence = evidence,
            Summary = facts.Length == 0 ? nameSummary : facts + "; " + nameSummary,
        };
    }

    /// <summary>The scorer's explanation of one match, with the reading that made it when one did.</summary>
    private static MatchExplanation Explain(CompiledName q, NameReading? queryReading, ListedName name, string text, string? nameReading, TokenTable table, bool person, bool middleNamesUnwritten = false)
    {
        var explanation = NameScorer.Explain(q, new CompiledName(NameNormalizer.Normalize(text), table, text: text, middleNamesUnwritten: middleNamesUnwritten, reading: nameReading is not null), person);
        if (queryReading is null && nameReading is null)
        {
            return explanation;
        }

        var read = queryReading is not null
            ? $"query read as ({queryReading.Scripts}): {queryReading.Text}"
            : $"listed name '{name.Value}' read as: {nameReading}";
        return explanation with
        {
            Method = explanation.Score > 0 ? "reading" : explanation.Method,
            QueryReading = queryReading?.Text,
            NameReading = nameReading,
            Summary = read + "; " + explanation.Summary,
        };
    }

    /// <summary>True when one of <c>kept[from..]</c> has the same legal forms and text (<see cref="NormalizedName.ToString"/>) as <paramref name="name"/>.</summary>
    private static bool KeptBefore(NormalizedName[] normalized, List<int> kept, int from, NormalizedName name)
    {
        for (var k = from; k < kept.Count; k++)
        {
            var other = normalized[kept[k]];
            if (other.Forms == name.Forms && other.SameText(name))
            {
                return true;
            }
        }

        return false;
    }

    private static string ComputeSnapshotId(IReadOnlyList<ListSnapshot> lists, ScreeningOptions options, IReadOnlyList<AliasOverlayReport> overlays)
    {
        var sb = new StringBuilder(ScreeningDefaults.AlgorithmVersion);
        foreach (var l in lists)
        {
            sb.Append('|').Append(l.Identity.Sha256);
        }

        // Only when there are overlays, so a configuration without any keeps its id.
        foreach (var o in overlays)
        {
            sb.Append("|overlay=").Append(o.Identity.Sha256);
        }

        sb.Append("|t=").Append(options.Threshold.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
            .Append("|s=").Append(options.StrongThreshold.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
            .Append("|weak=").Append(options.IncludeWeakAliases)
            .Append("|q=").Append(options.MaxQueryLength)
            .Append("|clear=").Append(options.ClearContradictedMatches);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16];
    }

    private sealed class PartyFilterData
    {
        internal PartyFilterData(ListedParty party)
        {
            ListCode = party.List.Code;
            Type = party.Type;
            Countries = party.Addresses.Count == 0 ? party.Countries : WithAddressCountries(party);
        }

        internal string ListCode { get; }

        internal PartyType Type { get; }

        /// <summary>A handful at most: a linear scan beats a set per party.</summary>
        internal IReadOnlyList<string> Countries { get; }

        internal bool HasCountry(string country) => Contains(Countries, Countries.Count, country);

        /// <summary>
        /// The party's countries then its addresses' ones, each once (case-insensitive); the party's own list when
        /// that adds nothing, as the loaders already add each address's country to it.
        /// </summary>
        private static IReadOnlyList<string> WithAddressCountries(ListedParty party)
        {
            var countries = party.Countries;
            var same = true;
            for (var i = 0; i < countries.Count && same; i++)
            {
                same = !Contains(countries, i, countries[i]);
            }

            for (var i = 0; i < party.Addresses.Count && same; i++)
            {
                same = party.Addresses[i].Country is not { } c || Contains(countries, countries.Count, c);
            }

            if (same)
            {
                return countries;
            }

            var merged = new List<string>(countries.Count + party.Addresses.Count);
            foreach (var c in countries)
            {
                if (!Contains(merged, merged.Count, c))
                {
                    merged.Add(c);
                }
            }

            foreach (var a in party.Addresses)
            {
                if (a.Country is { } c && !Contains(merged, merged.Count, c))
                {
                    merged.Add(c);
                }
            }

            return merged;
        }

        /// <summary>True when one of the first <paramref name="count"/> countries is <paramref name="country"/> (case-insensitive).</summary>
        private static bool Contains(IReadOnlyList<string> countries, int count, string country)
        {
            for (var i = 0; i < count; i++)
            {
                if (string.Equals(countries[i], country, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
