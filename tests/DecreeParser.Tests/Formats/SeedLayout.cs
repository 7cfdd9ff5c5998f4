using DecreeParser.Ingest.Reading;
using DecreeParser.Model.Blocks;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Formats;

/// <summary>
/// The seed as its source lays it out (blocks before any repair, damage and all), for the renderers
/// that put the same rows into other formats: the same physical rows, so the same JSON must come out.
/// </summary>
public static class SeedLayout
{
    // Column widths in fiftieths of a percent: №, measure, completion form, deadline, responsible, financing.
    private static readonly int[] ColumnWidths = [300, 1700, 700, 600, 900, 800];

    /// <summary>The title heading and the act line go to the page's head; the rest is its body.</summary>
    public static FixtureDocument Document
    {
        get
        {
            var blocks = PlainTextReader.Read(Seed.Text);
            var title = (HeadingBlock)blocks[0];
            var actLine = (ParagraphBlock)blocks[1];
            return new FixtureDocument(title.Text, actLine.Text, blocks.Skip(2).Select(Part).ToList());
        }
    }

    /// <summary>
    /// The seed with its signature set as one paragraph, as a Word file may have it: the position's
    /// two lines split by a line break, the name after a tab to a right tab stop.
    /// </summary>
    public static FixtureDocument SignatureInOneParagraph
    {
        get
        {
            var document = Document;
            var body = document.Body.ToList();
            var position = body.FindIndex(part => part is FixtureParagraph { Text: var text } && text.EndsWith("Премьер-Министрі", StringComparison.Ordinal));
            Assert.IsType<FixtureParagraph>(body[position + 1]);
            body[position] = new FixtureParagraph("Қазақстан Республикасының\nПремьер-Министрі\tБ. Сағынтаев");
            body.RemoveAt(position + 1);
            return document with { Body = body };
        }
    }

    private static FixturePart Part(Block block) => block switch
    {
        HeadingBlock heading => new FixtureHeading(heading.Text, heading.Level),
        ParagraphBlock paragraph => new FixtureParagraph(paragraph.Text),
        // The header and the row numbering the columns repeat at the top of every page.
        TableBlock table => new FixtureTable(
            table.Rows.Select(row => (IReadOnlyList<FixtureCell>)row.Cells.Where(cell => !cell.Covered).Select(cell => new FixtureCell(cell.Text, cell.ColumnSpan)).ToList()).ToList(),
            HeaderRows: 2,
            ColumnWidths),
        _ => throw new InvalidOperationException($"no rendering for {block.GetType().Name}"),
    };
}
