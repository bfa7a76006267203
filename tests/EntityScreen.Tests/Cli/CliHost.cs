using System.Text;
using System.Text.Json;
using CsvHelper;
using CliProgram = EntityScreen.Cli.Program;

namespace EntityScreen.Tests.Cli;

/// <summary>What one in-process run of the CLI produced.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public JsonDocument Json() => JsonDocument.Parse(Stdout);

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}

/// <summary>Runs the CLI's entry point in-process.</summary>
internal static class CliHost
{
    public static CliRun Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliProgram.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Reads a JSON Lines file into one document per line.</summary>
    public static List<JsonElement> ReadJsonLines(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        return [.. lines.Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    /// <summary>Reads a CSV file with a header into one dictionary (column name to cell) per record.</summary>
    public static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',' });
        var headers = reader.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Length; i++)
            {
                row[headers[i]] = reader.GetString(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}

/// <summary>A temporary folder, deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "entityscreen-cli-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Small hand-written list files in the real layouts (fictional parties plus one well-known one).</summary>
internal static class TestLists
{
    public const string CslHeader =
        "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids";

    /// <summary>A 29-column CSL file with three parties: EL Huawei, an SDN entity and a DPL person.</summary>
    public static string WriteCsl(TempDir dir, string name = "test_csl.csv")
    {
        string[] rows =
        [
            Row("a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4", "Entity List (EL) - Bureau of Industry and Security", "", "", "",
                "Huawei Technologies Co., Ltd.", "Bantian Huawei Base, Longgang District, Shenzhen, CN", "Huawei; Huawei Technologies", ""),
            Row("90001", "Specially Designated Nationals (SDN) - Treasury Department", "90001", "Entity", "NPWMD",
                "ZEPHYRION QUANTUM DEVICES COMPANY LIMITED", "Harbin, CN", "ZQD CO", ""),
            Row("b1c2d3e4f5a6b1c2d3e4f5a6b1c2d3e4f5a6b1c2d3e4f5a6b1c2d3e4", "Denied Persons List (DPL) - Bureau of Industry and Security", "", "", "",
                "Orlando Wexmeyer-Plunkett", "12 Harbor Road, Miami, FL, 33101, US", "", ""),
        ];
        return dir.Write(name, CslHeader + "\n" + string.Join("\n", rows) + "\n");

        static string Row(string id, string source, string entNum, string type, string programs, string name, string address, string alts, string citizenships) =>
            CslRow((0, id), (1, source), (2, entNum), (3, type), (4, programs), (5, name), (7, address), (9, "2019-05-16"), (21, "https://example.test/list"), (22, alts), (23, citizenships));
    }

    /// <summary>One quoted 29-column CSL row: the given cells by column index (see <see cref="CslHeader"/>), the others empty.</summary>
    public static string CslRow(params (int Column, string Value)[] cells)
    {
        var f = new string[29];
        Array.Fill(f, "");
        foreach (var (column, value) in cells)
        {
            f[column] = value;
        }

        return string.Join(",", f.Select(v => "\"" + v.Replace("\"", "\"\"") + "\""));
    }

    /// <summary>A China-list CSV (LIST-FORMATS.md §4.3) with two fictional parties.</summary>
    public static string WriteChina(TempDir dir, string name = "test_china_lists.csv") =>
        dir.Write(
            name,
            "list,announcement,announcement_date,effective_date,name_en,name_zh,aliases,entity_type,country,measures,source_url,id\n"
            + "UEL,不可靠实体清单工作机制公告〔2099〕1号,2099-01-02,2099-01-02,Northwind Aerodynamics Incorporated,北风空气动力公司,Northwind Aero,organization,US,禁止其从事与中国有关的进出口活动,https://example.test/uel/1,\n"
            + "ECCL,商务部公告2099年第2号,2099-02-03,2099-02-03,Kestrelmark Shipbuilding Co.,鹰标造船株式会社,,organization,JP,,https://example.test/eccl/2,\n");
}
