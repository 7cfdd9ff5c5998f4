using DecreeParser.Ingest.Pipeline;
using DecreeParser.Model.Decrees;
using DecreeParser.Model.Text;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Formats;

/// <summary>
/// The bundled adilet pages and their PDFs as a browser prints them (corpus/adilet-pdf/make-pdf.sh:
/// running header and footer with the page "N/M" on every page): the same act from either gives the
/// same title, points, notes and signatory, and running text alike to at least 0.97.
/// </summary>
public class TextPdfTests
{
    public static TheoryData<string> Acts => new() { "kk/V1600014606", "ru/V1600014606", "ru/V1600014592" };

    private static (Decree Html, Decree Pdf) Both(string act) => (
        DecreePipeline.Convert(Path.Combine(Repository.Root, "corpus", "adilet", act + ".html"), act + ".html"),
        DecreePipeline.Convert(Path.Combine(Repository.Root, "corpus", "adilet-pdf", act + ".pdf"), act + ".pdf"));

    [Theory]
    [MemberData(nameof(Acts))]
    public void The_pdf_gives_the_structure_the_html_gives(string act)
    {
        var (html, pdf) = Both(act);
        Assert.Equal((html.Title, html.Number, html.Date, html.Kind), (pdf.Title, pdf.Number, pdf.Date, pdf.Kind));
        Assert.Equal(html.Paragraphs.Select(p => (p.Number, p.Items.Count)), pdf.Paragraphs.Select(p => (p.Number, p.Items.Count)));
        Assert.Equal(html.Notes.Count, pdf.Notes.Count);
        Assert.Equal(html.Signatory, pdf.Signatory);
    }

    [Theory]
    [MemberData(nameof(Acts))]
    public void The_pdf_gives_the_running_text_the_html_gives(string act)
    {
        var (html, pdf) = Both(act);
        static string Text(Decree decree) => string.Join(' ', decree.Body.Select(b => b.Text));
        var similarity = TextSimilarity.Ratio(Text(html), Text(pdf));
        Assert.True(similarity >= 0.97, $"{act}: body text similarity {similarity:F3}");
        Assert.All(html.Notes.Zip(pdf.Notes), pair => Assert.True(TextSimilarity.Ratio(pair.First.Text, pair.Second.Text) >= 0.97, pair.Second.Text));
    }
}
