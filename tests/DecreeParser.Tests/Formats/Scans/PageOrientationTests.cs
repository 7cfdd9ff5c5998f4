using DecreeParser.Ingest.Reading.Pdf.Ocr;

namespace DecreeParser.Tests.Formats.Scans;

/// <summary>A page fed upside down or on its side is turned upright before it is read.</summary>
public class PageOrientationTests
{
    private const string Header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

    private static string Tsv(params (int Width, int Height, double Confidence, string Text)[] words) =>
        Header + string.Concat(words.Select((w, i) => $"5\t1\t1\t1\t1\t{i + 1}\t{i * 100}\t10\t{w.Width}\t{w.Height}\t{w.Confidence}\t{w.Text}\n"));

    [Fact]
    public void An_upright_page_read_with_confidence_is_not_turned() =>
        Assert.False(PageOrientation.LooksTurned(Tsv((120, 30, 96, "қаулы"), (90, 30, 93, "етеді"), (20, 30, 91, "1."))));

    [Fact]
    public void A_page_read_with_little_confidence_may_be_upside_down() =>
        Assert.True(PageOrientation.LooksTurned(Tsv((120, 30, 31, "ьіqлуқ"), (90, 30, 40, "іpәтә"))));

    [Fact]
    public void A_page_whose_words_stand_taller_than_wide_is_on_its_side() =>
        Assert.True(PageOrientation.LooksTurned(Tsv((30, 120, 95, "қаулы"), (30, 90, 94, "етеді"), (30, 20, 90, "1."))));

    [Theory]
    [InlineData("Page number: 0\nOrientation in degrees: 180\nRotate: 180\nOrientation confidence: 31.20\nScript: Cyrillic\n", 180)]
    [InlineData("Page number: 0\nOrientation in degrees: 90\nRotate: 270\nOrientation confidence: 33.31\n", 270)]
    [InlineData("Page number: 0\nOrientation in degrees: 180\nRotate: 180\nOrientation confidence: 0.40\n", 0)]   // unsure: left as it is
    [InlineData("Too few characters. Skipping this page\n", 0)]
    public void Tesseracts_orientation_detection_gives_the_turn_that_rights_the_page(string osd, int turn) =>
        Assert.Equal(turn, PageOrientation.CorrectingTurn(osd));
}
