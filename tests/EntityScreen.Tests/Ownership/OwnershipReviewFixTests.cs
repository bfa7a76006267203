using static EntityScreen.Tests.Ownership.OwnershipFixture;

namespace EntityScreen.Tests.Ownership;

/// <summary>The defects of the review of 2026-12-05 (docs/ownership.md), each with the case that showed it.</summary>
public class OwnershipReviewFixTests
{
    private const string Header = "owner,owned,share\n";

    [Fact]
    public void Validate_NullOwnerLists_ClearArgumentException()
    {
        var options = new OwnershipOptions { AsOf = InForce };
        options.Ofac50Percent.OwnerLists = null!;

        var ex = Assert.Throws<ArgumentException>(options.Validate);
        Assert.Contains("Ofac50Percent.OwnerLists is null", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Graph(Header + "Xandor Holdings Limited,Alder Trading,100\n").Cover(OwnershipRule.Ofac50Percent, options));
    }
}
