using System.Buffers;
using System.Diagnostics;
using System.Globalization;

namespace EntityScreen.Cli;

/// <summary>Scores every pair of a CSV file (name1,name2, optional id), writing one record per row in input order.</summary>
internal static class CompareRunner
{
    private static readonly string[] s_csvHeader =
        ["id", "line", "name1", "name2", "score", "band", "method", "summary", "error", "algorithmVersion", "snapshotId"];

    public static int Run(Screener screener, CsvInput input, string outputPath, int threads, PartyType defaultType, bool csvRaw, TextWriter stdout, TextWriter stderr)
    {
        var idIndex = input.IndexOf("id");
        var typeIndex = input.IndexOf("type") is >= 0 and var t ? t : input.IndexOf("kind");
        var name1Index = input.IndexOf("name1");
        var name2Index = input.IndexOf("name2");
        var context = screener.Context;
        using var sink = ResultSink.Open(outputPath, stdout, s_csvHeader, csvRaw);
        var clock = Stopwatch.StartNew();
        long rows = 0, errors = 0;
        var chunk = new List<InputRow>(BatchRunner.ChunkSize);
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        while (input.NextChunk(chunk, BatchRunner.ChunkSize))
        {
            var rowErrors = new string?[chunk.Count];
            var rowTypes = new PartyType[chunk.Count];
            var explanations = new MatchExplanation?[chunk.Count];
            for (var i = 0; i < chunk.Count; i++)
            {
                var row = chunk[i];
                var typeText = typeIndex >= 0 ? row.Get(typeIndex) : string.Empty;
                var typeOk = QueryFields.TryParseType(typeText, out var rowType);
                rowTypes[i] = rowType ?? defaultType;
                rowErrors[i] = row.Error
                    ?? (row.Get(name1Index).Length == 0 ? $"line {row.Line}: missing name1"
                        : row.Get(name2Index).Length == 0 ? $"line {row.Line}: missing name2"
                        : !typeOk ? $"line {row.Line}: type '{typeText}' is not organization or person"
                        : null);
            }

            Parallel.For(0, chunk.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
            {
                if (rowErrors[i] is null)
                {
                    explanations[i] = screener.Compare(chunk[i].Get(name1Index), chunk[i].Get(name2Index), rowTypes[i]);
                }
            });

            buffer.Clear();
            for (var i = 0; i < chunk.Count; i++)
            {
                var row = chunk[i];
                var id = row.Get(idIndex);
                var name1 = row.Get(name1Index);
                var name2 = row.Get(name2Index);
                rows++;
                if (explanations[i] is not { } e)
                {
                    errors++;
                    if (sink.IsCsv)
                    {
                        sink.WriteCsv([id, BatchRunner.Num(row.Line), name1, name2, null, null, null, null, rowErrors[i], context.AlgorithmVersion, context.SnapshotId]);
                    }
                    else
                    {
                        JsonOut.WriteLine(buffer, w =>
                        {
                            w.WriteStartObject();
                            w.WriteString("id", id);
                            w.WriteNumber("line", row.Line);
                            w.WriteString("name1", name1);
                            w.WriteString("name2", name2);
                            w.WriteString("error", rowErrors[i]);
                            w.WriteEndObject();
                        });
                    }

                    continue;
                }

                if (sink.IsCsv)
                {
                    sink.WriteCsv(
                    [
                        id, BatchRunner.Num(row.Line), name1, name2, JsonOut.Text(e.Score), JsonOut.BandOf(e.Score, screener.Options),
                        e.Method, e.Summary, null, context.AlgorithmVersion, context.SnapshotId,
                    ]);
                }
                else
                {
                    JsonOut.WriteLine(buffer, w => JsonOut.WriteComparison(w, screener, name1, name2, e, id, row.Line, withContext: true));
                }
            }

            if (!sink.IsCsv)
            {
                sink.WriteJson(buffer);
            }

            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compare: {rows} pairs done, {errors} errors"));
        }

        stderr.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"compare: finished {rows} pairs in {clock.Elapsed.TotalSeconds:0.0} s, {errors} errors; wrote {TerminalText.Escape(outputPath)}"));
        return ExitCodes.NoMatch;
    }
}
