using System.Diagnostics;
using System.Globalization;
using CsvHelper;

namespace EntityScreen;

/// <summary>
/// Reads an ownership CSV: header <c>owner,owned,share</c> (any order, case-insensitive), optional <c>owner_id</c>,
/// <c>owned_id</c>, <c>source</c>, <c>as_of</c>, <c>relation</c> (ownership or a kind of control), <c>owned_country</c>. Streaming: the file passes once through a buffer of the CSV reader and
/// a SHA-256 hash; only the edges kept (one compact <see cref="EdgeRow"/> each, every distinct string once) and the
/// first <see cref="RejectionsKeptPerKind"/> rejections of each kind stay in memory (the rest are counted). Rows read =
/// loaded + rejected; a bad row is a rejection with its line, column and reason. Every line break ends a record, so a
/// quote never closed rejects its own line only and reading goes on at the next.
/// </summary>
internal static class OwnershipCsvLoader
{
    /// <summary>The longest record read, in bytes: a quote never closed otherwise runs on through a whole large file.</summary>
    internal const int MaxRecordSize = 1 << 20;

    /// <summary>Rejections kept in full per kind of rejection; past it they are only counted (<see cref="FileLoadReport.RejectionsOmitted"/>).</summary>
    internal const int RejectionsKeptPerKind = 1_000;

