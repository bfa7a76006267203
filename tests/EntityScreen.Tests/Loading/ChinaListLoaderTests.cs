using System.Text;

namespace EntityScreen.Tests.Loading;

public class ChinaListLoaderTests
{
    private const string Header =
        "list,announcement,announcement_date,effective_date,name_en,name_zh,aliases,entity_type,country,measures,source_url";

    [Fact]
    public void Load_BomAndMixedLineEndings_ReadsEveryRow()
    {
        using var temp = new TempFiles();
        var text = Header + "\r\n"
            + "UEL,公告2023年第1号,2023-02-16,2023-02-16,Example Aerospace Corporation,示例航天公司,,organization,us,禁止进出口,https://example.invalid/a\n"
            + "ECCL,商务部公告2025年第1号,2025-01-02,,,示例雷达公司,示例雷达,,US,,\r\n"
            + "ECWL,,2025-03-04,2025-03-05,Jane Example,,Example J.; Example Jane;Jane E.,person,CA,,\n";
        var path = temp.WriteBytes("cn.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        var snapshot = ListLoader.Load(path);

        Assert.Equal(ListFormat.ChinaList, snapshot.Identity.Format);
        Assert.Equal(3, snapshot.Report.RowsLoaded);
        Assert.Equal(new DateOnly(2025, 3, 4), snapshot.Identity.AsOf);

        var uel = snapshot.Parties[0];
        Assert.Equal(ListInfo.FromCode("UEL"), uel.List);
        Assert.Equal(new ListedName("Example Aerospace Corporation", NameKind.Primary, NameScript.Latin), uel.Names[0]);
        Assert.Equal(new ListedName("示例航天公司", NameKind.Aka, NameScript.Han), uel.Names[1]);
        Assert.Equal(PartyType.Organization, uel.Type);
        Assert.Equal(["US"], uel.Countries);
        Assert.Equal("公告2023年第1号", uel.LegalCitation);
        Assert.Equal(new DateOnly(2023, 2, 16), uel.StartDate);
        Assert.Equal("禁止进出口", uel.Remarks);
        Assert.Equal("https://example.invalid/a", uel.SourceUrl);
        Assert.Equal("list", uel.Fields.Keys.First());

        var eccl = snapshot.Parties[1];
        Assert.Equal(new ListedName("示例雷达公司", NameKind.Primary, NameScript.Han), eccl.Names[0]);
        Assert.Equal(new DateOnly(2025, 1, 2), eccl.StartDate);
        Assert.True(eccl.TypeInferred);
        Assert.Equal(PartyType.Organization, eccl.Type);

        var person = snapshot.Parties[2];
        Assert.Equal(["Jane Example", "Example J.", "Example Jane", "Jane E."], person.Names.Select(n => n.Value));
        Assert.Equal(PartyType.Person, person.Type);
        Assert.Equal(new DateOnly(2025, 3, 5), person.StartDate);
    }

    [Fact]
    public void Load_RepeatedListings_MergeAnnouncementsAndDeriveIds()
    {
        using var temp = new TempFiles();
        var path = temp.Write("cn.csv", Header + "\n"
            + "UEL,公告一,2023-02-16,,Example Corp,示例公司,,organization,US,,\n"
            + "UEL,公告二,2024-01-01,,example corp,示例公司,,organization,US,,\n"
            + "ECCL,公告三,2024-01-01,,Example Corp,示例公司,,organization,US,,\n");

        var snapshot = ListLoader.Load(path);

        Assert.Equal(2, snapshot.Parties.Count);
        var uel = snapshot.Parties[0];
        Assert.Equal("公告一; 公告二", uel.LegalCitation);
        Assert.Equal(2, uel.SourceRowIds.Count);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            Encoding.UTF8.GetBytes("UEL|公告一|Example Corp|示例公司")))[..16];
        Assert.Equal("UEL:" + expected, uel.Id);
        Assert.Equal(uel.Id, uel.SourceRowIds[0]);
        Assert.Equal(3, snapshot.Report.RowsLoaded);
    }

    [Fact]
    public void Load_AnnouncementThatPrefixesAnother_IsStillAdded()
    {
        using var temp = new TempFiles();
        var path = temp.Write("cn.csv", Header + "\n"
            + "ECCL,商务部公告2025年第11号,2025-02-01,,Example Corp,,,organization,Japan,,\n"
            + "ECCL,商务部公告2025年第1号,2025-01-02,,Example Corp,,,organization,JP,,\n");

        var party = Assert.Single(ListLoader.Load(path).Parties);

        Assert.Equal("商务部公告2025年第11号; 商务部公告2025年第1号", party.LegalCitation);
        Assert.Equal(["JP"], party.Countries);
    }

    [Fact]
    public void Load_IdColumnAndUnknownList_AreKept()
    {
        using var temp = new TempFiles();
        var path = temp.Write("cn.csv", Header + ",id\n" + "XYZ,,,,Example Org,,,,,,,X-1\n");

        var party = Assert.Single(ListLoader.Load(path).Parties);

        Assert.Equal("X-1", party.Id);
        Assert.Equal("XYZ", party.List.Code);
        Assert.Equal(ListAuthority.Other, party.List.Authority);
    }

    [Fact]
    public void Load_RowWithoutNames_RejectedAndBadDateWarned()
    {
        using var temp = new TempFiles();
        var path = temp.Write("cn.csv", Header + "\n"
            + "UEL,,2023-02-16,,,,,,US,,\n"
            + "UEL,,16.02.23,,Example Corp,,,,US,,\n");

        var snapshot = ListLoader.Load(path);

        var file = Assert.Single(snapshot.Report.Files);
        Assert.Equal(2, file.RowsRead);
        Assert.Equal(1, file.RowsLoaded);
        Assert.Equal(new RowRejection(path, 2, null, "row has neither name_en nor name_zh"), Assert.Single(file.Rejections));
        var party = Assert.Single(snapshot.Parties);
        Assert.Null(party.StartDate);
        Assert.Contains("announcement_date '16.02.23'", party.Fields["_warnings"], StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HeaderWithoutListColumn_Throws()
    {
        using var temp = new TempFiles();
        var path = temp.Write("cn.csv", "name_en,name_zh\nA,B\n");

        var ex = Assert.Throws<ListFormatException>(() => ListLoader.Load(path, ListFormat.ChinaList));

        Assert.Equal("list", ex.Column);
        Assert.Equal(path, ex.File);
    }
}
