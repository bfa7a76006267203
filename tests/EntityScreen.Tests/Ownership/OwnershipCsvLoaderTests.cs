using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EntityScreen.Tests.Loading;
using static EntityScreen.Tests.Ownership.OwnershipFixture;

namespace EntityScreen.Tests.Ownership;

public class OwnershipCsvLoaderTests
{
    [Fact]
    public void Load_BadShares_EachRejectedWithLineColumnAndReason()
    {
        using var temp = new TempFiles();
        var path = temp.Write("own.csv", "owner,owned,share\nA Corp,B Corp,abc\nA Corp,C Corp,150\nA Corp,D Corp,-5\nA Corp,E Corp,50\nA Corp,F Corp,25-50%\nA Corp,G Corp,50-150\nA Corp,H Corp,<150\nA Corp,I Corp,100.01\nA Corp,J Corp,>100\n");

        var file = OwnershipFile.LoadCsv(path);

        var report = file.Report.File;
        Assert.Equal(9, report.RowsRead);
        Assert.Equal(2, report.RowsLoaded);
        Assert.Equal(7, report.RowsRejected);
        Assert.Equal(report.RowsRead, report.RowsLoaded + report.RowsRejected);
        Assert.Collection(
            report.Rejections,
            r => Assert.Equal(new RowRejection(path, 2, "share", "share 'abc' is not a percentage (expected a number such as 50, 50%, 50.5, a range such as 25-50%, or <50%)"), r),
            r => Assert.Equal(new RowRejection(path, 3, "share", "share '150' is over 100%"), r),
            r => Assert.Equal(new RowRejection(path, 4, "share", "share '-5' is negative"), r),
            r => Assert.Equal(new RowRejection(path, 7, "share", "share '50-150' is over 100%"), r),
            r => Assert.Equal(new RowRejection(path, 8, "share", "share '<150' is over 100%"), r),
            r => Assert.Equal(new RowRejection(path, 9, "share", "share '100.01' is over 100%"), r),
            r => Assert.Equal(new RowRejection(path, 10, "share", "share '>100' leaves no possible value"), r));
        Assert.Equal(["E Corp", "F Corp"], file.Edges.Select(e => e.Owned));
        Assert.Equal(new OwnershipShare(25m, 50m, false, false, true), file.Edges[1].Share);
        Assert.Equal(6, file.Edges[1].Line);
    }

    [Fact]
    public void Load_EmptySidesAndSelfOwnership_Rejected()
    {
        using var temp = new TempFiles();
        var path = temp.Write("own.csv", "owner,owned,share,owner_id,owned_id\n,B Corp,50,,\nA Corp,,50,,\nA Corp,A Corp,50,,\nA Corp,Other Name,50,X-1,X-1\nA Corp,B Corp,50,,\n");

        var report = OwnershipFile.LoadCsv(path).Report.File;

        Assert.Equal(5, report.RowsRead);
        Assert.Equal(1, report.RowsLoaded);
        Assert.Equal(
            [
                "2 owner empty owner: the row does not say who owns",
                "3 owned empty owned: the row does not say what is owned",
                "4 owner self-ownership: 'A Corp' is given as owning itself",
                "5 owner self-ownership: 'A Corp' is given as owning itself",
            ],
            report.Rejections.Select(r => $"{r.Line} {r.Column} {r.Reason}"));
    }

    [Fact]
    public void Load_AllSharesAtMostOne_WarnsProbablyFractions()
    {
        var file = Load("owner,owned,share\nA Corp,B Corp,0.5\nA Corp,C Corp,1\nA Corp,D Corp,\n");

        Assert.Equal(3, file.Report.EdgesLoaded);
        var warning = Assert.Single(file.Report.Warnings);
        Assert.Contains("probably fractions", warning, StringComparison.Ordinal);
        Assert.Contains("(2 shares)", warning, StringComparison.Ordinal);
        Assert.Empty(Load("owner,owned,share\nA Corp,B Corp,0.5\nA Corp,C Corp,50\n").Report.Warnings);
    }

