using System.Text.RegularExpressions;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Plans;

/// <summary>
/// A row of a plan that names a group rather than an item: its only text a group heading ("II. …",
/// "1-бағыт. …", "Задача 1.1 …"), or a label in the number cell with the title beside it
/// ("1-бағыт" | "Экономиканы әртараптандыру"), or one cell across the table with no number (a bold
/// row naming a group) — in a text dump, which keeps no spans, a row whose only text stands in the
/// number cell and is words, not a number or a totals label.
/// </summary>
public static partial class GroupRow
{
    public static bool TryRead(TableRow row, PlanColumns columns, out GroupHeading heading)
    {
        heading = null!;
        // A group's row has one or two cells of text; an item's, more. Counted in one loop that stops
        // at the third: every row of a plan is asked this.
        var (first, second, filled) = (-1, -1, 0);
        for (var column = 0; column < row.Cells.Count; column++)
        {
            var cell = row.Cells[column];
            if (cell.Text.Length == 0) continue;
            // A row that cells merged from above reach into continues an item.
            if (cell.Covered || ++filled > 2) return false;
            (first, second) = filled == 1 ? (column, -1) : (first, column);
        }
        if (filled == 1 && GroupHeading.TryParse(row.Cells[first].Text, out heading)) return true;
        if (filled == 2 && first == columns.Number && GroupHeading.TryParse(row.Cells[first].Text, out var label) && label.Title.Length == 0)
        {
            heading = label with { Title = row.Cells[second].Text };
            return true;
        }
        if (filled == 1 && IsUnnumbered(row.Cells[first], first, columns))
        {
            heading = new GroupHeading(SectionKinds.Group, null, row.Cells[first].Text);
            return true;
        }
        return false;
    }

    private static bool IsUnnumbered(TableCell cell, int column, PlanColumns columns)
    {
        if (MeasureNumber.TryParse(cell.Text, out _) || TotalsLabel.IsTotals(cell.Text) || !Words().IsMatch(cell.Text)) return false;
        return cell.ColumnSpan >= Math.Max(2, columns.Width - 1) || column == columns.Number;
    }

    // Two words of letters at least: a stray mark or a misread number is not a group's name.
    [GeneratedRegex(@"\p{L}{2,}\W+\p{L}{2,}")]
    private static partial Regex Words();
}
