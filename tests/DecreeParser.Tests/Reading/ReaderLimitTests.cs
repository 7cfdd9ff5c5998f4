using System.IO.Compression;
using System.Text;
using AngleSharp.Html.Parser;
using DecreeParser.Ingest.Reading;
using DecreeParser.Model.Blocks;
using DecreeParser.Tests.Formats;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Reading;

/// <summary>Files built to make a reader spend without bound: each is read within its limit, or refused naming it.</summary>
public class ReaderLimitTests
{
    private const string ActLine = "<p>Қазақстан Республикасы Үкіметінің 2018 жылғы 27 желтоқсандағы № 897 қаулысы.</p>";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void A_page_nested_200000_deep_is_flattened_as_a_browser_flattens_it_and_its_text_read()
    {
        const int depth = 200_000;
        var html = $"<html><body><article>{ActLine}{string.Concat(Enumerable.Repeat("<div>", depth))}<p>ішінде</p>{string.Concat(Enumerable.Repeat("</div>", depth))}</article></body></html>";
        var (flat, flattened) = HtmlDepthGuard.Apply(html.AsMemory());
        Assert.True(flattened >= 2 * (depth - ReaderLimits.HtmlDepth), $"{flattened} tags left out");
        var deepest = new HtmlParser().ParseDocument(flat).All.Max(element => Depth(element));
        Assert.InRange(deepest, ReaderLimits.HtmlDepth, ReaderLimits.HtmlDepth + 5);
        var blocks = DocumentReader.Read(Utf8(html), "deep.html").Blocks;
        Assert.Contains(blocks, block => block is ParagraphBlock { Text: "ішінде" });
    }

    private static int Depth(AngleSharp.Dom.IElement element)
    {
        var depth = 0;
        for (var e = element; e is not null; e = e.ParentElement) depth++;
        return depth;
    }

    [Theory]
    [InlineData("P1800000897.html")]
    public void A_real_page_is_left_as_it_is(string file)
    {
        var html = File.ReadAllText(FixtureFiles.PathOf(file));
        var (same, flattened) = HtmlDepthGuard.Apply(html.AsMemory());
        // The page itself comes back: nothing was copied.
        Assert.Equal((html.AsMemory(), 0), (same, flattened));
        foreach (var page in SearchCorpus.AdiletPages) Assert.Equal(0, HtmlDepthGuard.Apply(File.ReadAllText(Repository.File(page)).AsMemory()).Flattened);
    }

    [Fact]
    public void A_colspan_of_a_million_lays_no_more_than_a_thousand_cells()
    {
        var html = $"<html><body><article>{ActLine}<table><tr><td colspan=\"999999\">бір</td></tr><tr><td>екі</td></tr></table></article></body></html>";
        var table = Assert.Single(DocumentReader.Read(Utf8(html), "span.html").Blocks.OfType<TableBlock>());
        Assert.InRange(table.Rows[0].Cells.Count, 1, ReaderLimits.Span);
    }

    [Fact]
    public void A_table_past_the_cell_limit_is_refused_by_name()
    {
        var rows = string.Concat(Enumerable.Repeat("<tr><td colspan=\"1000\">x</td></tr>", ReaderLimits.TableCells / ReaderLimits.Span + 1));
        var html = $"<html><body><article>{ActLine}<table>{rows}</table></article></body></html>";
        var error = Assert.Throws<DecreeInputException>(() => DocumentReader.Read(Utf8(html), "huge.html"));
        Assert.Equal($"huge.html: a table of more than {ReaderLimits.TableCells} cells", error.Message);
    }

    [Fact]
    public void A_docx_gridspan_of_a_million_is_clamped_and_xml_nested_too_deep_is_refused()
    {
        var docx = Docx("<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"999999\"/></w:tcPr><w:p><w:r><w:t>бір</w:t></w:r></w:p></w:tc></w:tr></w:tbl>");
        var table = Assert.Single(DocumentReader.Read(docx, "span.docx").Blocks.OfType<TableBlock>());
        Assert.Equal(ReaderLimits.Span, table.Rows[0].Cells.Count);

        var nested = Docx(string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 600)) + "<w:p/>" + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 600)));
        var error = Assert.Throws<DecreeInputException>(() => DocumentReader.Read(nested, "nested.docx"));
        Assert.Contains($"(the limit is {ReaderLimits.XmlDepth})", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A minimal Word file whose body holds <paramref name="body"/>.</summary>
    private static byte[] Docx(string body)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
            Entry("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Entry("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Entry("word/document.xml", $"<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Қазақстан Республикасы Үкіметінің 2018 жылғы 27 желтоқсандағы № 897 қаулысы.</w:t></w:r></w:p>{body}</w:body></w:document>");
        }
        return stream.ToArray();
    }

    [Fact]
    public void A_pdf_nested_past_the_limit_is_refused_before_it_is_parsed()
    {
        var pdf = Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj\n{new string('[', 1_000_000)}\nendobj\n%%EOF\n");
        var error = Assert.Throws<DecreeInputException>(() => DocumentReader.Read(pdf, "deep.pdf"));
        Assert.Equal($"deep.pdf: PDF objects nested 1000000 deep (the limit is {ReaderLimits.PdfNesting}); not read", error.Message);
        // Brackets in a stream, a string or a comment are not nesting.
        Assert.Equal(1, Ingest.Reading.Pdf.PdfNesting.Deepest(Encoding.ASCII.GetBytes("[ (a [[[ string) % [[[ comment\n ] stream\n[[[[[[\nendstream")));
    }

    [Fact]
    public void A_pdf_with_more_pages_than_the_limit_is_refused()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        for (var i = 0; i <= ReaderLimits.PdfPages; i++) builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var error = Assert.Throws<DecreeInputException>(() => DocumentReader.Read(builder.Build(), "long.pdf"));
        Assert.Equal($"long.pdf: PDF of {ReaderLimits.PdfPages + 1} pages (the limit is {ReaderLimits.PdfPages}); split it", error.Message);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_unread()
    {
        using var temp = new TempDirectory();
        var path = temp.File("huge.txt");
        using (var file = File.Create(path)) file.SetLength(ReaderLimits.InputBytes + 1);
        var error = Assert.Throws<DecreeInputException>(() => FileBytes.Read(path, "huge.txt"));
        Assert.Equal("huge.txt: 256 MB, larger than the 256 MB a decree file may be", error.Message);
    }
}
