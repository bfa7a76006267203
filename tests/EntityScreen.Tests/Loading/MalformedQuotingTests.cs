using System.Globalization;
using System.Text;

namespace EntityScreen.Tests.Loading;

/// <summary>
/// Bad quoting found by the CSV parser (a quote inside an unquoted field, text after a closing quote, a quote never
/// closed) is a rejected row naming file, line and column, in every loader: never a silently changed value.
/// </summary>
public class MalformedQuotingTests
{
    private const string CslHeader =
        "\"_id\",\"source\",\"entity_number\",\"type\",\"programs\",\"name\",\"title\",\"addresses\",\"federal_register_notice\",\"start_date\",\"end_date\",\"standard_order\",\"license_requirement\",\"license_policy\",\"call_sign\",\"vessel_type\",\"gross_tonnage\",\"gross_registered_tonnage\",\"vessel_flag\",\"vessel_owner\",\"remarks\",\"source_list_url\",\"alt_names\",\"citizenships\",\"dates_of_birth\",\"nationalities\",\"places_of_birth\",\"source_information_url\",\"ids\"";

    private const string El = "Entity List (EL) - Bureau of Industry and Security";

    /// <summary>A CSL row with every field quoted, as the real file has them.</summary>
    private static string CslRow(int n)
    {
        var fields = new string[29];
        Array.Fill(fields, string.Empty);
        fields[0] = n.ToString(CultureInfo.InvariantCulture);
        fields[1] = El;
        fields[5] = $"Example Company {n} Ltd";
        fields[7] = "1 Example Road, Shenzhen, CN";
        return string.Join(',', fields.Select(f => "\"" + f + "\""));
    }

    /// <summary>Inserts a double quote into the middle of field <paramref name="field"/> of a row where every field is quoted.</summary>
    private static (string Row, int QuoteIndex) WithStrayQuote(string row, int field)
    {
        var start = 0;
        for (var i = 0; i < field; i++)
        {
            start = row.IndexOf("\",\"", start, StringComparison.Ordinal) + 3;
        }

        var end = row.IndexOf("\",\"", start, StringComparison.Ordinal);
        var at = start + ((end - start) / 2);
        return (row.Insert(at, "\""), at);
    }

    private static void AssertBalanced(FileLoadReport file) =>
        Assert.Equal(file.RowsRead, file.RowsLoaded + file.RowsRejected);

