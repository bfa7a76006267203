using System.Diagnostics;
using System.Globalization;
using EntityScreen.Text;

namespace EntityScreen;

/// <summary>
/// Ownership edges with each side resolved: a listed party, an entity of the files, or an unlisted owner. Built once
/// from one or more <see cref="OwnershipFile"/>s and the list snapshots; immutable, safe to share across threads.
/// <see cref="Cover"/> computes a rule's covered set and red flags from it.
/// </summary>
/// <remarks>
/// Resolution, per distinct owner: its <c>owner_id</c> as an <c>owned_id</c> of the files, then as a listed party's id;
/// then its name as an <c>owned</c> value (or alias) of the files, case and spaces aside (so chains through unlisted
/// intermediaries work); then the one listed party whose primary name is written the same, case and spaces aside, else
/// the one listed by any other name (not a weak alias) so written; then the listed party whose primary name normalizes to the same words in the same order with the same legal forms;
/// then, with a screener, screening at <see cref="OwnershipDefaults.ResolutionThreshold"/>. Ties (two parties, or two
/// entities of the file) are reported as ambiguous and never guessed: such an owner is an
/// <see cref="OwnershipNodeKind.Ambiguous"/> node carrying its candidates. An owned side is a listed party by its
/// <c>owned_id</c>, or, for an owned name without id that no <c>owned_id</c> row names, when exactly one listed party's
/// primary name is written the same or normalizes the same (no screening); otherwise it is the file's own entity.
/// </remarks>
public sealed class OwnershipGraph
{
    private readonly IReadOnlyList<OwnershipFile> _files;

    private OwnershipGraph(IReadOnlyList<OwnershipFile> files)
    {
        _files = files;
        Sources = [.. files.Select(f => f.Report)];
    }

    /// <summary>The ownership files, their SHA-256 and load reports.</summary>
    public IReadOnlyList<OwnershipLoadReport> Sources { get; }

    /// <summary>
    /// How owners were resolved to listed parties (by id, by normalized name, by screening), owners that were
    /// ambiguous, and owners whose <c>owner_id</c> matched nothing; each with the first row naming it.
    /// </summary>
    public IReadOnlyList<OwnerResolution> Resolutions { get; private init; } = [];

    /// <summary>Owner names that are neither listed nor an entity of the files (unlisted owners), each once.</summary>
    public IReadOnlyList<string> UnlistedOwners { get; private init; } = [];

    /// <summary>
    /// What the build noticed: duplicate holdings, owned names shared by several entities, self-ownership after
    /// resolution, shares over 100% in total, cycles.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; private set; } = [];

    /// <summary>Parties and entities in the graph.</summary>
    public int NodeCount => NodeKinds.Length;

    /// <summary>Ownership edges in the graph (after duplicates and self-ownership are left out; control rows are apart, never holdings).</summary>
    public int EdgeCount => EdgeOwner.Length;

    internal OwnershipNodeKind[] NodeKinds { get; private init; } = [];

    internal string[] NodeNames { get; private init; } = [];

    internal string?[] NodeIds { get; private init; } = [];

    internal ListedParty?[] NodeParties { get; private init; } = [];

    /// <summary>Per node: its other names given by the files (<see cref="OwnershipNode.Aliases"/>); an empty array when none.</summary>
    internal string[][] NodeAliases { get; private init; } = [];

    /// <summary>Per node: for an <see cref="OwnershipNodeKind.Ambiguous"/> owner, its candidate nodes; an empty array otherwise.</summary>
    internal int[][] NodeCandidates { get; private init; } = [];

    /// <summary>The candidates of each ambiguous node as <see cref="OwnershipNode"/>s, made once so that nodes compare equal.</summary>
    private Dictionary<int, OwnershipNode[]> CandidateNodes { get; set; } = [];

    internal int[] EdgeOwner { get; private init; } = [];

    internal int[] EdgeOwned { get; private init; } = [];

    /// <summary>Per edge: an index into <see cref="ShareTable"/>.</summary>
    internal int[] EdgeShare { get; private init; } = [];

    internal int[] EdgeFile { get; private init; } = [];

    internal int[] EdgeRow { get; private init; } = [];

    internal OwnershipShare[] ShareTable { get; private init; } = [];

    /// <summary>Per node: its ISO-2 country (<c>owned_country</c>, the first given), or null.</summary>
    internal string?[] NodeCountries { get; private init; } = [];

    /// <summary>Per control edge (a <c>relation</c> other than ownership): the controlling node.</summary>
    internal int[] ControlOwner { get; private init; } = [];

    internal int[] ControlFile { get; private init; } = [];

    internal int[] ControlRow { get; private init; } = [];

    /// <summary>Control edges into node v: <c>ControlInEdges[ControlInStart[v]..ControlInStart[v + 1]]</c>.</summary>
    internal int[] ControlInStart { get; private init; } = [];

    internal int[] ControlInEdges { get; private init; } = [];

