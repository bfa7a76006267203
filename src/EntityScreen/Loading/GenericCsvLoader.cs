using System.Globalization;

namespace EntityScreen;

/// <summary>Reads an in-house CSV list through a <see cref="GenericCsvMapping"/>.</summary>
internal static class GenericCsvLoader
{
    public static LoadResult Load(SourceFile file, GenericCsvMapping mapping)
    {
        var tally = new FileTally(file);
        using var reader = file.OpenCsv(tally, mapping.Delimiter);
        var header = CsvHeader.Read(reader, tally);
        var nameColumn = header.Require(mapping.NameColumn, file.Path);
        var aliasColumns = mapping.AliasColumns.Select(c => header.Require(c, file.Path)).ToArray();
        var idColumn = mapping.IdColumn is null ? -1 : header.Require(mapping.IdColumn, file.Path);
        var typeColumn = mapping.TypeColumn is null ? -1 : header.Require(mapping.TypeColumn, file.Path);
        var countryColumn = mapping.CountryColumn is null ? -1 : header.Require(mapping.CountryColumn, file.Path);
        var mapped = new HashSet<int>(aliasColumns) { nameColumn, idColumn, typeColumn, countryColumn };
        var list = ListInfo.FromCode(mapping.ListCode, mapping.ListName);

        var parties = new List<ListedParty>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var line = reader.LineNumber;
            if (!header.Fits(reader, tally))
            {
                continue;
            }

            var name = ListText.RepairC1(reader.GetString(nameColumn).Trim());
            if (name.Length == 0)
            {
                tally.Reject(line, mapping.NameColumn, "empty name");
                continue;
            }

            var rowId = idColumn >= 0 ? reader.GetString(idColumn).Trim() : string.Empty;
            if (rowId.Length == 0)
            {
                rowId = line.ToString(CultureInfo.InvariantCulture);
            }

            if (!ids.Add(rowId))
            {
                tally.Reject(line, mapping.IdColumn, $"duplicate id {rowId}");
                continue;
            }

            var party = new PartyBuilder($"{list.Code}:{rowId}", list);
            party.AddRowId(rowId);
            party.AddName(name, NameKind.Primary);
            foreach (var column in aliasColumns)
            {
                foreach (var alias in ListText.Split(ListText.RepairC1(reader.GetString(column)), mapping.AliasSeparator))
                {
                    party.AddName(alias, NameKind.Aka);
                }
            }

            var type = typeColumn >= 0 ? reader.GetString(typeColumn).Trim().ToUpperInvariant() : string.Empty;
            (party.Type, party.TypeInferred) = type switch
            {
                "PERSON" or "INDIVIDUAL" => (PartyType.Person, false),
                "ORGANIZATION" or "ORGANISATION" or "ENTITY" or "COMPANY" => (PartyType.Organization, false),
                "VESSEL" => (PartyType.Vessel, false),
                "AIRCRAFT" => (PartyType.Aircraft, false),
                _ => (PartyTypeInference.Infer(name), true),
            };
            if (countryColumn >= 0)
            {
                party.AddCountry(CountryNames.ToIso2(reader.GetString(countryColumn)));
            }

            for (var i = 0; i < header.Names.Length; i++)
            {
                if (!mapped.Contains(i))
                {
                    party.SetField(header.Names[i], ListText.RepairC1(reader.GetString(i)));
                }
            }

            parties.Add(party.Build());
            tally.Loaded();
        }

        return new LoadResult(parties, [tally.ToReport()], file.Sha256, file.LastWrite);
    }
}
