using DecreeParser.Ingest.Reading;
using DecreeParser.Ingest.Reading.Docx;
using DecreeParser.Ingest.Structure;
using DecreeParser.Model;
using DecreeParser.Model.Blocks;
using DecreeParser.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;
using static DecreeParser.Tests.Support.DocxBuilder;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace DecreeParser.Tests.Reading;

/// <summary>The DOCX reader on small documents made of the seed's text, one Word feature each.</summary>
public class DocxReaderTests
{
    private static IReadOnlyList<Block> Read(byte[] docx) => DocxReader.Read(docx, "test.docx");

    private static List<string> Texts(IReadOnlyList<Block> blocks) => blocks.Select(block => block switch
    {
        ParagraphBlock p => p.Text,
        HeadingBlock h => h.Text,
        NoteBlock n => n.Text,
        _ => "",
    }).ToList();

    [Fact]
    public void List_numbers_Word_draws_are_put_back_into_the_text()
    {
        var docx = Build((main, body) =>
        {
            AddDecimalList(main);
            body.Append(Paragraph("Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:"));
            body.Append(Numbered("Қоса беріліп отырған жол картасы бекітілсін.", 0));
            body.Append(Numbered("Жол картасын орындауға жауапты орталық мемлекеттік органдар:", 0));
            body.Append(Numbered("Жол картасы іс-шараларының тиісінше және уақтылы орындалуын қамтамасыз етсін;", 1));
            body.Append(Numbered("ақпарат берсін.", 1));
            body.Append(Numbered("Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.", 0));
        });
        var blocks = Read(docx);
        Assert.Equal(["1. Қоса", "2. Жол", "1) Жол", "2) ақпарат", "3. Осы"], Texts(blocks).Skip(1).Select(t => string.Join(' ', t.Split(' ').Take(2))));
        var points = OperativeParagraphParser.Parse(blocks);
        Assert.Equal(["1", "2", "3"], points.Select(p => p.Number));
        Assert.Equal(2, points[1].Items.Count);
    }

    [Fact]
    public void Vertically_merged_cells_and_repeated_header_rows()
    {
        var docx = Build((_, body) => body.Append(new WordTable(
            new WordTableRow(new TableRowProperties(new TableHeader()), Cell("Р/с №"), Cell("Іс-шараның атауы"), Cell("Орындау мерзімі")),
            new WordTableRow(Cell("1.1.", new VerticalMerge { Val = MergedCellValues.Restart }), Cell("Жұмыс тобын құру"), Cell("2019 жылғы I тоқсан", new VerticalMerge { Val = MergedCellValues.Restart })),
            new WordTableRow(Cell("", new VerticalMerge()), Cell("(жалғасы)"), Cell("", new VerticalMerge())),
            new WordTableRow(Cell("1.2."), Cell("Тәжірибесін зерделеу", new GridSpan { Val = 2 })))));
        var table = Assert.IsType<TableBlock>(Assert.Single(Read(docx)));
        Assert.Equal([true, false, false, false], table.Rows.Select(r => r.IsHeader));
        Assert.Equal(2, table.Rows[1].Cells[0].RowSpan);
        Assert.True(table.Rows[2].Cells[0].Covered);
        Assert.Equal("2019 жылғы I тоқсан", table.Rows[2].Cells[2].Text);
        Assert.Equal((2, true), (table.Rows[3].Cells[1].ColumnSpan, table.Rows[3].Cells[2].Covered));
        Assert.Equal(new SourceLocation { Table = 1, Row = 3 }, table.Rows[2].Location);
    }