    /// <summary>Edges into node v: <c>InEdges[InStart[v]..InStart[v + 1]]</c>.</summary>
    internal int[] InStart { get; private init; } = [];

    internal int[] InEdges { get; private init; } = [];

    /// <summary>Edges out of node v: <c>OutEdges[OutStart[v]..OutStart[v + 1]]</c>.</summary>
    internal int[] OutStart { get; private init; } = [];

    internal int[] OutEdges { get; private init; } = [];

    /// <summary>Builds the graph of one ownership file.</summary>
    /// <param name="file">The edges.</param>
    /// <param name="lists">The list snapshots whose parties owners are resolved against.</param>
    /// <param name="screener">A screener to resolve owner names no listed name equals; null: exact names only.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> or <paramref name="lists"/> is null.</exception>
    public static OwnershipGraph Build(OwnershipFile file, IEnumerable<ListSnapshot> lists, Screener? screener = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Build([file], lists, screener);
    }

    /// <summary>Builds the graph of several ownership files, as one: an entity owned in one file can own in another.</summary>
    /// <param name="files">The edges.</param>
    /// <param name="lists">The list snapshots whose parties owners are resolved against.</param>
    /// <param name="screener">A screener to resolve owner names no listed name equals; null: exact names only.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> or <paramref name="lists"/> is null.</exception>
    public static OwnershipGraph Build(IEnumerable<OwnershipFile> files, IEnumerable<ListSnapshot> lists, Screener? screener = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(lists);
        return new Builder([.. files], [.. lists], screener).Build();
    }

    /// <summary>Computes the covered set and red flags of <paramref name="rule"/> on the options' day.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="options">The options; null: the defaults (today, UTC).</param>
    /// <returns>The covered set; empty, saying why, when the rule is not in force on that day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range, or <paramref name="rule"/> is not a rule.</exception>
    /// <exception cref="ArgumentException">The options are inconsistent (see <see cref="OwnershipOptions.Validate"/>).</exception>
    public CoveredSet Cover(OwnershipRule rule, OwnershipOptions? options = null)
    {
        options ??= new OwnershipOptions();
        options.Validate();
        return CoverageSolver.Solve(this, rule, options);
    }

    /// <summary>The ownership files, in the order given.</summary>
    internal IReadOnlyList<OwnershipFile> Files => _files;

    /// <summary>The identities of the list snapshots owners were resolved against.</summary>
    internal IReadOnlyList<ListIdentity> ResolvedAgainst { get; private init; } = [];

    internal OwnershipNode Node(int node) => new(NodeKinds[node], NodeNames[node], NodeIds[node], NodeParties[node])
    {
        Aliases = NodeAliases[node],
        Country = NodeCountries[node],
        Candidates = CandidateNodes.TryGetValue(node, out var candidates) ? candidates : [],
    };

    internal OwnershipEdge Edge(int edge) => _files[EdgeFile[edge]].Edge(EdgeRow[edge]);

    /// <summary>The file row of a control edge.</summary>
    internal OwnershipEdge ControlEdge(int edge) => _files[ControlFile[edge]].Edge(ControlRow[edge]);

    /// <summary>Resolves every side of every edge and lays the edges out for the solver.</summary>
    private sealed class Builder(OwnershipFile[] files, ListSnapshot[] lists, Screener? screener)
    {
        private const int Ambiguous = -1;

        private readonly List<OwnershipNodeKind> _kinds = [];
        private readonly List<string> _names = [];
        private readonly List<string?> _ids = [];
        private readonly List<ListedParty?> _parties = [];
        private readonly List<List<string>?> _aliases = [];
        private readonly Dictionary<int, int[]> _candidates = [];
        private readonly Dictionary<int, (string Country, string File, long Line)> _countries = [];

        private readonly Dictionary<string, ListedParty> _partiesById = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, int> _listedNodes = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, int> _fileById = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _nodeByOwnedId = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _unlisted = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _ambiguousNodes = new(StringComparer.Ordinal);

        /// <summary>
        /// Every owned value and alias of the files, by <see cref="ExactKey"/> (case and spaces aside) → its node, or
        /// <see cref="Ambiguous"/> when several entities carry it.
        /// </summary>
        private readonly Dictionary<string, int> _ownedNames = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<int>> _ambiguousOwned = new(StringComparer.Ordinal);

        /// <summary>Per <see cref="ExactKey"/>: the first spelling of the name seen, to warn when another spelling is folded onto it.</summary>
        private readonly Dictionary<string, string> _spellings = new(StringComparer.Ordinal);
        private readonly HashSet<string> _foldedSpellings = new(StringComparer.Ordinal);

        private readonly Dictionary<string, int> _owners = new(StringComparer.Ordinal);
        private readonly List<OwnerResolution> _resolutions = [];
        private readonly List<string> _unlistedOwners = [];
        private readonly WarningLog _warnings = new();
        private Dictionary<string, List<ListedParty>>? _byNormalizedName;
        private Dictionary<string, List<ListedParty>>? _byExactName;
        private Dictionary<string, List<ListedParty>>? _byExactAnyName;

