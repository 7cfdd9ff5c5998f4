using DecreeParser.Ingest.Reading;
using DecreeParser.Ingest.Reading.Pdf;

namespace DecreeParser.Tests.Reading;

/// <summary>Tables rebuilt from ruling lines: cells merged across where a vertical border is not drawn, down where a horizontal one is not.</summary>
public class RuledTableTests
{
    private static PositionedWord Word(string text, double x, double y) => new(text, new Box(x, y, x + 20, y + 8), Bold: false, FirstLetterWidth: 5);

    [Fact]
    public void A_cell_whose_lower_border_is_not_drawn_spans_the_rows_below()
    {
        // Three columns (x 0, 100, 200, 300), three rows (y 300, 200, 100, 0). The first column's
        // border between rows 2 and 3 is not drawn: its cell spans them, as a measure's number and
        // title span its rows per financing source.
        Segment[] rules =
        [
            new(0, 0, 0, 300), new(100, 0, 100, 300), new(200, 0, 200, 300), new(300, 0, 300, 300),
            new(0, 300, 300, 300), new(0, 200, 300, 200), new(100, 100, 300, 100), new(0, 0, 300, 0),
        ];
        var table = Assert.Single(RuledTable.Find(rules));
        PositionedWord[] words = [Word("1.", 10, 250), Word("A", 110, 250), Word("B", 210, 250), Word("5.", 10, 120), Word("РБ", 110, 150), Word("100", 210, 150), Word("ЖБ", 110, 50), Word("50", 210, 50)];
        var rows = table.Fill(words, DocumentLexicon.Empty);
        Assert.Equal(3, rows.Count);
        Assert.Equal(("5.", 2), (rows[1].Cells[0].Text, rows[1].Cells[0].RowSpan));
        Assert.Equal(("5.", true), (rows[2].Cells[0].Text, rows[2].Cells[0].Covered));
        Assert.Equal(["ЖБ", "50"], rows[2].Cells.Skip(1).Select(c => c.Text));
        Assert.Equal(8, table.CellBoxes().Count());
    }
}
