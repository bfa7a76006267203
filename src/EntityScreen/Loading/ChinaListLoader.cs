using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EntityScreen;

/// <summary>
/// Reads the EntityScreen China-list CSV (LIST-FORMATS.md §4.3): one row per party per announcement, columns found by
/// header name. The same party listed in several announcements becomes one party with every announcement.
/// </summary>
internal static class ChinaListLoader
{
    public static LoadResult Load(SourceFile file)
    {
        var tally = new FileTally(file);
        using var reader = file.OpenCsv(tally);
        var header = CsvHeader.Read(reader, tally);
        var listColumn = header.Require("list", file.Path);
        var nameEn = header.Find("name_en");
        var nameZh = header.Find("name_zh");
        if (nameEn < 0 && nameZh < 0)
        {
            throw new ListFormatException(file.Path, header.Line, "name_en", "the header has neither a 'name_en' nor a 'name_zh' column");
        }

        var announcementColumn = header.Find("announcement");
        var announcementDate = header.Find("announcement_date");
        var effectiveDate = header.Find("effective_date");
        var aliasesColumn = header.Find("aliases");
        var typeColumn = header.Find("entity_type");
        var countryColumn = header.Find("country");
        var measuresColumn = header.Find("measures");
        var urlColumn = header.Find("source_url");
        var idColumn = header.Find("id");

        var parties = new List<PartyBuilder>();
        var byKey = new Dictionary<string, PartyBuilder>(StringComparer.OrdinalIgnoreCase);
        DateOnly? newest = null;

        while (reader.Read())
        {
            var line = reader.LineNumber;
            if (!header.Fits(reader, tally))
            {
                continue;
            }

            var values = header.Values(reader, static v => v.Trim());

            var code = values[listColumn];
            if (code.Length == 0)
            {
                tally.Reject(line, "list", "empty list code");
                continue;
            }

            var en = Get(values, nameEn);
            var zh = Get(values, nameZh);
            if (en.Length == 0 && zh.Length == 0)
            {
                tally.Reject(line, null, "row has neither name_en nor name_zh");
                continue;
            }

            var list = ListInfo.FromCode(code);
            var announcement = Get(values, announcementColumn);
            var warnings = new StringBuilder();
            var announced = ParseDate(values, announcementDate, header, warnings);
            var effective = ParseDate(values, effectiveDate, header, warnings);
            if (announced > newest || newest is null)
            {
                newest = announced ?? newest;
            }

            var key = string.Concat(list.Code, "\u001F", en, "\u001F", zh);
            var given = Get(values, idColumn);
            var rowId = given.Length > 0 ? given : $"{list.Code}:{DerivedId(list.Code, announcement, en, zh)}";
            if (!byKey.TryGetValue(key, out var party))
            {
                party = new PartyBuilder(rowId, list);
                if (en.Length > 0)
                {
                    party.AddName(en, NameKind.Primary);
                }

                party.AddName(zh, en.Length > 0 ? NameKind.Aka : NameKind.Primary);
                foreach (var alias in ListText.Split(Get(values, aliasesColumn), ";"))
                {
                    party.AddName(alias, NameKind.Aka);
                }

                (party.Type, party.TypeInferred) = Get(values, typeColumn).ToUpperInvariant() switch
                {
                    "ORGANIZATION" or "ORGANISATION" or "COMPANY" or "ENTITY" => (PartyType.Organization, false),
                    "PERSON" or "INDIVIDUAL" => (PartyType.Person, false),
                    _ => (PartyTypeInference.Infer(en.Length > 0 ? en : zh), true),
                };
                party.AddCountry(CountryNames.ToIso2(Get(values, countryColumn)));
                party.StartDate = effective ?? announced;
                party.Remarks = NullIfEmpty(Get(values, measuresColumn));
                party.SourceUrl = NullIfEmpty(Get(values, urlColumn));
                byKey.Add(key, party);
                parties.Add(party);
            }

            if (announcement.Length > 0)
            {
                party.LegalCitation = party.LegalCitation is null ? announcement
                    : ListText.ContainsSegment(party.LegalCitation, announcement) ? party.LegalCitation
                    : party.LegalCitation + ListText.Separator + announcement;
            }

            party.AddRowId(rowId);
            party.MergeRow(header, values);
            if (warnings.Length > 0)
            {
                party.MergeField("_warnings", warnings.ToString());
            }

            tally.Loaded();
        }

        return new LoadResult(parties.ConvertAll(p => p.Build()), [tally.ToReport()], file.Sha256, newest ?? file.LastWrite);
    }

    /// <summary>The first 16 hex digits of SHA-256 of <c>list|announcement|name_en|name_zh</c>.</summary>
    internal static string DerivedId(string list, string announcement, string en, string zh)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', list, announcement, en, zh)));
        return Convert.ToHexStringLower(hash)[..16];
    }

    private static DateOnly? ParseDate(string[] values, int column, CsvHeader header, StringBuilder warnings)
    {
        var text = Get(values, column);
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (warnings.Length > 0)
        {
            warnings.Append(ListText.Separator);
        }

        warnings.Append(CultureInfo.InvariantCulture, $"{header.Names[column]} '{text}' is not a YYYY-MM-DD date");
        return null;
    }

    private static string Get(string[] values, int index) => index >= 0 ? values[index] : string.Empty;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
