using DecreeParser.Ingest.Pipeline;
using DecreeParser.Ingest.Reading;
using DecreeParser.Ingest.Reading.Pdf.Ocr;
using DecreeParser.Ingest.Structure;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DecreeParser.Tests.Structure;

/// <summary>
/// A glossary entry printed over several lines, each its own paragraph as a PDF's lines become when
/// nothing joins them: the entry is read whole and the entries after it are not lost.
/// </summary>
public class WrappedGlossaryTests
{
    private const string Entry = "Ұлттық бюро – Қазақстан Республикасының Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің Сыбайлас жемқорлыққа қарсы іс-қимыл ұлттық бюросы (Сыбайлас жемқорлыққа қарсы қызмет)";

    // Broken where a narrow page breaks it: inside "іс-қимыл", then before a word in capitals.
    private static readonly string[] Lines =
    [
        "Ұлттық бюро – Қазақстан Республикасының Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы іс-",
        "қимыл агенттігінің",
        "Сыбайлас жемқорлыққа қарсы іс-қимыл ұлттық бюросы (Сыбайлас жемқорлыққа қарсы қызмет)",
    ];

    [Fact]
    public void In_a_text_dump_the_entry_is_whole_and_every_entry_after_it_is_read()
    {
        var decree = Convert("seed.txt", Seed.With(Entry, string.Join("\n\n", Lines)));

        Assert.Equal(Seed.Decree.Glossary, decree.Glossary);
        Assert.Equal(Responsible(Seed.Decree), Responsible(decree));
    }

    [Fact]
    public void In_html_paragraphs_the_entry_is_whole_and_every_entry_after_it_is_read()
    {
        var html = File.ReadAllText(Repository.File("corpus/formats/P1800000897.html"));
        Assert.Contains(Entry, html, StringComparison.Ordinal);
        var decree = Convert("seed.html", html.Replace(Entry, string.Join("\n</p>\n<p>\n", Lines), StringComparison.Ordinal));

        Assert.Equal(Seed.Decree.Glossary, decree.Glossary);
        Assert.Equal(Responsible(Seed.Decree), Responsible(decree));
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("pdf")]
    public void In_docx_paragraphs_and_their_pdf_the_entry_is_whole_and_every_entry_after_it_is_read(string format)
    {
        using var temp = new TempDirectory();
        var docx = temp.File("seed.docx");
        File.Copy(Repository.File("corpus/formats/P1800000897.docx"), docx);
        using (var document = WordprocessingDocument.Open(docx, isEditable: true))
        {
            // The entry's paragraph as three, one a line, each keeping the paragraph's and the run's formatting.
            var paragraph = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Single(p => p.InnerText.Trim() == Entry);
            foreach (var line in Lines.Reverse())
            {
                var copy = (Paragraph)paragraph.CloneNode(deep: true);
                foreach (var run in copy.Elements<Run>().Skip(1).ToList()) run.Remove();
                copy.Elements<Run>().Single().RemoveAllChildren<DocumentFormat.OpenXml.Wordprocessing.Text>();
                copy.Elements<Run>().Single().AppendChild(new DocumentFormat.OpenXml.Wordprocessing.Text(line));
                paragraph.InsertAfterSelf(copy);
            }
            paragraph.Remove();
        }
        var input = docx;
        if (format == "pdf")
        {
            ExternalTool.Run("soffice", ["--headless", "--norestore", $"-env:UserInstallation={new Uri(temp.File("profile")).AbsoluteUri}", "--convert-to", "pdf", "--outdir", temp.File("pdf"), docx], "apt-get install libreoffice-writer-nogui", TimeSpan.FromMinutes(2), CancellationToken.None);
            input = temp.File("pdf/seed.pdf");
        }

        var decree = DecreePipeline.Convert(input, $"seed.{format}");

        Assert.Equal(Seed.Decree.Glossary, decree.Glossary);
        Assert.Equal(Responsible(Seed.Decree), Responsible(decree));
    }

    [Fact]
    public void A_word_broken_at_a_hyphen_is_joined_as_the_document_writes_it()
    {
        var text = string.Join("\n\n",
            "Агенттігінің қызметі туралы іс-қимыл жоспары.",
            "Ескертпе: аббревиатуралардың толық жазылуы:",
            "СҚА – Сыбайлас жемқорлыққа қарсы іс-",
            "қимыл агентті-",
            "гінің бюросы",
            "ҰЭМ – Ұлттық экономика министрлігі");

        var entries = GlossaryParser.Parse(PlainTextReader.Read(text)).Select(e => e.Entry);

        Assert.Equal([new GlossaryEntry("СҚА", "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің бюросы"), new GlossaryEntry("ҰЭМ", "Ұлттық экономика министрлігі")], entries);
    }

    [Fact]
    public void The_list_still_ends_at_the_first_paragraph_that_neither_is_an_entry_nor_goes_on_with_one()
    {
        var text = string.Join("\n\n",
            "Ескертпе: аббревиатуралардың толық жазылуы:",
            "ДСМ – Денсаулық сақтау министрлігі",
            "Қазақстан Республикасының Премьер-Министрі",
            "А. Мамин");

        var entries = GlossaryParser.Parse(PlainTextReader.Read(text)).Select(e => e.Entry);

        Assert.Equal([new GlossaryEntry("ДСМ", "Денсаулық сақтау министрлігі")], entries);
    }

    private static Decree Convert(string name, string content)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File(name), content);
        return DecreePipeline.Convert(temp.File(name), name);
    }

    private static List<string> Responsible(Decree decree) =>
        [.. decree.Measures.Select(m => $"{m.Number}: {string.Join(", ", m.Responsible.Select(p => p.Code ?? p.Text))}")];
}