        /// <summary>Screenings done ahead, in parallel, by <see cref="ScreenOwnersAhead"/>; read-only once set.</summary>
        private System.Collections.Concurrent.ConcurrentDictionary<string, (List<ListedParty> Parties, double Best)>? _screened;

        public OwnershipGraph Build()
        {
            foreach (var list in lists)
            {
                foreach (var party in list.Parties)
                {
                    _partiesById.TryAdd(party.Id, party);
                }
            }

            // Owned sides first: every owned value must be known before any owner is looked up. Rows with an owned_id
            // first (their names, and each later name of the same id an alias), then the names the files give for
            // those ids elsewhere (OwnershipFile.EntityNames), then owned names without an id.
            var owned = new int[files.Length][];
            for (var f = 0; f < files.Length; f++)
            {
                var file = files[f];
                var path = file.Report.File.File;
                owned[f] = new int[file.Rows.Length];
                for (var r = 0; r < file.Rows.Length; r++)
                {
                    var row = file.Rows[r];
                    if (row.OwnedId == 0)
                    {
                        continue;
                    }

                    var id = file.Strings[row.OwnedId];
                    var name = file.Strings[row.Owned];
                    if (!_nodeByOwnedId.TryGetValue(id, out var node))
                    {
                        node = _nodeByOwnedId[id] = _partiesById.TryGetValue(id, out var party) ? ListedNode(party)
                            : _fileById[id] = AddNode(OwnershipNodeKind.FileEntity, name, id, null);
                    }

                    owned[f][r] = node;
                    AddAlias(node, name);
                    RegisterOwnedName(name, node, path, row.Line, warnOnSpelling: false);
                }
            }

            foreach (var file in files)
            {
                foreach (var (id, names) in file.EntityNames)
                {
                    if (_nodeByOwnedId.TryGetValue(id, out var node))
                    {
                        foreach (var name in names)
                        {
                            AddAlias(node, name);
                            RegisterOwnedName(name, node, file.Report.File.File, 0, warnOnSpelling: false);
                        }
                    }
                }
            }

            for (var f = 0; f < files.Length; f++)
            {
                var file = files[f];
                var path = file.Report.File.File;
                for (var r = 0; r < file.Rows.Length; r++)
                {
                    var row = file.Rows[r];
                    if (row.OwnedId != 0)
                    {
                        continue;
                    }

                    var name = file.Strings[row.Owned];
                    if (_ownedNames.TryGetValue(ExactKey(name), out var node))
                    {
                        owned[f][r] = node;
                        if (node != Ambiguous)
                        {
                            NoteSpelling(name, path, row.Line);
                        }

                        continue;
                    }

                    node = OwnedByName(name, path, row.Line);
                    RegisterOwnedName(name, node, path, row.Line);
                    owned[f][r] = node;
                }
            }

            ScreenOwnersAhead();

            // Owners, then the edges: duplicates and self-ownership left out with a warning.
            var shares = new InternTable<OwnershipShare>();
            var kept = new Dictionary<(int Owner, int Owned), int>();
            var edges = new List<(int Owner, int Owned, int Share, int File, int Row)>();
            var control = new List<(int Owner, int Owned, int Share, int File, int Row)>();
            var controlKept = new HashSet<(int, int, OwnershipRelation)>();
            for (var f = 0; f < files.Length; f++)
            {
                var file = files[f];
                var path = file.Report.File.File;
                var shareMap = file.Shares.Select(shares.Add).ToArray();
                for (var r = 0; r < file.Rows.Length; r++)
                {
                    var row = file.Rows[r];
                    var ownedNode = owned[f][r];
                    if (ownedNode == Ambiguous)
                    {
                        var name = file.Strings[row.Owned];
                        _warnings.Add("owned name of several entities", Invariant($"{path}:{row.Line}: the owned name '{name}' belongs to several entities of the files ({Describe(_ambiguousOwned[ExactKey(name)])}): give its owned_id; the edge is left out"));
                        continue;
                    }

                    if (row.OwnedCountry != 0)
                    {
                        var country = file.Strings[row.OwnedCountry];
                        if (!_countries.TryGetValue(ownedNode, out var known))
                        {
                            _countries[ownedNode] = (country, path, row.Line);
                        }
                        else if (!string.Equals(known.Country, country, StringComparison.Ordinal))
                        {
                            _warnings.Add("countries differ", Invariant($"{path}:{row.Line}: {_names[ownedNode]} is given the country {country}, but {known.Country} at {known.File}:{known.Line}: the first is kept"));
                        }
                    }

                    var ownerNode = Owner(file, row);
                    if (ownerNode == ownedNode)
                    {
                        _warnings.Add("self-ownership", Invariant($"{path}:{row.Line}: '{file.Strings[row.Owner]}' resolves to the entity it owns ({_names[ownedNode]}): self-ownership, the edge is left out"));
                        continue;
                    }

                    if (row.Relation != OwnershipRelation.Ownership)
                    {
                        // Control without ownership: apart from the holdings, never summed; a duplicate is kept once.
                        if (controlKept.Add((ownerNode, ownedNode, row.Relation)))
                        {
                            control.Add((ownerNode, ownedNode, 0, f, r));
                        }

                        continue;
                    }

                    var edge = (ownerNode, ownedNode, shareMap[row.Share], f, r);
                    if (kept.TryGetValue((ownerNode, ownedNode), out var previous))
                    {
                        var before = edges[previous];
                        var prior = files[before.File].Rows[before.Row];
                        var newer = (row.AsOf ?? DateOnly.MinValue) >= (prior.AsOf ?? DateOnly.MinValue);
                        _warnings.Add("duplicate holding", Invariant($"{path}:{row.Line}: the holding of {_names[ownerNode]} in {_names[ownedNode]} is also given at {files[before.File].Report.File.File}:{prior.Line}: one holding, not two; the {(newer ? "later" : "earlier")} row ({(newer ? row.Line : prior.Line)}) is kept, by as_of then file order"));
                        if (newer)
                        {
                            edges[previous] = edge;
                        }

                        continue;
                    }

                    kept.Add((ownerNode, ownedNode), edges.Count);
                    edges.Add(edge);
                }
            }

            var nodeCount = _kinds.Count;
            var (inStart, inEdges) = Adjacency(nodeCount, edges, static e => e.Owned);
            var (outStart, outEdges) = Adjacency(nodeCount, edges, static e => e.Owner);
            var (controlInStart, controlInEdges) = Adjacency(nodeCount, control, static e => e.Owned);
            var graph = new OwnershipGraph(files)
            {
                NodeKinds = [.. _kinds],
                NodeNames = [.. _names],
                NodeIds = [.. _ids],
                NodeParties = [.. _parties],
                NodeAliases = [.. _aliases.Select(a => a is null ? [] : a.ToArray())],
                NodeCandidates = [.. Enumerable.Range(0, nodeCount).Select(v => _candidates.TryGetValue(v, out var c) ? c : [])],
                EdgeOwner = [.. edges.Select(e => e.Owner)],
                EdgeOwned = [.. edges.Select(e => e.Owned)],
                EdgeShare = [.. edges.Select(e => e.Share)],
                EdgeFile = [.. edges.Select(e => e.File)],
                EdgeRow = [.. edges.Select(e => e.Row)],
                ShareTable = shares.ToArray(),
                InStart = inStart,
                InEdges = inEdges,
                OutStart = outStart,
                OutEdges = outEdges,
                ControlOwner = [.. control.Select(e => e.Owner)],
                ControlFile = [.. control.Select(e => e.File)],
                ControlRow = [.. control.Select(e => e.Row)],
                ControlInStart = controlInStart,
                ControlInEdges = controlInEdges,
                NodeCountries = [.. Enumerable.Range(0, nodeCount).Select(v => _countries.TryGetValue(v, out var c) ? c.Country : null)],
                Resolutions = [.. _resolutions],
                UnlistedOwners = [.. _unlistedOwners],
                ResolvedAgainst = [.. lists.Select(l => l.Identity)],
            };

            // Candidates are listed parties or entities of the files, never ambiguous themselves.
            graph.CandidateNodes = _candidates.ToDictionary(c => c.Key, c => c.Value.Select(graph.Node).ToArray());
            CheckTotals(graph);
            CheckCycles(graph);
            graph.Warnings = _warnings.ToArray();
            return graph;
        }

