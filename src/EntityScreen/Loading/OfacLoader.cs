using CsvHelper;

namespace EntityScreen;

/// <summary>
/// Reads the OFAC legacy files: <c>sdn.csv</c> (+ <c>alt.csv</c>, <c>add.csv</c>, <c>sdn_comments.csv</c>) or the
/// consolidated twins <c>cons_prim.csv</c> (+ <c>cons_alt.csv</c>, <c>cons_add.csv</c>, <c>cons_comments.csv</c>).
/// No header, CRLF, a final 0x1A byte, and the unquoted null placeholder <c>-0- </c>.
/// </summary>
internal static class OfacLoader
{
    private const int PrimaryFields = 12;

    private static readonly string[] s_primaryColumns =
        ["ent_num", "SDN_Name", "SDN_Type", "Program", "Title", "Call_Sign", "Vess_type", "Tonnage", "GRT", "Vess_flag", "Vess_owner", "Remarks"];

    // The documented columns of the header-less dependent files, naming the column of a malformed record.
    private static readonly string[] s_commentColumns = ["ent_num", "Remarks"];
    private static readonly string[] s_aliasColumns = ["ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks"];
    private static readonly string[] s_addressColumns =
        ["Ent_num", "Add_num", "Address", "City/State/Province/Postal Code", "Country", "Add_remarks"];

    /// <summary>Loads a folder holding OFAC files, or a single primary file.</summary>
    public static LoadResult Load(string path)
    {
        var isFolder = Directory.Exists(path);
        var primaryPath = isFolder ? PrimaryInFolder(path) : path;
        var consolidated = Path.GetFileName(primaryPath).StartsWith("cons_", StringComparison.OrdinalIgnoreCase);
        var primary = SourceFile.Read(primaryPath);
        var files = new List<SourceFile> { primary };
        var parties = new List<PartyBuilder>();
        var byEntNum = new Dictionary<string, PartyBuilder>(StringComparer.Ordinal);
        var remarks = new Dictionary<string, string>(StringComparer.Ordinal);
        var tallies = new List<FileTally> { ReadPrimary(primary, consolidated, parties, byEntNum, remarks) };

        void ReadOptional(string name, Func<SourceFile, FileTally> read)
        {
            var filePath = Path.Combine(path, name);
            if (File.Exists(filePath))
            {
                var file = SourceFile.Read(filePath);
                files.Add(file);
                tallies.Add(read(file));
            }
        }

        if (isFolder)
        {
            ReadOptional(consolidated ? "cons_comments.csv" : "sdn_comments.csv", f => ReadComments(f, byEntNum, remarks));
            ReadOptional(consolidated ? "cons_alt.csv" : "alt.csv", f => ReadAliases(f, byEntNum));
            ReadOptional(consolidated ? "cons_add.csv" : "add.csv", f => ReadAddresses(f, byEntNum));
        }

        foreach (var (entNum, text) in remarks)
        {
            var party = byEntNum[entNum];
            party.Remarks = text;
            party.SetField("Remarks", text);
            OfacRemarks.Apply(party, text, tallies[0].Facts);
        }

        var sha = isFolder ? ConcatenatedSha256(files) : primary.Sha256;
        var asOf = files.Max(f => f.LastWrite);
        return new LoadResult(parties.ConvertAll(p => p.Build()), tallies.ConvertAll(t => t.ToReport()), sha, asOf);
    }

    private static string PrimaryInFolder(string folder) =>
        File.Exists(Path.Combine(folder, "sdn.csv")) ? Path.Combine(folder, "sdn.csv")
        : File.Exists(Path.Combine(folder, "cons_prim.csv")) ? Path.Combine(folder, "cons_prim.csv")
        : throw new ListFormatException(folder, 0, null, "the folder holds neither sdn.csv nor cons_prim.csv");

