using DecreeParser.Ingest.Repair;
using DecreeParser.Model;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Plans;

/// <summary>
/// Sorts the rows of one plan, as they come, into groups and items: a group row opens a group; a
/// row with a number starts an item (a number OCR misread is read by the numbering it stands in);
/// a row labelled "Барлығы" / "Итого" starts a totals row; a row whose number cell is empty or
/// merged down from the row above continues the item before it; the header, where a page repeats
/// it, is passed over. Anything else is warned and left out.
/// </summary>
public sealed class PlanRows(PlanColumns columns, GroupTree groups, RepairLog repairs, WarningLog warnings, ISet<TableRow> headerRows)
{
    public PlanColumns Columns { get; } = columns;

    public List<ItemRows> Items { get; } = [];

    public void Accept(TableRow row)
    {
        if (row.Cells.All(cell => cell.Text.Length == 0)) return;
        var numberCell = row.CellText(Columns.Number);
        if (Columns.Header.Repeats(row))
        {
            // Not an item: a header repeated where a page broke the table. The table's data keeps it, marked header.
            headerRows.Add(row);
        }
        else if (GroupRow.TryRead(row, Columns, out var heading))
        {
            AddGroup(heading, row.Location);
        }
        else if (row.Cells.ElementAtOrDefault(Columns.Number) is { Covered: true } && Items.Count > 0)
        {
            // The number cell is merged down over this row: the row is more of the same item.
            Items[^1].Parts.Add(row);
        }
        else if (PreviousNumber is { } previous && MeasureNumber.Misread(numberCell, previous) is { } mended)
        {
            repairs.Record(RepairKinds.OcrMeasureNumber, numberCell, mended, row.Location.InColumn(Columns.Number + 1));
            Items.Add(new ItemRows(row, mended, groups.Current?.Order));
        }
        else if (MeasureNumber.TryParse(numberCell, out var number))
        {
            Items.Add(new ItemRows(row, number, groups.Current?.Order));
        }
        else if (new[] { numberCell, row.CellText(Columns.Title) }.FirstOrDefault(TotalsLabel.IsTotals) is { } label)
        {
            Items.Add(new ItemRows(row, number: null, groups.Current?.Order, label));
        }
        else if (numberCell.Length == 0 && Items.Count > 0)
        {
            Items[^1].Parts.Add(row);
        }
        else
        {
            warnings.Add(WarningCodes.UnrecognisedRow, $"row left out: neither an item, a group nor a totals row: \"{TableRowRepairs.RowText(row)}\"", row.Location);
        }
    }

    /// <summary>A group named between tables or rows of the plan.</summary>
    public void AddGroup(GroupHeading heading, SourceLocation location) => groups.Add(heading, location);

    private string? PreviousNumber => Items.LastOrDefault(rows => !rows.IsTotals)?.Number;
}
