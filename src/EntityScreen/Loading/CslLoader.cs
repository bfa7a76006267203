using CsvHelper;

namespace EntityScreen;

/// <summary>
/// Reads the trade.gov Consolidated Screening List CSV: the current 29-column layout (<c>_id</c> first) and the older
/// 28-column one (no <c>_id</c>), both found by column name.
/// </summary>
internal static class CslLoader
{
    public static LoadResult Load(SourceFile file)
    {
        var tally = new FileTally(file);
        using var reader = file.OpenCsv(tally);
        var header = CsvHeader.Read(reader, tally);
        var columns = new CslColumns(header, file.Path);
        var parties = new List<PartyBuilder>();
        var byKey = new Dictionary<PartyKey, PartyBuilder>(PartyKey.Comparer);
        var lists = new Dictionary<string, ListInfo>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var line = reader.LineNumber;
            if (!header.Fits(reader, tally))
            {
                continue;
            }

            var values = header.Values(reader, ListText.RepairC1);

            var source = values[columns.Source].Trim();
            if (source.Length == 0)
            {
                tally.Reject(line, header.Names[columns.Source], "empty source");
                continue;
            }

            var name = ListText.RemoveSuccessorSuffix(values[columns.Name].Trim());
            if (name.Length == 0)
            {
                tally.Reject(line, header.Names[columns.Name], "empty name");
                continue;
            }

            if (!lists.TryGetValue(source, out var list))
            {
                list = ListInfo.FromCslSource(source);
                lists.Add(source, list);
            }

            var altNames = columns.AltNames >= 0 ? values[columns.AltNames].Trim() : string.Empty;
            var rowId = columns.RowId >= 0 && values[columns.RowId].Trim().Length > 0
                ? values[columns.RowId].Trim()
                : line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var entityNumber = columns.EntityNumber >= 0 ? values[columns.EntityNumber].Trim() : string.Empty;

            // Rows repeating one party per address share source, name and aliases; distinct OFAC ent_nums stay apart.
            var key = new PartyKey(list.Code, entityNumber, name, altNames);
            if (!byKey.TryGetValue(key, out var party))
            {
                var idPart = columns.RowId >= 0 && values[columns.RowId].Trim().Length > 0 ? rowId
                    : entityNumber.Length > 0 ? entityNumber
                    : rowId;
                party = new PartyBuilder($"{list.Code}:{idPart}", list) { Line = line };
                FillOnce(party, values, columns, name, altNames, tally.Facts);
                byKey.Add(key, party);
                parties.Add(party);
            }

            party.AddRowId(rowId);
            FillEachRow(party, values, columns, header, tally.Facts);
            tally.Loaded();
        }

