using System.Globalization;
using EntityScreen.Text;

namespace EntityScreen;

/// <summary>Matches overlay rows to parties (by id, else by listed name) and produces the parties with the names added.</summary>
internal static class OverlayApplier
{
    /// <summary>How many party ids an ambiguity message lists.</summary>
    private const int IdsShown = 5;

    public static OverlaidLists Apply(IReadOnlyList<ListSnapshot> lists, IReadOnlyList<AliasOverlay> overlays)
    {
        if (overlays.Count == 0)
        {
            return new OverlaidLists(lists, []);
        }

        var lookup = new PartyLookup(lists);
        var added = new Dictionary<int, List<ListedName>>();
        var reports = new AliasOverlayReport[overlays.Count];
        for (var o = 0; o < overlays.Count; o++)
        {
            var overlay = overlays[o];
            var issues = new List<OverlayRowIssue>(overlay.Rejections);
            var affected = new HashSet<int>();
            int applied = 0, unmatched = 0, namesAdded = 0;
            foreach (var row in overlay.Rows)
            {
                var (parties, reason, column) = lookup.Find(row);
                if (parties.Count != 1)
                {
                    unmatched++;
                    issues.Add(new OverlayRowIssue(
                        overlay.Identity.Source,
                        row.Line,
                        column,
                        parties.Count == 0 ? OverlayRowOutcome.Unmatched : OverlayRowOutcome.Ambiguous,
                        reason));
                    continue;
                }

                applied++;
                var party = parties[0];
                if (!lookup.Party(party).Names.Any(n => n.Value.Equals(row.Name, StringComparison.OrdinalIgnoreCase))
                    && !(added.TryGetValue(party, out var already) && already.Any(n => n.Value.Equals(row.Name, StringComparison.OrdinalIgnoreCase))))
                {
                    if (!added.TryGetValue(party, out var names))
                    {
                        names = [];
                        added.Add(party, names);
                    }

                    names.Add(ListedName.Create(row.Name, row.Kind) with { Overlay = overlay.Identity, Citation = row.Citation });
                    namesAdded++;
                    affected.Add(party);
                }
            }

            issues.Sort((a, b) => a.Line.CompareTo(b.Line));
            reports[o] = new AliasOverlayReport
            {
                Identity = overlay.Identity,
                RowsApplied = applied,
                RowsUnmatched = unmatched,
                RowsRejected = overlay.Rejections.Count,
                NamesAdded = namesAdded,
                PartiesAffected = affected.Count,
                Issues = issues,
            };
        }

        return new OverlaidLists(lookup.WithNames(added), reports);
    }

    /// <summary>The parties of several snapshots, numbered in order, found by id or by normalized listed name.</summary>
    private sealed class PartyLookup
    {
        private readonly IReadOnlyList<ListSnapshot> _lists;
        private readonly int[] _listStart;
        private readonly ListedParty[] _parties;
        private readonly Dictionary<string, List<int>> _byId = new(StringComparer.OrdinalIgnoreCase);
        private NameIndex? _byPrimary;
        private NameIndex? _byAlias;

        public PartyLookup(IReadOnlyList<ListSnapshot> lists)
        {
            _lists = lists;
            _listStart = new int[lists.Count + 1];
            var all = new List<ListedParty>();
            for (var l = 0; l < lists.Count; l++)
            {
                _listStart[l] = all.Count;
                all.AddRange(lists[l].Parties);
            }

            _listStart[lists.Count] = all.Count;
            _parties = [.. all];
            for (var p = 0; p < _parties.Length; p++)
            {
                AddTo(_byId, _parties[p].Id, p);
                foreach (var rowId in _parties[p].SourceRowIds)
                {
                    AddTo(_byId, rowId, p);
                }
            }
        }

        public ListedParty Party(int index) => _parties[index];

        /// <summary>The parties a row names (one when it names exactly one), or why it names none or several.</summary>
        public (List<int> Parties, string Reason, string? Column) Find(AliasOverlayRow row)
        {
            var where = row.ListCode is null ? string.Empty : $" on list {row.ListCode}";
            if (row.EntityId is { } id)
            {
                var byId = Filter([.. Lookup(_byId, id), .. row.ListCode is null ? [] : Lookup(_byId, row.ListCode + ":" + id)], row.ListCode);
                if (byId.Count == 1 || row.ListedName is null)
                {
                    return (byId, byId.Count == 0 ? $"no party with id '{id}'{where}" : Ambiguous("the id", byId), "entity_id");
                }

                if (byId.Count > 1)
                {
                    return (byId, Ambiguous("the id", byId), "entity_id");
                }
            }

            // Four tiers, the first that names any party decides: the primary names as written (case and spacing
            // aside), then after the library's normalization (which folds punctuation, legal-form spellings and some
            // word variants, so it can make two listed names one), then the aliases the same two ways.
            var listed = row.ListedName!;
            var exact = ExactKey(listed);
            var normalized = Key(NameNormalizer.Normalize(listed));
            _byPrimary ??= BuildNameIndex(primary: true);
            var byName = Filter(Lookup(_byPrimary.Exact, exact), row.ListCode);
            if (byName.Count == 0)
            {
                byName = Filter(Lookup(_byPrimary.Normalized, normalized), row.ListCode);
            }

            if (byName.Count == 0)
            {
                _byAlias ??= BuildNameIndex(primary: false);
                byName = Filter(Lookup(_byAlias.Exact, exact), row.ListCode);
                if (byName.Count == 0)
                {
                    byName = Filter(Lookup(_byAlias.Normalized, normalized), row.ListCode);
                }
            }

            var reason = byName.Count switch
            {
                0 when row.EntityId is not null => $"no party with id '{row.EntityId}'{where}, and none listed as '{listed}'",
                0 => $"no party listed as '{listed}'{where}",
                _ => Ambiguous("the listed name", byName),
            };
            return (byName, reason, "listed_name");
        }

