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
        // A row that cells merged from above reach into continues an item.
        if (row.Cells.Any(cell => cell.Covered && cell.Text.Length > 0)) return false;
        var filled = row.Cells.Select((cell, column) => (cell, column)).Where(c => !c.cell.Covered && c.cell.Text.Length > 0).ToList();
        if (filled.Count == 1 && GroupHeading.TryParse(filled[0].cell.Text, out heading)) return true;
        if (filled.Count == 2 && filled[0].column == columns.Number && GroupHeading.TryParse(filled[0].cell.Text, out var label) && label.Title.Length == 0)
        {
            heading = label with { Title = filled[1].cell.Text };
            return true;
        }
        if (filled.Count == 1 && IsUnnumbered(filled[0].cell, filled[0].column, columns))
        {
            heading = new GroupHeading(SectionKinds.Group, null, filled[0].cell.Text);
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