    public static OwnershipFile Load(string path)
    {
        var watch = Stopwatch.StartNew();
        var file = SourceFile.OpenStream(path, out var stream);
        using (stream)
        {
            var tally = new FileTally(file) { KeepPerKind = RejectionsKeptPerKind };
            var warnings = new WarningLog();
            var strings = new InternTable<string>(StringComparer.Ordinal, string.Empty);
            var shares = new InternTable<OwnershipShare>();
            var rows = new List<EdgeRow>();
            var knownShares = 0L;
            var anyAboveOne = false;

            using var reader = SourceFile.OpenCsv(stream, tally.Malformed, MaxRecordSize, allowLineBreaksInQuotes: false);
            CsvHeader header;
            try
            {
                header = CsvHeader.Read(reader, tally);
            }
            catch (CsvFormatException ex)
            {
                throw new ListFormatException(path, ex.LineNumber, null, $"the header cannot be read as CSV: {ex.Message}");
            }

            try
            {
                var ownerColumn = header.Require("owner", path);
                var ownedColumn = header.Require("owned", path);
                var shareColumn = header.Require("share", path);
                var ownerIdColumn = header.Find("owner_id");
                var ownedIdColumn = header.Find("owned_id");
                var sourceColumn = header.Find("source");
                var asOfColumn = header.Find("as_of");
                var relationColumn = header.Find("relation");
                var countryColumn = header.Find("owned_country");

                while (reader.Read())
                {
                    var line = reader.LineNumber;
                    if (IsDosEof(reader))
                    {
                        continue;
                    }

                    if (!header.Fits(reader, tally))
                    {
                        continue;
                    }

                    var values = header.Values(reader, static v => v.Trim());
                    // Defensive: with line breaks in quotes off, the parser makes such a record malformed before this.
                    if (Array.FindIndex(values, v => v.AsSpan().IndexOfAny('\r', '\n') >= 0) is var multi and >= 0)
                    {
                        tally.Reject(line, header.Names[multi], "a field spans lines (an unclosed quote?)");
                        continue;
                    }

                    var owner = values[ownerColumn];
                    var owned = values[ownedColumn];
                    var ownerId = Get(values, ownerIdColumn);
                    var ownedId = Get(values, ownedIdColumn);
                    if (owner.Length == 0 && ownerId.Length == 0)
                    {
                        tally.Reject(line, header.Names[ownerColumn], "empty owner: the row does not say who owns", "empty owner");
                        continue;
                    }

                    if (owned.Length == 0 && ownedId.Length == 0)
                    {
                        tally.Reject(line, header.Names[ownedColumn], "empty owned: the row does not say what is owned", "empty owned");
                        continue;
                    }

                    // One name with two different ids is two entities (a parent and a subsidiary of one name): kept,
                    // with a warning. One name without two ids, or one id, is self-ownership.
                    var sameName = owner.Length > 0 && string.Equals(owner, owned, StringComparison.Ordinal);
                    var twoIds = ownerId.Length > 0 && ownedId.Length > 0 && !string.Equals(ownerId, ownedId, StringComparison.Ordinal);
                    if ((sameName && !twoIds) || (ownerId.Length > 0 && string.Equals(ownerId, ownedId, StringComparison.Ordinal)))
                    {
                        tally.Reject(line, header.Names[ownerColumn], $"self-ownership: '{(owner.Length > 0 ? owner : ownerId)}' is given as owning itself", "self-ownership");
                        continue;
                    }

                    if (!OwnershipRelations.TryParse(Get(values, relationColumn), out var relation))
                    {
                        tally.Reject(line, header.Names[relationColumn], $"'{values[relationColumn]}' is no relation (ownership, control, director, officer, board; empty: ownership)", "relation not read");
                        continue;
                    }

                    var country = 0;
                    if (Get(values, countryColumn) is { Length: > 0 } countryText)
                    {
                        if (CountryNames.ToIso2(countryText) is not { } iso2)
                        {
                            tally.Reject(line, header.Names[countryColumn], $"'{countryText}' is no country (an ISO 3166 alpha-2 code or an English country name)", "country not read");
                            continue;
                        }

                        country = strings.Add(iso2);
                    }

                    if (!ShareParser.TryParse(values[shareColumn], out var share, out var shareError))
                    {
                        tally.Reject(line, header.Names[shareColumn], shareError, "share not read");
                        continue;
                    }

                    if (relation != OwnershipRelation.Ownership && share.IsKnown)
                    {
                        // Control is not ownership: a share on a control row is never summed.
                        warnings.Add("share on a control row", string.Create(CultureInfo.InvariantCulture, $"{path}:{line}: relation '{OwnershipRelations.Name(relation)}' with share '{values[shareColumn]}': a control row's share is ignored (control never counts toward a share); give the holding on an ownership row of its own"));
                        share = OwnershipShare.Unknown;
                    }

                    if (sameName)
                    {
                        warnings.Add("one name, two ids", string.Create(CultureInfo.InvariantCulture, $"{path}:{line}: '{owner}' owns an entity of the same name with another id ({ownerId} owns {ownedId}): kept as two entities; check it is not self-ownership"));
                    }

                    if (share.IsKnown && relation == OwnershipRelation.Ownership)
                    {
                        knownShares++;
                        anyAboveOne |= share.High > 1m;
                    }

                    DateOnly? asOf = null;
                    var asOfText = Get(values, asOfColumn);
                    if (asOfText.Length > 0)
                    {
                        if (DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        {
                            asOf = date;
                        }
                        else
                        {
                            warnings.Add("as_of not a date", string.Create(CultureInfo.InvariantCulture, $"{path}:{line}, column as_of: '{asOfText}' is not a YYYY-MM-DD date; the edge is kept without a date"));
                        }
                    }

                    rows.Add(new EdgeRow(
                        strings.Add(owner.Length > 0 ? owner : ownerId),
                        strings.Add(ownerId),
                        strings.Add(owned.Length > 0 ? owned : ownedId),
                        strings.Add(ownedId),
                        shares.Add(share),
                        strings.Add(Get(values, sourceColumn)),
                        asOf,
                        line,
                        relation,
                        country));
                    tally.Loaded();
                }
            }
            catch (CsvFormatException ex)
            {
                // A record past the size cap (a single line over 1 MiB: quotes no longer run over lines): one rejected
                // record, and the rest of the file is not read, which the warnings say, with the bytes left unread;
                // the reader cannot resync after it, and reading on would hold the line in memory.
                tally.Reject(ex.LineNumber, null, string.Create(CultureInfo.InvariantCulture, $"the record runs on past {MaxRecordSize} bytes (a line that long is no ownership row)"), "record too long");
                var length = new FileInfo(path).Length;
                var unread = Math.Max(0, length - ex.ByteOffset);
                warnings.Add("file not read to the end", string.Create(CultureInfo.InvariantCulture, $"{path}: not read past line {ex.LineNumber}: the record there runs on past {MaxRecordSize} bytes; the rest of the file (about {unread} of its {length} bytes, from byte {ex.ByteOffset}) is not read and its rows are neither loaded nor counted"));
            }

            if (knownShares > 0 && !anyAboveOne)
            {
                warnings.Add("probably fractions", string.Create(CultureInfo.InvariantCulture, $"{path}: every share is at most 1 ({knownShares} shares): probably fractions, not percentages; shares are read as percent (0.5 is 0.5%, not 50%)"));
            }

            var report = new OwnershipLoadReport
            {
                File = tally.ToReport(),
                EdgesLoaded = rows.Count,
                Warnings = warnings.ToArray(),
                Elapsed = watch.Elapsed,
            };
            return new OwnershipFile(report, strings.ToArray(), shares.ToArray(), [.. rows]);
        }
    }

    /// <summary>True for a record that is only DOS end-of-file bytes (0x1A) at the end of an old file: no row.</summary>
    private static bool IsDosEof(CsvReader reader) =>
        reader.FieldCount == 1 && reader.GetSpan(0) is { Length: > 0 } field && !field.ContainsAnyExcept((byte)0x1A);

    private static string Get(string[] values, int index) => index >= 0 ? values[index] : string.Empty;
}