    [Fact]
    public void Csl_StrayQuoteInRow500_RejectedNamingLineAndColumn()
    {
        using var temp = new TempFiles();
        var rows = Enumerable.Range(1, 600).Select(CslRow).ToArray();
        var (bad, quote) = WithStrayQuote(rows[499], field: 5);
        rows[499] = bad;
        var path = temp.Write("csl.csv", CslHeader + "\n" + string.Join("\n", rows) + "\n");

        var snapshot = ListLoader.Load(path);

        var file = Assert.Single(snapshot.Report.Files);
        AssertBalanced(file);
        Assert.Equal(600, file.RowsRead);
        Assert.Equal(599, file.RowsLoaded);
        var rejection = Assert.Single(file.Rejections);
        Assert.Equal(path, rejection.File);
        Assert.Equal(501, rejection.Line);
        Assert.Equal("name", rejection.Column);
        Assert.Contains("malformed CSV quoting", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains($"line 501, character {quote + 1}", rejection.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(snapshot.Parties, p => p.Names.Any(n => n.Value.Contains("500", StringComparison.Ordinal)));
        Assert.Contains(snapshot.Parties, p => p.PrimaryName == "Example Company 501 Ltd");
    }

    [SharedDataFact]
    public void CslAssembled_CopyWithStrayQuoteInRow500_RejectsThatRowOnly()
    {
        var source = SharedData.Require("derived/csl_assembled.csv");
        var original = ListLoader.Load(source).Report.Files[0];
        var lines = File.ReadAllText(source, Encoding.UTF8).Split('\n');

        // Row 500 is line 501: no record before it spans lines (the original loads one record per line there).
        var (bad, quote) = WithStrayQuote(lines[500], field: 5);
        var name = lines[500].Split("\",\"")[5];
        lines[500] = bad;
        using var temp = new TempFiles();
        var path = temp.Write("csl_assembled_damaged.csv", string.Join('\n', lines));

        var snapshot = ListLoader.Load(path, ListFormat.Csl);

        var file = Assert.Single(snapshot.Report.Files);
        AssertBalanced(file);
        Assert.Equal(0, original.RowsRejected);
        Assert.Equal(original.RowsRead, file.RowsRead);
        Assert.Equal(original.RowsLoaded - 1, file.RowsLoaded);
        var rejection = Assert.Single(file.Rejections);
        Assert.Equal(501, rejection.Line);
        Assert.Equal("name", rejection.Column);
        Assert.Contains($"line 501, character {quote + 1}", rejection.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(snapshot.Parties, p => p.Names.Any(n => n.Value.Contains('"') && n.Value.Replace("\"", string.Empty, StringComparison.Ordinal) == name));
    }

    [Fact]
    public void Csl_StrayQuoteBeforeClosingQuote_RejectsTheRunOnRecordNamingItsLines()
    {
        using var temp = new TempFiles();
        // A stray quote after the last field's closing quote escapes it: the field runs on over the line break, and the
        // next line's first quote closes it, followed by text.
        var rows = Enumerable.Range(1, 4).Select(CslRow).ToArray();
        rows[1] += "\"";
        var path = temp.Write("csl.csv", CslHeader + "\n" + string.Join("\n", rows) + "\n");

        var snapshot = ListLoader.Load(path);

        var file = snapshot.Report.Files[0];
        AssertBalanced(file);
        Assert.Equal(3, file.RowsRead);
        Assert.Equal(2, file.RowsLoaded);
        var rejection = Assert.Single(file.Rejections);
        Assert.Equal(3, rejection.Line);
        Assert.Equal("ids", rejection.Column);
        Assert.Contains("line 4, character 1", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains("lines 3-4", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(["Example Company 1 Ltd", "Example Company 4 Ltd"], snapshot.Parties.Select(p => p.PrimaryName));
    }

    [Fact]
    public void Csl_MalformedHeader_ThrowsNamingLineAndColumn()
    {
        using var temp = new TempFiles();
        var path = temp.Write("csl.csv", CslHeader.Replace("\"name\"", "\"na\"me\"", StringComparison.Ordinal) + "\n" + CslRow(1) + "\n");

        var ex = Assert.Throws<ListFormatException>(() => ListLoader.Load(path, ListFormat.Csl));

        Assert.Equal(path, ex.File);
        Assert.Equal(1, ex.Line);
        Assert.Equal("6", ex.Column);
        Assert.Contains("header is not valid CSV", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OfacSdn_TextAfterClosingQuote_RejectedNamingSdnName()
    {
        using var temp = new TempFiles();
        var text = "36,\"EXAMPLE AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "37,\"EXAMPLE \"BANK\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "38,\"EXAMPLE SHIPPING\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001a";
        temp.Write("sdn.csv", text);
        temp.Write("alt.csv", "36,12,\"aka\",\"AERO \"EXAMPLE\",-0- \r\n38,13,\"aka\",\"SHIP EXAMPLE\",-0- \r\n");

        var snapshot = ListLoader.Load(temp.Folder);

        var files = snapshot.Report.Files.ToDictionary(f => Path.GetFileName(f.File));
        Assert.All(snapshot.Report.Files, AssertBalanced);
        Assert.Equal(3, files["sdn.csv"].RowsRead);
        var rejection = Assert.Single(files["sdn.csv"].Rejections);
        Assert.Equal(new RowRejection(Path.Combine(temp.Folder, "sdn.csv"), 2, "SDN_Name", rejection.Reason), rejection);
        Assert.Contains("line 2, character 13", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(["EXAMPLE AIRLINES", "EXAMPLE SHIPPING"], snapshot.Parties.Select(p => p.PrimaryName));

        var alias = Assert.Single(files["alt.csv"].Rejections);
        Assert.Equal(1, alias.Line);
        Assert.Equal("alt_name", alias.Column);
        Assert.Equal(["EXAMPLE AIRLINES"], snapshot.Parties[0].Names.Select(n => n.Value));
    }

    [Fact]
    public void ChinaList_QuoteInsideUnquotedField_RejectedNamingNameEn()
    {
        using var temp = new TempFiles();
        var path = temp.Write(
            "cn.csv",
            "list,announcement,announcement_date,effective_date,name_en,name_zh\n"
            + "UEL,公告1,2023-02-16,2023-02-16,Example Aerospace Corporation,示例航天公司\n"
            + "UEL,公告1,2023-02-16,2023-02-16,Example \"Radar Co,示例雷达公司\n"
            + "ECCL,公告2,2025-01-02,,Example Optics Co,示例光学公司\n");

        var snapshot = ListLoader.Load(path);

        var file = Assert.Single(snapshot.Report.Files);
        AssertBalanced(file);
        Assert.Equal(3, file.RowsRead);
        var rejection = Assert.Single(file.Rejections);
        Assert.Equal(3, rejection.Line);
        Assert.Equal("name_en", rejection.Column);
        Assert.Contains("double quote inside an unquoted field", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains("line 3, character 39", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(2, snapshot.Parties.Count);
    }

    [Fact]
    public void ChinaList_QuoteNeverClosed_RejectsTheRestAsOneRecordNamingWhereItOpened()
    {
        using var temp = new TempFiles();
        var path = temp.Write(
            "cn.csv",
            "list,announcement,name_en,name_zh\r\n"
            + "UEL,公告1,Example Aerospace Corporation,示例航天公司\r\n"
            + "UEL,公告1,\"Example Radar Co,示例雷达公司\r\n"
            + "ECCL,公告2,Example Optics Co,示例光学公司\r\n");

        var snapshot = ListLoader.Load(path);

        var file = Assert.Single(snapshot.Report.Files);
        AssertBalanced(file);
        Assert.Equal(1, file.RowsLoaded);
        var rejection = Assert.Single(file.Rejections);
        Assert.Equal(3, rejection.Line);
        Assert.Equal("name_en", rejection.Column);
        Assert.Contains("never closed", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains("line 3, character 9", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains("lines 3-4", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Generic_StrayQuotes_RejectedNamingTheMappedColumns()
    {
        using var temp = new TempFiles();
        var path = temp.Write(
            "inhouse.csv",
            "ref;company;other names\n"
            + "1;Example Widgets GmbH;EW\n"
            + "2;\"Example\" Gadgets AG;EG\n"
            + "3;Example Sprockets BV;Sp\"rockets\n"
            + "4;Example Gears SA;\n");
        var mapping = new GenericCsvMapping
        {
            NameColumn = "company",
            AliasColumns = ["other names"],
            IdColumn = "ref",
            ListCode = "inhouse",
            Delimiter = ';',
        };

        var snapshot = ListLoader.LoadGeneric(path, mapping);

        var file = Assert.Single(snapshot.Report.Files);
        AssertBalanced(file);
        Assert.Equal(4, file.RowsRead);
        Assert.Equal(2, file.RowsLoaded);
        Assert.Equal([3L, 4L], file.Rejections.Select(r => r.Line));
        Assert.Equal(["company", "other names"], file.Rejections.Select(r => r.Column));
        Assert.Contains("line 3, character 11", file.Rejections[0].Reason, StringComparison.Ordinal);
        Assert.Contains("line 4, character 26", file.Rejections[1].Reason, StringComparison.Ordinal);
        Assert.Equal(["Example Widgets GmbH", "Example Gears SA"], snapshot.Parties.Select(p => p.PrimaryName));
    }
}
