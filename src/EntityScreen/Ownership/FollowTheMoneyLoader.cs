using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace EntityScreen;

/// <summary>
/// Reads FollowTheMoney (FtM) entities as JSON lines, one entity a line, as OpenSanctions publishes them
/// (<c>entities.ftm.json</c>, and the nested form <c>targets.nested.json</c>, where a property value may be an entity
/// object instead of an id). Each <c>Ownership</c> entity becomes an edge: owner → asset, with its
/// <c>percentage</c>. Other entities give the names of the edges' sides; entities may come in any order, so names are
/// looked up once the whole file is read. Streaming: the file passes once through a line buffer and a SHA-256 hash; only
/// the entities' names (each distinct string once), the pending edges and the rejections stay in memory.
/// </summary>
/// <remarks>
/// A row is a line (blank lines are not rows): rows read = loaded + rejected. A line is rejected when it is not JSON,
/// not an entity object (no <c>id</c> or <c>schema</c>), or an <c>Ownership</c> that cannot be an edge (its owner or
/// asset missing or never given as an entity, self-ownership, ended, several owners or assets). Every other line is
/// loaded, whether it is an edge, an entity giving names, or an entity of a schema that is no edge (<c>Sanction</c>,
/// <c>Address</c>, …); a warning counts those by schema. An <c>Ownership</c> nested in another entity's line that
/// cannot be an edge is a warning (the line is still loaded for its other entities).
/// </remarks>
internal static class FollowTheMoneyLoader
{
    /// <summary>The longest line read, in bytes: a longer line is one rejection and is skipped, not buffered.</summary>
    internal const int MaxLineSize = 64 << 20;

    private const string OwnershipSchema = "Ownership";

    /// <summary>FtM's director of an organization ("the entity exercising control over another"): a control edge, <see cref="OwnershipRelation.Director"/>.</summary>
    private const string DirectorshipSchema = "Directorship";

    /// <summary>The properties giving an entity's country, first found first: <c>country</c>, then <c>jurisdiction</c>.</summary>
    private static readonly string[] s_countryProperties = ["country", "jurisdiction"];

    private static readonly JsonDocumentOptions s_json = new() { MaxDepth = 256 };

    /// <summary>The properties whose values are an entity's names, in this order after its caption (<c>weakAlias</c> is left out: too weak to name a side).</summary>
    private static readonly string[] s_nameProperties = ["name", "alias", "previousName"];

    /// <summary>Loads <paramref name="path"/>; an ownership whose <c>endDate</c> is before today (UTC) has ended.</summary>
    public static OwnershipFile Load(string path) => Load(path, DateOnly.FromDateTime(DateTime.UtcNow));

    /// <summary>Loads <paramref name="path"/>; an ownership whose <c>endDate</c> is before <paramref name="today"/> has ended.</summary>
    internal static OwnershipFile Load(string path, DateOnly today)
    {
        var watch = Stopwatch.StartNew();
        var file = SourceFile.OpenStream(path, out var stream);
        using (stream)
        {
            var tally = new FileTally(file);
            var state = new ReadState(path, today);
            var lines = new LineReader(stream, MaxLineSize);
            while (lines.Next(out var line, out var tooLong))
            {
                var number = lines.LineNumber;
                if (tooLong)
                {
                    state.Reject(number, null, string.Create(CultureInfo.InvariantCulture, $"the line is longer than {MaxLineSize} bytes; skipped"));
                    continue;
                }

                var span = line.Span;
                if (number == 1 && span.StartsWith("\uFEFF"u8))
                {
                    line = line[3..];
                    span = line.Span;
                }

                if (span.Trim(" \t\r"u8).IsEmpty)
                {
                    continue;
                }

                state.ReadLine(line, number);
            }

            return state.Finish(tally, watch);
        }
    }

    /// <summary>What the read has gathered so far: entities' names, pending edges, rejections and warnings.</summary>
    private sealed class ReadState(string path, DateOnly today)
    {
        private readonly InternTable<string> _strings = new(StringComparer.Ordinal, string.Empty);
        private readonly InternTable<OwnershipShare> _shares = new();

        /// <summary>Entity id (index into <see cref="_strings"/>) → its names (indexes), caption first; null when it has none.</summary>
        private readonly Dictionary<int, List<int>?> _names = [];

