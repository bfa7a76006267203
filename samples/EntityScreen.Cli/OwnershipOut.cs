using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace EntityScreen.Cli;

/// <summary>What one rule covers or flags beneath a listed owner: the entities whose paths start at it.</summary>
/// <param name="Rule">The rule's covered set (not in force: empty, saying why).</param>
/// <param name="Covered">The covered entities with a path from the owner.</param>
/// <param name="RedFlags">The red flags with a path from the owner.</param>
internal sealed record Beneath(CoveredSet Rule, IReadOnlyList<CoveredEntity> Covered, IReadOnlyList<OwnershipRedFlag> RedFlags);

/// <summary>
/// What <c>ownership explain NAME</c> found: the best-scoring match or red flag that is an affiliate (a party of the
/// affiliates) or a listed owner of the ownership files, and for an owner, what each rule covers or flags beneath it.
/// </summary>
/// <param name="Result">The screening of the name.</param>
/// <param name="Found">The match or red flag explained, or null when none is an affiliate or an owner.</param>
/// <param name="Role"><c>affiliate</c>, <c>owner</c>, or null.</param>
/// <param name="Beneath">For an owner, one entry per rule (in the order of the affiliates' rules); else empty.</param>
internal sealed record OwnershipExplanation(ScreeningResult Result, ScreeningMatch? Found, string? Role, IReadOnlyList<Beneath> Beneath)
{
    /// <summary>Entities shown per rule and kind beneath an owner; the rest are counted.</summary>
    public const int Shown = 50;

    /// <summary>Screens <paramref name="query"/> and picks what to explain.</summary>
    public static OwnershipExplanation Find(Screener screener, AffiliateList affiliates, ScreeningQuery query)
    {
        var result = screener.Screen(query);
        var owners = new HashSet<string>(
            affiliates.Graph.Resolutions.Where(r => r.Party is not null).Select(r => r.Party!.Id),
            StringComparer.OrdinalIgnoreCase);

        // Best score first; a match before a red flag of the same score (OrderBy is stable).
        foreach (var candidate in result.Matches.Concat(result.RedFlags).OrderByDescending(m => m.Score))
        {
            if (candidate.Affiliation is not null)
            {
                return new OwnershipExplanation(result, candidate, "affiliate", []);
            }

            var beneath = BeneathOf(affiliates, candidate.Party.Id);
            if (owners.Contains(candidate.Party.Id) || beneath.Any(b => b.Covered.Count + b.RedFlags.Count > 0))
            {
                return new OwnershipExplanation(result, candidate, "owner", beneath);
            }
        }

        return new OwnershipExplanation(result, null, null, []);
    }

    /// <summary>Per rule: the covered entities and red flags with a path starting at the listed party <paramref name="partyId"/>.</summary>
    private static List<Beneath> BeneathOf(AffiliateList affiliates, string partyId) =>
        [.. affiliates.Rules.Select(set => new Beneath(
            set,
            [.. set.Covered.Where(c => StartsAt(c.Paths, partyId))],
            [.. set.RedFlags.Where(f => StartsAt(f.Paths, partyId))]))];

    private static bool StartsAt(IReadOnlyList<OwnershipPath> paths, string partyId) =>
        paths.Any(p => IsFrom(p, partyId));

