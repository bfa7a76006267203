using EntityScreen.Readings;

namespace EntityScreen.Tests.Readings;

public class CyrillicReadingTests
{
    [Fact]
    public void Read_LegalFormAndVocabulary_AsEnglish()
    {
        var text = NameReadings.Read("АО «Концерн Радиоэлектронные технологии»", PartyType.Organization)[0].Text;
        Assert.Contains("concern", text.Split(' '));
        Assert.DoesNotContain("kontsern", text.Split(' '));
    }

    [Fact]
    public void Read_NamedAfterTail_MayBeLeftOut()
    {
        var readings = NameReadings.Read("Центральный институт имени профессора Н. Е. Жуковского", PartyType.Organization).Select(r => r.Text).ToList();
        Assert.True(readings.Exists(r => !r.Contains("zhukovsk", StringComparison.Ordinal) && r.Contains("institute", StringComparison.Ordinal)), string.Join(" / ", readings));
    }
}
