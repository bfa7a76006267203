namespace EntityScreen.Tests;

public class ScriptDetectorTests
{
    [Theory]
    [InlineData("Huawei Technologies Co., Ltd.", NameScript.Latin)]
    [InlineData("华为技术有限公司", NameScript.Han)]
    [InlineData("Роснефть", NameScript.Cyrillic)]
    [InlineData("Huawei 华为", NameScript.Mixed)]
    [InlineData("12345", NameScript.Latin)]
    public void Detect_ReturnsDominantScript(string text, NameScript expected) =>
        Assert.Equal(expected, ScriptDetector.Detect(text));
}
