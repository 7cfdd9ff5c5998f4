using DecreeParser.Ingest.Repair;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Repair;

public class LetterSpacingTests
{
    [Theory]
    [InlineData("т а л а п етілмейді", "талап етілмейді")]
    [InlineData("Р Б 2019 жыл – 10 171 млн. теңге", "РБ 2019 жыл – 10 171 млн. теңге")]
    [InlineData("Ж Б көзделген қаражат шегінде", "ЖБ көзделген қаражат шегінде")]
    [InlineData("М Ж Ә (шеңберінде)", "МЖӘ (шеңберінде)")]
    [InlineData("Р Б", "РБ")]                                    // the whole cell: the shortest run there is
    [InlineData("облыстардың ж е р г і л і к т і", "облыстардың жергілікті")] // a run ending the text
    [InlineData("науқастануына байланысты босатуды қ о л д а н у ; - сотталғандарға", "науқастануына байланысты босатуды қолдану; - сотталғандарға")]
    [InlineData("сәлемдемелердің санын к ө б е й т у ; - сотталғандарды", "сәлемдемелердің санын көбейту; - сотталғандарды")]
    public void Letter_spaced_words_from_the_seed_are_rejoined(string damaged, string repaired)
    {
        var (text, log) = Repairs.Run(new LetterSpacing(), damaged);
        Assert.Equal(repaired, text);
        Assert.NotEmpty(log);
        Assert.All(log, entry => Assert.Equal(RepairKinds.LetterSpacing, entry.Kind));
    }

    [Fact]
    public void The_log_says_what_was_joined()
    {
        var (_, log) = Repairs.Run(new LetterSpacing(), "босатуды қ о л д а н у ; - сотталғандарға");
        var entry = Assert.Single(log);
        Assert.Equal("қ о л д а н у ;", entry.Before);
        Assert.Equal("қолдану;", entry.After);
    }

    [Theory]
    [InlineData("Б. Сағынтаев")]                                  // initials keep their dot and space
    [InlineData("Р/с №")]                                         // header cell
    [InlineData("бір адамдық камераларда ұстау мерзімін 6 -дан 4 айға дейін")]
    [InlineData("и в г. Астана")]                                 // Russian one-letter words, two in a row
    [InlineData("2019 жылғы I тоқсан")]                           // a Latin numeral is not a spaced word
    [InlineData("т  а  л  а  п")]                                 // two spaces: a real gap, not letter spacing
    [InlineData("Р б")]                                           // mixed case is two words, not an abbreviation
    [InlineData("")]
    [InlineData("Р")]
    [InlineData(" Р")]
    public void Real_separate_words_are_not_joined(string text) =>
        Repairs.AssertLeftAlone(new LetterSpacing(), text);
}
