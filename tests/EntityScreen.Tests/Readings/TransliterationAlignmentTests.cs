using EntityScreen.Matching;
using EntityScreen.Readings;
using EntityScreen.Text;

namespace EntityScreen.Tests.Readings;

/// <summary>
/// <see cref="HanTransliteration.Alignment"/>: how well a Latin word spells a run of transliteration characters. Checked on
/// the standard Chinese renderings of common English family names (the Xinhua renderings, as Chinese media write them),
/// none of them tuned on: each aligns with its own name better than with the next one in the list.
/// </summary>
public class TransliterationAlignmentTests
{
    private static readonly (string Han, string Latin)[] s_common =
    [
        ("史密斯", "smith"), ("威廉姆斯", "williams"), ("布朗", "brown"), ("琼斯", "jones"), ("米勒", "miller"),
        ("戴维斯", "davis"), ("加西亚", "garcia"), ("罗德里格斯", "rodriguez"), ("马丁内斯", "martinez"), ("安德森", "anderson"),
        ("泰勒", "taylor"), ("托马斯", "thomas"), ("摩尔", "moore"), ("怀特", "white"), ("哈里斯", "harris"),
        ("克拉克", "clark"), ("艾伦", "allen"), ("斯科特", "scott"), ("格林", "green"), ("贝克", "baker"),
        ("希尔", "hill"), ("坎贝尔", "campbell"), ("米切尔", "mitchell"), ("罗伯茨", "roberts"), ("卡特", "carter"),
        ("菲利普斯", "phillips"), ("埃文斯", "evans"), ("特纳", "turner"), ("帕克", "parker"), ("柯林斯", "collins"),
        ("斯图尔特", "stewart"), ("莫里斯", "morris"), ("库克", "cook"), ("罗杰斯", "rogers"),
    ];

    private static string Pinyin(string han) => string.Concat(han.Select(HanReading.Pinyin));

    [Fact]
    public void CommonFamilyNames_AlignWithTheirOwnSpelling_BetterThanWithAnother()
    {
        var own = new List<double>();
        var other = new List<double>();
        for (var i = 0; i < s_common.Length; i++)
        {
            var (han, latin) = s_common[i];
            var next = s_common[(i + 1) % s_common.Length].Latin;
            var a = HanTransliteration.Alignment(Pinyin(han), latin);
            var b = HanTransliteration.Alignment(Pinyin(han), next);
            Assert.True(a > b, $"{han}: {latin} {a:0.00} vs {next} {b:0.00}");
            Assert.True(a >= 0.7, $"{han} / {latin}: {a:0.00}");
            own.Add(a);
            other.Add(b);
        }

        Assert.True(own.Average() >= 0.85, $"mean own {own.Average():0.000}");
        Assert.True(other.Average() <= 0.45, $"mean other {other.Average():0.000}");
    }

    [Theory]
    [InlineData("nawaluo", "navarro")] // 纳瓦罗: v written w, a doubled letter once
    [InlineData("kennidi", "kennedy")] // 肯尼迪: the n two syllables share
    [InlineData("pake", "packer")] // 帕克: an r after a vowel often not written
    [InlineData("laodun", "loughton")] // 劳顿: a silent gh
    public void Alignment_HighForTheNameTheCharactersSpell(string pinyin, string latin) =>
        Assert.InRange(HanTransliteration.Alignment(pinyin, latin), 0.85, 1.0);

    [Theory]
    [InlineData("nawaluo", "")]
    [InlineData("", "navarro")]
    [InlineData("beijing1", "navarro")] // not syllables of transliteration characters
    [InlineData("nawaluo", "Navarro")] // not normalized
    public void Alignment_ZeroForWhatIsNoPinyinOrNoWord(string pinyin, string latin) =>
        Assert.Equal(0, HanTransliteration.Alignment(pinyin, latin));

    [Fact]
    public void Alignment_LongInput_Bounded() =>
        Assert.InRange(HanTransliteration.Alignment(string.Concat(Enumerable.Repeat("si", 5000)), new string('s', 5000)), 0, 1);

    [Fact]
    public void SoundPair_ShortKey_TheAlignmentDecides()
    {
        // 佩洛西 and Pelosi share a three-class key (^PLS) and the spelling aligns letter for letter.
        var aligned = TokenSimilarity.SoundPair("^PLS", "peiluoxi", "pelosi");
        Assert.InRange(aligned, 0.9f, TokenSimilarity.AlignedSoundEqual);

        // 肯尼迪 (Kennedy) and Garnet share a three-class key (^KNT), not a spelling: no credit.
        Assert.Equal("^KNT", SoundKey.Key("garnet"));
        Assert.Equal(SoundKey.Key("garnet"), HanTransliteration.Key("肯尼迪"));
        Assert.Equal(0f, TokenSimilarity.SoundPair("^KNT", "kennidi", "garnet"));

        // 卡隆 and Kering share ^KLN: every vowel differs.
        Assert.Equal(SoundKey.Key("kering"), HanTransliteration.Key("卡隆"));
        Assert.Equal(0f, TokenSimilarity.SoundPair(SoundKey.Key("kering")!, "kalong", "kering"));

        // Two classes: at most a known romanization's credit.
        Assert.InRange(TokenSimilarity.SoundPair("^NLaa", "nawaluo", "navarro"), TokenSimilarity.ShortSkeletonEqual, TokenSimilarity.KeyEqual);
    }

    [Fact]
    public void SoundPair_LongKey_NeverBelowAKnownRomanization_RaisedByTheSpelling()
    {
        // Four classes or more are evidence alone; a spelling that aligns letter for letter raises them (菲利普斯 Phillips).
        const string key = "^FLPS";
        Assert.Equal(key, SoundKey.Key("phillips"));
        Assert.Equal(key, HanTransliteration.Key("菲利普斯"));
        Assert.Equal(TokenSimilarity.AlignedSoundEqual, TokenSimilarity.SoundPair(key, "feilipusi", "phillips"));
        Assert.Equal(TokenSimilarity.KeyEqual, TokenSimilarity.SoundPair(key, "feilipusi", "fulpos"));
    }

    [Fact]
    public void Alignment_WithALeastValue_SameAsWithout_AboveIt_AndZeroBelow()
    {
        // The early stop must never change an alignment the caller can use: every pair of the common names, both ways round.
        foreach (var (han, _) in s_common)
        {
            var pinyin = Pinyin(han);
            foreach (var (_, latin) in s_common)
            {
                var full = HanTransliteration.Alignment(pinyin, latin);
                foreach (var least in new[] { 0.5, 0.75, 0.9, 1.0 })
                {
                    var pruned = HanTransliteration.Alignment(pinyin, latin, least);
                    if (full >= least)
                    {
                        Assert.Equal(full, pruned, 9);
                    }
                    else if (full < least - 1e-6)
                    {
                        Assert.Equal(0, pruned);
                    }
                }
            }
        }
    }

    [Fact]
    public void Alignment_LongestInputs_RunTheDp()
    {
        // 40 letters each side, the longest aligned (the heap path of the DP): bounded and exact for the same spelling.
        var pinyin = string.Concat(Enumerable.Repeat("luo", 13)) + "l";
        var latin = new string('x', 40);
        Assert.InRange(HanTransliteration.Alignment(pinyin.AsSpan(0, 39), latin), 0, 1);
        Assert.Equal(1.0, HanTransliteration.Alignment(string.Concat(Enumerable.Repeat("kelinsi", 5)), string.Concat(Enumerable.Repeat("colins", 5))), 9);
    }
}
