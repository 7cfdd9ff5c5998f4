using DecreeParser.Ingest.Pipeline;
using DecreeParser.Ingest.Reading;
using DecreeParser.Ingest.Reading.Pdf;
using DecreeParser.Model.Blocks;
using DecreeParser.Tests.Formats;

namespace DecreeParser.Tests.Reading;

/// <summary>The PDF reader's layout analysis, on the seed's PDF and on pages made of the seed's lines.</summary>
public class PdfReaderTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(FixtureFiles.PathOf(name));

    [Fact]
    public void Measures_say_where_they_stand_by_page_and_box()
    {
        var decree = DecreePipeline.Convert(FixtureFiles.PathOf("P1800000897.pdf"), "P1800000897.pdf");
        var first = decree.Measures[0];
        Assert.InRange(first.Location.Page!.Value, 1, 2);
        Assert.Equal(4, first.Location.Box!.Count);
        Assert.True(first.Location.Box[0] < first.Location.Box[2] && first.Location.Box[1] < first.Location.Box[3]);
        Assert.True(decree.Measures[^1].Location.Page > 10);
        Assert.All(decree.Measures, m => Assert.NotNull(m.Location.Box));
    }

    [Fact]
    public void Page_numbers_and_running_headers_are_not_text()
    {
        // Three pages of a decree printed with a running header and page numbers.
        PageContent Page(int number, string body) => new(number, 595, 842,
        [
            Word("Қазақстан Республикасы Үкіметінің қаулысы", 60, 800),
            .. Line(body, 60, 500),
            Word($"- {number} -", 290, 30),
        ], []);
        var blocks = PdfLayout.Assemble(
        [
            Page(1, "1. Қоса беріліп отырған жол картасы бекітілсін."),
            Page(2, "2. Осы қаулының орындалуын бақылау жүктелсін."),
            Page(3, "3. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі."),
        ]);
        Assert.Equal(
            ["1. Қоса беріліп отырған жол картасы бекітілсін.", "2. Осы қаулының орындалуын бақылау жүктелсін.", "3. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі."],
            blocks.OfType<ParagraphBlock>().Select(p => p.Text));
    }

    [Theory]
    [InlineData("ОҢТА", "ЙЛАНДЫРУ", true)]     // the joined word occurs in the decree
    [InlineData("ІСТЕУ", "ДІҢ", true)]         // a tail of endings only ends the word
    [InlineData("ЖӘНЕ", "ДАЯРЛ", false)]       // "және" is a word the decree uses on its own
    [InlineData("КАДРЛ", "АРДЫ", null)]        // the decree cannot tell: geometry decides
    public void The_document_tells_a_broken_word_from_two(string head, string tail, bool? oneWord)
    {
        var lexicon = new DocumentLexicon(["оңтайландыру", "ІСТЕУ", "ДІҢ", "және", "ЖӘНЕ", "ДАЯРЛ", "КАДРЛ", "АРДЫ"]);
        Assert.Equal(oneWord, lexicon.AreOneWord(head, tail));
    }

    [Theory]
    [InlineData("дің", true)]
    [InlineData("ларының", true)]
    [InlineData("ДАҒЫ", true)]
    [InlineData("даярлау", false)]
    [InlineData("ЙЛАНДЫРУ", false)]
    public void Ending_chains(string text, bool chain) => Assert.Equal(chain, Model.Text.KazakhSuffixes.IsEndingChain(text));

    [Fact]
    public void A_truncated_pdf_is_refused()
    {
        var pdf = Fixture("P1800000897.pdf");
        var error = Assert.Throws<DecreeInputException>(() => DocumentReader.Read(pdf[..(pdf.Length / 3)], "cut.pdf"));
        Assert.StartsWith("cut.pdf: damaged or truncated PDF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_pdf_is_refused_with_what_to_do()
    {
        var error = Assert.Throws<DecreeInputException>(() => DocumentReader.Read(Fixture("P1800000897.encrypted.pdf"), "locked.pdf"));
        Assert.Equal("locked.pdf: encrypted PDF: open it with its password and save an unprotected copy", error.Message);
    }

    [Fact]
    public void An_image_named_pdf_is_refused()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var error = Assert.Throws<DecreeInputException>(() => DocumentReader.Read(png, "scan.pdf"));
        Assert.Equal("scan.pdf: an image (PNG), not a document: put scans into a PDF", error.Message);
    }

    /// <summary>A line's words, each where a text layer puts it: letters 5 points wide, a space between words.</summary>
    private static IEnumerable<PositionedWord> Line(string text, double left, double bottom)
    {
        foreach (var word in text.Split(' '))
        {
            yield return Word(word, left, bottom);
            left += (word.Length + 1) * 5;
        }
    }

    private static PositionedWord Word(string text, double left, double bottom) =>
        new(text, new Box(left, bottom, left + text.Length * 5, bottom + 8), false, 5);
}