        /// <summary>
        /// Screens, in parallel, every owner name (and other name of an owner's id) that the lookups by id and by name
        /// will not resolve, so that <see cref="Resolve"/>, which runs in file order and decides, finds each screening
        /// done: the same answers as screening one by one (the screener is immutable), in a fraction of the time on
        /// several cores. Names that an id or an exact or normalized name resolves are never screened, as before.
        /// </summary>
        private void ScreenOwnersAhead()
        {
            if (screener is null)
            {
                return;
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                foreach (var row in file.Rows)
                {
                    var id = file.Strings[row.OwnerId];
                    if (id.Length > 0 && (_fileById.ContainsKey(id) || _partiesById.ContainsKey(id)))
                    {
                        continue;
                    }

                    var name = file.Strings[row.Owner];
                    if (_ownedNames.ContainsKey(ExactKey(name)))
                    {
                        continue;
                    }

                    NeedsScreening(name);
                    if (id.Length > 0 && file.EntityNames.GetValueOrDefault(id) is { } other)
                    {
                        foreach (var alias in other)
                        {
                            NeedsScreening(alias);
                        }
                    }
                }
            }

            if (names.Count < 2)
            {
                return;
            }

            var results = new System.Collections.Concurrent.ConcurrentDictionary<string, (List<ListedParty> Parties, double Best)>(StringComparer.Ordinal);
            Parallel.ForEach(names, name => results[name] = ScreenOne(name));
            _screened = results;

            void NeedsScreening(string name)
            {
                if (!names.Contains(name) && ListedByName(name, out var normalized) is null && normalized)
                {
                    names.Add(name);
                }
            }
        }

