using System.Globalization;
using System.Text;

namespace EntityScreen.Cli;

/// <summary>
/// Human-readable output: aligned columns and one-line explanations. Every line goes through
/// <see cref="TerminalText.Escape"/>: a query, listed name or file text cannot send control or bidi characters to the
/// terminal.
/// </summary>
internal static class TableOut
{
    /// <summary>Rejections shown per file by <c>lists info</c>.</summary>
    public const int RejectionsShown = 10;

    private const int MaxCell = 48;

    public static void WriteResult(TextWriter o, ScreeningResult result, ScreeningQuery? query = null)
    {
        Line(o, result.Query.Length == 0 ? "Query: (no name)" : $"Query: {result.Query}");
        if (query is not null && query.HasFacts)
        {
            Line(o, $"Facts: {FactsText(query)}");
        }

        if (!result.IsMatch)
        {
            Line(o, $"No match at or above {JsonOut.Text(result.Context.Threshold)}.");
        }
        else
        {
            string[] header = ["SCORE", "BAND", "LIST", "PRIMARY NAME", "MATCHED NAME", "ID"];
            var rows = result.Matches.Select(m => new[]
            {
                JsonOut.Text(m.Score),
                JsonOut.BandName(m.Band),
                m.Party.List.Code,
                m.Party.PrimaryName,
                m.MatchedName.Value,
                m.Party.Id,
            }).ToList();
            var widths = Widths(header, rows);
            Line(o, Row(header, widths));
            for (var i = 0; i < rows.Count; i++)
            {
                Line(o, Row(rows[i], widths));
                var summary = result.Matches[i].Explanation.Summary;
                if (!string.IsNullOrWhiteSpace(summary))
                {
                    Line(o, $"    why: {summary}");
                }

                var explanation = result.Matches[i].Explanation;
                if (explanation.Evidence.Count > 0)
                {
                    Line(o, $"    name score {JsonOut.Text(explanation.NameScore)}; evidence:");
                    foreach (var e in explanation.Evidence)
                    {
                        Line(o, e.Change == 0 ? $"      {JsonOut.EffectName(e.Effect)}: {e.Detail}" : $"      {JsonOut.EffectName(e.Effect)} ({Signed(e.Change)}): {e.Detail}");
                    }
                }

                if (result.Matches[i].MatchedName.Overlay is { } overlay)
                {
                    Line(o, $"    name from overlay {overlay.Source} (not published by the list); source: {result.Matches[i].MatchedName.Citation}");
                }

                if (result.Matches[i].Affiliation is { } affiliation)
                {
                    WriteAffiliation(o, affiliation, "    affiliate: ");
                }
            }

            Line(o, $"{result.Matches.Count} match(es) at or above {JsonOut.Text(result.Context.Threshold)}.");
        }

        WriteRedFlags(o, result);
        WriteContext(o, result.Context);
    }

    /// <summary>
    /// The section of the entities the ownership rules flag without covering: one row each (score, list, names, id),
    /// then why (the rule, the reason with its shares, the first path). Nothing when there are none.
    /// </summary>
    private static void WriteRedFlags(TextWriter o, ScreeningResult result)
    {
        if (result.RedFlags.Count == 0)
        {
            return;
        }

        Line(o, string.Create(CultureInfo.InvariantCulture, $"Red flags (not matches): {result.RedFlags.Count} entit{(result.RedFlags.Count == 1 ? "y" : "ies")} the ownership rules flag without covering; worth a reviewer's look"));
        string[] header = ["SCORE", "LIST", "PRIMARY NAME", "MATCHED NAME", "ID"];
        var rows = result.RedFlags.Select(m => new[] { JsonOut.Text(m.Score), m.Party.List.Code, m.Party.PrimaryName, m.MatchedName.Value, m.Party.Id }).ToList();
        var widths = Widths(header, rows);
        Line(o, Row(header, widths));
        for (var i = 0; i < rows.Count; i++)
        {
            Line(o, Row(rows[i], widths));
            if (result.RedFlags[i].Affiliation is { } affiliation)
            {
                WriteAffiliation(o, affiliation, "    ");
            }
        }
    }

    /// <summary>One line per rule covering the entity, then one per rule flagging it, each with its first path.</summary>
    public static void WriteAffiliation(TextWriter o, Affiliation affiliation, string prefix)
    {
        foreach (var covered in affiliation.Covered)
        {
            Line(o, prefix + Affiliation.Describe(covered));
        }

        foreach (var flag in affiliation.RedFlags)
        {
            Line(o, prefix + Affiliation.Describe(flag));
        }
    }