        /// <summary>The snapshots, with a copy of each that holds a party receiving names.</summary>
        public IReadOnlyList<ListSnapshot> WithNames(Dictionary<int, List<ListedName>> added)
        {
            if (added.Count == 0)
            {
                return _lists;
            }

            var result = new ListSnapshot[_lists.Count];
            for (var l = 0; l < _lists.Count; l++)
            {
                var list = _lists[l];
                ListedParty[]? parties = null;
                for (var p = _listStart[l]; p < _listStart[l + 1]; p++)
                {
                    if (added.TryGetValue(p, out var names))
                    {
                        parties ??= [.. list.Parties];
                        var party = _parties[p];
                        parties[p - _listStart[l]] = party with { Names = [.. party.Names, .. names] };
                    }
                }

                result[l] = parties is null ? list : new ListSnapshot(list.Identity, parties, list.Report) { Ownership = list.Ownership };
            }

            return result;
        }

        private string Ambiguous(string what, List<int> parties) =>
            string.Create(CultureInfo.InvariantCulture, $"ambiguous: {what} matches {parties.Count} parties ({string.Join(", ", parties.Take(IdsShown).Select(p => _parties[p].Id))}")
            + (parties.Count > IdsShown ? ", …)" : ")") + "; add a list code or use the entity_id";

        private static string Key(NormalizedName name) =>
            string.Create(CultureInfo.InvariantCulture, $"{(uint)name.Forms}|{name}");

        /// <summary>The name as written, compatibility-normalized (NFKC), upper case, runs of white space as one space.</summary>
        private static string ExactKey(string name) =>
            string.Join(' ', name.Normalize(System.Text.NormalizationForm.FormKC).ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        private static List<int> Lookup(Dictionary<string, List<int>> index, string key) =>
            index.TryGetValue(key, out var found) ? found : [];

        private static void AddTo(Dictionary<string, List<int>> index, string key, int party)
        {
            if (!index.TryGetValue(key, out var list))
            {
                list = [];
                index.Add(key, list);
            }

            if (list.Count == 0 || list[^1] != party)
            {
                list.Add(party);
            }
        }

        private List<int> Filter(IEnumerable<int> parties, string? listCode)
        {
            var result = new List<int>();
            foreach (var p in parties)
            {
                if ((listCode is null || string.Equals(_parties[p].List.Code, listCode, StringComparison.OrdinalIgnoreCase)) && !result.Contains(p))
                {
                    result.Add(p);
                }
            }

            return result;
        }

        private NameIndex BuildNameIndex(bool primary)
        {
            var keys = new (string Exact, string? Normalized)[_parties.Length][];
            Parallel.For(0, _parties.Length, p =>
            {
                var names = _parties[p].Names;
                var own = new List<(string, string?)>();
                for (var k = primary ? 0 : 1; k < (primary ? Math.Min(1, names.Count) : names.Count); k++)
                {
                    if (names[k].Overlay is null)
                    {
                        var normalized = NameNormalizer.Normalize(names[k].Value, keepRawTokens: false);
                        own.Add((ExactKey(names[k].Value), normalized.IsEmpty ? null : Key(normalized)));
                    }
                }

                keys[p] = [.. own];
            });

            var index = new NameIndex(new(StringComparer.Ordinal), new(StringComparer.Ordinal));
            for (var p = 0; p < keys.Length; p++)
            {
                foreach (var (exact, normalized) in keys[p])
                {
                    AddTo(index.Exact, exact, p);
                    if (normalized is not null)
                    {
                        AddTo(index.Normalized, normalized, p);
                    }
                }
            }

            return index;
        }

        /// <summary>Parties by a name as written and by its normalized form.</summary>
        private sealed record NameIndex(Dictionary<string, List<int>> Exact, Dictionary<string, List<int>> Normalized);
    }
}
