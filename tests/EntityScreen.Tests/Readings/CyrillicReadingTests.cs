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

    [Fact]
    public void Read_AlternativesWithWordsTheListsNeverWrite_AreNotEnumerated()
    {
        const string name = "ФГУП «Научно-производственное предприятие «Гамма»";
        var all = NameReadings.Read(name, PartyType.Organization, NameReadings.MaxCandidateReadings).Select(r => r.Text).ToList();
        Assert.Contains(all, r => r.Contains("npp", StringComparison.Ordinal)); // the unfiltered readings hold the abbreviation

        var listed = NameReadings.Read(name, PartyType.Organization, NameReadings.MaxCandidateReadings, w => w != "npp").Select(r => r.Text).ToList();
        Assert.DoesNotContain(listed, r => r.Split(' ').Contains("npp"));
        Assert.Equal(all[0], listed[0]); // the first reading keeps every part's usual rendering
        Assert.Contains(listed, r => r.Contains("research and production enterprise", StringComparison.Ordinal));
    }
}