    public static void WriteContext(TextWriter o, ScreeningContext context)
    {
        Line(o, $"Algorithm {context.AlgorithmVersion}, threshold {JsonOut.Text(context.Threshold)}, strong at {JsonOut.Text(context.StrongThreshold)}, snapshot {context.SnapshotId}");
        foreach (var list in context.Lists)
        {
            Line(o, $"List {list.Source} ({ListSet.FormatName(list.Format)}), sha256 {list.Sha256}, as of {AsOf(list.AsOf)}");
        }

        foreach (var overlay in context.Overlays)
        {
            Line(o, string.Create(CultureInfo.InvariantCulture, $"Overlay {overlay.Source}, sha256 {overlay.Sha256}, {overlay.Rows} rows"));
        }

        if (context.Ownership is { } ownership)
        {
            foreach (var file in ownership.Files)
            {
                Line(o, $"Ownership {file.Source}, sha256 {file.Sha256}, as of {AsOf(file.AsOf)}");
            }

            foreach (var rule in ownership.Rules)
            {
                Line(o, $"Ownership rule {rule}");
            }
        }
    }

    public static void WriteComparison(TextWriter o, Screener screener, string a, string b, MatchExplanation e)
    {
        Line(o, $"Name 1: {a}");
        Line(o, $"Name 2: {b}");
        Line(o, $"Score:  {JsonOut.Text(e.Score)} ({JsonOut.BandOf(e.Score, screener.Options)}; threshold {JsonOut.Text(screener.Options.Threshold)}, strong at {JsonOut.Text(screener.Options.StrongThreshold)})");
        Line(o, $"Method: {e.Method}");
        Line(o, $"Normalized: \"{e.NormalizedQuery}\" vs \"{e.NormalizedName}\"");
        Line(o, $"Token score {JsonOut.Text(e.TokenScore)}, legal forms [{string.Join(' ', e.QueryLegalForms)}] vs [{string.Join(' ', e.NameLegalForms)}], factor {JsonOut.Text(e.LegalFormFactor)}");
        if (e.Tokens.Count > 0)
        {
            string[] header = ["QUERY TOKEN", "NAME TOKEN", "KIND", "SIMILARITY", "WEIGHTS"];
            var rows = e.Tokens.Select(t => new[]
            {
                t.QueryToken ?? "-",
                t.NameToken ?? "-",
                JsonOut.AlignmentName(t.Kind),
                JsonOut.Text(t.Similarity),
                $"{JsonOut.Text(t.QueryWeight)} / {JsonOut.Text(t.NameWeight)}",
            }).ToList();
            var widths = Widths(header, rows);
            Line(o, Row(header, widths));
            foreach (var row in rows)
            {
                Line(o, Row(row, widths));
            }
        }

        if (!string.IsNullOrWhiteSpace(e.Summary))
        {
            Line(o, $"Why: {e.Summary}");
        }

        WriteContext(o, screener.Context);
    }

    /// <summary>A file's facts beyond names: dates of birth and identifiers typed per kind, and what was not typed.</summary>
    private static void WriteFacts(TextWriter o, FactsReport facts)
    {
        if (facts.DatesOfBirth + facts.IdentifiersTotal + facts.OtherFacts + facts.Unparsed.Count == 0)
        {
            return;
        }

        var kinds = string.Join(", ", facts.Identifiers.OrderByDescending(k => k.Value).ThenBy(k => k.Key).Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Key} {k.Value}")));
        Line(o, string.Create(CultureInfo.InvariantCulture, $"    facts   {facts.DatesOfBirth} dates of birth, {facts.IdentifiersTotal} identifiers ({kinds}), {facts.Nationalities} nationalities, {facts.Genders} genders, {facts.OtherFacts} other facts, {facts.Unparsed.Count} unparsed"));
        foreach (var unparsed in facts.Unparsed.Take(RejectionsShown))
        {
            Line(o, $"    unparsed {unparsed}");
        }

        if (facts.Unparsed.Count > RejectionsShown)
        {
            Line(o, string.Create(CultureInfo.InvariantCulture, $"    ... and {facts.Unparsed.Count - RejectionsShown} more"));
        }
    }