        private int AddNode(OwnershipNodeKind kind, string name, string? id, ListedParty? party)
        {
            _kinds.Add(kind);
            _names.Add(name);
            _ids.Add(id);
            _parties.Add(party);
            _aliases.Add(null);
            return _kinds.Count - 1;
        }

        /// <summary>Adds <paramref name="name"/> to the node's aliases unless it is its name or an alias already, case and spaces aside.</summary>
        private void AddAlias(int node, string name)
        {
            var key = ExactKey(name);
            if (key.Length == 0 || key == ExactKey(_names[node]))
            {
                return;
            }

            var aliases = _aliases[node] ??= [];
            if (!aliases.Exists(a => ExactKey(a) == key))
            {
                aliases.Add(name);
            }
        }

        /// <summary>
        /// The node of an owned name without id that no owned_id row names: the one listed party whose primary name is
        /// written the same (case and spaces aside) or normalizes to the same words and legal forms; else a new
        /// entity of the file. No screening: an owned side is placed by name only when the name says who it is.
        /// </summary>
        private int OwnedByName(string name, string path, long line)
        {
            var parties = ListedByName(name, out _);
            if (parties is { Count: 1 })
            {
                _resolutions.Add(new OwnerResolution(name, null, OwnerResolutionMethod.NormalizedName, parties[0], null, [], path, line, "owned name without owned_id: resolved to the listed party of that name") { IsOwnedSide = true });
                var node = ListedNode(parties[0]);
                AddAlias(node, name);
                return node;
            }

            if (parties is { Count: > 1 })
            {
                _resolutions.Add(new OwnerResolution(name, null, OwnerResolutionMethod.Ambiguous, null, null, [.. parties.Select(DescribeParty)], path, line, "owned name without owned_id: several listed parties have this name; taken as an entity of the file (give its owned_id)") { IsOwnedSide = true });
            }

            return AddNode(OwnershipNodeKind.FileEntity, name, null, null);
        }

        /// <summary>
        /// The listed parties <paramref name="name"/> names: the one primary name written the same (case and spaces
        /// aside); else those whose primary name normalizes to the same words in the same order with the same legal
        /// forms; null when none. <paramref name="normalized"/> is false when the name normalizes to nothing.
        /// </summary>
        private List<ListedParty>? ListedByName(string name, out bool normalized)
        {
            // The primary name as written (case and spaces aside) first: the normalized key folds words, so duplicate
            // listings of one name in other spellings (Huawei Technology / Huawei Technologies Co., Ltd.) tie there.
            normalized = false;
            if (ByExactName().TryGetValue(ExactKey(name), out var exact) && exact.Count == 1)
            {
                return exact;
            }

            // Then any other name a party is listed by (an alias, a name in another script, an overlay's name), written
            // the same: 华为技术有限公司 is the one party listed by that name, where its reading ties several.
            if (ByExactAnyName().TryGetValue(ExactKey(name), out var alias) && alias.Count == 1)
            {
                return alias;
            }

            var normalizedName = NameNormalizer.Normalize(name);
            normalized = normalizedName.ToString().Length > 0;
            return normalized && ByNormalizedName().TryGetValue(NormalizedKey(normalizedName), out var equal) ? equal : null;
        }

        /// <summary>Warns, once per spelling, when <paramref name="name"/> differs from the first spelling of its key (case or spaces).</summary>
        private void NoteSpelling(string name, string path, long line)
        {
            var key = ExactKey(name);
            if (!_spellings.TryGetValue(key, out var first))
            {
                _spellings[key] = name;
                return;
            }

            if (!string.Equals(first, name, StringComparison.Ordinal) && _foldedSpellings.Add(name))
            {
                var where = line > 0 ? Invariant($"{path}:{line}") : path;
                _warnings.Add("spellings folded", Invariant($"{where}: '{name}' and '{first}' are taken as one name (names are matched case and spaces aside)"));
            }
        }

        private int ListedNode(ListedParty party)
        {
            if (!_listedNodes.TryGetValue(party.Id, out var node))
            {
                node = _listedNodes[party.Id] = AddNode(OwnershipNodeKind.Listed, party.PrimaryName, party.Id, party);
            }

            return node;
        }

        /// <summary>
        /// Registers an owned name (or alias) of <paramref name="node"/>; a name several nodes carry becomes ambiguous.
        /// <paramref name="warnOnSpelling"/>: warn when another spelling of it is known (not for the names of one
        /// owned_id, which are one entity by its id whatever their case).
        /// </summary>
        private void RegisterOwnedName(string name, int node, string path, long line, bool warnOnSpelling = true)
        {
            var key = ExactKey(name);
            if (key.Length == 0)
            {
                return;
            }

            if (!_ownedNames.TryGetValue(key, out var known))
            {
                _ownedNames[key] = node;
                _spellings.TryAdd(key, name);
                return;
            }

            if (known == node)
            {
                if (warnOnSpelling)
                {
                    NoteSpelling(name, path, line);
                }

                return;
            }

            if (known != Ambiguous)
            {
                _ownedNames[key] = Ambiguous;
                _ambiguousOwned[key] = [known];
            }

            if (!_ambiguousOwned[key].Contains(node))
            {
                _ambiguousOwned[key].Add(node);
            }
        }

