using System.Security.Cryptography;
using System.Text;
using EntityScreen.Tests.Loading;
using static EntityScreen.Tests.Ownership.OwnershipFixture;

namespace EntityScreen.Tests.Ownership;

/// <summary>FollowTheMoney JSON lines, hand-written here (invented entities, no line of OpenSanctions data).</summary>
public class FollowTheMoneyLoaderTests
{
    private static OwnershipFile Load(params string[] lines)
    {
        using var temp = new TempFiles();
        return OwnershipFile.LoadFollowTheMoney(temp.Write("own.ftm.jsonl", string.Join("\n", lines) + "\n"));
    }

    private static string Company(string id, string name, params string[] aliases)
    {
        var alias = aliases.Length > 0 ? ",\"alias\":[" + string.Join(",", aliases.Select(a => $"\"{a}\"")) + "]" : string.Empty;
        return "{\"id\":\"" + id + "\",\"schema\":\"Company\",\"properties\":{\"name\":[\"" + name + "\"]" + alias + "}}";
    }

    private static string Owns(string id, string owner, string asset, string? percentage = null, string extra = "")
    {
        var share = percentage is null ? string.Empty : $",\"percentage\":[\"{percentage}\"]";
        return "{\"id\":\"" + id + "\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"" + owner + "\"],\"asset\":[\"" + asset + "\"]" + share + extra + "}}";
    }

