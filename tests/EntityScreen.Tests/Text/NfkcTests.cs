using System.Text;
using EntityScreen.Text;

namespace EntityScreen.Tests.Text;

public class NfkcTests
{
    private static readonly char[] s_stable = [.. Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => !char.IsSurrogate(c) && Nfkc.IsStable([c]))];

    [Fact]
    public void EveryStableCharacter_IsUnchangedByNfkc()
    {
        Assert.True(s_stable.Length > 30_000, $"{s_stable.Length} characters in the fast set");
        var changed = s_stable.Where(c => !c.ToString().IsNormalized(NormalizationForm.FormKC)).Select(c => $"U+{(int)c:X4}").ToList();
        Assert.Empty(changed);
    }

    [Fact]
    public void NoTwoStableCharacters_ComposeOrReorder()
    {
        // Every pair of the stable characters outside ASCII and the two large blocks (ideographs, Hangul syllables), and
        // each of those blocks' characters beside every one of them and a random sample of the rest, in both orders.
        var small = s_stable.Where(c => c is not (>= '\u4E00' and <= '\u9FFF') and not (>= '\uAC00' and <= '\uD7A3') && c >= '\u0080').ToArray();
        var random = new Random(20261204);
        var sample = small.Concat(Enumerable.Range(0, 150).Select(_ => s_stable[random.Next(s_stable.Length)])).Concat("aeAE ").ToArray();
        var bad = new List<string>();
        foreach (var a in s_stable.Where(c => c >= '\u0080' || char.IsAsciiLetter(c)))
        {
            foreach (var b in a is >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7A3' ? sample : small)
            {
                if (!string.Concat(a, b).IsNormalized(NormalizationForm.FormKC) || !string.Concat(b, a).IsNormalized(NormalizationForm.FormKC))
                {
                    bad.Add($"U+{(int)a:X4} U+{(int)b:X4}");
                }
            }
        }

        Assert.Empty(bad);
    }

    [Theory]
    [InlineData("ｈｕａｗｅｉ", "huawei")] // full-width forms
    [InlineData("ｶﾀｶﾅ", "カタカナ")] // half-width katakana
    [InlineData("\u30AB\u3099", "\u30AC")] // a voicing mark composes
    [InlineData("\u0627\u0654", "\u0623")] // alef with a combining hamza above
    [InlineData("\u1100\u1161", "\uAC00")] // conjoining jamo
    [InlineData("\uF900", "\u8C48")] // a compatibility ideograph
    [InlineData("华为", "华为")]
    public void Normalize_FoldsWhatNfkcFolds(string text, string expected)
    {
        Assert.False(Nfkc.IsStable(text) && text != expected);
        Assert.Equal(expected, Nfkc.Normalize(text));
    }
}