        /// <summary>The node of a row's owner, resolved once per distinct name and id.</summary>
        private int Owner(OwnershipFile file, EdgeRow row)
        {
            var name = file.Strings[row.Owner];
            var id = file.Strings[row.OwnerId];
            var key = id.Length == 0 ? name : string.Concat(id, "\u001F", name);
            if (!_owners.TryGetValue(key, out var node))
            {
                node = _owners[key] = Resolve(name, id, file.Report.File.File, row.Line, id.Length == 0 ? null : file.EntityNames.GetValueOrDefault(id));
            }

            return node;
        }

        /// <summary>
        /// Resolves an owner: by its id (an owned_id of the files, else a listed party's id), else by its name (an owned
        /// value of the files, then a listed party's name as written or normalized, then screening at a strict
        /// threshold), else by the other names the file gives its id (<paramref name="otherNames"/>, a FollowTheMoney
        /// entity's aliases), each tried the same way against the lists; else an unlisted owner.
        /// </summary>
        private int Resolve(string name, string id, string path, long line, IReadOnlyList<string>? otherNames)
        {
            string? note = null;
            if (id.Length > 0)
            {
                if (_fileById.TryGetValue(id, out var entity))
                {
                    return entity;
                }

                if (_partiesById.TryGetValue(id, out var party))
                {
                    Record(OwnerResolutionMethod.ListedId, party, null, []);
                    return ListedNode(party);
                }

                note = $"owner_id '{id}' is neither an owned_id of the files nor a listed party's id: resolved by name";
            }

            if (_ownedNames.TryGetValue(ExactKey(name), out var owned))
            {
                if (owned == Ambiguous)
                {
                    var candidates = _ambiguousOwned[ExactKey(name)];
                    Record(OwnerResolutionMethod.Ambiguous, null, null, [.. candidates.Select(Describe)]);
                    return AmbiguousNode(name, candidates);
                }

                // An owner with an id of its own is not the entity of another owned_id that happens to share its name.
                if (id.Length == 0 || _ids[owned] is null || _kinds[owned] != OwnershipNodeKind.FileEntity)
                {
                    NoteSpelling(name, path, line);
                    if (note is not null)
                    {
                        Record(OwnerResolutionMethod.FileEntity, _parties[owned], null, []);
                    }

                    return owned;
                }

                note += Invariant($"; not the entity of owned_id '{_ids[owned]}' of the same name");
            }

            var listed = ListedByName(name, out var normalized);
            if (listed is { Count: 1 })
            {
                Record(OwnerResolutionMethod.NormalizedName, listed[0], null, []);
                return ListedNode(listed[0]);
            }

            if (listed is { Count: > 1 })
            {
                Record(OwnerResolutionMethod.Ambiguous, null, null, [.. listed.Select(DescribeParty)]);
                return AmbiguousNode(name, [.. listed.Select(ListedNode)]);
            }

            var (screened, best) = normalized ? Screened(name) : ([], 0);
            if (screened.Count == 1)
            {
                Record(OwnerResolutionMethod.Screening, screened[0], best, []);
                return ListedNode(screened[0]);
            }

            if (screened.Count > 1)
            {
                Record(OwnerResolutionMethod.Ambiguous, null, best, [.. screened.Select(DescribeParty)]);
                return AmbiguousNode(name, [.. screened.Select(ListedNode)]);
            }

            // The owner's other names (an FtM owner's aliases, its name in another script): each tried as its name was,
            // by name first, then by screening; the parties they name, when they agree on one, are the owner.
            var other = (otherNames ?? []).Where(n => ExactKey(n).Length > 0 && ExactKey(n) != ExactKey(name)).ToList();
            if (other.Count > 0)
            {
                var found = new List<(string Name, ListedParty Party, double? Score)>();
                foreach (var alias in other)
                {
                    foreach (var party in ListedByName(alias, out _) ?? [])
                    {
                        found.Add((alias, party, null));
                    }
                }

                if (found.Count == 0)
                {
                    foreach (var alias in other)
                    {
                        var (parties, score) = NameNormalizer.Normalize(alias).ToString().Length > 0 ? Screened(alias) : ([], 0);
                        found.AddRange(parties.Select(p => (alias, p, (double?)score)));
                    }
                }

                var distinct = found.DistinctBy(f => f.Party.Id, StringComparer.OrdinalIgnoreCase).ToList();
                if (distinct.Count == 1)
                {
                    var (alias, party, score) = distinct[0];
                    note = (note is null ? string.Empty : note + "; ") + $"resolved by its other name '{alias}'";
                    Record(score is null ? OwnerResolutionMethod.NormalizedName : OwnerResolutionMethod.Screening, party, score, []);
                    return ListedNode(party);
                }

                if (distinct.Count > 1)
                {
                    note = (note is null ? string.Empty : note + "; ") + "its other names name different listed parties";
                    Record(OwnerResolutionMethod.Ambiguous, null, null, [.. distinct.Select(f => $"{DescribeParty(f.Party)} by '{f.Name}'")]);
                    return AmbiguousNode(name, [.. distinct.Select(f => ListedNode(f.Party))]);
                }
            }

            if (note is not null)
            {
                Record(OwnerResolutionMethod.NotFound, null, null, []);
            }

            return Unlisted(name, reportNotFound: true);

            void Record(OwnerResolutionMethod method, ListedParty? party, double? score, IReadOnlyList<string> candidates) =>
                _resolutions.Add(new OwnerResolution(name, id.Length == 0 ? null : id, method, party, score, candidates, path, line, note));
        }