    [Fact]
    public void Load_OwnershipBeforeItsEntities_EdgesNamedByCaptionWithIds()
    {
        var file = Load(
            Owns("own-1", "co-x", "co-a", "51", ""","startDate":["2024-03-01"]"""),
            Owns("own-2", "co-a", "co-b", "100"),
            Company("co-x", "Xandor Holdings Limited"),
            """{"id":"co-a","schema":"Company","datasets":["sample"],"properties":{"name":["Alder Trading"]}}""",
            Company("co-b", "Birch Logistics"),
            """{"id":"san-1","schema":"Sanction","properties":{"entity":["co-x"],"program":["SAMPLE"]}}""");

        Assert.Equal(
            [
                new OwnershipEdge("Xandor Holdings Limited", "co-x", "Alder Trading", "co-a", OwnershipShare.Exact(51m), "own-1", new DateOnly(2024, 3, 1), file.Report.File.File, 1),
                new OwnershipEdge("Alder Trading", "co-a", "Birch Logistics", "co-b", OwnershipShare.Exact(100m), "own-2", null, file.Report.File.File, 2),
            ],
            file.Edges);
        var report = file.Report.File;
        Assert.Equal(6, report.RowsRead);
        Assert.Equal(6, report.RowsLoaded);
        Assert.Equal(0, report.RowsRejected);
        Assert.Equal(2, file.Report.EdgesLoaded);
        var warning = Assert.Single(file.Report.Warnings);
        Assert.Contains("4 lines are entities of other schemas than Ownership (Company 3, Sanction 1): read and counted as loaded, never edges", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Datasets_AreTheSource_ElseTheOwnershipId()
    {
        var file = Load(
            Company("a", "Alder Trading"),
            Company("b", "Birch Logistics"),
            """{"id":"own-1","schema":"Ownership","datasets":["reg_a","reg_b"],"properties":{"owner":["a"],"asset":["b"],"percentage":["50"]}}""");

        Assert.Equal("reg_a,reg_b", Assert.Single(file.Edges).Source);
    }

    [Fact]
    public void Load_Percentages_RangesMissingAndUnreadable()
    {
        var file = Load(
            Company("x", "Xandor Holdings Limited"),
            Company("a", "A Corp"),
            Company("b", "B Corp"),
            Company("c", "C Corp"),
            Company("d", "D Corp"),
            Company("e", "E Corp"),
            Owns("o-a", "x", "a", "25-50"),
            Owns("o-b", "x", "b", "25-50%"),
            Owns("o-c", "x", "c"),
            Owns("o-d", "x", "d", "majority"),
            """{"id":"o-e","schema":"Ownership","properties":{"owner":["x"],"asset":["e"],"percentage":["30","60"]}}""");

        var range = new OwnershipShare(25m, 50m, false, false, true);
        Assert.Equal([range, range, OwnershipShare.Unknown, OwnershipShare.Unknown, new OwnershipShare(30m, 60m, false, false, true)], file.Edges.Select(e => e.Share));
        Assert.Equal(5, file.Report.EdgesLoaded);
        Assert.Contains(file.Report.Warnings, w => w.Contains(":10: ownership 'o-d': share 'majority' is not a percentage", StringComparison.Ordinal) && w.EndsWith("the share is taken as unknown", StringComparison.Ordinal));
        Assert.Contains(file.Report.Warnings, w => w.Contains(":11: ownership 'o-e' gives 2 percentages (30, 60): taken as 30%-60%", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NumericPercentage_ReadAsWritten()
    {
        var file = Load(Company("a", "A Corp"), Company("b", "B Corp"), """{"id":"o","schema":"Ownership","properties":{"owner":["a"],"asset":["b"],"percentage":[50.5]}}""");

        Assert.Equal(OwnershipShare.Exact(50.5m), Assert.Single(file.Edges).Share);
    }

    [Fact]
    public void Load_OwnershipThatCannotBeAnEdge_RejectedWithLineColumnReason()
    {
        var file = Load(
            Company("a", "A Corp"),
            Company("b", "B Corp"),
            Owns("o-1", "a", "nowhere", "50"),
            Owns("o-2", "ghost", "b", "50"),
            """{"id":"o-3","schema":"Ownership","properties":{"asset":["b"],"percentage":["50"]}}""",
            Owns("o-4", "a", "a", "50"),
            Owns("o-5", "a", "b", "50", ""","endDate":["2001-06"]"""),
            """{"id":"o-6","schema":"Ownership","properties":{"owner":["a","c"],"asset":["b"]}}""",
            Owns("o-7", "a", "b", "50", ""","endDate":["2999-12-31"]"""));

        var report = file.Report.File;
        Assert.Equal(9, report.RowsRead);
        Assert.Equal(3, report.RowsLoaded);
        Assert.Equal(report.RowsRead, report.RowsLoaded + report.RowsRejected);
        Assert.Equal(
            [
                "3 asset asset 'nowhere' is given as no entity of the file: its name is unknown",
                "4 owner owner 'ghost' is given as no entity of the file: its name is unknown",
                "5 owner ownership has no owner",
                "6 owner self-ownership: 'a' is given as owning itself",
                "7 endDate ownership ended on 2001-06-30: a holding that has ended does not count",
                "8 owner ownership gives 2 owners ('a', 'c'): the edge does not say which",
            ],
            report.Rejections.Select(r => $"{r.Line} {r.Column} {r.Reason}"));
        Assert.Equal(9, Assert.Single(file.Edges).Line);
    }

    [Fact]
    public void Load_EndDate_ComparedWithTheDayOfTheLoad()
    {
        using var temp = new TempFiles();
        var path = temp.Write("own.jsonl", string.Join("\n", Company("a", "A Corp"), Company("b", "B Corp"), Owns("o", "a", "b", "60", ""","endDate":["2026-11-30"]""")));

        Assert.Single(FollowTheMoneyLoader.Load(path, new DateOnly(2026, 11, 30)).Edges);
        var ended = FollowTheMoneyLoader.Load(path, new DateOnly(2026, 12, 1));
        Assert.Empty(ended.Edges);
        Assert.Equal("endDate", Assert.Single(ended.Report.File.Rejections).Column);
    }

    [Fact]
    public void Load_BadJson_RejectedWithLineAndByteColumn()
    {
        var file = Load(
            Company("a", "A Corp"),
            """{"id":"b","schema":"Company","properties":{"name":["B Corp"]}""",
            """{"id": "c", "schema" "Company"}""",
            "[1, 2]",
            """{"schema":"Company","properties":{"name":["No Id"]}}""",
            """{"id":"d","properties":{"name":["No Schema"]}}""",
            Company("b", "B Corp"),
            Owns("o", "a", "b", "50"));

        // Columns are 1-based bytes of the line: line 2 (61 bytes) ends before its last brace, so the reader fails just
        // past its end, byte 62; line 3's value "Company" starts at byte 22 where a colon belongs.
        var report = file.Report.File;
        Assert.Equal(8, report.RowsRead);
        Assert.Equal(3, report.RowsLoaded);
        Assert.Collection(
            report.Rejections,
            r =>
            {
                Assert.Equal((2L, "62"), (r.Line, r.Column));
                Assert.StartsWith("not JSON at byte 62 of the line: ", r.Reason, StringComparison.Ordinal);
            },
            r =>
            {
                Assert.Equal((3L, "22"), (r.Line, r.Column));
                Assert.StartsWith("not JSON at byte 22 of the line: ", r.Reason, StringComparison.Ordinal);
            },
            r => Assert.Equal(new RowRejection(report.File, 4, null, "not an entity: the line is JSON but not an object"), r),
            r => Assert.Equal(new RowRejection(report.File, 5, "id", "not an entity: no \"id\""), r),
            r => Assert.Equal(new RowRejection(report.File, 6, "schema", "entity 'd' has no \"schema\""), r));
        Assert.Single(file.Edges);
    }

    [Fact]
    public void Load_BlankLinesCrlfAndByteOrderMark_NoRowsAndTheFileHashed()
    {
        using var temp = new TempFiles();
        var text = "\uFEFF" + Company("a", "A Corp") + "\r\n\r\n   \r\n" + Company("b", "B Corp") + "\r\n" + Owns("o", "a", "b", "75");
        var bytes = Encoding.UTF8.GetBytes(text);
        var file = OwnershipFile.LoadFollowTheMoney(temp.WriteBytes("own.jsonl", bytes));

        Assert.Equal(3, file.Report.File.RowsRead);
        Assert.Equal(3, file.Report.File.RowsLoaded);
        var edge = Assert.Single(file.Edges);
        Assert.Equal(("A Corp", "B Corp", 5L), (edge.Owner, edge.Owned, edge.Line));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Report.File.Sha256);
    }

    [Fact]
    public void Load_NestedForm_OwnershipsUnderBothSidesAreOneEdgeEach()
    {
        // targets.nested.json: each target with its adjacent entities inside its properties; the side an ownership is
        // nested under is left out (or given as an id), the other side is an entity object.
        var file = Load(
            """{"id":"co-a","schema":"Company","properties":{"name":["Alder Trading"],"ownershipAsset":[{"id":"own-1","schema":"Ownership","properties":{"owner":[{"id":"p-y","schema":"Person","properties":{"name":["Tomas Yevran"],"alias":["T. Yevran"]}}],"percentage":["60"]}}],"ownershipOwner":[{"id":"own-2","schema":"Ownership","properties":{"asset":[{"id":"co-b","schema":"Company","properties":{"name":["Birch Logistics"]}}],"owner":["co-a"],"percentage":["100"]}}],"sanctions":[{"id":"san-1","schema":"Sanction","properties":{"program":["SAMPLE"]}}]}}""",
            """{"id":"p-y","schema":"Person","properties":{"name":["Tomas Yevran"],"ownershipOwner":[{"id":"own-1","schema":"Ownership","properties":{"asset":[{"id":"co-a","schema":"Company","properties":{"name":["Alder Trading"]}}],"percentage":["60"]}}]}}""",
            """{"id":"co-c","schema":"Company","properties":{"name":["Cedar Mining"],"ownershipAsset":[{"id":"own-3","schema":"Ownership","properties":{"percentage":["abc%"]}}]}}""");

        Assert.Equal(
            ["Tomas Yevran (p-y) -60%-> Alder Trading (co-a)", "Alder Trading (co-a) -100%-> Birch Logistics (co-b)"],
            file.Edges.Select(e => $"{e.Owner} ({e.OwnerId}) -{e.Share}-> {e.Owned} ({e.OwnedId})"));
        Assert.Equal(3, file.Report.File.RowsRead);
        Assert.Equal(3, file.Report.File.RowsLoaded);
        Assert.Contains(file.Report.Warnings, w => w.Contains(":3: ownership 'own-3' nested in 'co-c': ownership has no owner; not an edge", StringComparison.Ordinal));
        Assert.Contains(file.Report.Warnings, w => w.Contains("1 ownership entities were given again", StringComparison.Ordinal));
        Assert.Equal(["Tomas Yevran", "T. Yevran"], file.EntityNames["p-y"]);
    }

    [Fact]
    public void Load_AllSharesAtMostOne_WarnsProbablyFractions()
    {
        var file = Load(Company("a", "A Corp"), Company("b", "B Corp"), Company("c", "C Corp"), Owns("o-1", "a", "b", "0.5"), Owns("o-2", "a", "c", "1"));

        Assert.Contains(file.Report.Warnings, w => w.Contains("every share is at most 1 (2 shares): probably fractions", StringComparison.Ordinal));
        Assert.DoesNotContain(
            Load(Company("a", "A Corp"), Company("b", "B Corp"), Company("c", "C Corp"), Owns("o-1", "a", "b", "0.5"), Owns("o-2", "a", "c", "50")).Report.Warnings,
            w => w.Contains("probably fractions", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_EntityNames_CaptionNamesAliasesPreviousNamesDistinctInOrder_ForEdgeEntitiesOnly()
    {
        var file = Load(
            """{"id":"a","schema":"Company","caption":"Alder Trading","properties":{"name":["Alder Trading","Alder Trading LLC"],"alias":["Alder","Alder Trading"],"previousName":["Old Alder"],"weakAlias":["AT"]}}""",
            """{"id":"b","schema":"Company","properties":{"alias":["Birch"]}}""",
            """{"id":"c","schema":"Company","properties":{"name":["Cedar Unrelated"]}}""",
            """{"id":"d","schema":"LegalEntity","properties":{}}""",
            Owns("o-1", "a", "b", "50"),
            Owns("o-2", "d", "a", "10"));

        Assert.Equal(["Alder Trading", "Alder Trading LLC", "Alder", "Old Alder"], file.EntityNames["a"]);
        Assert.Equal(["Birch"], file.EntityNames["b"]);
        Assert.Equal(["d"], file.EntityNames["d"]);
        Assert.False(file.EntityNames.ContainsKey("c"));
        Assert.Equal(("Birch", "d"), (file.Edges[0].Owned, file.Edges[1].Owner));
        Assert.Empty(OwnershipFile.LoadCsv(WriteCsv()).EntityNames);

        static string WriteCsv()
        {
            var path = Path.Combine(Path.GetTempPath(), "entityscreen-ftm-csv-" + Guid.NewGuid().ToString("N") + ".csv");
            File.WriteAllText(path, "owner,owned,share\nA Corp,B Corp,50\n");
            return path;
        }
    }

    [Fact]
    public void Load_MissingOrEmptyFile_ListFormatException()
    {
        using var temp = new TempFiles();
        Assert.Throws<ListFormatException>(() => OwnershipFile.LoadFollowTheMoney(Path.Combine(temp.Folder, "missing.jsonl")));
        Assert.Throws<ListFormatException>(() => OwnershipFile.LoadFollowTheMoney(temp.Write("empty.jsonl", string.Empty)));
        Assert.Throws<ArgumentNullException>(() => OwnershipFile.LoadFollowTheMoney(null!));
    }

    [Fact]
    public void Cover_FtmFile_SubsidiaryOfListedPartyCoveredThroughChain()
    {
        // X (SDN:9001 in the fixture's lists) is named in the file under its own FtM id, so it resolves by its name;
        // the chain below it runs by FtM ids.
        var file = Load(
            Owns("own-1", "nk-xandor", "co-alder", "60"),
            Owns("own-2", "co-alder", "co-birch", "50%"),
            Owns("own-3", "co-birch", "co-cedar", "25-50"),
            """{"id":"nk-xandor","schema":"Company","properties":{"name":["Xandor Holdings Limited"]}}""",
            Company("co-alder", "Alder Trading"),
            Company("co-birch", "Birch Logistics"),
            Company("co-cedar", "Cedar Mining"));

        var set = OwnershipGraph.Build(file, [Lists()]).Cover(OwnershipRule.Ofac50Percent, new OwnershipOptions { AsOf = InForce });

        Assert.Equal(["Alder Trading", "Birch Logistics"], set.CoveredNames());
        Assert.Equal("Xandor Holdings Limited -60%-> Alder Trading -50%-> Birch Logistics", set.CoveredEntity("Birch Logistics")!.Paths[0].Plain());
        Assert.Equal(RedFlagReason.Undetermined, set.RedFlag("Cedar Mining")!.Reason);
        Assert.Contains(file.Report.File.Sha256, set.Sources.Select(s => s.File.Sha256));
    }

    [Fact]
    public void Cover_OwnerKnownToTheListsOnlyByItsAlias_ResolvedByThatAlias()
    {
        // The FtM owner's caption names no listed party; its alias is X's listed name: the owner is X.
        var file = Load(
            Company("nk-x", "Xandor Group", "Xandor Holdings Limited"),
            Company("co-a", "Alder Trading"),
            Owns("own-1", "nk-x", "co-a", "60"));

        var graph = OwnershipGraph.Build(file, [Lists()]);
        var set = graph.Cover(OwnershipRule.Ofac50Percent, new OwnershipOptions { AsOf = InForce });

        Assert.Equal(["Alder Trading"], set.CoveredNames());
        Assert.Equal(X.Id, set.CoveredEntity("Alder Trading")!.Paths[0].Hops[0].Owner.Id);
        var resolution = Assert.Single(graph.Resolutions);
        Assert.Equal((OwnerResolutionMethod.NormalizedName, X.Id), (resolution.Method, resolution.Party!.Id));
        Assert.Contains("resolved by its other name 'Xandor Holdings Limited'", resolution.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Cover_OwnerWhoseAliasesNameTwoListedParties_AmbiguousNeverGuessed()
    {
        // One alias is X (SDN), the other Z (Entity List): under OFAC's rule only one candidate feeds it, so the
        // subsidiary is a red flag for an ambiguous owner, neither covered nor clear.
        var file = Load(
            Company("nk-x", "Holdco of Two Names", "Xandor Holdings Limited", "Zentrix Microelectronics Co., Ltd."),
            Company("co-a", "Alder Trading"),
            Owns("own-1", "nk-x", "co-a", "60"));

        var graph = OwnershipGraph.Build(file, [Lists()]);
        var set = graph.Cover(OwnershipRule.Ofac50Percent, new OwnershipOptions { AsOf = InForce });

        Assert.Empty(set.Covered);
        Assert.Equal(RedFlagReason.AmbiguousOwner, set.RedFlag("Alder Trading")!.Reason);
        var resolution = Assert.Single(graph.Resolutions);
        Assert.Equal(OwnerResolutionMethod.Ambiguous, resolution.Method);
        Assert.Equal(2, resolution.Candidates.Count);
    }

    [Fact]
    public void Cover_OwnerWithoutListedNameOrAlias_Unlisted()
    {
        var file = Load(
            Company("nk-x", "Holdco Nobody Lists", "Another Unlisted Name"),
            Company("co-a", "Alder Trading"),
            Owns("own-1", "nk-x", "co-a", "60"));

        var graph = OwnershipGraph.Build(file, [Lists()]);

        Assert.Empty(graph.Cover(OwnershipRule.Ofac50Percent, new OwnershipOptions { AsOf = InForce }).Covered);
        Assert.Equal(["Holdco Nobody Lists"], graph.UnlistedOwners);
    }

    [Fact]
    public void Load_Directorship_IsAControlEdge_AndTheAssetsCountryIsItsOwnedCountry()
    {
        var file = Load(
            Company("co-x", "Xandor Holdings Limited"),
            """{"id":"co-a","schema":"Company","properties":{"name":["Alder Trading"],"country":["us"]}}""",
            """{"id":"co-b","schema":"Company","properties":{"name":["Birch Logistics"],"jurisdiction":["Hong Kong"],"country":["cn"]}}""",
            """{"id":"dir-1","schema":"Directorship","properties":{"director":["co-x"],"organization":["co-b"],"role":["Chairman"]}}""",
            Owns("own-1", "co-x", "co-a", "100"));

        Assert.Equal(2, file.Edges.Count);
        var director = file.Edges.Single(e => e.Relation == OwnershipRelation.Director);
        Assert.Equal(("Xandor Holdings Limited", "Birch Logistics", "CN"), (director.Owner, director.Owned, director.OwnedCountry));
        Assert.Equal(OwnershipShare.Unknown, director.Share);
        Assert.Equal("US", file.Edges.Single(e => e.Relation == OwnershipRelation.Ownership).OwnedCountry);
        Assert.Contains(file.Report.Warnings, w => w.Contains("'co-b' is given the countries CN and HK: the first is kept", StringComparison.Ordinal));
        Assert.DoesNotContain(file.Report.Warnings, w => w.Contains("Directorship", StringComparison.Ordinal));

        var set = OwnershipGraph.Build(file, [Lists()]).Cover(OwnershipRule.Ofac50Percent, new OwnershipOptions { AsOf = InForce });
        Assert.Equal(["Alder Trading"], set.CoveredNames());
        Assert.Equal(RedFlagReason.Control, set.RedFlag("Birch Logistics")!.Reason);
    }
}
