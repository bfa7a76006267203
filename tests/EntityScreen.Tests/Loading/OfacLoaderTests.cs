using System.Text;

namespace EntityScreen.Tests.Loading;

public class OfacLoaderTests
{
    private static byte[] Dos(params string[] lines) =>
        Encoding.ASCII.GetBytes(string.Concat(lines.Select(l => l + "\r\n")) + "\u001a");

    private static readonly string s_longRemarks =
        "DOB 01 Jan 1960; nationality Iran; Passport 042833 (Lebanon); a.k.a. 'EXAMPLE ONE'; f.k.a. 'OLD EXAMPLE'; Linked To: "
        + new string('X', 1000 - 117 - 15) + "; a.k.a. 'EXAMP";

    private static string Folder(TempFiles temp)
    {
        Assert.Equal(1000, s_longRemarks.Length);
        temp.WriteBytes("sdn.csv", Dos(
            "36,\"EXAMPLE AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ",
            "4632,\"EXAMPLE BANK\",-0- ,\"IRAN] [SDGT] [IRGC\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"" + s_longRemarks + "\"",
            "4243,\"EXAMPLE VESSEL\",\"vessel\",\"CUBA\",-0- ,-0- ,\"General Cargo\",\"2595\",\"1865\",\"Panama\",-0- ,\"f.k.a. 'OLD SHIP'.\"",
            "100,\"DOE, John\",\"individual\",\"SDGT\",\"Director\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1958; citizen Korea, North; Gender Male.\"",
            "101,-0- ,-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- "));
        temp.WriteBytes("alt.csv", Dos(
            "36,12,\"aka\",\"AERO EXAMPLE\",-0- ",
            "4632,13,\"fka\",\"OLD BANK\",-0- ",
            "4632,14,\"nka\",\"NEW BANK\",-0- ",
            "999,15,\"aka\",\"ORPHAN\",-0- "));
        temp.WriteBytes("add.csv", Dos(
            "36,25,-0- ,\"Havana\",\"Cuba\",-0- ",
            "4632,26,\"1 Example Street\",\"Tehran\",\"Iran\",-0- ",
            "100,27,-0- ,\"Pyongyang\",\"Korea, North\",-0- ",
            "998,28,-0- ,\"Nowhere\",\"Burma\",-0- "));
        temp.WriteBytes("sdn_comments.csv", Dos("4632,\"LE TWO'.\""));
        return temp.Folder;
    }

    [Fact]
    public void Load_Folder_ParsesPlaceholdersProgramsTypesAndJoins()
    {
        using var temp = new TempFiles();
        var snapshot = ListLoader.Load(Folder(temp));

        Assert.Equal(ListFormat.Ofac, snapshot.Identity.Format);
        Assert.Equal(4, snapshot.Parties.Count);
        var airline = snapshot.Parties[0];
        Assert.Equal("SDN:36", airline.Id);
        Assert.Equal(PartyType.Organization, airline.Type);
        Assert.Null(airline.Remarks);
        Assert.Null(airline.Title);
        Assert.Equal(["EXAMPLE AIRLINES", "AERO EXAMPLE"], airline.Names.Select(n => n.Value));
        Assert.Equal(new PartyAddress("Havana, Cuba", "Havana", "CU"), Assert.Single(airline.Addresses));

        var bank = snapshot.Parties[1];
        Assert.Equal(["IRAN", "SDGT", "IRGC"], bank.Programs);
        Assert.Equal(s_longRemarks + "LE TWO'.", bank.Remarks);
        Assert.Contains(bank.Names, n => n.Value == "OLD BANK" && n.Kind == NameKind.Fka);
        Assert.Contains(bank.Names, n => n.Value == "NEW BANK" && n.Kind == NameKind.Nka);
        Assert.Contains(bank.Names, n => n.Value == "EXAMPLE ONE" && n.Kind == NameKind.Weak);
        Assert.Contains(bank.Names, n => n.Value == "EXAMPLE TWO" && n.Kind == NameKind.Weak);
        Assert.Contains(bank.Names, n => n.Value == "OLD EXAMPLE" && n.Kind == NameKind.Fka);
        Assert.Equal(["01 Jan 1960"], bank.DatesOfBirth);
        Assert.Contains("IR", bank.Countries);
        Assert.Equal(new PartyIdentifier("Passport", "042833", "LB") { Kind = IdentifierKind.Passport }, Assert.Single(bank.Identifiers));

        var vessel = snapshot.Parties[2];
        Assert.Equal(PartyType.Vessel, vessel.Type);
        Assert.Equal("Panama", vessel.Fields["Vess_flag"]);
        Assert.Contains(vessel.Names, n => n.Value == "OLD SHIP" && n.Kind == NameKind.Fka);

        var person = snapshot.Parties[3];
        Assert.Equal(PartyType.Person, person.Type);
        Assert.Equal("Director", person.Title);
        Assert.Equal(["1958"], person.DatesOfBirth);
        Assert.Equal(["KP"], person.Countries);
    }

