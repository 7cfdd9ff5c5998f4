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
        Assert.Contains(headings, h => h.Level == 4 && h.Text.StartsWith("IV. ТӘН ЕМЕС", StringComparison.Ordinal));
        Assert.Contains(headings, h => h.Level == 2 && h.Text.StartsWith("ІІ. ҚЫЗМЕТКЕРЛЕРГЕ", StringComparison.Ordinal));
    }

    [Fact]
    public void Tab_separated_lines_become_one_table_across_blank_lines_until_a_heading()
    {
        var first = SeedBlocks.OfType<TableBlock>().First();
        // Header, column numbers, section I row, then measures 1 to 4.5 with blank lines among them.
        Assert.Equal("Р/с №", first.Rows[0].Cells[0].Text);
        Assert.Equal("4.5.", first.Rows[^1].Cells[0].Text);
        Assert.Contains(first.Rows, row => row.Cells[0].Text == "4.2.");
        Assert.All(first.Rows, row => Assert.Equal(6, row.Cells.Count));
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