        /// <summary>
        /// The listed parties screening finds for <paramref name="name"/> at the strict resolution threshold: the ones
        /// tied at the best score (one: resolved; several: ambiguous), and that score; none without a screener.
        /// </summary>
        private (List<ListedParty> Parties, double Best) Screened(string name) =>
            _screened is not null && _screened.TryGetValue(name, out var done) ? done : ScreenOne(name);

        private (List<ListedParty> Parties, double Best) ScreenOne(string name)
        {
            if (screener is null)
            {
                return ([], 0);
            }

            var matches = screener.Screen(new ScreeningQuery(name) { Threshold = OwnershipDefaults.ResolutionThreshold, MaxResults = 10 }).Matches;
            if (matches.Count == 0)
            {
                return ([], 0);
            }

            var best = matches[0].Score;
            var tied = matches.TakeWhile(m => m.Score == best)
                .Select(m => _partiesById.GetValueOrDefault(m.Party.Id) ?? m.Party)
                .DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase)
                .ToList();
            return (tied, best);
        }

        /// <summary>The ambiguous owner of this name and these candidates (one node per name, case and spaces aside, and candidate set).</summary>
        private int AmbiguousNode(string name, List<int> candidates)
        {
            var distinct = candidates.Distinct().Order().ToArray();
            var key = ExactKey(name) + "\u001F" + string.Join(',', distinct);
            if (!_ambiguousNodes.TryGetValue(key, out var node))
            {
                node = _ambiguousNodes[key] = AddNode(OwnershipNodeKind.Ambiguous, name, null, null);
                _candidates[node] = distinct;
            }

            return node;
        }

        private static string DescribeParty(ListedParty p) => $"{p.PrimaryName} ({p.Id}, {p.List.Code})";

        /// <summary>The unlisted owner of this name (one node per name); <paramref name="reportNotFound"/>: list it in the unlisted owners.</summary>
        private int Unlisted(string name, bool reportNotFound)
        {
            if (!_unlisted.TryGetValue(name, out var node))
            {
                node = _unlisted[name] = AddNode(OwnershipNodeKind.Unlisted, name, null, null);
                if (reportNotFound)
                {
                    _unlistedOwners.Add(name);
                }
            }

            return node;
        }