    [Fact]
    public void Load_Folder_ReportsEachFileAndRejectsOrphans()
    {
        using var temp = new TempFiles();
        var snapshot = ListLoader.Load(Folder(temp));

        var files = snapshot.Report.Files.ToDictionary(f => Path.GetFileName(f.File));
        Assert.Equal(["sdn.csv", "sdn_comments.csv", "alt.csv", "add.csv"], snapshot.Report.Files.Select(f => Path.GetFileName(f.File)));
        Assert.All(snapshot.Report.Files, f => Assert.Equal(f.RowsRead, f.RowsLoaded + f.RowsRejected));
        Assert.Equal(5, files["sdn.csv"].RowsRead);
        Assert.Equal(new RowRejection(Path.Combine(temp.Folder, "sdn.csv"), 5, "SDN_Name", "empty name"), Assert.Single(files["sdn.csv"].Rejections));
        Assert.Equal(4, files["alt.csv"].RowsRead);
        Assert.Equal(3, files["alt.csv"].RowsLoaded);
        var orphan = Assert.Single(files["alt.csv"].Rejections);
        Assert.Equal(4, orphan.Line);
        Assert.Equal("ent_num", orphan.Column);
        Assert.Contains("999", orphan.Reason, StringComparison.Ordinal);
        Assert.Equal(4, files["add.csv"].Rejections[0].Line);
        Assert.Equal(1, files["sdn_comments.csv"].RowsLoaded);
    }

    [Fact]
    public void Load_Folder_HashesFilesConcatenatedInNameOrder()
    {
        using var temp = new TempFiles();
        var folder = Folder(temp);

        var snapshot = ListLoader.Load(folder);

        var bytes = new[] { "add.csv", "alt.csv", "sdn.csv", "sdn_comments.csv" }
            .SelectMany(n => File.ReadAllBytes(Path.Combine(folder, n))).ToArray();
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), snapshot.Identity.Sha256);
    }

    [Fact]
    public void Load_SdnFileAlone_StripsEofAndReadsOnlyIt()
    {
        using var temp = new TempFiles();
        var path = Path.Combine(Folder(temp), "sdn.csv");

        var snapshot = ListLoader.Load(path);

        var file = Assert.Single(snapshot.Report.Files);
        Assert.Equal(5, file.RowsRead);
        Assert.Equal(4, snapshot.Parties.Count);
        Assert.Equal(["EXAMPLE AIRLINES"], snapshot.Parties[0].Names.Select(n => n.Value));
    }

    [Fact]
    public void Load_RenamedPrimaryFile_DetectedFromFirstLine()
    {
        using var temp = new TempFiles();
        var path = temp.WriteBytes("export.csv", Dos("36,\"EXAMPLE AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- "));

        Assert.Equal(ListFormat.Ofac, ListLoader.Detect(path));
        Assert.Equal("SDN:36", Assert.Single(ListLoader.Load(path).Parties).Id);
    }

    [Fact]
    public void Load_ConsolidatedTwins_DeriveListCodeFromProgram()
    {
        using var temp = new TempFiles();
        temp.WriteBytes("cons_prim.csv", Dos(
            "1,\"EXAMPLE ENERGY\",-0- ,\"UKRAINE-EO13662] [RUSSIA-EO14024\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ",
            "2,\"DOE, Jane\",\"individual\",\"NS-PLC\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ",
            "3,\"EXAMPLE TELECOM\",-0- ,\"CMIC-EO13959\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ",
            "4,\"EXAMPLE BANK\",-0- ,\"561-Related\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ",
            "5,\"EXAMPLE OIL\",-0- ,\"NS-MBS\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ",
            "6,\"EXAMPLE MINE\",-0- ,\"BURMA-EO14014\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- "));
        temp.WriteBytes("cons_alt.csv", Dos("3,9,\"aka\",\"EXAMPLE TEL\",-0- "));

        var snapshot = ListLoader.Load(temp.Folder);

        Assert.Equal(["SSI:1", "PLC:2", "CMIC:3", "CAP:4", "NS-MBS:5", "CONS:6"], snapshot.Parties.Select(p => p.Id));
        Assert.Equal(2, snapshot.Report.Files.Count);
        Assert.Equal("EXAMPLE TEL", snapshot.Parties[2].Names[1].Value);
    }

    [Fact]
    public void Load_MissingFolderFiles_Throws()
    {
        using var temp = new TempFiles();

        var ex = Assert.Throws<ListFormatException>(() => ListLoader.Load(temp.Folder));

        Assert.Equal(temp.Folder, ex.File);
    }
}
