using EntityScreen.Cli;

namespace EntityScreen.Tests.Cli;

public class CsvCellsTests
{
    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("=HYPERLINK(\"http://evil.example/\",\"Click\")", "'=HYPERLINK(\"http://evil.example/\",\"Click\")")]
    [InlineData("+SUM(1,2)", "'+SUM(1,2)")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1+2", "'\t=1+2")]
    [InlineData("\r=1+2", "'\r=1+2")]
    [InlineData("=", "'=")]
    public void Neutralize_CellStartingLikeAFormula_GetsAQuoteInFront(string cell, string expected) =>
        Assert.Equal(expected, CsvCells.Neutralize(cell));

    [Fact]
    public void Neutralize_NegativeNumber_IsPrefixedToo_AsOwaspSays()
    {
        // Documented choice (docs/cli.md): -5 becomes '-5. The tool's own numbers (line, score) are never negative.
        Assert.Equal("'-5", CsvCells.Neutralize("-5"));
        Assert.Equal("'-0.25", CsvCells.Neutralize("-0.25"));
    }

    [Theory]
    [InlineData("Huawei Technologies Co., Ltd.")]
    [InlineData("a=b")]
    [InlineData("1+1")]
    [InlineData("0.9712")]
    [InlineData(" =1+2")]
    [InlineData("'=1+2")]
    [InlineData("北风空气动力公司")]
    [InlineData("")]
    public void Neutralize_OtherCells_AreUnchanged(string cell) =>
        Assert.Same(cell, CsvCells.Neutralize(cell));

    [Fact]
    public void Neutralize_Null_StaysNull() =>
        Assert.Null(CsvCells.Neutralize((string?)null));

    [Fact]
    public void Neutralize_Record_ChangesEveryCellInPlace()
    {
        string?[] record = ["=1", null, "ok", "@x"];

        var result = CsvCells.Neutralize(record);

        Assert.Same(record, result);
        Assert.Equal(new string?[] { "'=1", null, "ok", "'@x" }, record);
    }
}