    [Fact]
    public void A_table_nested_in_a_cell_reads_as_that_cell_s_text_in_order()
    {
        // A financing cell laid out as a small table of years and amounts, as some ministries do.
        var docx = Build((_, body) => body.Append(new WordTable(new WordTableRow(
            Cell("5."),
            new DocumentFormat.OpenXml.Wordprocessing.TableCell(
                Paragraph("РБ"),
                new WordTable(
                    new WordTableRow(Cell("2019 жыл –"), Cell("10 171 млн. теңге")),
                    new WordTableRow(Cell("2020 жыл –"), Cell("20 315 млн. теңге"))),
                Paragraph(""))))));
        var table = Assert.IsType<TableBlock>(Assert.Single(Read(docx)));
        Assert.Equal("РБ 2019 жыл – 10 171 млн. теңге 2020 жыл – 20 315 млн. теңге", table.Rows[0].Cells[1].Text);
    }

    [Fact]
    public void Tracked_changes_read_as_accepted()
    {
        var docx = Build((_, body) => body.Append(new Paragraph(
            Run("Қаржыландыру: "),
            new DeletedRun(new DocumentFormat.OpenXml.Wordprocessing.Run(new DeletedText("РБ 2019 жыл – 100 млн. теңге"))) { Author = "ҚМ", Id = "1" },
            new InsertedRun(Run("талап етілмейді")) { Author = "ҚМ", Id = "2" })));
        Assert.Equal(["Қаржыландыру: талап етілмейді"], Texts(Read(docx)));
    }

    [Fact]
    public void Text_in_content_controls_and_text_boxes_is_read()
    {
        var docx = Build((_, body) =>
        {
            body.Append(new SdtBlock(new SdtProperties(new Tag { Val = "title" }), new SdtContentBlock(Paragraph("ЖОЛ КАРТАСЫ"))));
            body.Append(new Paragraph(Run("Бекітілген"), new DocumentFormat.OpenXml.Wordprocessing.Run(new Picture(
                new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(Paragraph("Үкіметтің 2018 жылғы 27 желтоқсандағы № 897 қаулысымен"))))))));
        });
        Assert.Equal(["ЖОЛ КАРТАСЫ", "Бекітілген", "Үкіметтің 2018 жылғы 27 желтоқсандағы № 897 қаулысымен"], Texts(Read(docx)));
    }

    [Fact]
    public void Footnotes_are_notes_not_body_text()
    {
        var docx = Build((main, body) =>
        {
            main.AddNewPart<DocumentFormat.OpenXml.Packaging.FootnotesPart>().Footnotes = new Footnotes(
                new Footnote(Paragraph("")) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(Paragraph("Ескерту. Өзгеріс енгізілді - ҚР Үкіметінің 2019 жылғы қаулысымен.")) { Id = 1 });
            body.Append(new Paragraph(Run("Жол картасы бекітілсін."), new DocumentFormat.OpenXml.Wordprocessing.Run(new FootnoteReference { Id = 1 })));
        });
        var blocks = Read(docx);
        Assert.Equal("Жол картасы бекітілсін.", Assert.IsType<ParagraphBlock>(blocks[0]).Text);
        Assert.StartsWith("Ескерту. Өзгеріс енгізілді", Assert.IsType<NoteBlock>(blocks[1]).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_of_junk_is_refused()
    {
        var error = Assert.Throws<DecreeInputException>(() => DocumentReader.Read(ZipFile.Of(("notes.txt", new byte[100])), "junk.docx"));
        Assert.Equal($"junk.docx: {ZipGuard.NotADocument}", error.Message);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_unpacked()
    {
        var error = Assert.Throws<DecreeInputException>(() => DocumentReader.Read(ZipFile.Bomb(), "bomb.docx"));
        Assert.Contains("bomb.docx: zip archive that would expand to over", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_docx_is_refused()
    {
        var docx = File.ReadAllBytes(Formats.FixtureFiles.PathOf("P1800000897.docx"));
        var error = Assert.Throws<DecreeInputException>(() => DocumentReader.Read(docx[..(docx.Length / 2)], "cut.docx"));
        Assert.StartsWith("cut.docx: ", error.Message, StringComparison.Ordinal);
    }
}
