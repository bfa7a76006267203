namespace EntityScreen.Tests.Text;

public class HanFoldingTests
{
    [Theory]
    [InlineData("華為技術有限公司", "华为技术有限公司")]
    [InlineData("國際", "国际")]
    [InlineData("電子", "电子")]
    [InlineData("臺灣", "台湾")]
    [InlineData("台灣", "台湾")]
    [InlineData("中國電子科技集團公司", "中国电子科技集团公司")]
    public void Fold_TraditionalToSimplified(string traditional, string simplified)
    {
        Assert.Equal(simplified, HanFolding.Fold(traditional));

        var buffer = traditional.ToCharArray();
        HanFolding.Fold(buffer);
        Assert.Equal(simplified, new string(buffer));
    }

    [Theory]
    [InlineData("沢", "泽")] // Japanese shinjitai (OpenCC jp2t, then t2s)
    [InlineData("両", "两")]
    public void Fold_JapaneseForms(string japanese, string simplified) =>
        Assert.Equal(simplified, HanFolding.Fold(japanese));

    [Theory]
    [InlineData("华为技术有限公司")]
    [InlineData("中国电子科技集团公司")]
    [InlineData("予欠醋疏缶")] // shinjitai look-alikes that mainland Chinese uses: never folded
    public void Fold_SimplifiedUnchanged_SameInstance(string simplified) =>
        Assert.Same(simplified, HanFolding.Fold(simplified));

    [Theory]
    [InlineData("")]
    [InlineData("Huawei Technologies Co., Ltd.")]
    [InlineData("Роснефть 12345 \U0001F600")]
    public void Fold_NonHanUnchanged(string text) => Assert.Same(text, HanFolding.Fold(text));

    [Fact]
    public void Fold_MixedScript_FoldsOnlyHan() =>
        Assert.Equal("Huawei 华为 (Shenzhen)", HanFolding.Fold("Huawei 華為 (Shenzhen)"));

    [Fact]
    public void ToSimplified_SingleChars()
    {
        Assert.Equal('华', HanFolding.ToSimplified('華'));
        Assert.Equal('华', HanFolding.ToSimplified('华'));
        Assert.Equal('A', HanFolding.ToSimplified('A'));
    }

    [Fact]
    public void Table_HasExpectedSize()
    {
        // 3,181 pairs from OpenCC 1.1.6 (Debian 1.1.6+ds1-1): t2s 2,956, tw2s 7, hk2s 6, jp2t+t2s 212.
        Assert.InRange(HanFolding.PairCount, 3_000, 4_000);
        Assert.Equal(HanFolding.PairCount, HanFolding.Pairs().Count());
    }

    [Fact]
    public void Table_IsIdempotent()
    {
        foreach (var (traditional, simplified) in HanFolding.Pairs())
        {
            Assert.NotEqual(traditional, simplified);
            Assert.Equal(simplified, HanFolding.ToSimplified(simplified));
            Assert.Equal(simplified, HanFolding.ToSimplified(HanFolding.ToSimplified(traditional)));
            Assert.False(char.IsSurrogate(traditional) || char.IsSurrogate(simplified));
        }
    }

    [Fact]
    public void Fold_Twice_EqualsOnce_OverWholeTable()
    {
        var all = new string(HanFolding.Pairs().SelectMany(p => new[] { p.Traditional, p.Simplified }).ToArray());
        var once = HanFolding.Fold(all);
        Assert.Same(once, HanFolding.Fold(once));
    }
}
