using DecreeParser.Ingest.Repair;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Repair;

public class LookalikeLetterRepairTests
{
    [Theory]
    [InlineData("ҚОРҒАУ ЖҮЙЕСІН ЖАҚСARTY", "ҚОРҒАУ ЖҮЙЕСІН ЖАҚСАРТУ")]   // the seed's section II heading
    [InlineData("бiлiм беру", "білім беру")]                             // older texts: Latin i for Kazakh і
    [InlineData("мемлекеттiк органдар", "мемлекеттік органдар")]
    [InlineData("AҚTҚ", "АҚТҚ")]                                         // an abbreviation with Latin capitals
    [InlineData("peттеу", "реттеу")]                                     // adilet's own pages
    public void Latin_lookalikes_inside_Cyrillic_words_become_Cyrillic(string damaged, string repaired)
    {
        var (text, log) = Repairs.Run(new LookalikeLetterRepair(), damaged);
        Assert.Equal(repaired, text);
        Assert.All(log, entry => Assert.Equal(RepairKinds.LookalikeLetters, entry.Kind));
        Assert.NotEmpty(log);
    }

    [Theory]
    [InlineData("COVID-19 пандемиясы")]
    [InlineData("IT-мамандар")]
    [InlineData("https://adilet.zan.kz/kaz/docs/P1800000897")]
    [InlineData("2019 жылғы III тоқсан")]     // Roman numerals in Latin letters are read, not rewritten
    [InlineData("Wi-Fi желісі")]
    public void Real_Latin_text_is_left_alone(string text) =>
        Repairs.AssertLeftAlone(new LookalikeLetterRepair(), text);
}