    /// <summary>True when the path's first owner is the listed party <paramref name="partyId"/>.</summary>
    public static bool IsFrom(OwnershipPath path, string partyId) =>
        path.Hops.Count > 0 && string.Equals(path.Hops[0].Owner.Party?.Id, partyId, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Table and JSON output of <c>ownership explain</c> and <c>ownership info</c>.</summary>
internal static class OwnershipOut
{
    // ---- explain --------------------------------------------------------------------------------------------------

    public static void WriteExplainTable(TextWriter o, OwnershipExplanation x)
    {
        var result = x.Result;
        Line(o, result.Query.Length == 0 ? "Query: (no name)" : $"Query: {result.Query}");
        if (x.Found is not { } found)
        {
            Line(o, $"No affiliate, and no listed owner of the ownership files, matches at or above {JsonOut.Text(result.Context.Threshold)}.");
            if (result.Matches.Count > 0)
            {
                Line(o, $"The name matches listed parties that own nothing in the ownership files: {string.Join("; ", result.Matches.Select(m => $"{m.Party.PrimaryName} ({m.Party.Id}, {JsonOut.Text(m.Score)})"))}");
            }

            TableOut.WriteContext(o, result.Context);
            return;
        }

        var party = found.Party;
        var what = x.Role == "affiliate"
            ? found.Affiliation!.IsCovered ? "an affiliate the ownership rules cover (a match)" : "an entity the ownership rules flag (a red flag, not a match)"
            : "a listed party that owns entities of the ownership files";
        Line(o, $"Found: {party.PrimaryName} ({party.Id}, {party.List.Code}), score {JsonOut.Text(found.Score)}: {what}");
        if (!string.Equals(found.MatchedName.Value, party.PrimaryName, StringComparison.Ordinal))
        {
            Line(o, $"    matched name: {found.MatchedName.Value}");
        }

        if (found.Affiliation is { } affiliation)
        {
            WriteAffiliationTree(o, affiliation);
        }
        else
        {
            WriteBeneath(o, x.Beneath, party.Id);
        }

        TableOut.WriteContext(o, result.Context);
    }

    /// <summary>Each rule covering or flagging the affiliate, with its paths up to the listed owners as trees.</summary>
    private static void WriteAffiliationTree(TextWriter o, Affiliation affiliation)
    {
        foreach (var c in affiliation.Covered)
        {
            Line(o, $"{Affiliation.RuleName(c.Rule)}: covered, owned {c.Share} by covered owners; owner lists {string.Join(", ", c.OwnerLists)}");
            if (c.License is { } license)
            {
                if (license.Requirement is not null)
                {
                    Line(o, $"  licence requirement: {license.Requirement}{From(license.RequirementFrom)}");
                }

                if (license.Policy is not null)
                {
                    Line(o, $"  review policy: {license.Policy}{From(license.PolicyFrom)}");
                }
            }

            WritePaths(o, c.Paths);
        }

        foreach (var f in affiliation.RedFlags)
        {
            Line(o, $"{Affiliation.RuleName(f.Rule)}: red flag ({OwnershipSet.ReasonId(f.Reason)}), not a match: {f.Description}");
            WritePaths(o, f.Paths);
        }
    }

    private static void WritePaths(TextWriter o, IReadOnlyList<OwnershipPath> paths)
    {
        for (var p = 0; p < paths.Count; p++)
        {
            var hops = paths[p].Hops;
            Line(o, string.Create(CultureInfo.InvariantCulture, $"  path {p + 1} of {paths.Count}{(paths.Count == OwnershipDefaults.MaxPaths ? " (at most " + OwnershipDefaults.MaxPaths + " are listed)" : string.Empty)}:"));
            Line(o, $"    {hops[0].Owner}");
            for (var h = 0; h < hops.Count; h++)
            {
                var hop = hops[h];
                Line(o, string.Create(CultureInfo.InvariantCulture, $"    {new string(' ', 2 * (h + 1))}-{hop.Share}-> {hop.Owned}  [{hop.Edge.File}:{hop.Edge.Line}]"));
            }
        }
    }

    /// <summary>Per rule: what it covers and flags beneath the owner, the first <see cref="OwnershipExplanation.Shown"/> of each.</summary>
    private static void WriteBeneath(TextWriter o, IReadOnlyList<Beneath> beneath, string partyId)
    {
        foreach (var b in beneath)
        {
            var rule = Affiliation.RuleName(b.Rule.Rule);
            if (!b.Rule.InForce)
            {
                Line(o, b.Rule.NotInForceReason!);
                continue;
            }

            Line(o, string.Create(CultureInfo.InvariantCulture, $"{rule} (applied on {JsonOut.Date(b.Rule.AsOf)}): {b.Covered.Count} covered, {b.RedFlags.Count} red flags beneath it"));
            foreach (var c in b.Covered.Take(OwnershipExplanation.Shown))
            {
                Line(o, $"  covered   {c.Entity}: owned {c.Share} by covered owners{LicenceText(c.License)}");
                Line(o, $"            {FirstPathFrom(c.Paths, partyId)}");
            }

            More(o, b.Covered.Count, "covered");
            foreach (var f in b.RedFlags.Take(OwnershipExplanation.Shown))
            {
                Line(o, $"  red flag  {f.Entity}: {OwnershipSet.ReasonId(f.Reason)}: {f.Description}");
                Line(o, $"            {FirstPathFrom(f.Paths, partyId)}");
            }

            More(o, b.RedFlags.Count, "red flags");
        }
    }

    /// <summary>Writes an explanation as one indented JSON document (<c>ownership explain --format json</c>); see <see cref="JsonOut.WriteResultDocument"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void WriteExplainDocument(TextWriter output, OwnershipExplanation x) => JsonOut.WriteDocument(output, w => WriteExplainJson(w, x));

    /// <summary>Writes the ownership load report as one indented JSON document (<c>ownership info --format json</c>); see <see cref="JsonOut.WriteResultDocument"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void WriteInfoDocument(TextWriter output, AffiliateList affiliates) => JsonOut.WriteDocument(output, w => WriteInfoJson(w, affiliates));

    public static void WriteExplainJson(Utf8JsonWriter w, OwnershipExplanation x)
    {
        var result = x.Result;
        w.WriteStartObject();
        w.WriteString("query", result.Query);
        w.WriteBoolean("isMatch", result.IsMatch);
        JsonOut.WriteNullable(w, "found", x.Role);
        if (x.Found is { } found)
        {
            w.WritePropertyName("entity");
            JsonOut.WriteMatch(w, found);
        }
        else
        {
            w.WriteNull("entity");
        }

        w.WriteStartArray("beneath");
        foreach (var b in x.Beneath)
        {
            var partyId = x.Found!.Party.Id;
            w.WriteStartObject();
            w.WriteString("rule", OwnershipSet.RuleId(b.Rule.Rule));
            w.WriteBoolean("inForce", b.Rule.InForce);
            JsonOut.WriteNullable(w, "notInForceReason", b.Rule.NotInForceReason);
            w.WriteNumber("coveredTotal", b.Covered.Count);
            w.WriteStartArray("covered");
            foreach (var c in b.Covered.Take(OwnershipExplanation.Shown))
            {
                w.WriteStartObject();
                WriteEntity(w, c.Entity);
                w.WriteString("share", c.Share.ToString());
                JsonOut.WriteStrings(w, "paths", PathsFrom(c.Paths, partyId));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("redFlagsTotal", b.RedFlags.Count);
            w.WriteStartArray("redFlags");
            foreach (var f in b.RedFlags.Take(OwnershipExplanation.Shown))
            {
                w.WriteStartObject();
                WriteEntity(w, f.Entity);
                w.WriteString("reason", OwnershipSet.ReasonId(f.Reason));
                w.WriteString("share", f.Share.ToString());
                w.WriteString("description", f.Description);
                JsonOut.WriteStrings(w, "paths", PathsFrom(f.Paths, partyId));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("matches");
        foreach (var m in result.Matches)
        {
            JsonOut.WriteMatch(w, m);
        }

        w.WriteEndArray();
        w.WriteStartArray("redFlags");
        foreach (var m in result.RedFlags)
        {
            JsonOut.WriteMatch(w, m);
        }

        w.WriteEndArray();
        w.WritePropertyName("context");
        JsonOut.WriteContext(w, result.Context);
        w.WriteEndObject();
    }

    // ---- info -----------------------------------------------------------------------------------------------------

    public static void WriteInfoTable(TextWriter o, AffiliateList affiliates)
    {
        var graph = affiliates.Graph;
        var asOf = affiliates.Context.Files;
        for (var i = 0; i < graph.Sources.Count; i++)
        {
            var source = graph.Sources[i];
            var file = source.File;
            Line(o, $"{file.File} (ownership)");
            Line(o, $"  sha256    {file.Sha256}");
            Line(o, $"  as of     {(i < asOf.Count && asOf[i].AsOf is { } d ? JsonOut.Date(d) : "unknown")} (latest as_of of its rows)");
            Line(o, string.Create(CultureInfo.InvariantCulture, $"  rows      {file.RowsRead} read, {file.RowsLoaded} loaded, {file.RowsRejected} rejected; loaded in {source.Elapsed.TotalMilliseconds:0} ms"));
            foreach (var rejection in file.Rejections.Take(TableOut.RejectionsShown))
            {
                Line(o, $"    rejected {rejection}");
            }

            More(o, file.Rejections.Count, "rejected", TableOut.RejectionsShown);
            Line(o, string.Create(CultureInfo.InvariantCulture, $"  warnings  {source.Warnings.Count}"));
            foreach (var warning in source.Warnings.Take(TableOut.RejectionsShown))
            {
                Line(o, $"    {warning}");
            }

            More(o, source.Warnings.Count, "warnings", TableOut.RejectionsShown);
            o.WriteLine();
        }

        Line(o, string.Create(CultureInfo.InvariantCulture, $"graph     {graph.NodeCount} parties and entities, {graph.EdgeCount} holdings, {graph.UnlistedOwners.Count} unlisted owners"));
        var byMethod = graph.Resolutions.GroupBy(r => r.Method).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{OwnershipSet.MethodId(g.Key)} {g.Count()}"));
        Line(o, string.Create(CultureInfo.InvariantCulture, $"owners    {graph.Resolutions.Count} resolutions ({string.Join(", ", byMethod)})"));
        foreach (var r in graph.Resolutions.Where(r => r.Party is not null).Take(TableOut.RejectionsShown))
        {
            var how = r.Score is { } score ? $"{OwnershipSet.MethodId(r.Method)} {JsonOut.Text(score)}" : OwnershipSet.MethodId(r.Method);
            Line(o, $"    '{r.Owner}' is {r.Party!.PrimaryName} ({r.Party.Id}, {r.Party.List.Code}) by {how}");
        }

        More(o, graph.Resolutions.Count(r => r.Party is not null), "resolved owners", TableOut.RejectionsShown);
        var unresolved = OwnershipSet.Unresolved(graph);
        foreach (var r in unresolved.Take(TableOut.RejectionsShown))
        {
            Line(o, $"    {OwnershipSet.Describe(r)}");
        }

        More(o, unresolved.Count, "unresolved owners", TableOut.RejectionsShown);
        Line(o, string.Create(CultureInfo.InvariantCulture, $"warnings  {graph.Warnings.Count}"));
        foreach (var warning in graph.Warnings.Take(TableOut.RejectionsShown))
        {
            Line(o, $"    {warning}");
        }

        More(o, graph.Warnings.Count, "warnings", TableOut.RejectionsShown);
        o.WriteLine();
        Line(o, $"rules on {JsonOut.Date(affiliates.Context.AsOf)}");
        foreach (var rule in affiliates.Context.Rules)
        {
            Line(o, $"  {rule}");
        }

        var covered = affiliates.Affiliations.Count(a => a.IsCovered);
        Line(o, string.Create(CultureInfo.InvariantCulture, $"affiliates {affiliates.Affiliations.Count} entities screened as list OWNED: {covered} covered (matches), {affiliates.Affiliations.Count - covered} red flags only"));
    }

    public static void WriteInfoJson(Utf8JsonWriter w, AffiliateList affiliates)
    {
        var graph = affiliates.Graph;
        w.WriteStartObject();
        w.WriteStartArray("files");
        for (var i = 0; i < graph.Sources.Count; i++)
        {
            var source = graph.Sources[i];
            var file = source.File;
            w.WriteStartObject();
            JsonOut.WriteIdentityFields(w, affiliates.Context.Files[i]);
            w.WriteNumber("rowsRead", file.RowsRead);
            w.WriteNumber("rowsLoaded", file.RowsLoaded);
            w.WriteNumber("rowsRejected", file.RowsRejected);
            w.WriteNumber("edgesLoaded", source.EdgesLoaded);
            JsonOut.WriteNumber(w, "elapsedMs", source.Elapsed.TotalMilliseconds);
            w.WriteStartArray("firstRejections");
            foreach (var r in file.Rejections.Take(TableOut.RejectionsShown))
            {
                w.WriteStartObject();
                w.WriteString("file", r.File);
                w.WriteNumber("line", r.Line);
                JsonOut.WriteNullable(w, "column", r.Column);
                w.WriteString("reason", r.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            JsonOut.WriteStrings(w, "warnings", source.Warnings);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("graph");
        w.WriteNumber("nodes", graph.NodeCount);
        w.WriteNumber("edges", graph.EdgeCount);
        w.WriteNumber("unlistedOwners", graph.UnlistedOwners.Count);
        JsonOut.WriteStrings(w, "warnings", graph.Warnings);
        w.WriteEndObject();
        w.WriteStartArray("resolutions");
        foreach (var r in graph.Resolutions)
        {
            w.WriteStartObject();
            w.WriteString("owner", r.Owner);
            JsonOut.WriteNullable(w, "ownerId", r.OwnerId);
            w.WriteString("method", OwnershipSet.MethodId(r.Method));
            JsonOut.WriteNullable(w, "entityId", r.Party?.Id);
            JsonOut.WriteNullable(w, "name", r.Party?.PrimaryName);
            JsonOut.WriteNullable(w, "listCode", r.Party?.List.Code);
            if (r.Score is { } score)
            {
                JsonOut.WriteNumber(w, "score", score);
            }
            else
            {
                w.WriteNull("score");
            }

            JsonOut.WriteStrings(w, "candidates", r.Candidates);
            w.WriteString("file", r.File);
            w.WriteNumber("line", r.Line);
            JsonOut.WriteNullable(w, "note", r.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("asOf", JsonOut.Date(affiliates.Context.AsOf));
        w.WriteStartArray("rules");
        foreach (var set in affiliates.Rules)
        {
            w.WriteStartObject();
            w.WriteString("rule", OwnershipSet.RuleId(set.Rule));
            w.WriteString("name", Affiliation.RuleName(set.Rule));
            w.WriteBoolean("inForce", set.InForce);
            JsonOut.WriteNullable(w, "notInForceReason", set.NotInForceReason);
            w.WriteNumber("covered", set.Covered.Count);
            w.WriteNumber("redFlags", set.RedFlags.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        var covered = affiliates.Affiliations.Count(a => a.IsCovered);
        w.WriteNumber("affiliates", affiliates.Affiliations.Count);
        w.WriteNumber("affiliatesCovered", covered);
        w.WriteNumber("affiliatesRedFlagOnly", affiliates.Affiliations.Count - covered);
        w.WriteEndObject();
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static void WriteEntity(Utf8JsonWriter w, OwnershipNode entity)
    {
        w.WriteString("name", entity.Name);
        JsonOut.WriteNullable(w, "id", entity.Id);
        JsonOut.WriteNullable(w, "listCode", entity.Party?.List.Code);
    }

    /// <summary>The paths that start at the listed party <paramref name="partyId"/>, as text.</summary>
    private static List<string> PathsFrom(IReadOnlyList<OwnershipPath> paths, string partyId) =>
        [.. paths.Where(p => OwnershipExplanation.IsFrom(p, partyId)).Select(p => p.ToString())];

    private static string FirstPathFrom(IReadOnlyList<OwnershipPath> paths, string partyId) =>
        paths.FirstOrDefault(p => OwnershipExplanation.IsFrom(p, partyId))?.ToString() ?? string.Empty;

    private static string LicenceText(LicenseTerms? license) =>
        license is null ? string.Empty
        : (license.Requirement is null ? string.Empty : $"; licence requirement: {license.Requirement}")
            + (license.Policy is null ? string.Empty : $"; review policy: {license.Policy}");

    private static string From(ListedParty? party) => party is null ? string.Empty : $" (from {party.PrimaryName}, {party.List.Code})";

    private static void More(TextWriter o, int count, string what, int shown = OwnershipExplanation.Shown)
    {
        if (count > shown)
        {
            Line(o, string.Create(CultureInfo.InvariantCulture, $"  ... and {count - shown} more {what}"));
        }
    }

    /// <summary>Writes one line with its unsafe characters escaped.</summary>
    private static void Line(TextWriter o, string text) => o.WriteLine(TerminalText.Escape(text));
}
