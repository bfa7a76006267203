using EntityScreen.Matching;

namespace EntityScreen.Tests.Matching;

public class TokenSimilarityTests
{
    /// <summary>The letter-set shortcut is exact: it never rules out a pair the edit distance would keep.</summary>
    [Fact]
    public void LetterSetDifference_IsAtMostTwiceTheEditDistance()
    {
        var random = new Random(20261204);
        const string letters = "aeioubcdhklmnrstxyz";
        for (var i = 0; i < 200_000; i++)
        {
            var a = Word(random.Next(1, 13));
            var b = Mutate(a, random.Next(0, 4));
            var d = TokenSimilarity.Distance(a, b, budget: 64);
            Assert.True(TokenSimilarity.LetterSetDifference(a, b) <= 2 * d, $"{a} / {b}: distance {d}");
        }

        string Word(int length) => new([.. Enumerable.Range(0, length).Select(_ => letters[random.Next(letters.Length)])]);

        string Mutate(string word, int edits)
        {
            var chars = word.ToList();
            for (var e = 0; e < edits; e++)
            {
                var at = random.Next(chars.Count + 1);
                switch (random.Next(4))
                {
                    case 0 when at < chars.Count:
                        chars[at] = letters[random.Next(letters.Length)];
                        break;
                    case 1:
                        chars.Insert(at, letters[random.Next(letters.Length)]);
                        break;
                    case 2 when at < chars.Count && chars.Count > 1:
                        chars.RemoveAt(at);
                        break;
                    case 3 when at + 1 < chars.Count:
                        (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                        break;
                }
            }

            return new string([.. chars]);
        }
    }

    [Theory]
    [InlineData("huawei", "huawai", 1f - (1f / 6))]
    [InlineData("huawei", "huawoi", 1f - (1f / 6))] // letter sets differ by two (e, o): exactly twice the budget, kept
    [InlineData("technology", "tecnhology", 1f - (7f / 100))]
    [InlineData("electronics", "electronic", 1f - (7f / 121))]
    [InlineData("beijing", "nanjing", 0f)]
    [InlineData("institute", "university", 0f)]
    public void Similarity_IsUnchangedByTheShortcut(string a, string b, float expected) =>
        Assert.Equal(expected, TokenSimilarity.Similarity(a, b), 5);
}