    [Fact]
    public void Load_HeaderOnly_ZeroEdgesNoError()
    {
        var file = Load("owner,owned,share\n");

        Assert.Empty(file.Edges);
        Assert.Equal(0, file.Report.File.RowsRead);
        Assert.Empty(file.Report.Warnings);
        var set = OwnershipGraph.Build(file, [Lists()]).Cover(OwnershipRule.Ofac50Percent, new OwnershipOptions { AsOf = InForce });
        Assert.Empty(set.Covered);
        Assert.Contains(set.Warnings, w => w.Contains("no party of the lists that feed it (SDN)", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_EmptyFileOrNoHeader_ClearError()
    {
        using var temp = new TempFiles();
        var empty = temp.Write("empty.csv", string.Empty);
        var blank = temp.Write("blank.csv", "\n\n");
        var noHeader = temp.Write("noheader.csv", "Xandor Holdings Limited,Alder Trading,50\n");
        var noShare = temp.Write("noshare.csv", "owner,owned\nA,B\n");
        var missing = Path.Combine(temp.Folder, "missing.csv");

        var ex = Assert.Throws<ListFormatException>(() => OwnershipFile.LoadCsv(empty));
        Assert.Equal($"{empty}: the file is empty", ex.Message);
        Assert.Equal($"{blank}: the file has no header row", Assert.Throws<ListFormatException>(() => OwnershipFile.LoadCsv(blank)).Message);
        ex = Assert.Throws<ListFormatException>(() => OwnershipFile.LoadCsv(noHeader));
        Assert.Equal((noHeader, 1L, "owner"), (ex.File, ex.Line, ex.Column));
        Assert.Contains("the header has no 'owner' column", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<ListFormatException>(() => OwnershipFile.LoadCsv(noShare));
        Assert.Equal("share", ex.Column);
        ex = Assert.Throws<ListFormatException>(() => OwnershipFile.LoadCsv(missing));
        Assert.Equal(missing, ex.File);
        Assert.Contains("cannot read the file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OptionalColumnsBomCrlf_ReadAndHashed()
    {
        using var temp = new TempFiles();
        var text = "\"Owner\",Owned,Share,owner_id,owned_id,source,as_of\r\n"
            + "Xandor Holdings Limited,Alder Trading,50%,SDN:9001,F-1,registry extract 2025,2025-06-30\r\n"
            + "Alder Trading,Birch Logistics,100,F-1,,annual report,30/06/2025\r\n";
        var bytes = (byte[])[.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
        var path = temp.WriteBytes("own.csv", bytes);

        var file = OwnershipFile.LoadCsv(path);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Report.File.Sha256);
        Assert.Equal(
            new OwnershipEdge("Xandor Holdings Limited", "SDN:9001", "Alder Trading", "F-1", OwnershipShare.Exact(50m), "registry extract 2025", new DateOnly(2025, 6, 30), path, 2),
            file.Edges[0]);
        Assert.Null(file.Edges[1].AsOf);
        Assert.Contains(file.Report.Warnings, w => w.Contains("'30/06/2025' is not a YYYY-MM-DD date", StringComparison.Ordinal));

        var graph = OwnershipGraph.Build(file, [Lists()]);
        var set = graph.Cover(OwnershipRule.Ofac50Percent, new OwnershipOptions { AsOf = InForce });
        Assert.Equal(["Alder Trading", "Birch Logistics"], set.CoveredNames());
        Assert.Equal("F-1", set.CoveredEntity("Alder Trading")!.Entity.Id);
        Assert.Equal(OwnerResolutionMethod.ListedId, Assert.Single(graph.Resolutions).Method);
    }

    [Fact]
    public void Load_MalformedQuoting_RejectedAndCounted()
    {
        using var temp = new TempFiles();
        var path = temp.Write("own.csv", "owner,owned,share\nA Corp,B \"Corp\",50\nA Corp,C Corp,50\n");

        var report = OwnershipFile.LoadCsv(path).Report.File;

        Assert.Equal(2, report.RowsRead);
        Assert.Equal(1, report.RowsLoaded);
        var rejection = Assert.Single(report.Rejections);
        Assert.Equal(2, rejection.Line);
        Assert.Contains("malformed CSV quoting", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnclosedQuote_RejectsItsLineAndReadsOn()
    {
        // Before: the quote ran on through the file (one rejection, every row after it lost). Now every line break
        // ends a record: the bad line is one rejection naming its line and column, and the 2,000 rows after it load.
        using var temp = new TempFiles();
        var text = new StringBuilder("owner,owned,share\nA Corp,\"B Corp,50\n");
        for (var i = 0; i < 2000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"A Corp,Sub {i},60\n");
        }

        var path = temp.Write("own.csv", text.ToString());

        var file = OwnershipFile.LoadCsv(path);

        var report = file.Report.File;
        Assert.Equal((2001L, 2000L, 1L), (report.RowsRead, report.RowsLoaded, report.RowsRejected));
        var rejection = Assert.Single(report.Rejections);
        Assert.Equal((2L, "owned"), (rejection.Line, rejection.Column));
        Assert.Contains("not closed on its line", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains("character 8", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal("Sub 1999", file.Edges[^1].Owned);
        Assert.Empty(file.Report.Warnings);
    }

    [Fact]
    public void Load_LineOverRecordSizeCap_RejectedAndUnreadBytesReported()
    {
        // A single line past the 1 MiB record cap: the reader cannot resync after it, so the rest of the file is not
        // read; the report says so, with the bytes left, and the hash still covers the whole file.
        using var temp = new TempFiles();
        var path = Path.Combine(temp.Folder, "own.csv");
        using (var writer = new StreamWriter(path))
        {
            writer.Write("owner,owned,share\nA Corp,B Corp,50\nA Corp,");
            writer.Write(new string('x', 2 << 20));
            writer.Write(",50\n");
            for (var i = 0; i < 100; i++)
            {
                writer.Write("A Corp,C Corp,50\n");
            }
        }

        var file = OwnershipFile.LoadCsv(path);

        var report = file.Report.File;
        Assert.Equal((2L, 1L, 1L), (report.RowsRead, report.RowsLoaded, report.RowsRejected));
        Assert.Equal(3, Assert.Single(report.Rejections).Line);
        var warning = Assert.Single(file.Report.Warnings);
        Assert.Contains("not read past line 3", warning, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"of its {new FileInfo(path).Length} bytes"), warning, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), report.Sha256);
    }

    [Fact]
    public void Load_SameNameWithTwoIds_KeptWithWarningNotSelfOwnership()
    {
        var file = Load("owner,owned,share,owner_id,owned_id\nAcme Ltd,Acme Ltd,100,ACME-UK,ACME-HK\nAcme Ltd,Acme Ltd,100,ACME-UK,\n");

        Assert.Equal(1, file.Report.EdgesLoaded);
        Assert.Contains("self-ownership", Assert.Single(file.Report.File.Rejections).Reason, StringComparison.Ordinal);
        Assert.Contains(file.Report.Warnings, w => w.Contains(":2: 'Acme Ltd' owns an entity of the same name with another id (ACME-UK owns ACME-HK)", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_OwnerNameOfTwoListedParties_IsAmbiguousAndReported()
    {
        var lists = TestLists.Snapshot(
            TestLists.Party("EL:1", "EL", PartyType.Organization, "Nimbus Star Trading Co., Ltd."),
            TestLists.Party("SDN:5", "SDN", PartyType.Organization, "NIMBUS STAR TRADING CO. LTD"));

        var graph = OwnershipGraph.Build(Load("owner,owned,share\nNimbus Star Trading Co Ltd,Opal Sub,100\n"), [lists]);

        var resolution = Assert.Single(graph.Resolutions);
        Assert.Equal(OwnerResolutionMethod.Ambiguous, resolution.Method);
        Assert.Equal(["Nimbus Star Trading Co., Ltd. (EL:1, EL)", "NIMBUS STAR TRADING CO. LTD (SDN:5, SDN)"], resolution.Candidates);
        Assert.Equal(2, resolution.Line);
        Assert.Null(resolution.Party);
        foreach (var rule in new[] { OwnershipRule.Ofac50Percent, OwnershipRule.BisAffiliates })
        {
            Assert.Empty(graph.Cover(rule, new OwnershipOptions { AsOf = InForce }).Covered);
        }
    }

    [Fact]
    public void Build_NormalizedNameMustKeepWordOrder_ScreenerResolvesAtStrictThreshold()
    {
        // Normalized, "Optics Quorvane Research Institute" is other words in another order than the listed name, so the
        // exact tier leaves it; screening (order-insensitive) finds it at or above 0.97. A typo scores below 0.97.
        var csv = "owner,owned,share\nOptics Quorvane Research Institute,Alder Trading,100\nQuorvane Optcs Reserch Institute,Birch Logistics,100\n";
        var lists = Lists();

        var plain = OwnershipGraph.Build(Load(csv), [lists]);
        Assert.Empty(plain.Resolutions);
        Assert.Equal(["Optics Quorvane Research Institute", "Quorvane Optcs Reserch Institute"], plain.UnlistedOwners);

        var screened = OwnershipGraph.Build(Load(csv), [lists], Screener.Create([lists]));
        var resolution = Assert.Single(screened.Resolutions);
        Assert.Equal((OwnerResolutionMethod.Screening, Q), (resolution.Method, resolution.Party));
        Assert.True(resolution.Score >= OwnershipDefaults.ResolutionThreshold);
        Assert.Equal(["Quorvane Optcs Reserch Institute"], screened.UnlistedOwners);
        Assert.Equal(["Alder Trading"], screened.Cover(OwnershipRule.BisAffiliates, new OwnershipOptions { AsOf = InForce }).CoveredNames());
    }

    [Fact]
    public void Build_ScreeningTieBetweenTwoParties_IsAmbiguous()
    {
        var lists = TestLists.Snapshot(
            TestLists.Party("SDN:7", "SDN", PartyType.Organization, "Umbra Kite Logistics"),
            TestLists.Party("EL:7", "EL", PartyType.Organization, "Umbra Kite Logistics Corporation"));

        var graph = OwnershipGraph.Build(Load("owner,owned,share\nKite Umbra Logistics,Opal Sub,100\n"), [lists], Screener.Create([lists]));

        var resolution = Assert.Single(graph.Resolutions);
        Assert.Equal(OwnerResolutionMethod.Ambiguous, resolution.Method);
        Assert.Equal(2, resolution.Candidates.Count);
    }

    [Fact]
    public void Build_OwnerEqualToAnOwnedValue_IsThatFileEntityBeforeScreening()
    {
        // "Optics Quorvane Research Institute" screens to the Entity List's Quorvane Optics Research Institute as an
        // owner, but it is owned in the file (an owned name is never screened), so as an owner it is that entity.
        var csv = "owner,owned,share\nPrivate Founder,Optics Quorvane Research Institute,100\nOptics Quorvane Research Institute,Alder Trading,100\n";
        var lists = Lists();
        var graph = OwnershipGraph.Build(Load(csv), [lists], Screener.Create([lists]));

        Assert.Empty(graph.Cover(OwnershipRule.BisAffiliates, new OwnershipOptions { AsOf = InForce }).Covered);
        Assert.Empty(graph.Resolutions);
    }

    [Fact]
    public void Build_OwnedIdOfListedParty_MakesThatSideTheListedParty()
    {
        var set = Cover(
            "owner,owned,share,owned_id\nXandor Holdings Limited,Zentrix Microelectronics,100,EL:9101\nZentrix Microelectronics,Zentrix Europe BV,100,\n",
            OwnershipRule.BisAffiliates);

        var covered = Assert.Single(set.Covered);
        Assert.Equal("Zentrix Europe BV", covered.Entity.Name);
        Assert.Equal(Z, Assert.Single(covered.Paths).Hops[0].Owner.Party);
    }

    [Fact]
    public void Build_UnknownOwnerId_FallsBackToNameWithNote()
    {
        var graph = Graph("owner,owned,share,owner_id\nXandor Holdings Limited,Alder Trading,100,SDN:123456\n");

        var resolution = Assert.Single(graph.Resolutions);
        Assert.Equal(OwnerResolutionMethod.NormalizedName, resolution.Method);
        Assert.Contains("owner_id 'SDN:123456' is neither", resolution.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OwnedNameOfTwoFileEntities_OwnerByThatNameIsAmbiguous()
    {
        var graph = Graph(
            "owner,owned,share,owned_id\n"
            + "Xandor Holdings Limited,Pine Trading,100,P-1\n"
            + "Xandor Holdings Limited,Pine Trading,100,P-2\n"
            + "Pine Trading,Pine Sub,100,\n"
            + "Someone Else,Pine Trading,10,\n");

        var resolution = Assert.Single(graph.Resolutions, r => r.Method == OwnerResolutionMethod.Ambiguous);
        Assert.Equal(["Pine Trading (owned_id P-1)", "Pine Trading (owned_id P-2)"], resolution.Candidates);

        // An owned name without an id that several entities carry cannot be placed: the edge is left out, with a warning.
        var warning = Assert.Single(graph.Warnings);
        Assert.Contains(":5: the owned name 'Pine Trading' belongs to several entities of the files", warning, StringComparison.Ordinal);
        Assert.Equal(3, graph.EdgeCount);
        // Both candidates are covered, so whichever "Pine Trading" owns Pine Sub, a covered owner does (review C1).
        var set = graph.Cover(OwnershipRule.Ofac50Percent, new OwnershipOptions { AsOf = InForce });
        Assert.Equal(3, set.Covered.Count);
        var owner = Assert.Single(set.Covered.Single(c => c.Entity.Name == "Pine Sub").Paths).Hops[0].Owner;
        Assert.Equal(OwnershipNodeKind.Ambiguous, owner.Kind);
        Assert.Equal(["P-1", "P-2"], owner.Candidates.Select(c => c.Id));
    }

    [Fact]
    public void Build_CycleInFile_LoadsAndWarnsOnce()
    {
        var file = Load("owner,owned,share\nAlder Trading,Birch Logistics,50\nBirch Logistics,Alder Trading,50\n");

        Assert.Equal(2, file.Report.EdgesLoaded);
        var graph = OwnershipGraph.Build(file, [Lists()]);
        // Named along the cycle, from the entity first named as owned.
        Assert.Single(graph.Warnings, w => w.StartsWith("ownership cycle among 2 entities (Birch Logistics, Alder Trading)", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MillionRowsStreamed_CountsEveryRowAndCloses()
    {
        // Memory stays bounded: the file goes through a FileStream into CsvHelper's read buffer (64 KiB, growing only for
        // one long record, capped at 1 MiB) and an incremental SHA-256; no row is held as text. What is kept is one
        // 40-byte EdgeRow per loaded row and each distinct string once (the names, here ~1M, which the graph needs).
        const int Rows = 1_000_000;
        using var temp = new TempFiles();
        var path = Path.Combine(temp.Folder, "million.csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write("owner,owned,share\n");
            for (var i = 1; i <= Rows; i++)
            {
                // A binary tree under one SDN party: E{i} is owned 60% by E{i/2}; every 100,000th share is bad.
                var owner = i == 1 ? "Xandor Holdings Limited" : string.Create(CultureInfo.InvariantCulture, $"E{i / 2}");
                writer.Write(owner);
                writer.Write(",E");
                writer.Write(i);
                writer.Write(i % 100_000 == 0 ? ",abc\n" : ",60\n");
            }
        }

        var watch = Stopwatch.StartNew();
        var file = OwnershipFile.LoadCsv(path);
        var loaded = watch.Elapsed;
        var graph = OwnershipGraph.Build(file, [Lists()]);
        var set = graph.Cover(OwnershipRule.Ofac50Percent, new OwnershipOptions { AsOf = InForce });
        var total = watch.Elapsed;

        Assert.Equal(Rows, file.Report.File.RowsRead);
        Assert.Equal(Rows - 10, file.Report.File.RowsLoaded);
        Assert.Equal(10, file.Report.File.RowsRejected);
        Assert.All(file.Report.File.Rejections, r => Assert.Equal("share", r.Column));
        Assert.Equal(100_001, file.Report.File.Rejections[0].Line);

        // E{i} is covered when its own row loaded and its owner is covered.
        var covered = new bool[Rows + 1];
        var expected = 0;
        for (var i = 1; i <= Rows; i++)
        {
            covered[i] = i % 100_000 != 0 && (i == 1 || covered[i / 2]);
            expected += covered[i] ? 1 : 0;
        }

        Assert.Equal(expected, set.Covered.Count);
        Assert.True(total < TimeSpan.FromSeconds(30), $"load {loaded}, build and cover {total - loaded}");
        Console.WriteLine($"1M ownership rows: load {loaded.TotalSeconds:F2} s, graph + cover {(total - loaded).TotalSeconds:F2} s, {set.Covered.Count} covered");
    }
}
