using System.Globalization;
using EntityScreen.Text;

namespace EntityScreen;

/// <summary>Reads the alias-overlay CSV (see <see cref="AliasOverlay"/>): comment lines, header by name, one row per added name.</summary>
internal static class AliasOverlayReader
{
    public static AliasOverlay Read(SourceFile file)
    {
        // A record with malformed quoting is skipped by the parser and reported as a rejected row, never read changed.
        var tally = new FileTally(file);
        using var reader = SourceFile.OpenCsv(WithoutComments(SourceFile.ContentRange(file.Bytes)), tally.Malformed);
        var header = CsvHeader.Read(reader, tally);
        var nameColumn = header.Require("name", file.Path);
        var sourceColumn = header.Require("source", file.Path);
        var idColumn = header.Find("entity_id");
        var listedColumn = header.Find("listed_name");
        if (idColumn < 0 && listedColumn < 0)
        {
            throw new ListFormatException(file.Path, header.Line, "entity_id", "the header has neither an 'entity_id' nor a 'listed_name' column: a row must say which party it adds a name to");
        }

        var listColumn = header.Find("list");
        var kindColumn = header.Find("kind");

        var rows = new List<AliasOverlayRow>();
        while (reader.Read())
        {
            var line = reader.LineNumber;
            if (!header.Fits(reader, tally))
            {
                continue;
            }

            var values = header.Values(reader, static v => v.Trim());
            if (Array.FindIndex(values, v => v.AsSpan().IndexOfAny('\r', '\n') >= 0) is var multi and >= 0)
            {
                tally.Reject(line, header.Names[multi], "a field spans lines (an unclosed quote?)");
                continue;
            }

            var name = values[nameColumn];
            if (name.Length == 0)
            {
                tally.Reject(line, header.Names[nameColumn], "empty name");
                continue;
            }

            if (NameNormalizer.Normalize(name).IsEmpty)
            {
                tally.Reject(line, header.Names[nameColumn], $"the name '{name}' has no letters or digits to match on");
                continue;
            }

            var id = Get(values, idColumn);
            var listed = Get(values, listedColumn);
            if (id.Length == 0 && listed.Length == 0)
            {
                tally.Reject(line, idColumn >= 0 ? header.Names[idColumn] : header.Names[listedColumn], "the row has neither an entity_id nor a listed_name");
                continue;
            }

            if (listed.Length > 0 && NameNormalizer.Normalize(listed).IsEmpty)
            {
                tally.Reject(line, header.Names[listedColumn], $"the listed name '{listed}' has no letters or digits to match on");
                continue;
            }

            if (!TryParseKind(Get(values, kindColumn), out var kind, out var kindError))
            {
                tally.Reject(line, header.Names[kindColumn], kindError);
                continue;
            }

            var citation = values[sourceColumn];
            if (citation.Length == 0)
            {
                tally.Reject(line, header.Names[sourceColumn], "empty source: every added name needs a URL or citation");
                continue;
            }

            var list = Get(values, listColumn);
            rows.Add(new AliasOverlayRow(
                line,
                list.Length == 0 ? null : list.ToUpperInvariant(),
                id.Length == 0 ? null : id,
                listed.Length == 0 ? null : listed,
                name,
                kind,
                citation));
            tally.Loaded();
        }

        var report = tally.ToReport();
        var identity = new AliasOverlayIdentity(file.Path, file.Sha256, checked((int)report.RowsRead));
        var rejections = report.Rejections
            .Select(r => new OverlayRowIssue(r.File, r.Line, r.Column, OverlayRowOutcome.Rejected, r.Reason))
            .ToArray();
        return AliasOverlay.Create(identity, rows, rejections);
    }

    /// <summary>
    /// The content with every line that starts with <c>#</c> emptied (its line break kept, so every record keeps its
    /// physical line number; the CSV reader skips the empty lines).
    /// </summary>
    internal static ReadOnlyMemory<byte> WithoutComments(ReadOnlyMemory<byte> content)
    {
        var span = content.Span;
        if (span.IndexOf((byte)'#') < 0)
        {
            return content;
        }

        var output = new byte[span.Length];
        var written = 0;
        var at = 0;
        while (at < span.Length)
        {
            var end = span[at..].IndexOfAny((byte)'\r', (byte)'\n');
            end = end < 0 ? span.Length : at + end;
            if (span[at] != (byte)'#')
            {
                span[at..end].CopyTo(output.AsSpan(written));
                written += end - at;
            }

            // The line break itself: CRLF, LF or CR.
            var next = end;
            if (next < span.Length && span[next] == (byte)'\r')
            {
                next++;
            }

            if (next < span.Length && span[next] == (byte)'\n')
            {
                next++;
            }

            span[end..next].CopyTo(output.AsSpan(written));
            written += next - end;
            at = next;
        }

        return output.AsMemory(0, written);
    }

    private static bool TryParseKind(string text, out NameKind kind, out string error)
    {
        error = string.Empty;
        switch (text.ToUpperInvariant())
        {
            case "" or "AKA" or "A.K.A." or "ALIAS":
                kind = NameKind.Aka;
                return true;
            case "FKA" or "F.K.A.":
                kind = NameKind.Fka;
                return true;
            case "NKA" or "N.K.A.":
                kind = NameKind.Nka;
                return true;
            case "WEAK":
                kind = NameKind.Weak;
                return true;
            case "PRIMARY":
                kind = NameKind.Aka;
                error = "an overlay adds aliases: kind 'primary' is not allowed (use aka, fka, nka or weak)";
                return false;
            default:
                kind = NameKind.Aka;
                error = string.Create(CultureInfo.InvariantCulture, $"unknown kind '{text}' (expected aka, fka, nka or weak)");
                return false;
        }
    }

    private static string Get(string[] values, int index) => index >= 0 ? values[index] : string.Empty;
}
