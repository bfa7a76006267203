namespace EntityScreen.Tests.Cli;

/// <summary>
/// A SAMPLE CSL file (hand-written, fictional parties, not official data) whose rows publish facts beside the
/// names: two persons of one name with different dates of birth and nationalities, a vessel with an IMO number, an
/// exchange with a digital currency address.
/// </summary>
internal static class FactsTestList
{
    /// <summary>The two persons' shared name, as the list writes it, and as a query writes it.</summary>
    public const string PersonName = "QUOLVEN, Teodric Amsel";

    public const string PersonQuery = "Teodric Amsel Quolven";

    /// <summary>The first person (born 1964-08-31, Mexican, male, a passport).</summary>
    public const string Person1964 = "SDN:91001";

    /// <summary>The second person (born 1979, Venezuelan).</summary>
    public const string Person1979 = "SDN:91002";

    public const string VesselName = "SAMPLE HORIZON";

    public const string VesselId = "SDN:91003";

    /// <summary>A valid IMO number (its check digit holds).</summary>
    public const string Imo = "9876543";

    public const string ExchangeName = "BRISTELMOOR DIGITAL EXCHANGE LLC";

    public const string ExchangeId = "SDN:91004";

    /// <summary>A base58 address (no 0, O, I or l).</summary>
    public const string Address = "1SampLeAddressXYZabcdefghijkmnopqr";

    private const string Header =
        "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids";

    private const string Sdn = "Specially Designated Nationals (SDN) - Treasury Department";

    public static string Write(TempDir dir, string name = "sample_facts_csl.csv")
    {
        string[] rows =
        [
            Row("91001", "Individual", PersonName, dob: "1964-08-31", nationalities: "MX", ids: "Passport, G7731904, MX; Gender, Male"),
            Row("91002", "Individual", PersonName, dob: "1979", nationalities: "VE", ids: ""),
            Row("91003", "Vessel", VesselName, dob: "", nationalities: "", ids: "Vessel Registration Identification, IMO " + Imo),
            Row("91004", "Entity", ExchangeName, dob: "", nationalities: "", ids: "Digital Currency Address - XBT, " + Address),
        ];
        return dir.Write(name, Header + "\n" + string.Join("\n", rows) + "\n");

        static string Row(string entNum, string type, string partyName, string dob, string nationalities, string ids)
        {
            var f = new string[29];
            Array.Fill(f, "");
            f[0] = entNum;
            f[1] = Sdn;
            f[2] = entNum;
            f[3] = type;
            f[4] = "SAMPLE";
            f[5] = partyName;
            f[9] = "2020-01-01";
            f[20] = "SAMPLE ROW - not official data";
            f[21] = "https://example.invalid/sample";
            f[24] = dob;
            f[25] = nationalities;
            f[28] = ids;
            return string.Join(",", f.Select(v => "\"" + v.Replace("\"", "\"\"") + "\""));
        }
    }
}
