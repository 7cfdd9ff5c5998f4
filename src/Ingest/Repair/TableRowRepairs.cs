using System.Text.RegularExpressions;
using DecreeParser.Model.Blocks;

namespace DecreeParser.Ingest.Repair;

/// <summary>
/// Drops rows that carry no content: separator rows left by a markdown export ("--" in every cell)
/// or rows of empty cells, and the row that only numbers the columns ("1 2 3 4 5 6"), marking the
/// row above it as the header.
/// </summary>
public static partial class TableRowRepairs
{
    private const int MinNumberedColumns = 3;

    public static TableBlock Apply(TableBlock table, RepairLog log)
    {
        var kept = new List<TableRow>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            if (IsSeparator(row))
            {
                log.Record(RepairKinds.SeparatorRow, RowText(row), "", row.Location);
            }
            else if (IsColumnNumbers(row))
            {
                // The row that numbers the columns follows the header: that row is one. Not where a
                // scan's later page repeats the numbers alone: the row above is the last of the page before.
                if (kept.Count > 0 && kept[^1].Location.Page == row.Location.Page) kept[^1] = kept[^1] with { IsHeader = true };
                log.Record(RepairKinds.ColumnNumberRow, RowText(row), "", row.Location);
            }
            else
            {
                kept.Add(row);
            }
        }
        return table with { Rows = kept };
    }

    /// <summary>The row as one line, cells between " | ", for the repair log.</summary>
    public static string RowText(TableRow row) => string.Join(" | ", row.Cells.Select(cell => cell.Text));

    private static bool IsSeparator(TableRow row) => row.Cells.All(cell => SeparatorCell().IsMatch(cell.Text));

    /// <summary>
    /// Cells reading 1, 2, 3… in order, at least three of them, and nothing else. A scan may add a
    /// speck of a dot (".2", "4.") and misread or lose one of them ("|2" for 1, a ruling line taken
    /// for a stroke), so one cell of short digits out of place is borne where there are more than three.
    /// </summary>
    private static bool IsColumnNumbers(TableRow row)
    {
        // OCR misreads a digit as one letter: a cell longer than two is no column number, and is not
        // read letter by letter. Nearly every row has such a cell, found before any copy is made.
        foreach (var cell in row.Cells)
        {
            if (Trimmed(cell.Text).Length > 2) return false;
        }
        var trimmed = row.Cells.Where(cell => cell.Text.Length > 0).Select(cell => Trimmed(cell.Text).ToString()).ToList();
        if (trimmed.Count < MinNumberedColumns) return false;
        var filled = trimmed.Select(OcrDigits).ToList();
        if (!filled.All(ShortDigits().IsMatch)) return false;
        var outOfPlace = filled.Where((text, i) => text != (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Count();
        return outOfPlace == 0 || (outOfPlace == 1 && filled.Count > MinNumberedColumns);
    }

    /// <summary>A cell's text without the spaces and the specks of a dot or comma around it.</summary>
    private static ReadOnlySpan<char> Trimmed(string text) => text.AsSpan().Trim().Trim(".,");

    /// <summary>A number as OCR may read its digits: "З" for 3, "б" for 6, "О" for 0, "І" or "l" for 1.</summary>
    private static string OcrDigits(string text) => new(text.Select(c => c switch
    {
        'З' or 'з' => '3',
        'б' => '6',
        'О' or 'о' or 'O' or 'o' => '0',
        'І' or 'l' or 'I' or '|' => '1',
        _ => c,
    }).ToArray());

    [GeneratedRegex(@"^[0-9]{1,2}$")]
    private static partial Regex ShortDigits();

    [GeneratedRegex(@"^[-–—=:|_\s]*$")]
    private static partial Regex SeparatorCell();
}