    public static void WriteListsInfo(TextWriter o, IReadOnlyList<ListSnapshot> snapshots, IReadOnlyList<AliasOverlayReport> overlays)
    {
        foreach (var snapshot in snapshots)
        {
            var id = snapshot.Identity;
            var r = snapshot.Report;
            Line(o, $"{id.Source} ({ListSet.FormatName(id.Format)})");
            Line(o, $"  sha256    {id.Sha256}");
            Line(o, $"  as of     {AsOf(id.AsOf)}");
            Line(o, string.Create(CultureInfo.InvariantCulture, $"  rows      {r.RowsRead} read, {r.RowsLoaded} loaded, {r.RowsRejected} rejected"));
            var byList = string.Join(", ", r.PartiesByList.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));
            Line(o, string.Create(CultureInfo.InvariantCulture, $"  parties   {r.PartiesLoaded} ({byList}); {r.NamesLoaded} names; loaded in {r.Elapsed.TotalMilliseconds:0} ms"));
            foreach (var file in r.Files)
            {
                Line(o, string.Create(CultureInfo.InvariantCulture, $"  file      {file.File}: {file.RowsRead} read, {file.RowsLoaded} loaded, {file.RowsRejected} rejected, sha256 {ListSet.Short(file.Sha256)}"));
                foreach (var rejection in file.Rejections.Take(RejectionsShown))
                {
                    Line(o, $"    rejected {rejection}");
                }

                if (file.Rejections.Count > RejectionsShown)
                {
                    Line(o, string.Create(CultureInfo.InvariantCulture, $"    ... and {file.Rejections.Count - RejectionsShown} more"));
                }

                WriteFacts(o, file.Facts);
            }

            o.WriteLine();
        }

        foreach (var report in overlays)
        {
            Line(o, $"overlay {report.Identity.Source}");
            o.WriteLine($"  sha256    {report.Identity.Sha256}");
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  rows      {report.RowsRead} read, {report.RowsApplied} applied, {report.RowsUnmatched} unmatched, {report.RowsRejected} rejected"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  names     {report.NamesAdded} added to {report.PartiesAffected} parties"));
            foreach (var issue in report.Issues.Take(RejectionsShown))
            {
                Line(o, $"    {JsonOut.OutcomeName(issue.Outcome)} {issue}");
            }

            if (report.Issues.Count > RejectionsShown)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    ... and {report.Issues.Count - RejectionsShown} more"));
            }

            o.WriteLine();
        }
    }

    /// <summary>The facts a query gave beside its name, in one line: <c>date of birth 1964-08-31; nationality MX; IMO 9187629; gender male</c>.</summary>
    private static string FactsText(ScreeningQuery query)
    {
        var parts = new List<string>();
        parts.AddRange(query.DatesOfBirth.Select(d => d.Circa || d.Precision == DatePrecision.Range
            ? string.Create(CultureInfo.InvariantCulture, $"date of birth {d.Text} ({d.From:yyyy-MM-dd} to {d.To:yyyy-MM-dd})")
            : $"date of birth {d.Text}"));
        parts.AddRange(query.Nationalities.Select(n => $"nationality {n}"));
        if (JsonOut.GenderName(query.Gender) is { } gender)
        {
            parts.Add($"gender {gender}");
        }

        parts.AddRange(query.Identifiers.Select(i => i.Kind is null ? $"identifier {i.Number} (kind not given)" : i.ToString()));
        return string.Join("; ", parts);
    }

    /// <summary>A score change with its sign: <c>+0.25</c>, <c>-0.15</c>.</summary>
    private static string Signed(double change) => change > 0 ? "+" + JsonOut.Text(change) : JsonOut.Text(change);

    /// <summary>Writes one line with its unsafe characters escaped.</summary>
    private static void Line(TextWriter o, string text) => o.WriteLine(TerminalText.Escape(text));

    /// <summary>A table cell as shown: line breaks as spaces, unsafe characters escaped (so widths count what is shown).</summary>
    private static string Cell(string text) => TerminalText.Escape(text.ReplaceLineEndings(" "));

    private static string AsOf(DateOnly? asOf) =>
        asOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";

    private static int[] Widths(string[] header, List<string[]> rows)
    {
        var widths = header.Select(h => h.Length).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Math.Min(MaxCell, DisplayWidth(Cell(row[i]))));
            }
        }

        return widths;
    }

    private static string Row(string[] cells, int[] widths)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            // The last column (an id, weights) is never cut: it is copied into other tools.
            var cell = i == cells.Length - 1 ? Cell(cells[i]) : Fit(Cell(cells[i]), MaxCell);
            sb.Append(cell);
            if (i < cells.Length - 1)
            {
                sb.Append(' ', Math.Max(0, widths[i] - DisplayWidth(cell)) + 2);
            }
        }

        return sb.ToString().TrimEnd();
    }

    private static string Fit(string text, int max)
    {
        if (DisplayWidth(text) <= max)
        {
            return text;
        }

        var sb = new StringBuilder();
        var width = 0;
        foreach (var c in text)
        {
            var w = CharWidth(c);
            if (width + w > max - 1)
            {
                break;
            }

            sb.Append(c);
            width += w;
        }

        return sb.Append('…').ToString();
    }

    /// <summary>Terminal columns: East Asian wide characters take two.</summary>
    private static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += CharWidth(c);
        }

        return width;
    }

    private static int CharWidth(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60')
            or (>= '\uFFE0' and <= '\uFFE6')
            ? 2
            : 1;
}
