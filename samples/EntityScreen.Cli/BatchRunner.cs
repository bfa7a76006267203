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
        "algorithmVersion", "snapshotId", "matchedNameOverlay",
    ];

    public static int Run(Screener screener, CsvInput input, string outputPath, int threads, bool csvRaw, TextWriter stdout, TextWriter stderr)
    {
        var idIndex = input.IndexOf("id");
        var nameIndex = input.IndexOf("name");
        var countryIndex = input.IndexOf("country");
        var typeIndex = input.IndexOf("type");
        var context = screener.Context;

        using var sink = ResultSink.Open(outputPath, stdout, s_csvHeader, csvRaw);
        var clock = Stopwatch.StartNew();
        long rows = 0, errors = 0, matched = 0;
        var chunk = new List<InputRow>(ChunkSize);
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        while (input.NextChunk(chunk, ChunkSize))
        {
            // Validate the chunk's rows, screen the good ones together, then write every row in order.
            var queries = new List<ScreeningQuery>(chunk.Count);
            var slots = new int[chunk.Count];
            var rowErrors = new string?[chunk.Count];
            for (var i = 0; i < chunk.Count; i++)
            {
                var row = chunk[i];
                rowErrors[i] = Validate(row, nameIndex, countryIndex, typeIndex, out var query);
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
                rows++;
                if (slots[i] < 0)
                {
                    errors++;
                    if (sink.IsCsv)
                    {
                        sink.WriteCsv([id, Num(row.Line), row.Get(nameIndex), null, null, null, null, null, null, null, rowErrors[i], context.AlgorithmVersion, context.SnapshotId, null]);
                    }
                    else
                    {
                        JsonOut.WriteLine(buffer, w => JsonOut.WriteError(w, id, row.Line, row.Get(nameIndex), rowErrors[i]!));
                    }

                    continue;
                }

                var result = results[slots[i]];
                if (result.IsMatch)
                {
                    matched++;
                }

                if (sink.IsCsv)
                {
                    WriteCsv(sink, id, row.Line, result);
                }
                else
                {
                    JsonOut.WriteLine(buffer, w => JsonOut.WriteResult(w, result, id, row.Line));
                }
            }

            if (!sink.IsCsv)
            {
                sink.WriteJson(buffer);
            }

            var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            stderr.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"batch: {rows} rows done, {matched} with matches, {errors} errors ({rows / seconds:0} rows/s)"));
        }

        stderr.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"batch: finished {rows} rows in {clock.Elapsed.TotalSeconds:0.0} s: {matched} with matches, {errors} errors; wrote {TerminalText.Escape(outputPath)}"));
        return matched > 0 ? ExitCodes.Match : ExitCodes.NoMatch;
    }

    /// <summary>Checks a row and builds its query; returns the error (naming the line) or null.</summary>
    private static string? Validate(InputRow row, int nameIndex, int countryIndex, int typeIndex, out ScreeningQuery? query)
    {
        query = null;
        if (row.Error is not null)
        {
            return row.Error;
        }

        var name = row.Get(nameIndex);
        if (name.Length == 0)
        {
            return $"line {row.Line}: missing name";
        }

        var typeText = row.Get(typeIndex);
        if (!QueryFields.TryParseType(typeText, out var type))
        {
            return $"line {row.Line}, column type: '{typeText}' is not organization or person";
        }

        var countryText = row.Get(countryIndex);
        if (!QueryFields.TryParseCountry(countryText, out var country))
        {
            return $"line {row.Line}, column country: '{countryText}' is not an ISO 3166 alpha-2 code";
        }

        query = new ScreeningQuery(name) { Type = type, Country = country };
        return null;
    }

    private static void WriteCsv(ResultSink sink, string id, long line, ScreeningResult result)
    {
        var context = result.Context;
        if (!result.IsMatch)
        {
            sink.WriteCsv([id, Num(line), result.Query, null, null, null, null, null, null, null, null, context.AlgorithmVersion, context.SnapshotId, null]);
            return;
        }

        foreach (var m in result.Matches)
        {
            sink.WriteCsv(
            [
                id, Num(line), result.Query, m.Party.List.Code, m.Party.Id, m.Party.PrimaryName, m.MatchedName.Value,
                JsonOut.Text(m.Score), JsonOut.BandName(m.Band), m.Explanation.Summary, null,
                context.AlgorithmVersion, context.SnapshotId, m.MatchedName.Overlay?.Source,
            ]);
        }
    }

    internal static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}
