using DecreeParser.Ingest.Reading;
using DecreeParser.Model.Blocks;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Reading;

public class PlainTextReaderTests
{
    private static readonly IReadOnlyList<Block> SeedBlocks = PlainTextReader.Read(Seed.Text);

    [Fact]
    public void Markdown_headings_become_headings_with_their_level()
    {
        var headings = SeedBlocks.OfType<HeadingBlock>().ToList();
        Assert.StartsWith("Қазақстан Республикасының ішкі істер органдарын", headings[0].Text);
        Assert.Equal(2, headings[0].Level);
        // The decree's title and the roadmap's; the section headings stand between table rows (see below).
        Assert.Equal(2, headings.Count);
        Assert.EndsWith("ЖОЛ КАРТАСЫ", headings[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Tab_separated_lines_become_one_table_across_blank_lines()
    {
        var table = Assert.Single(SeedBlocks.OfType<TableBlock>());
        Assert.Equal("Р/с №", table.Rows[0].Cells[0].Text);
        Assert.Contains(table.Rows, row => row.Cells[0].Text == "4.2.");
        Assert.Equal("54.", table.Rows.Last(row => row.Cells[0].Text.Length > 0).Cells[0].Text);
        Assert.All(table.Rows, row => Assert.Equal(6, row.Cells.Count));
    }

    [Fact]
    public void A_heading_between_rows_of_a_table_is_a_full_width_row_of_it()
    {
        var table = SeedBlocks.OfType<TableBlock>().Single();
        var section = table.Rows.Single(row => row.Cells[0].Text.StartsWith("IV. ТӘН ЕМЕС", StringComparison.Ordinal));
        Assert.Equal(6, section.Cells[0].ColumnSpan);
        Assert.All(section.Cells.Skip(1), cell => Assert.True(cell.Covered));
        Assert.DoesNotContain(SeedBlocks.OfType<HeadingBlock>(), h => h.Text.StartsWith("ІІ. ҚЫЗМЕТКЕРЛЕРГЕ", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_of_a_paragraph_join_and_blank_lines_separate_paragraphs()
    {
        var paragraphs = SeedBlocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();
        Assert.Contains("Қазақстан Республикасының Премьер-Министрі", paragraphs);
        Assert.Contains("Б. Сағынтаев", paragraphs);
    }

    [Fact]
    public void Every_block_knows_its_lines()
    {
        var signature = SeedBlocks.OfType<ParagraphBlock>().Single(p => p.Text == "Қазақстан Республикасының Премьер-Министрі");
        Assert.Equal(23, signature.Location.Line);
        Assert.Equal(24, signature.Location.EndLine);
    }

    [Fact]
    public void Markup_is_left_for_the_repair_stage()
    {
        Assert.Contains(SeedBlocks.OfType<ParagraphBlock>(), p => p.Text.Contains("**ҚАУЛЫ ЕТЕДІ:**", StringComparison.Ordinal));
    }

    [Fact]
    public void Crlf_line_ends_read_the_same_as_lf()
    {
        var crlf = PlainTextReader.Read(Seed.Text.Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.Equal(SeedBlocks.Count, crlf.Count);
        Assert.Equal(
            SeedBlocks.OfType<TableBlock>().SelectMany(t => t.Rows).Select(r => string.Join('|', r.Cells.Select(c => c.Text))),
            crlf.OfType<TableBlock>().SelectMany(t => t.Rows).Select(r => string.Join('|', r.Cells.Select(c => c.Text))));
    }
}
