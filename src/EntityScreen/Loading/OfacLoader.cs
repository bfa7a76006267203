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

    /// <summary>Loads a folder holding OFAC files, or a single primary file.</summary>
    public static LoadResult Load(string path)
    {
        string folder;
        string primaryName;
        if (Directory.Exists(path))
        {
            folder = path;
            primaryName = File.Exists(Path.Combine(path, "sdn.csv")) ? "sdn.csv"
                : File.Exists(Path.Combine(path, "cons_prim.csv")) ? "cons_prim.csv"
                : throw new ListFormatException(path, 0, null, "the folder holds neither sdn.csv nor cons_prim.csv");
        }
        else
        {
            folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            primaryName = Path.GetFileName(path);
        }

        var consolidated = primaryName.StartsWith("cons_", StringComparison.OrdinalIgnoreCase);
        var primary = SourceFile.Read(Directory.Exists(path) ? Path.Combine(folder, primaryName) : path);
        var files = new List<SourceFile> { primary };
        var tallies = new List<FileTally>();
        var parties = new List<PartyBuilder>();
        var byEntNum = new Dictionary<string, PartyBuilder>(StringComparer.Ordinal);
        var remarks = new Dictionary<string, string>(StringComparer.Ordinal);

        tallies.Add(ReadPrimary(primary, consolidated, parties, byEntNum, remarks));

        if (Directory.Exists(path))
        {
            var (alt, add, comments) = consolidated
                ? ("cons_alt.csv", "cons_add.csv", "cons_comments.csv")
                : ("alt.csv", "add.csv", "sdn_comments.csv");
            foreach (var (name, reader) in new (string, Func<SourceFile, Dictionary<string, PartyBuilder>, Dictionary<string, string>, FileTally>)[]
            {
                (comments, ReadComments),
                (alt, ReadAliases),
                (add, ReadAddresses),
            })
            {
                var filePath = Path.Combine(folder, name);
                if (File.Exists(filePath))
                {
                    var file = SourceFile.Read(filePath);
                    files.Add(file);
                    tallies.Add(reader(file, byEntNum, remarks));
                }
            }
        }

        foreach (var (entNum, text) in remarks)
        {
            var party = byEntNum[entNum];
            party.Remarks = text;
            party.SetField("Remarks", text);
            OfacRemarks.Apply(party, text);
        }

        var sha = files.Count == 1 ? primary.Sha256 : ConcatenatedSha256(files);
        var asOf = files.Max(f => f.LastWrite);
        return new LoadResult(parties.ConvertAll(p => p.Build()), tallies.ConvertAll(t => t.ToReport()), sha, asOf);
    }

    private static FileTally ReadPrimary(
        SourceFile file, bool consolidated, List<PartyBuilder> parties, Dictionary<string, PartyBuilder> byEntNum,
        Dictionary<string, string> remarks)
    {
        var tally = new FileTally(file);
        using var reader = file.OpenCsv();
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
            var party = new PartyBuilder($"{list.Code}:{entNum}", list);
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

    private static readonly string[] s_primaryColumns =
        ["ent_num", "SDN_Name", "SDN_Type", "Program", "Title", "Call_Sign", "Vess_type", "Tonnage", "GRT", "Vess_flag", "Vess_owner", "Remarks"];

    private static FileTally ReadComments(
        SourceFile file, Dictionary<string, PartyBuilder> byEntNum, Dictionary<string, string> remarks) =>
        ReadDependent(file, 2, byEntNum, (_, reader, entNum) =>
        {
            var continuation = reader.GetString(1);
            remarks[entNum] = remarks.TryGetValue(entNum, out var head) ? head + continuation : continuation;
        });

    private static FileTally ReadAliases(
        SourceFile file, Dictionary<string, PartyBuilder> byEntNum, Dictionary<string, string> remarks) =>
        ReadDependent(file, 5, byEntNum, (party, reader, _) =>
        {
            var kind = Value(reader, 2)?.ToUpperInvariant() switch
            {
                "FKA" => NameKind.Fka,
                "NKA" => NameKind.Nka,
                _ => NameKind.Aka,
            };
            party.AddName(Value(reader, 3), kind);
        });

    private static FileTally ReadAddresses(
        SourceFile file, Dictionary<string, PartyBuilder> byEntNum, Dictionary<string, string> remarks) =>
        ReadDependent(file, 6, byEntNum, (party, reader, _) =>
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
        SourceFile file, int fields, Dictionary<string, PartyBuilder> byEntNum, Action<PartyBuilder, CsvReader, string> apply)
    {
        var tally = new FileTally(file);
        using var reader = file.OpenCsv();
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
