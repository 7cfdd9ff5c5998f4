using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Every table of the document as data: merged cells once, with their spans; header rows marked,
/// those the source marks and those a plan's reading found (<paramref name="headerRows"/>).
/// </summary>
public static class TableExport
{
    public static IReadOnlyList<DecreeTable> From(IEnumerable<Block> blocks, IReadOnlySet<TableRow> headerRows) =>
        blocks.OfType<TableBlock>().Select(table => new DecreeTable(
            table.Rows.Select(row => new DecreeTableRow(
                row.IsHeader || headerRows.Contains(row),
                row.Cells.Where(cell => !cell.Covered).Select(cell => new DecreeTableCell(cell.Text, cell.RowSpan, cell.ColumnSpan)).ToList(),
                row.Location)).ToList(),
            table.Location)).ToList();
}
