namespace EntityScreen.Tests.Loading;

public class ListLoaderTests
{
    [Fact]
    public void LoadGeneric_MapsColumnsAndKeepsTheRestInFields()
    {
        using var temp = new TempFiles();
        var path = temp.Write("inhouse.csv",
            "ref;company;other names;kind;ctry;note\n"
            + "7;Example Widgets GmbH;EW | Example W.;company;Germany;watch\n"
            + "8;;x;;;\n"
            + "9;Max Example;;person;fr;\n");
        var mapping = new GenericCsvMapping
        {
            NameColumn = "company",
            AliasColumns = ["other names"],
            AliasSeparator = "|",
            IdColumn = "ref",
            TypeColumn = "kind",
            CountryColumn = "ctry",
            ListCode = "inhouse",
            ListName = "In-house watch list",
            Delimiter = ';',
        };

        var snapshot = ListLoader.LoadGeneric(path, mapping);

        Assert.Equal(ListFormat.Generic, snapshot.Identity.Format);
        Assert.Equal(2, snapshot.Parties.Count);
        var widgets = snapshot.Parties[0];
        Assert.Equal("INHOUSE:7", widgets.Id);
        Assert.Equal(new ListInfo("INHOUSE", "In-house watch list", ListAuthority.Other), widgets.List);
        Assert.Equal(["Example Widgets GmbH", "EW", "Example W."], widgets.Names.Select(n => n.Value));
        Assert.Equal(PartyType.Organization, widgets.Type);
        Assert.Equal(["DE"], widgets.Countries);
        Assert.Equal(new Dictionary<string, string> { ["note"] = "watch" }, widgets.Fields);
        Assert.Equal(["FR"], snapshot.Parties[1].Countries);
        var rejection = Assert.Single(snapshot.Report.Files[0].Rejections);
        Assert.Equal(new RowRejection(path, 3, "company", "empty name"), rejection);
        Assert.Equal(3, snapshot.Report.RowsRead);
    }

    [Fact]
    public void LoadGeneric_MissingMappedColumn_Throws()
    {
        using var temp = new TempFiles();
        var path = temp.Write("inhouse.csv", "name\nExample\n");

        var ex = Assert.Throws<ListFormatException>(() =>
            ListLoader.LoadGeneric(path, new GenericCsvMapping { NameColumn = "name", IdColumn = "id", ListCode = "X" }));

        Assert.Equal("id", ex.Column);
    }

    [Fact]
    public void Load_UnknownFormat_ThrowsNamingTheFile()
    {
        using var temp = new TempFiles();
        var path = temp.Write("other.csv", "a,b,c\n1,2,3\n");

        var ex = Assert.Throws<ListFormatException>(() => ListLoader.Load(path));

        Assert.Equal(path, ex.File);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingOrEmptyFile_Throws()
    {
        using var temp = new TempFiles();
        var missing = Path.Combine(temp.Folder, "missing.csv");
        var empty = temp.Write("empty.csv", string.Empty);

        Assert.Equal(missing, Assert.Throws<ListFormatException>(() => ListLoader.Load(missing, ListFormat.Csl)).File);
        Assert.Equal(empty, Assert.Throws<ListFormatException>(() => ListLoader.Load(empty, ListFormat.Csl)).File);
        Assert.Throws<ListFormatException>(() => ListLoader.Load(missing));
    }

    [Fact]
    public void Load_SeveralPaths_ReturnsOneSnapshotEach()
    {
        using var temp = new TempFiles();
        var csl = temp.Write("a.csv", "source,entity_number,type,programs,name\nEntity List (EL) - Bureau of Industry and Security,,,,Example Ltd\n");
        var china = temp.Write("b.csv", "list,name_en,name_zh\nUEL,Example Corp,\n");

        var snapshots = ListLoader.Load([csl, china]);

        Assert.Equal([ListFormat.Csl, ListFormat.ChinaList], snapshots.Select(s => s.Identity.Format));
        Assert.Equal("EL:2", snapshots[0].Parties[0].Id);
    }
}