        /// <summary>Ownership id → index into <see cref="_edges"/>: an ownership given twice (nested under both sides) is one edge.</summary>
        private readonly Dictionary<int, int> _ownershipIndex = [];
        private readonly List<Pending> _edges = [];
        private readonly Dictionary<int, string> _countries = [];
        private readonly List<(long Line, string? Column, string Reason)> _rejections = [];
        private readonly Dictionary<string, int> _otherSchemas = new(StringComparer.Ordinal);
        private readonly WarningLog _warnings = new();
        private long _loaded;
        private long _merged;

        public void Reject(long line, string? column, string reason) => _rejections.Add((line, column, reason));

        public void ReadLine(ReadOnlyMemory<byte> line, long number)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line, s_json);
            }
            catch (JsonException ex)
            {
                var column = (ex.BytePositionInLine ?? 0) + 1;
                Reject(number, column.ToString(CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"not JSON at byte {column} of the line: {FirstSentence(ex.Message)}"));
                return;
            }

            using (document)
            {
                var root = document.RootElement;
                try
                {
                    if (root.ValueKind != JsonValueKind.Object)
                    {
                        Reject(number, null, "not an entity: the line is JSON but not an object");
                        return;
                    }

                    if (Text(root, "id") is not { Length: > 0 } id)
                    {
                        Reject(number, "id", "not an entity: no \"id\"");
                        return;
                    }

                    if (Text(root, "schema") is not { Length: > 0 } schema)
                    {
                        Reject(number, "schema", $"entity '{id}' has no \"schema\"");
                        return;
                    }

                    var deferred = Entity(root, id, schema, number, parentId: null, parentProperty: null);
                    if (!deferred)
                    {
                        _loaded++;
                    }

                    if (!IsEdgeSchema(schema))
                    {
                        _otherSchemas[schema] = _otherSchemas.GetValueOrDefault(schema) + 1;
                    }
                }
                catch (InvalidOperationException ex)
                {
                    // A string that is not valid UTF-8 fails only when read.
                    Reject(number, null, $"not readable JSON text: {FirstSentence(ex.Message)}");
                }
            }
        }

        /// <summary>
        /// Takes in one entity and the entities nested in its properties. Returns true when the entity is a new top-level
        /// ownership whose line is counted only once the file is read (loaded as an edge, or rejected).
        /// </summary>
        private bool Entity(JsonElement entity, string id, string schema, long line, string? parentId, string? parentProperty)
        {
            var properties = entity.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
            var deferred = false;
            if (string.Equals(schema, OwnershipSchema, StringComparison.Ordinal))
            {
                deferred = Ownership(entity, properties, id, line, parentId, parentProperty, OwnershipRelation.Ownership);
            }
            else if (string.Equals(schema, DirectorshipSchema, StringComparison.Ordinal))
            {
                deferred = Ownership(entity, properties, id, line, parentId, parentProperty, OwnershipRelation.Director);
            }
            else
            {
                Names(entity, properties, id);
            }

            if (properties.ValueKind != JsonValueKind.Object)
            {
                return deferred;
            }

            foreach (var property in properties.EnumerateObject())
            {
                foreach (var value in Values(property.Value))
                {
                    if (value.ValueKind == JsonValueKind.Object
                        && Text(value, "id") is { Length: > 0 } nestedId
                        && Text(value, "schema") is { Length: > 0 } nestedSchema)
                    {
                        Entity(value, nestedId, nestedSchema, line, id, property.Name);
                    }
                }
            }

            return deferred;
        }

        /// <summary>The entity's caption (the <c>caption</c> field, else its first <c>name</c>), names, aliases and previous names.</summary>
        private void Names(JsonElement entity, JsonElement properties, string id)
        {
            var key = _strings.Add(id);
            _names.TryAdd(key, null);
            if (Text(entity, "caption") is { Length: > 0 } caption)
            {
                AddName(key, caption);
            }

            foreach (var property in s_nameProperties)
            {
                foreach (var value in PropertyTexts(properties, property))
                {
                    AddName(key, value);
                }
            }

            foreach (var property in s_countryProperties)
            {
                foreach (var value in PropertyTexts(properties, property))
                {
                    if (CountryNames.ToIso2(value) is not { } iso2)
                    {
                        _warnings.Add("country not read", string.Create(CultureInfo.InvariantCulture, $"{path}: entity '{id}': {property} '{value}' is no country code or name; ignored"));
                        continue;
                    }

                    if (!_countries.TryGetValue(key, out var known))
                    {
                        _countries[key] = string.Intern(iso2);
                    }
                    else if (!string.Equals(known, iso2, StringComparison.Ordinal))
                    {
                        _warnings.Add("countries differ", string.Create(CultureInfo.InvariantCulture, $"{path}: entity '{id}' is given the countries {known} and {iso2}: the first is kept"));
                    }
                }
            }
        }

        private void AddName(int key, string name)
        {
            var index = _strings.Add(name);
            var names = _names[key] ??= new List<int>(1);
            if (!names.Contains(index))
            {
                names.Add(index);
            }
        }

        private bool Ownership(JsonElement entity, JsonElement properties, string id, long line, string? parentId, string? parentProperty, OwnershipRelation relation)
        {
            var ownership = relation == OwnershipRelation.Ownership;
            var owner = ownership ? Side(properties, "owner", parentId, parentProperty, "ownershipOwner") : Side(properties, "director", parentId, parentProperty, "directorshipDirector");
            var asset = ownership ? Side(properties, "asset", parentId, parentProperty, "ownershipAsset") : Side(properties, "organization", parentId, parentProperty, "directorshipOrganization");
            var share = -1;
            var shareTexts = ownership ? PropertyTexts(properties, "percentage").ToArray() : [];
            if (shareTexts.Length > 0)
            {
                share = _shares.Add(Share(shareTexts, id, line));
            }

            var asOf = FirstDate(properties, "startDate", id, line, last: false) ?? FirstDate(properties, "date", id, line, last: false);
            var end = FirstDate(properties, "endDate", id, line, last: true);
            // The datasets, one string for many edges; the ownership's id only without them (the edge's line still
            // leads back to the entity): a million distinct sources would be held twice over.
            var datasets = Values(entity.TryGetProperty("datasets", out var d) ? d : default)
                .Where(v => v.ValueKind == JsonValueKind.String)
                .Select(v => v.GetString())
                .Where(v => !string.IsNullOrWhiteSpace(v));
            var source = string.Join(",", datasets) is { Length: > 0 } names ? names : id;

            var key = _strings.Add(id);
            var nested = parentId is not null;
            if (_ownershipIndex.TryGetValue(key, out var existing))
            {
                // The same ownership again (nested under its owner and under its asset, or in fragments): one edge, each
                // part filled in from wherever it is given first.
                var before = _edges[existing];
                _edges[existing] = before with
                {
                    Owner = before.Owner.Count > 0 ? before.Owner : owner,
                    Asset = before.Asset.Count > 0 ? before.Asset : asset,
                    Share = before.Share >= 0 ? before.Share : share,
                    AsOf = before.AsOf ?? asOf,
                    End = before.End ?? end,
                };
                _merged++;
                return false;
            }

            _ownershipIndex[key] = _edges.Count;
            _edges.Add(new Pending(key, owner, asset, share, _strings.Add(source), asOf, end, line, nested ? _strings.Add(parentId!) : -1, relation));
            return !nested;
        }

        /// <summary>The ids one side of an ownership names: strings, or nested entities' ids; the parent's id when the ownership is nested under it by the side's reverse property.</summary>
        private SideIds Side(JsonElement properties, string property, string? parentId, string? parentProperty, string reverse)
        {
            var ids = new List<int>(1);
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property, out var values))
            {
                foreach (var value in Values(values))
                {
                    var id = value.ValueKind switch
                    {
                        JsonValueKind.String => value.GetString(),
                        JsonValueKind.Object => Text(value, "id"),
                        _ => null,
                    };
                    if (!string.IsNullOrWhiteSpace(id) && _strings.Add(id.Trim()) is var index && !ids.Contains(index))
                    {
                        ids.Add(index);
                    }
                }
            }

            if (ids.Count == 0 && parentId is not null && string.Equals(parentProperty, reverse, StringComparison.Ordinal))
            {
                ids.Add(_strings.Add(parentId));
            }

            return new SideIds(ids.Count == 0 ? -1 : ids[0], ids.Count, ids.Count > 1 ? [.. ids] : null);
        }

        /// <summary>
        /// The share of the <c>percentage</c> values: one value is read as the CSV reads a share; several are the range
        /// from the least to the most of them. A value that is no percentage is an unknown share, with a warning: the edge
        /// is kept, so what it owns is undetermined rather than clear.
        /// </summary>
        private OwnershipShare Share(string[] texts, string id, long line)
        {
            OwnershipShare? result = null;
            foreach (var text in texts)
            {
                if (!ShareParser.TryParse(text, out var share, out var error))
                {
                    _warnings.Add("percentage not a share", string.Create(CultureInfo.InvariantCulture, $"{path}:{line}: ownership '{id}': {error}; the share is taken as unknown"));
                    return OwnershipShare.Unknown;
                }

                if (!share.IsKnown)
                {
                    continue;
                }

                result = result is not { } r ? share : new OwnershipShare(
                    Math.Min(r.Low, share.Low),
                    Math.Max(r.High, share.High),
                    r.Low < share.Low ? r.LowExclusive : r.Low > share.Low ? share.LowExclusive : r.LowExclusive && share.LowExclusive,
                    r.High > share.High ? r.HighExclusive : r.High < share.High ? share.HighExclusive : r.HighExclusive && share.HighExclusive,
                    true);
            }

            if (texts.Length > 1 && result is { } several && !several.IsExact)
            {
                _warnings.Add("several percentages", string.Create(CultureInfo.InvariantCulture, $"{path}:{line}: ownership '{id}' gives {texts.Length} percentages ({string.Join(", ", texts)}): taken as {several}"));
            }

            return result ?? OwnershipShare.Unknown;
        }

        /// <summary>
        /// The first value of <paramref name="property"/> that reads as an FtM date (<c>YYYY-MM-DD</c>, possibly with a
        /// time after it, <c>YYYY-MM</c> or <c>YYYY</c>): a partial date is its period's first day, or its last day when
        /// <paramref name="last"/> (an end date: the ownership held through that period).
        /// </summary>
        private DateOnly? FirstDate(JsonElement properties, string property, string id, long line, bool last)
        {
            foreach (var text in PropertyTexts(properties, property))
            {
                if (ParseDate(text, last) is { } date)
                {
                    return date;
                }

                _warnings.Add("date not read", string.Create(CultureInfo.InvariantCulture, $"{path}:{line}: ownership '{id}', {property} '{text}' is not a date; ignored"));
            }

            return null;
        }

        private static DateOnly? ParseDate(string text, bool last)
        {
            var span = text.AsSpan().Trim();
            var c = CultureInfo.InvariantCulture;
            if (span.Length >= 10 && DateOnly.TryParseExact(span[..10], "yyyy-MM-dd", c, DateTimeStyles.None, out var day)
                && (span.Length == 10 || span[10] is 'T' or ' '))
            {
                return day;
            }

            if (span.Length == 7 && DateOnly.TryParseExact(span, "yyyy-MM", c, DateTimeStyles.None, out var month))
            {
                return last ? month.AddMonths(1).AddDays(-1) : month;
            }

            if (span.Length == 4 && DateOnly.TryParseExact(span, "yyyy", c, DateTimeStyles.None, out var year))
            {
                return last ? new DateOnly(year.Year, 12, 31) : year;
            }

            return null;
        }

        public OwnershipFile Finish(FileTally tally, Stopwatch watch)
        {
            var strings = new InternTable<string>(StringComparer.Ordinal, string.Empty);
            var shares = new InternTable<OwnershipShare>();
            var rows = new List<EdgeRow>(_edges.Count);
            var entityNames = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            var knownShares = 0L;
            var anyAboveOne = false;
            var shareTable = _shares.ToArray();
            var all = _strings.ToArray();
            foreach (var edge in _edges)
            {
                if (Problem(edge, all) is { } problem)
                {
                    if (edge.Parent < 0)
                    {
                        Reject(edge.Line, problem.Column, problem.Reason);
                    }
                    else
                    {
                        _warnings.Add("nested ownership not an edge", string.Create(CultureInfo.InvariantCulture, $"{path}:{edge.Line}: ownership '{all[edge.Id]}' nested in '{all[edge.Parent]}': {problem.Reason}; not an edge"));
                    }

                    continue;
                }

                if (edge.Parent < 0)
                {
                    _loaded++;
                }

                var share = edge.Share >= 0 ? shareTable[edge.Share] : OwnershipShare.Unknown;
                if (share.IsKnown)
                {
                    knownShares++;
                    anyAboveOne |= share.High > 1m;
                }

                if (edge.AsOf > today)
                {
                    _warnings.Add("starts later", string.Create(CultureInfo.InvariantCulture, $"{path}:{edge.Line}: ownership '{all[edge.Id]}' starts on {edge.AsOf.Value:yyyy-MM-dd}, after today; kept"));
                }

                rows.Add(new EdgeRow(
                    strings.Add(Caption(edge.Owner.First, all)),
                    strings.Add(all[edge.Owner.First]),
                    strings.Add(Caption(edge.Asset.First, all)),
                    strings.Add(all[edge.Asset.First]),
                    shares.Add(share),
                    strings.Add(all[edge.Source]),
                    edge.AsOf,
                    edge.Line,
                    edge.Relation,
                    _countries.TryGetValue(edge.Asset.First, out var country) ? strings.Add(country) : 0));
                AddEntityNames(edge.Owner.First);
                AddEntityNames(edge.Asset.First);
            }

            for (var i = 0; i < _loaded; i++)
            {
                tally.Loaded();
            }

            foreach (var (line, column, reason) in _rejections.OrderBy(r => r.Line))
            {
                tally.Reject(line, column, reason);
            }

            if (knownShares > 0 && !anyAboveOne)
            {
                _warnings.Add("probably fractions", string.Create(CultureInfo.InvariantCulture, $"{path}: every share is at most 1 ({knownShares} shares): probably fractions, not percentages; shares are read as percent (0.5 is 0.5%, not 50%)"));
            }

            if (_otherSchemas.Count > 0)
            {
                var counts = string.Join(", ", _otherSchemas.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value}")));
                _warnings.Add("not ownership", string.Create(CultureInfo.InvariantCulture, $"{path}: {_otherSchemas.Values.Sum()} lines are entities of other schemas than Ownership ({counts}): read and counted as loaded, never edges; only their names are used, for the sides of the edges"));
            }

            if (_merged > 0)
            {
                _warnings.Add("ownership given twice", string.Create(CultureInfo.InvariantCulture, $"{path}: {_merged} ownership entities were given again (nested under both sides, or in fragments): each is one edge"));
            }

            var report = new OwnershipLoadReport
            {
                File = tally.ToReport(),
                EdgesLoaded = rows.Count,
                Warnings = _warnings.ToArray(),
                Elapsed = watch.Elapsed,
            };
            return new OwnershipFile(report, strings.ToArray(), shares.ToArray(), [.. rows]) { EntityNames = entityNames };

            void AddEntityNames(int id)
            {
                var key = all[id];
                if (!entityNames.ContainsKey(key))
                {
                    entityNames[key] = _names.GetValueOrDefault(id) is { } names ? [.. names.Select(n => all[n])] : [key];
                }
            }
        }

        /// <summary>Why an ownership cannot be an edge, or null when it can.</summary>
        private (string Column, string Reason)? Problem(Pending edge, string[] all)
        {
            if (edge.Owner.Count == 0)
            {
                return ("owner", "ownership has no owner");
            }

            if (edge.Asset.Count == 0)
            {
                return ("asset", "ownership has no asset");
            }

            if (edge.Owner.Count > 1)
            {
                return ("owner", $"ownership gives {edge.Owner.Count} owners ({string.Join(", ", edge.Owner.All!.Select(i => $"'{all[i]}'"))}): the edge does not say which");
            }

            if (edge.Asset.Count > 1)
            {
                return ("asset", $"ownership gives {edge.Asset.Count} assets ({string.Join(", ", edge.Asset.All!.Select(i => $"'{all[i]}'"))}): the edge does not say which");
            }

            if (!_names.ContainsKey(edge.Owner.First))
            {
                return ("owner", $"owner '{all[edge.Owner.First]}' is given as no entity of the file: its name is unknown");
            }

            if (!_names.ContainsKey(edge.Asset.First))
            {
                return ("asset", $"asset '{all[edge.Asset.First]}' is given as no entity of the file: its name is unknown");
            }

            if (edge.Owner.First == edge.Asset.First)
            {
                return ("owner", $"self-ownership: '{all[edge.Owner.First]}' is given as owning itself");
            }

            if (edge.End < today)
            {
                return ("endDate", string.Create(CultureInfo.InvariantCulture, $"ownership ended on {edge.End.Value:yyyy-MM-dd}: a holding that has ended does not count"));
            }

            return null;
        }

        private string Caption(int id, string[] all) =>
            _names.GetValueOrDefault(id) is { } names ? all[names[0]] : all[id];
    }

    /// <summary>The ids given for one side of an ownership: the first, how many, and all of them when several.</summary>
    private readonly record struct SideIds(int First, int Count, int[]? All);

    /// <summary>An ownership read, resolved to an edge once every entity's names are known.</summary>
    /// <param name="Id">The ownership entity's id.</param>
    /// <param name="Owner">Its owner ids.</param>
    /// <param name="Asset">Its asset ids.</param>
    /// <param name="Share">Index of its share; -1 when no percentage was given.</param>
    /// <param name="Source">Index of its source text.</param>
    /// <param name="AsOf">Its start date (else its date).</param>
    /// <param name="End">The last day of its end date.</param>
    /// <param name="Line">The line it is on.</param>
    /// <param name="Parent">Index of the id of the entity it is nested in; -1 for a line of its own.</param>
    /// <param name="Relation">Ownership, or <see cref="OwnershipRelation.Director"/> for a <c>Directorship</c> (director as owner, organization as asset).</param>
    private readonly record struct Pending(int Id, SideIds Owner, SideIds Asset, int Share, int Source, DateOnly? AsOf, DateOnly? End, long Line, int Parent, OwnershipRelation Relation = OwnershipRelation.Ownership);

    private static bool IsEdgeSchema(string schema) =>
        string.Equals(schema, OwnershipSchema, StringComparison.Ordinal) || string.Equals(schema, DirectorshipSchema, StringComparison.Ordinal);

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()?.Trim()
            : null;

    /// <summary>The values of a property: an array's items, or a single value as one.</summary>
    private static IEnumerable<JsonElement> Values(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                yield return item;
            }
        }
        else if (value.ValueKind is not JsonValueKind.Undefined and not JsonValueKind.Null)
        {
            yield return value;
        }
    }

    /// <summary>The text values of an entity's property (strings as they are, numbers as written); none when absent.</summary>
    private static IEnumerable<string> PropertyTexts(JsonElement properties, string property)
    {
        if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty(property, out var values))
        {
            yield break;
        }

        foreach (var value in Values(values))
        {
            var text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return text.Trim();
            }
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }

    /// <summary>
    /// Splits a stream into lines (<c>\n</c>, a <c>\r</c> before it dropped) without holding more than one line and a
    /// read buffer. A line longer than the limit is reported once and skipped to its end, never buffered whole.
    /// </summary>
    private sealed class LineReader(Stream stream, int maxLine)
    {
        private byte[] _buffer = new byte[1 << 16];
        private int _start;
        private int _end;
        private int _scanned;
        private bool _eof;

        /// <summary>The 1-based number of the line last returned.</summary>
        public long LineNumber { get; private set; }

        public bool Next(out ReadOnlyMemory<byte> line, out bool tooLong)
        {
            tooLong = false;
            while (true)
            {
                var newline = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    var stop = _scanned + newline;
                    line = _buffer.AsMemory(_start, TrimCr(stop) - _start);
                    _start = _scanned = stop + 1;
                    LineNumber++;
                    return true;
                }

                _scanned = _end;
                if (_eof)
                {
                    if (_start < _end)
                    {
                        line = _buffer.AsMemory(_start, TrimCr(_end) - _start);
                        _start = _scanned = _end;
                        LineNumber++;
                        return true;
                    }

                    line = default;
                    return false;
                }

                if (_end - _start >= maxLine)
                {
                    SkipRestOfLine();
                    line = default;
                    tooLong = true;
                    LineNumber++;
                    return true;
                }

                Fill();
            }
        }

        private int TrimCr(int stop) => stop > _start && _buffer[stop - 1] == (byte)'\r' ? stop - 1 : stop;

        private void Fill()
        {
            if (_start > 0)
            {
                _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
                _end -= _start;
                _scanned -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, maxLine + 1L));
            }

            var read = stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _eof = true;
            }

            _end += read;
        }

        private void SkipRestOfLine()
        {
            _start = _end = _scanned = 0;
            while (true)
            {
                var read = stream.Read(_buffer, 0, _buffer.Length);
                if (read == 0)
                {
                    _eof = true;
                    return;
                }

                var newline = _buffer.AsSpan(0, read).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    _start = _scanned = newline + 1;
                    _end = read;
                    return;
                }
            }
        }
    }
}