        return new LoadResult(parties.ConvertAll(p => p.Build()), [tally.ToReport()], file.Sha256, file.LastWrite);
    }

    /// <summary>The Treasury (OFAC) lists, whose remarks are OFAC remarks; other lists' remarks (DENIED UNTIL 2056) are kept as text.</summary>
    private static readonly HashSet<string> s_treasuryLists = new(StringComparer.OrdinalIgnoreCase) { "SDN", "FSE", "SSI", "PLC", "CAP", "NS-MBS", "CMIC", "CONS" };

    private static void FillOnce(PartyBuilder party, string[] values, CslColumns c, string name, string altNames, FactTally facts)
    {
        party.AddName(name, NameKind.Primary);
        var aliases = ListText.Split(ListText.RemoveSuccessorSuffix(altNames));
        for (var i = 0; i < aliases.Count; i++)
        {
            // Supplement 4's "…; and; and X" leaves a lone "and" between two separators: a separator, not a name
            // (three Entity List rows; as an alias it matched any name written with "&").
            var alias = i == aliases.Count - 1 ? ListText.CleanLastAlias(aliases[i]) : aliases[i];
            if (!alias.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                party.AddName(alias, NameKind.Aka);
            }
        }

        var type = Get(values, c.Type);
        (party.Type, party.TypeInferred) = type.Trim().ToUpperInvariant() switch
        {
            "INDIVIDUAL" => (PartyType.Person, false),
            "ENTITY" => (PartyType.Organization, false),
            "VESSEL" => (PartyType.Vessel, false),
            "AIRCRAFT" => (PartyType.Aircraft, false),
            _ => (PartyTypeInference.Infer(name), true),
        };

        foreach (var program in ListText.Parts(Get(values, c.Programs)))
        {
            party.AddProgram(program);
        }

        party.Title = NullIfEmpty(Get(values, c.Title));
        party.LegalCitation = NullIfEmpty(Get(values, c.FederalRegister));
        party.StartDate = ListText.ParseIsoDate(Get(values, c.StartDate));
        party.EndDate = ListText.ParseIsoDate(Get(values, c.EndDate));
        party.LicenseRequirement = NullIfEmpty(Get(values, c.LicenseRequirement));
        party.LicensePolicy = NullIfEmpty(Get(values, c.LicensePolicy));
        party.Remarks = NullIfEmpty(Get(values, c.Remarks));
        party.SourceUrl = NullIfEmpty(Get(values, c.SourceListUrl)) ?? NullIfEmpty(Get(values, c.SourceInformationUrl));

        foreach (var dob in ListText.Parts(Get(values, c.DatesOfBirth)))
        {
            FactReader.DateOfBirth(party, dob, facts, "dates_of_birth", firstDayIsCoarse: true);
        }

        foreach (var entry in ListText.Parts(Get(values, c.Ids)))
        {
            FactReader.IdsEntry(party, entry, currentFirst: c.RowId >= 0, facts);
        }

        // SDN rows assembled from the OFAC files carry the OFAC remarks: their dates of birth, identifiers and
        // nationalities are read as from sdn.csv (their aliases are the alt_names column's already).
        if (party.Remarks is { } remarks && s_treasuryLists.Contains(party.List.Code))
        {
            OfacRemarks.Apply(party, remarks, facts, "remarks", names: false);
        }
    }

    private static void FillEachRow(PartyBuilder party, string[] values, CslColumns c, CsvHeader header, FactTally facts)
    {
        foreach (var text in SplitAddresses(Get(values, c.Addresses)))
        {
            var comma = text.LastIndexOf(',');
            var country = ListText.IsoCountry(comma >= 0 ? text.AsSpan(comma + 1) : text);
            party.AddAddress(new PartyAddress(text, null, country));
        }

        AddNationalities(party, Get(values, c.Citizenships), facts);
        AddNationalities(party, Get(values, c.Nationalities), facts);
        party.MergeRow(header, values);
    }

    /// <summary>
    /// Splits the <c>addresses</c> column on <c>"; "</c>. Entity List rows keep the Supplement-4 text, where one
    /// address continues with <c>; and …</c>: a part starting with <c>and </c> stays with the part before it.
    /// </summary>
    internal static List<string> SplitAddresses(string value)
    {
        var parts = ListText.Split(value);
        for (var i = parts.Count - 1; i > 0; i--)
        {
            if (parts[i].StartsWith("and ", StringComparison.OrdinalIgnoreCase))
            {
                parts[i - 1] = parts[i - 1] + ListText.Separator + parts[i];
                parts.RemoveAt(i);
            }
        }

        return parts;
    }

    private static void AddNationalities(PartyBuilder party, string value, FactTally facts)
    {
        foreach (var code in ListText.Parts(value))
        {
            if (ListText.IsoCountry(code) is { } iso2)
            {
                party.AddNationality(iso2);
                facts.Nationality();
            }
            else
            {
                facts.Unparsed(party, "nationalities", code, "country not recognised");
            }
        }
    }

    private static string Get(string[] values, int index) => index >= 0 ? values[index] : string.Empty;

    private static string? NullIfEmpty(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>
    /// What makes rows one party: list code, entity number, name and aliases, compared as their concatenation with
    /// U+001F between them, ignoring case, without building it. Parts free of U+001F (all real ones) compare part by
    /// part; a row with one in a part keeps the concatenated text, which then cannot equal a key of free parts (the
    /// separator count differs).
    /// </summary>
    private readonly struct PartyKey
    {
        public static readonly IEqualityComparer<PartyKey> Comparer = new KeyComparer();

        private readonly string _list;
        private readonly string _entityNumber;
        private readonly string _name;
        private readonly string _altNames;
        private readonly bool _joined;

        public PartyKey(string list, string entityNumber, string name, string altNames)
        {
            if (list.Contains('\u001F') || entityNumber.Contains('\u001F') || name.Contains('\u001F') || altNames.Contains('\u001F'))
            {
                (_list, _entityNumber, _name, _altNames, _joined) =
                    (string.Empty, string.Empty, string.Concat(list, "\u001F", entityNumber, "\u001F", name, "\u001F", altNames), string.Empty, true);
            }
            else
            {
                (_list, _entityNumber, _name, _altNames, _joined) = (list, entityNumber, name, altNames, false);
            }
        }

        private sealed class KeyComparer : IEqualityComparer<PartyKey>
        {
            public bool Equals(PartyKey x, PartyKey y) =>
                x._joined == y._joined
                && string.Equals(x._name, y._name, StringComparison.OrdinalIgnoreCase)
                && string.Equals(x._entityNumber, y._entityNumber, StringComparison.OrdinalIgnoreCase)
                && string.Equals(x._list, y._list, StringComparison.OrdinalIgnoreCase)
                && string.Equals(x._altNames, y._altNames, StringComparison.OrdinalIgnoreCase);

            // The aliases are left out of the hash: rows with one name rarely differ only there.
            public int GetHashCode(PartyKey key) => HashCode.Combine(
                StringComparer.OrdinalIgnoreCase.GetHashCode(key._name),
                StringComparer.OrdinalIgnoreCase.GetHashCode(key._entityNumber),
                StringComparer.OrdinalIgnoreCase.GetHashCode(key._list));
        }
    }

    /// <summary>Column indexes of a CSL header (-1 when a column is absent).</summary>
    private sealed class CslColumns
    {
        public CslColumns(CsvHeader header, string file)
        {
            Source = header.Require("source", file);
            Name = header.Require("name", file);
            RowId = header.Find("_id");
            EntityNumber = header.Find("entity_number");
            Type = header.Find("type");
            Programs = header.Find("programs");
            Title = header.Find("title");
            Addresses = header.Find("addresses");
            FederalRegister = header.Find("federal_register_notice");
            StartDate = header.Find("start_date");
            EndDate = header.Find("end_date");
            LicenseRequirement = header.Find("license_requirement");
            LicensePolicy = header.Find("license_policy");
            Remarks = header.Find("remarks");
            SourceListUrl = header.Find("source_list_url");
            AltNames = header.Find("alt_names");
            Citizenships = header.Find("citizenships");
            DatesOfBirth = header.Find("dates_of_birth");
            Nationalities = header.Find("nationalities");
            SourceInformationUrl = header.Find("source_information_url");
            Ids = header.Find("ids");
        }

        public int Source { get; }

        public int Name { get; }

        public int RowId { get; }

        public int EntityNumber { get; }

        public int Type { get; }

        public int Programs { get; }

        public int Title { get; }

        public int Addresses { get; }

        public int FederalRegister { get; }

        public int StartDate { get; }

        public int EndDate { get; }

        public int LicenseRequirement { get; }

        public int LicensePolicy { get; }

        public int Remarks { get; }

        public int SourceListUrl { get; }

        public int AltNames { get; }

        public int Citizenships { get; }

        public int DatesOfBirth { get; }

        public int Nationalities { get; }

        public int SourceInformationUrl { get; }

        public int Ids { get; }
    }
}
