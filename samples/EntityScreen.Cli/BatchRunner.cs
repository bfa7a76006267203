using System.Buffers;
using System.Diagnostics;
using System.Globalization;

namespace EntityScreen.Cli;

/// <summary>
/// Screens a CSV of names in chunks (bounded memory), in parallel within a chunk, writing one result per row in
/// input order. Bad rows give an error record and the batch goes on.
/// </summary>
internal static class BatchRunner
{
    /// <summary>Rows screened per chunk; progress is reported after each.</summary>
    public const int ChunkSize = 1000;

    private static readonly string[] s_csvHeader =
    [
        "id", "line", "query", "listCode", "entityId", "name", "matchedName", "score", "band", "summary", "error",
        "algorithmVersion", "snapshotId", "matchedNameOverlay", "nameScore", "evidence", "warnings", "affiliation", "redFlags",
    ];

    /// <summary>How the evidence details and the warnings of one CSV cell are joined.</summary>
    private const string CellSeparator = " | ";

    public static int Run(Screener screener, CsvInput input, string outputPath, int threads, bool csvRaw, TextWriter stdout, TextWriter stderr)
    {
        var idIndex = input.IndexOf("id");
        var nameIndex = input.IndexOf("name");
        var countryIndex = input.IndexOf("country");
        var typeIndex = input.IndexOf("type");
        var columns = new FactColumns(input.IndexOf("dob"), input.IndexOf("nationality"), input.IndexOf("gender"), input.IndexOf("ids"));
        var context = screener.Context;

        using var sink = ResultSink.Open(outputPath, stdout, s_csvHeader, csvRaw);
        var clock = Stopwatch.StartNew();
        long rows = 0, errors = 0, matched = 0, warned = 0, flagged = 0;
        var chunk = new List<InputRow>(ChunkSize);
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        while (input.NextChunk(chunk, ChunkSize))
        {
            // Validate the chunk's rows, screen the good ones together, then write every row in order.
            var queries = new List<ScreeningQuery>(chunk.Count);
            var slots = new int[chunk.Count];
            var rowErrors = new string?[chunk.Count];
            var rowWarnings = new IReadOnlyList<string>[chunk.Count];
            var rowQueries = new ScreeningQuery?[chunk.Count];
            for (var i = 0; i < chunk.Count; i++)
            {
                var row = chunk[i];
                rowErrors[i] = Validate(row, nameIndex, countryIndex, typeIndex, columns, out var query, out rowWarnings[i]);
                rowQueries[i] = query;
                slots[i] = query is null ? -1 : queries.Count;
                if (query is not null)
                {
                    queries.Add(query);
                }
            }

            var results = screener.ScreenMany(queries, threads);
            buffer.Clear();
            for (var i = 0; i < chunk.Count; i++)
            {
                var row = chunk[i];
                var id = row.Get(idIndex);
                var warnings = rowWarnings[i];
                rows++;
                if (warnings.Count > 0)
                {
                    warned++;
                }

                if (slots[i] < 0)
                {
                    errors++;
                    if (sink.IsCsv)
                    {
                        sink.WriteCsv(
                        [
                            id, Num(row.Line), row.Get(nameIndex), null, null, null, null, null, null, null, rowErrors[i], context.AlgorithmVersion,
                            context.SnapshotId, null, null, null, Joined(warnings), null, null,
                        ]);
                    }
                    else
                    {
                        JsonOut.WriteLine(buffer, w => JsonOut.WriteError(w, id, row.Line, row.Get(nameIndex), rowErrors[i]!, warnings));
                    }

                    continue;
                }

                var result = results[slots[i]];
                if (result.IsMatch)
                {
                    matched++;
                }

                if (result.RedFlags.Count > 0)
                {
                    flagged++;
                }

                if (sink.IsCsv)
                {
                    WriteCsv(sink, id, row.Line, result, warnings);
                }
                else
                {
                    var query = rowQueries[i];
                    JsonOut.WriteLine(buffer, w => JsonOut.WriteResult(w, result, id, row.Line, query, warnings));
                }
            }

            if (!sink.IsCsv)
            {
                sink.WriteJson(buffer);
            }

            var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            stderr.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"batch: {rows} rows done, {matched} with matches, {errors} errors, {warned} with warnings ({rows / seconds:0} rows/s)"));
        }

        stderr.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"batch: finished {rows} rows in {clock.Elapsed.TotalSeconds:0.0} s: {matched} with matches, {errors} errors, {warned} with warnings; wrote {TerminalText.Escape(outputPath)}"));
        if (context.Ownership is not null)
        {
            // Red flags are in the output, never matches: they leave the exit code alone.
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"batch: {flagged} rows with ownership red flags (not matches; see redFlags in the output)"));
        }

        return matched > 0 ? ExitCodes.Match : ExitCodes.NoMatch;
    }

    /// <summary>The optional columns of the facts beside the name (-1 when absent).</summary>
    private sealed record FactColumns(int Dob, int Nationality, int Gender, int Ids);

    /// <summary>
    /// Checks a row and builds its query; returns the error (naming the line) or null. A fact that cannot be read
    /// (<c>dob</c>, <c>nationality</c>, <c>gender</c>, <c>ids</c>) is a warning and is left out: the row is screened
    /// on what remains. A row with no name is screened by its identifiers, and is an error without a usable one.
    /// </summary>
    private static string? Validate(
        InputRow row, int nameIndex, int countryIndex, int typeIndex, FactColumns columns, out ScreeningQuery? query, out IReadOnlyList<string> warnings)
    {
        query = null;
        warnings = [];
        if (row.Error is not null)
        {
            return row.Error;
        }

        var facts = QueryFacts.Read(
            [row.Get(columns.Dob)], [row.Get(columns.Nationality)], row.Get(columns.Gender), [row.Get(columns.Ids)],
            QueryFacts.Columns(row.Line), warnEmpty: false);
        warnings = facts.Warnings;
        var name = row.Get(nameIndex);
        if (name.Length == 0 && facts.Identifiers.Count == 0)
        {
            return row.Get(columns.Ids).Length == 0
                ? $"line {row.Line}: missing name"
                : $"line {row.Line}: missing name, and no usable identifier in column ids";
        }

        var typeText = row.Get(typeIndex);
        if (!QueryFields.TryParseType(typeText, out var type, vesselAircraft: true))
        {
            return $"line {row.Line}, column type: '{typeText}' is not {QueryFields.TypeChoices(vesselAircraft: true)}";
        }

        var countryText = row.Get(countryIndex);
        if (!QueryFields.TryParseCountry(countryText, out var country))
        {
            return $"line {row.Line}, column country: '{countryText}' is not an ISO 3166 alpha-2 code";
        }

        query = facts.ApplyTo(new ScreeningQuery(name) { Type = type, Country = country });
        return null;
    }

    private static void WriteCsv(ResultSink sink, string id, long line, ScreeningResult result, IReadOnlyList<string> warnings)
    {
        var context = result.Context;
        var redFlags = RedFlagsCell(result);
        if (!result.IsMatch)
        {
            sink.WriteCsv(
            [
                id, Num(line), result.Query, null, null, null, null, null, null, null, null, context.AlgorithmVersion, context.SnapshotId, null,
                null, null, Joined(warnings), null, redFlags,
            ]);
            return;
        }

        foreach (var m in result.Matches)
        {
            var explanation = m.Explanation;
            sink.WriteCsv(
            [
                id, Num(line), result.Query, m.Party.List.Code, m.Party.Id, m.Party.PrimaryName, m.MatchedName.Value,
                JsonOut.Text(m.Score), JsonOut.BandName(m.Band), explanation.Summary, null,
                context.AlgorithmVersion, context.SnapshotId, m.MatchedName.Overlay?.Source,
                JsonOut.Text(explanation.NameScore), Joined(explanation.Evidence.Select(e => e.Detail)), Joined(warnings),
                m.Affiliation is { } affiliation ? Joined(Lines(affiliation)) : null, redFlags,
            ]);
        }
    }

    /// <summary>One line per rule covering or flagging an affiliate (its summary's lines).</summary>
    private static IEnumerable<string> Lines(Affiliation affiliation) =>
        affiliation.Covered.Select(Affiliation.Describe).Concat(affiliation.RedFlags.Select(Affiliation.Describe));

    /// <summary>
    /// The result's red flags in one cell, the same on each row of the query: <c>NAME (ID, score S): red flag under …</c>
    /// per rule, joined with <c> | </c>; null when none.
    /// </summary>
    private static string? RedFlagsCell(ScreeningResult result) =>
        Joined(result.RedFlags.SelectMany(flag => flag.Affiliation is { } a
            ? Lines(a).Select(text => $"{flag.Party.PrimaryName} ({flag.Party.Id}, score {JsonOut.Text(flag.Score)}): {text}")
            : []));

    /// <summary>Values joined into one CSV cell with <c> | </c>; null when none (an empty cell).</summary>
    private static string? Joined(IEnumerable<string> values)
    {
        var text = string.Join(CellSeparator, values);
        return text.Length == 0 ? null : text;
    }

    internal static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}
