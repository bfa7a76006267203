namespace EntityScreen.Tests.Screening;

public class ListedNameVariantsTests
{
    [Theory]
    [InlineData("Beijing University of Aeronautics and Astronautics (BUAA)", "Beijing University of Aeronautics and Astronautics")]
    [InlineData("China Electronics Technology Group Corp. (CETC) 54th Research Institute", "China Electronics Technology Group Corp. 54th Research Institute")]
    [InlineData("China Electronics Technology Group Corporation 13th Research Institute (CETC 13)", "China Electronics Technology Group Corporation 13th Research Institute")]
    [InlineData("National Supercomputing Center Changsha (NSCC-CS)", "National Supercomputing Center Changsha")]
    [InlineData("National Supercomputing Center Wuxi (NSCC-WX)", "National Supercomputing Center Wuxi")] // super-computing: one letter for part of a word
    [InlineData("AVIC Flight Automatic Control Research Institute (FACRI)", "AVIC Flight Automatic Control Research Institute")] // after the group's prefix
    public void WithoutBracketedAcronym_AcronymOfTheName_Removed(string name, string expected)
    {
        Assert.Equal(expected, ListedNameVariants.WithoutBracketedAcronym(name));
    }

    [Theory]
    [InlineData("Huawei Technologies (Australia) Pty Ltd.")]
    [InlineData("3HC Semiconductors (HK) Co., Ltd.")]
    [InlineData("AccoTest Technology Co., Ltd. (Hong Kong)")]
    [InlineData("Markel Closed Joint Stock Company (Markel CJSC)")]
    [InlineData("China Electronics Technology Group Corporation 13th Research Institute (CETC 14)")]
    [InlineData("Shanghai Trading (XYZ)")]
    [InlineData("Shanghai Trading (STX)")] // one letter missing from an acronym of three
    [InlineData("Global United Shipping (US)")] // a place: a short acronym starts at the first initial
    [InlineData("China Hong Kong Holdings (HK) Limited")]
    [InlineData("Alpha Beta Gamma Trading (BXYT)")] // two missing
    [InlineData("No brackets at all")]
    public void WithoutBracketedAcronym_QualifierOrNoAcronym_Kept(string name)
    {
        Assert.Null(ListedNameVariants.WithoutBracketedAcronym(name));
    }
}
