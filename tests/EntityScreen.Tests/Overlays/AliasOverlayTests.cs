using System.Security.Cryptography;
using System.Text;
using EntityScreen.Tests.Loading;

namespace EntityScreen.Tests.Overlays;

/// <summary>Reading an overlay file, and matching its rows to parties.</summary>
public class AliasOverlayTests
{
    private static ListSnapshot Lists() => TestLists.Snapshot(
        TestLists.Party("EL:aa11", "EL", PartyType.Organization, "Zephyrion Quantum Devices Co., Ltd.", "ZQD") with { SourceRowIds = ["aa11"] },
        TestLists.Party("SDN:4242", "SDN", PartyType.Organization, "Northwind Optics Company") with { SourceRowIds = ["4242"] },
        TestLists.Party("EL:bb22", "EL", PartyType.Organization, "Kestrel Avionics Institute") with { SourceRowIds = ["bb22"] },
        TestLists.Party("MEU:cc33", "MEU", PartyType.Organization, "Kestrel Avionics Institute") with { SourceRowIds = ["cc33"] },
        TestLists.Party("EL:dd44", "EL", PartyType.Organization, "Marlowe Heavy Machinery Plant", "Marlowe Plant No. 7"));

    [Fact]
    public void Load_ReadsRowsKindsAndIdentity_SkippingCommentsWithPhysicalLineNumbers()
    {
        using var files = new TempFiles();
        var text = "# a comment\n# another\nlist,entity_id,listed_name,name,kind,source,note\n"
            + "EL,EL:aa11,,泽菲量子器件有限公司,,https://example.test/a,first\n"
            + "# a comment between rows\n"
            + ",,Northwind Optics Company,北风光学公司,FKA,https://example.test/b,\n"
            + "\n"
            + "SDN,4242,,Northwind Optical,weak,\"Annual report, 2024\",\n";
        var path = files.Write("overlay.csv", text);

        var overlay = AliasOverlay.Load(path);

        Assert.Equal(path, overlay.Identity.Source);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), overlay.Identity.Sha256);
        Assert.Equal(3, overlay.Identity.Rows);
        Assert.Empty(overlay.Rejections);
        Assert.Equal([4L, 6L, 8L], overlay.Rows.Select(r => r.Line));
        var first = overlay.Rows[0];
        Assert.Equal(("EL", "EL:aa11", (string?)null, "泽菲量子器件有限公司", NameKind.Aka, "https://example.test/a"), (first.ListCode, first.EntityId, first.ListedName, first.Name, first.Kind, first.Citation));
        Assert.Equal(NameKind.Fka, overlay.Rows[1].Kind);
        Assert.Null(overlay.Rows[1].ListCode);
        Assert.Equal("Northwind Optics Company", overlay.Rows[1].ListedName);
        Assert.Equal(NameKind.Weak, overlay.Rows[2].Kind);
        Assert.Equal("Annual report, 2024", overlay.Rows[2].Citation);
    }

    [Fact]
    public void Load_BadRows_AreRejectedWithLineColumnAndReason()
    {
        using var files = new TempFiles();
        var path = files.Write(
            "overlay.csv",
            "entity_id,listed_name,name,kind,source\n"
            + "EL:aa11,,,aka,https://example.test\n"           // 2: empty name
            + "EL:aa11,,某公司,primary,https://example.test\n"   // 3: primary not allowed
            + "EL:aa11,,某公司,sometimes,https://example.test\n" // 4: unknown kind
            + "EL:aa11,,某公司,aka,\n"                          // 5: no source
            + ",,某公司,aka,https://example.test\n"             // 6: neither id nor listed name
            + "EL:aa11,,某公司\n"                               // 7: field count
            + "EL:aa11,,---,aka,https://example.test\n"         // 8: no letters
            + "EL:aa11,,某公司,aka,https://example.test\n");    // 9: good

        var overlay = AliasOverlay.Load(path);

        Assert.Equal(8, overlay.Identity.Rows);
        Assert.Single(overlay.Rows);
        Assert.Equal(
            [(2L, "name"), (3L, "kind"), (4L, "kind"), (5L, "source"), (6L, "entity_id"), (7L, null), (8L, "name")],
            overlay.Rejections.Select(r => (r.Line, r.Column)));
        Assert.All(overlay.Rejections, r => Assert.Equal(OverlayRowOutcome.Rejected, r.Outcome));
        Assert.All(overlay.Rejections, r => Assert.Equal(path, r.File));
        Assert.Contains("primary", overlay.Rejections[1].Reason, StringComparison.Ordinal);
        Assert.Contains("sometimes", overlay.Rejections[2].Reason, StringComparison.Ordinal);
        Assert.Equal($"{path}:5, column source: {overlay.Rejections[3].Reason}", overlay.Rejections[3].ToString());
    }

    [Theory]
    [InlineData("# only a comment\nentity_id,listed_name,source\nEL:1,,x\n", 2, "name")]
    [InlineData("entity_id,name\nEL:1,x\n", 1, "source")]
    [InlineData("# comment\n\nlist,name,source\nEL,x,y\n", 3, "entity_id")]
    public void Load_HeaderWithoutARequiredColumn_ThrowsNamingFileLineAndColumn(string text, long line, string column)
    {
        using var files = new TempFiles();
        var path = files.Write("bad.csv", text);

        var ex = Assert.Throws<ListFormatException>(() => AliasOverlay.Load(path));

        Assert.Equal(path, ex.File);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.StartsWith($"{path}:{line}, column {column}: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingEmptyOrCommentOnlyFile_Throws()
    {
        using var files = new TempFiles();
        var missing = Path.Combine(files.Folder, "nope.csv");
        var empty = files.Write("empty.csv", string.Empty);
        var comments = files.Write("comments.csv", "# nothing but comments\n");

        Assert.Equal(missing, Assert.Throws<ListFormatException>(() => AliasOverlay.Load(missing)).File);
        Assert.Contains("empty", Assert.Throws<ListFormatException>(() => AliasOverlay.Load(empty)).Message, StringComparison.Ordinal);
        Assert.Contains("no header", Assert.Throws<ListFormatException>(() => AliasOverlay.Load(comments)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FromStream_UsesTheGivenSource_AndAcceptsBomAndCrlf()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("entity_id,name,source\r\n# c\r\nEL:aa11,泽菲,x\r\n")).ToArray();
        using var stream = new MemoryStream(bytes);

        var overlay = AliasOverlay.Load(stream, "https://example.test/overlay.csv");

        Assert.Equal("https://example.test/overlay.csv", overlay.Identity.Source);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), overlay.Identity.Sha256);
        Assert.Equal(3, Assert.Single(overlay.Rows).Line);
    }

    [Fact]
    public void Apply_ByPartyIdRowIdOrListCodeAndRowId_AddsNamesMarkedWithTheOverlay()
    {
        var overlay = Overlay(
            "list,entity_id,name,source",
            "EL,EL:aa11,泽菲量子器件有限公司,https://example.test/zqd",
            ",4242,北风光学公司,https://example.test/nw",
            "EL,bb22,鹰标航电研究所,https://example.test/k");

        var result = AliasOverlay.Apply([Lists()], [overlay]);

        var report = Assert.Single(result.Overlays);
        Assert.Equal((3, 3, 0, 0, 3, 3), (report.RowsRead, report.RowsApplied, report.RowsUnmatched, report.RowsRejected, report.NamesAdded, report.PartiesAffected));
        Assert.Empty(report.Issues);
        var parties = result.Lists[0].Parties;
        var zqd = parties.Single(p => p.Id == "EL:aa11");
        var added = zqd.Names[^1];
        Assert.Equal(("泽菲量子器件有限公司", NameKind.Aka, NameScript.Han), (added.Value, added.Kind, added.Script));
        Assert.Equal(overlay.Identity, added.Overlay);
        Assert.Equal("https://example.test/zqd", added.Citation);
        Assert.True(added.FromOverlay);
        Assert.All(zqd.Names.SkipLast(1), n => Assert.False(n.FromOverlay));
        Assert.Equal("北风光学公司", parties.Single(p => p.Id == "SDN:4242").Names[^1].Value);
        Assert.Equal("鹰标航电研究所", parties.Single(p => p.Id == "EL:bb22").Names[^1].Value);
        Assert.Single(parties.Single(p => p.Id == "MEU:cc33").Names);
    }

    [Fact]
    public void Apply_ByListedName_IgnoresCasePunctuationAndLegalFormSpelling_AndFallsBackToAliases()
    {
        var overlay = Overlay(
            "list,listed_name,name,source",
            ",ZEPHYRION QUANTUM DEVICES CO LTD,泽菲量子器件有限公司,x",
            "EL,Marlowe Plant No. 7,马洛重型机械厂,y");

        var result = AliasOverlay.Apply([Lists()], [overlay]);

        Assert.Equal(2, result.Overlays[0].RowsApplied);
        Assert.Equal("泽菲量子器件有限公司", result.Lists[0].Parties.Single(p => p.Id == "EL:aa11").Names[^1].Value);
        Assert.Equal("马洛重型机械厂", result.Lists[0].Parties.Single(p => p.Id == "EL:dd44").Names[^1].Value);
    }

    [Fact]
    public void Apply_UnmatchedAndAmbiguousRows_AreReported_AndTheCountsAddUp()
    {
        var overlay = Overlay(
            "list,entity_id,listed_name,name,kind,source",
            ",EL:nope,,甲,,x",                               // 2: unmatched id
            "MEU,aa11,,乙,,x",                               // 3: id exists, but on another list
            ",,Kestrel Avionics Institute,丙,,x",            // 4: ambiguous (EL and MEU)
            "MEU,,Kestrel Avionics Institute,丁,,x",         // 5: a list code resolves it
            ",,Nobody Listed Here,戊,,x",                    // 6: unmatched name
            ",EL:gone,Northwind Optics Company,己,,x",       // 7: stale id, the name still finds it
            ",,,庚,,x");                                      // 8: rejected

        var result = AliasOverlay.Apply([Lists()], [overlay]);

        var report = result.Overlays[0];
        Assert.Equal(7, report.RowsRead);
        Assert.Equal(2, report.RowsApplied);
        Assert.Equal(4, report.RowsUnmatched);
        Assert.Equal(1, report.RowsRejected);
        Assert.Equal(report.RowsRead, report.RowsApplied + report.RowsUnmatched + report.RowsRejected);
        Assert.Equal(
            [(2L, OverlayRowOutcome.Unmatched), (3L, OverlayRowOutcome.Unmatched), (4L, OverlayRowOutcome.Ambiguous), (6L, OverlayRowOutcome.Unmatched), (8L, OverlayRowOutcome.Rejected)],
            report.Issues.Select(i => (i.Line, i.Outcome)));
        Assert.Contains("EL:nope", report.Issues[0].Reason, StringComparison.Ordinal);
        Assert.Contains("EL:bb22", report.Issues[2].Reason, StringComparison.Ordinal);
        Assert.Contains("MEU:cc33", report.Issues[2].Reason, StringComparison.Ordinal);
        Assert.Equal("listed_name", report.Issues[2].Column);
        Assert.Equal("丁", result.Lists[0].Parties.Single(p => p.Id == "MEU:cc33").Names[^1].Value);
        Assert.Equal("己", result.Lists[0].Parties.Single(p => p.Id == "SDN:4242").Names[^1].Value);
        Assert.DoesNotContain(result.Lists[0].Parties.Single(p => p.Id == "EL:bb22").Names, n => n.FromOverlay);
    }

    [Fact]
    public void Apply_NameThePartyAlreadyHas_IsAppliedButAddsNothing_AndUntouchedSnapshotsAreKept()
    {
        var lists = Lists();
        var other = TestLists.Snapshot(TestLists.Party("UEL:1", "UEL", PartyType.Organization, "Lockheed Martin Corporation"));
        var overlay = Overlay("entity_id,name,source", "EL:dd44,marlowe plant no. 7,x");

        var result = AliasOverlay.Apply([lists, other], [overlay]);

        Assert.Equal((1, 0, 0), (result.Overlays[0].RowsApplied, result.Overlays[0].NamesAdded, result.Overlays[0].PartiesAffected));
        Assert.Same(lists, result.Lists[0]);
        Assert.Same(other, result.Lists[1]);
    }

    [Fact]
    public void Apply_SeveralOverlays_EachReported_InOrder()
    {
        var first = Overlay("entity_id,name,source", "EL:aa11,泽菲,x");
        var second = Overlay("entity_id,name,source", "EL:aa11,泽菲,y", "EL:dd44,马洛,y");

        var result = AliasOverlay.Apply([Lists()], [first, second]);

        Assert.Equal([first.Identity, second.Identity], result.Overlays.Select(o => o.Identity));
        Assert.Equal([1, 1], result.Overlays.Select(o => o.NamesAdded));
        var zqd = result.Lists[0].Parties.Single(p => p.Id == "EL:aa11");
        Assert.Equal(first.Identity, Assert.Single(zqd.Names, n => n.FromOverlay).Overlay);
    }

    internal static AliasOverlay Overlay(params string[] lines)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        return AliasOverlay.Load(stream, "test-overlay-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(lines))))[..8] + ".csv");
    }
}
