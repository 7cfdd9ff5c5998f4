using DecreeParser.Ingest.Pipeline;
using DecreeParser.Model.Decrees;
using DecreeParser.Model.Text;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Formats;

/// <summary>
/// The bundled adilet pages and their PDFs, as a browser prints them (corpus/adilet-pdf/make-pdf.sh:
/// running header and footer with the page "N/M" on every page) and as an office typesets them
/// (make-typeset.sh: A5, words hyphenated at line ends, paragraphs told by their indent alone and
/// running over page breaks): the same act from either gives the same title, status, points, notes
/// and signatory, each paragraph of the page as one paragraph, and running text alike to at least
/// 0.97 (today 0.997–1.000).
/// </summary>
public class TextPdfTests
{
    public static TheoryData<string, string> Acts => new()
    {
        { "", "kk/V1600014606" }, { "", "ru/V1600014606" }, { "", "ru/V1600014592" },
        { "typeset", "kk/V1600014606" }, { "typeset", "ru/V1600014606" }, { "typeset", "ru/V1600014592" },
    };

    private static (Decree Html, Decree Pdf) Both(string print, string act) => (
        DecreePipeline.Convert(Path.Combine(Repository.Root, "corpus", "adilet", act + ".html"), act + ".html"),
        DecreePipeline.Convert(Path.Combine(Repository.Root, "corpus", "adilet-pdf", print, act + ".pdf"), act + ".pdf"));

    [Theory]
    [MemberData(nameof(Acts))]
    public void The_pdf_gives_the_structure_the_html_gives(string print, string act)
    {
        var (html, pdf) = Both(print, act);
        Assert.Equal((html.Title, html.Number, html.Date, html.Kind, html.Status), (pdf.Title, pdf.Number, pdf.Date, pdf.Kind, pdf.Status));
        Assert.Equal(html.Paragraphs.Select(p => (p.Number, p.Items.Count)), pdf.Paragraphs.Select(p => (p.Number, p.Items.Count)));
        Assert.Equal(html.Notes.Count, pdf.Notes.Count);
        Assert.Equal(html.Signatory, pdf.Signatory);
    }

    [Theory]
    [MemberData(nameof(Acts))]
    public void Each_paragraph_of_the_html_is_one_paragraph_of_the_pdf_and_the_text_alike(string print, string act)
    {
        var (html, pdf) = Both(print, act);
        var pdfTexts = pdf.Body.Select(b => b.Text).ToList();
        var matched = new List<string>();
        foreach (var paragraph in html.Body.Select(b => b.Text))
        {
            // In order; a paragraph split in two, or run into the next, matches none.
            var index = pdfTexts.FindIndex(matched.Count == 0 ? 0 : pdfTexts.IndexOf(matched[^1]) + 1, text => TextSimilarity.Ratio(paragraph, text) >= 0.95);
            Assert.True(index >= 0, $"{print} {act}: no paragraph of the PDF is \"{paragraph}\"");
            matched.Add(pdfTexts[index]);
        }
        var similarity = TextSimilarity.Ratio(string.Join(' ', html.Body.Select(b => b.Text)), string.Join(' ', matched));
        Assert.True(similarity >= 0.97, $"{print} {act}: body text similarity {similarity:F3}");
        Assert.All(html.Notes.Zip(pdf.Notes), pair => Assert.True(TextSimilarity.Ratio(pair.First.Text, pair.Second.Text) >= 0.97, pair.Second.Text));
    }

    /// <summary>
    /// A word the typesetter hyphenated at a line's end comes out whole wherever the act shows it
    /// whole elsewhere (or broken at another place); where not, the PDF cannot tell a broken word
    /// from a compound and keeps the hyphen (<see cref="Ingest.Reading.DocumentLexicon.JoinsWithoutHyphen"/>).
    /// The typeset acts end 18–85 lines in a broken word (6.6–7.7 % of their words); left hyphenated
    /// today: 3–26 (1.1–2.3 %), words the act uses once or always broken at the same place.
    /// </summary>
    [Theory]
    [MemberData(nameof(Acts))]
    public void Words_hyphenated_at_line_ends_are_whole_where_the_act_shows_them_whole(string print, string act)
    {
        var (html, pdf) = Both(print, act);
        static List<string> Words(Decree decree) =>
            decree.Body.SelectMany(b => b.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => w.Trim('"', ',', '.', ':', ';', '(', ')')).ToList();
        var (htmlWords, pdfWords) = (Words(html).ToHashSet(), Words(pdf));
        var hyphenated = pdfWords.Where(word => word.Contains('-') && !htmlWords.Contains(word)).ToList();
        Assert.DoesNotContain(hyphenated, word => pdfWords.Contains(word.Replace("-", "")));
        Assert.True(hyphenated.Count <= 0.03 * pdfWords.Count, $"{print} {act}: {hyphenated.Count} of {pdfWords.Count} words hyphenated: {string.Join(' ', hyphenated)}");
    }
}