    private static FileTally ReadPrimary(
        SourceFile file, bool consolidated, List<PartyBuilder> parties, Dictionary<string, PartyBuilder> byEntNum,
        Dictionary<string, string> remarks)
    {
        var tally = new FileTally(file) { ColumnNames = s_primaryColumns };
        using var reader = file.OpenCsv(tally);
        while (reader.Read())
        {
            var line = reader.LineNumber;
            if (reader.FieldCount != PrimaryFields)
            {
                tally.Reject(line, null, $"expected {PrimaryFields} fields, found {reader.FieldCount}");
                continue;
            }

            var entNum = Value(reader, 0);
            var name = Value(reader, 1);
            if (entNum is null || !long.TryParse(entNum, out _))
            {
                tally.Reject(line, "ent_num", "ent_num is not a number");
                continue;
            }

            if (name is null)
            {
                tally.Reject(line, "SDN_Name", "empty name");
                continue;
            }

            if (byEntNum.ContainsKey(entNum))
            {
                tally.Reject(line, "ent_num", $"duplicate ent_num {entNum}");
                continue;
            }

            var programs = Value(reader, 3);
            var list = consolidated ? ListInfo.FromCode(ConsolidatedCode(programs)) : ListInfo.FromCode("SDN");
            var party = new PartyBuilder($"{list.Code}:{entNum}", list) { Line = line };
            party.AddRowId(entNum);
            party.AddName(name, NameKind.Primary);
            party.Type = Value(reader, 2)?.ToUpperInvariant() switch
            {
                "INDIVIDUAL" => PartyType.Person,
                "VESSEL" => PartyType.Vessel,
                "AIRCRAFT" => PartyType.Aircraft,
                _ => PartyType.Organization,
            };
            foreach (var range in (programs ?? string.Empty).AsSpan().Split("] ["))
            {
                var program = programs.AsSpan(range).Trim().Trim('[').Trim(']').Trim();
                if (!program.IsEmpty)
                {
                    party.AddProgram(program.ToString());
                }
            }

            party.Title = Value(reader, 4);
            for (var i = 0; i < PrimaryFields; i++)
            {
                party.MergeField(s_primaryColumns[i], Value(reader, i) ?? string.Empty);
            }

            if (Value(reader, 11) is not null)
            {
                // Untrimmed: a remark cut at 1000 characters may end in a space that the continuation follows.
                remarks[entNum] = reader.GetString(11).TrimStart();
            }

            byEntNum.Add(entNum, party);
            parties.Add(party);
            tally.Loaded();
        }

        return tally;
    }

    private static FileTally ReadComments(
        SourceFile file, Dictionary<string, PartyBuilder> byEntNum, Dictionary<string, string> remarks) =>
        ReadDependent(file, s_commentColumns, byEntNum, (_, reader, entNum) =>
        {
            var continuation = reader.GetString(1);
            remarks[entNum] = remarks.TryGetValue(entNum, out var head) ? head + continuation : continuation;
        });

    private static FileTally ReadAliases(SourceFile file, Dictionary<string, PartyBuilder> byEntNum) =>
        ReadDependent(file, s_aliasColumns, byEntNum, (party, reader, _) =>
        {
            var kind = Value(reader, 2)?.ToUpperInvariant() switch
            {
                "FKA" => NameKind.Fka,
                "NKA" => NameKind.Nka,
                _ => NameKind.Aka,
            };
            party.AddName(Value(reader, 3), kind);
        });

    private static FileTally ReadAddresses(SourceFile file, Dictionary<string, PartyBuilder> byEntNum) =>
        ReadDependent(file, s_addressColumns, byEntNum, (party, reader, _) =>
        {
            var street = Value(reader, 2);
            var city = Value(reader, 3);
            var country = Value(reader, 4);
            var text = string.Join(", ", new[] { street, city, country }.Where(p => p is not null));
            if (text.Length > 0)
            {
                party.AddAddress(new PartyAddress(text, city, country is null ? null : CountryNames.ToIso2(country)));
            }
        });

    /// <summary>Reads a file keyed by ent_num; rows naming no primary row are rejected.</summary>
    private static FileTally ReadDependent(
        SourceFile file, string[] columns, Dictionary<string, PartyBuilder> byEntNum, Action<PartyBuilder, CsvReader, string> apply)
    {
        var fields = columns.Length;
        var tally = new FileTally(file) { ColumnNames = columns };
        using var reader = file.OpenCsv(tally);
        while (reader.Read())
        {
            var line = reader.LineNumber;
            if (reader.FieldCount != fields)
            {
                tally.Reject(line, null, $"expected {fields} fields, found {reader.FieldCount}");
                continue;
            }

            var entNum = Value(reader, 0);
            if (entNum is null || !byEntNum.TryGetValue(entNum, out var party))
            {
                tally.Reject(line, "ent_num", $"ent_num {entNum} matches no row of the primary file");
                continue;
            }

            apply(party, reader, entNum);
            tally.Loaded();
        }

        return tally;
    }

    /// <summary>The field's trimmed text, or null for an empty field or the <c>-0-</c> placeholder.</summary>
    private static string? Value(CsvReader reader, int index)
    {
        var value = reader.GetString(index).Trim();
        return value.Length == 0 || value == "-0-" ? null : value;
    }

    /// <summary>The list code of a consolidated (non-SDN) row, from its programs.</summary>
    internal static string ConsolidatedCode(string? programs)
    {
        var p = programs ?? string.Empty;
        return p.Contains("NS-PLC", StringComparison.OrdinalIgnoreCase) ? "PLC"
            : p.Contains("CMIC", StringComparison.OrdinalIgnoreCase) ? "CMIC"
            : p.Contains("561", StringComparison.OrdinalIgnoreCase) ? "CAP"
            : p.Contains("MBS", StringComparison.OrdinalIgnoreCase) ? "NS-MBS"
            : p.Contains("UKRAINE-EO13662", StringComparison.OrdinalIgnoreCase) || p.Contains("RUSSIA-EO14024", StringComparison.OrdinalIgnoreCase) ? "SSI"
            : "CONS";
    }

    private static string ConcatenatedSha256(List<SourceFile> files)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => Path.GetFileName(f.Path), StringComparer.Ordinal))
        {
            hash.AppendData(file.Bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