        /// <summary>A name's words and its legal forms: Xandor Holdings GmbH is not Xandor Holdings Limited.</summary>
        private static string NormalizedKey(NormalizedName name) =>
            name.ToString() + "|" + ((int)name.Forms).ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>A name as written, upper-cased, with its spaces collapsed.</summary>
        private static string ExactKey(string name) =>
            string.Join(' ', name.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        /// <summary>Listed parties by every name they are listed by but weak aliases (case and spaces aside), built on first use.</summary>
        private Dictionary<string, List<ListedParty>> ByExactAnyName()
        {
            if (_byExactAnyName is null)
            {
                _byExactAnyName = new(StringComparer.Ordinal);
                foreach (var party in _partiesById.Values)
                {
                    foreach (var listedName in party.Names)
                    {
                        if (listedName.Kind == NameKind.Weak)
                        {
                            continue;
                        }

                        var key = ExactKey(listedName.Value);
                        if (!_byExactAnyName.TryGetValue(key, out var parties))
                        {
                            _byExactAnyName[key] = parties = [];
                        }

                        if (parties.Count == 0 || !ReferenceEquals(parties[^1], party))
                        {
                            parties.Add(party);
                        }
                    }
                }
            }

            return _byExactAnyName;
        }

        private Dictionary<string, List<ListedParty>> ByExactName()
        {
            if (_byExactName is null)
            {
                _byExactName = new(StringComparer.Ordinal);
                foreach (var party in _partiesById.Values)
                {
                    var key = ExactKey(party.PrimaryName);
                    if (!_byExactName.TryGetValue(key, out var parties))
                    {
                        _byExactName[key] = parties = [];
                    }

                    parties.Add(party);
                }
            }

            return _byExactName;
        }

        private Dictionary<string, List<ListedParty>> ByNormalizedName()
        {
            if (_byNormalizedName is null)
            {
                _byNormalizedName = new(StringComparer.Ordinal);
                foreach (var party in _partiesById.Values)
                {
                    var normalizedName = NameNormalizer.Normalize(party.PrimaryName);
                    if (normalizedName.ToString().Length == 0)
                    {
                        continue;
                    }

                    var key = NormalizedKey(normalizedName);

                    if (!_byNormalizedName.TryGetValue(key, out var parties))
                    {
                        _byNormalizedName[key] = parties = [];
                    }

                    parties.Add(party);
                }
            }

            return _byNormalizedName;
        }

        private string Describe(int node) =>
            _parties[node] is { } party ? $"{party.PrimaryName} ({party.Id}, {party.List.Code})"
            : _ids[node] is { } id ? $"{_names[node]} (owned_id {id})"
            : _names[node];

        private string Describe(List<int> nodes) => string.Join("; ", nodes.Select(Describe));

        /// <summary>Warns where the known shares held in an entity sum to over 100%.</summary>
        private void CheckTotals(OwnershipGraph graph)
        {
            for (var v = 0; v < graph.NodeCount; v++)
            {
                var total = 0m;
                for (var i = graph.InStart[v]; i < graph.InStart[v + 1]; i++)
                {
                    var share = graph.ShareTable[graph.EdgeShare[graph.InEdges[i]]];
                    total += share.IsKnown ? share.Low : 0m;
                }

                if (total > 100m)
                {
                    var lines = string.Join(", ", Enumerable.Range(graph.InStart[v], graph.InStart[v + 1] - graph.InStart[v])
                        .Take(10)
                        .Select(i => graph.Edge(graph.InEdges[i]).Line.ToString(CultureInfo.InvariantCulture)));
                    _warnings.Add("shares over 100%", Invariant($"the shares held in {graph.NodeNames[v]} sum to at least {total}% (over 100%; lines {lines}): the data is inconsistent; shares are used as given"));
                }
            }
        }

        /// <summary>Warns about every ownership cycle (a strongly connected set of two or more), found by Tarjan's algorithm without recursion.</summary>
        private void CheckCycles(OwnershipGraph graph)
        {
            var n = graph.NodeCount;
            var index = new int[n];
            var low = new int[n];
            var onStack = new bool[n];
            Array.Fill(index, -1);
            var stack = new Stack<int>();
            var frames = new Stack<(int Node, int Next)>();
            var counter = 0;
            for (var start = 0; start < n; start++)
            {
                if (index[start] >= 0 || graph.OutStart[start] == graph.OutStart[start + 1])
                {
                    continue;
                }

                Visit(start);
                while (frames.Count > 0)
                {
                    var (v, next) = frames.Pop();
                    if (next < graph.OutStart[v + 1])
                    {
                        frames.Push((v, next + 1));
                        var w = graph.EdgeOwned[graph.OutEdges[next]];
                        if (index[w] < 0)
                        {
                            Visit(w);
                        }
                        else if (onStack[w])
                        {
                            low[v] = Math.Min(low[v], index[w]);
                        }

                        continue;
                    }

                    if (frames.Count > 0)
                    {
                        var parent = frames.Peek().Node;
                        low[parent] = Math.Min(low[parent], low[v]);
                    }

                    if (low[v] == index[v])
                    {
                        var members = new List<int>();
                        int w;
                        do
                        {
                            w = stack.Pop();
                            onStack[w] = false;
                            members.Add(w);
                        }
                        while (w != v);

                        if (members.Count > 1)
                        {
                            members.Reverse();
                            var names = string.Join(", ", members.Take(5).Select(m => graph.NodeNames[m]));
                            var more = members.Count > 5 ? Invariant($" and {members.Count - 5} more") : string.Empty;
                            _warnings.Add("ownership cycle", Invariant($"ownership cycle among {members.Count} entities ({names}{more}): each holding counts once; the covered set is a fixpoint, computed without looping"));
                        }
                    }
                }
            }

            void Visit(int v)
            {
                index[v] = low[v] = counter++;
                stack.Push(v);
                onStack[v] = true;
                frames.Push((v, graph.OutStart[v]));
            }
        }

        private static (int[] Start, int[] Edges) Adjacency(int nodes, List<(int Owner, int Owned, int Share, int File, int Row)> edges, Func<(int Owner, int Owned, int Share, int File, int Row), int> key)
        {
            var start = new int[nodes + 1];
            foreach (var edge in edges)
            {
                start[key(edge) + 1]++;
            }

            for (var i = 0; i < nodes; i++)
            {
                start[i + 1] += start[i];
            }

            var fill = start[..^1];
            var result = new int[edges.Count];
            for (var e = 0; e < edges.Count; e++)
            {
                result[fill[key(edges[e])]++] = e;
            }

            return (start, result);
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
