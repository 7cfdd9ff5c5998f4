using DecreeParser.Ingest.Repair;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Repair;

public class MarkupAndWhitespaceTests
{
    [Theory]
    [InlineData("<b>V. ХАЛЫҚПЕН ЖҰМЫС ІСТЕУДІҢ ЖАҢА ФОРМАТТАРЫ</b>", "V. ХАЛЫҚПЕН ЖҰМЫС ІСТЕУДІҢ ЖАҢА ФОРМАТТАРЫ")]
    [InlineData("Қазақстан Республикасының Үкіметі **ҚАУЛЫ ЕТЕДІ:**", "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:")]
    [InlineData("**Ескертпе: аббревиатуралардың толық жазылуы:**", "Ескертпе: аббревиатуралардың толық жазылуы:")]
    public void Markup_residue_from_the_seed_is_removed_and_logged(string damaged, string repaired)
    {
        var (text, log) = Repairs.Run(new MarkupResidue(), damaged);
        Assert.Equal(repaired, text);
        var entry = Assert.Single(log);
        Assert.Equal((RepairKinds.Markup, damaged, repaired), (entry.Kind, entry.Before, entry.After));
    }

    [Fact]
    public void A_less_than_sign_in_real_text_is_not_markup()
    {
        var (text, log) = Repairs.Run(new MarkupResidue(), "штат санын < 10 % қысқарту");
        Assert.Equal("штат санын < 10 % қысқарту", text);
        Assert.Empty(log);
    }

    [Theory]
    [InlineData("ІМ, мүдделі мемлекеттік органдар ( ПӘ-мен келісу бойынша)", "ІМ, мүдделі мемлекеттік органдар (ПӘ-мен келісу бойынша)")]
    [InlineData("курстарынан міндетті түрде өтуін енгізу ( шешендік өнерді ... қоса алғанда )", "курстарынан міндетті түрде өтуін енгізу (шешендік өнерді ... қоса алғанда)")]
    [InlineData("Қазақстан  Республикасының\u00A0Премьер-Министрі", "Қазақстан Республикасының Премьер-Министрі")]
    [InlineData("ақпараттық-\u00ADтүсіндіру", "ақпараттық-түсіндіру")]
    public void Whitespace_is_normalized_and_logged(string damaged, string repaired) =>
        Repairs.AssertMended(new WhitespaceNormalization(), damaged, repaired, RepairKinds.Whitespace);

    [Fact]
    public void Trimming_the_ends_alone_is_not_logged()
    {
        var (text, log) = Repairs.Run(new WhitespaceNormalization(), "  талап етілмейді ");
        Assert.Equal("талап етілмейді", text);
        Assert.Empty(log);
    }

    [Fact]
    public void Text_is_made_NFC_and_the_change_logged()
    {
        // "Бейсенов" from the seed, its "й" typed as "и" + combining breve.
        var (text, log) = Repairs.Run(new UnicodeNormalization(), "Б.Беи\u0306сенов атындағы");
        Assert.Equal("Б.Бейсенов атындағы", text);
        Assert.Equal(RepairKinds.UnicodeNormalization, Assert.Single(log).Kind);
    }

    [Fact]
    public void Text_already_in_NFC_is_not_logged()
    {
        var (_, log) = Repairs.Run(new UnicodeNormalization(), "Б.Бейсенов атындағы");
        Assert.Empty(log);
    }
}
