using DecreeParser.Model.Blocks;

namespace DecreeParser.Ingest.Structure.Plans;

/// <summary>
/// The header rows at the top of a table, one to four of them, and what they say over each column:
/// a group header spanning sub-columns ("Болжанатын шығыстар, млн теңге" over "2019 жыл | 2020 жыл")
/// stands over every one of them, so each column reads "Болжанатын шығыстар, млн теңге / 2019 жыл".
/// Spans come as the source declares them (HTML, DOCX, ruled PDF); a text dump has none, so there a
/// header cell left empty beside a group header, with a sub-header under it, belongs to that group.
/// </summary>
public sealed class TableHeader
{
    private const int MaxRows = 4;

    private TableHeader(int rowCount, IReadOnlyList<IReadOnlyList<string>> columns, IReadOnlyList<TableRow> rows)
    {
        RowCount = rowCount;
        Columns = columns;
        Rows = rows;
        _rowTexts = new Lazy<string[]>(() => [.. rows.Select(RowText)]);
    }

    private readonly Lazy<string[]> _rowTexts;

    /// <summary>How many rows at the top of the table the header takes.</summary>
    public int RowCount { get; }

    /// <summary>For each column of the grid, the header texts over it from the top down, without repeats.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Columns { get; }

    /// <summary>The header rows as the table has them, to know them again when a later page repeats them.</summary>
    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>A column's header as one text: "Болжанатын шығыстар, млн теңге / 2019 жыл".</summary>
    public string Text(int column) => string.Join(" / ", Columns[column]);

    /// <summary>The lowest header text over a column: the sub-header where there is one.</summary>
    public string Leaf(int column) => Columns[column].Count == 0 ? "" : Columns[column][^1];

    /// <summary>
    /// The header at the top of <paramref name="rows"/>: the first row must name at least one column
    /// role, and each further row is header while it carries no item (no number, group or totals
    /// label in its first cell) and names a role or a year, or header cells above reach down into
    /// it, or the source marks it as header.
    /// </summary>
    public static TableHeader? Read(IReadOnlyList<TableRow> rows)
    {
        if (rows.Count == 0 || !NamesARole(rows[0])) return null;
        var count = 1;
        while (count < rows.Count && count < MaxRows && IsFurtherHeaderRow(rows[count])) count++;
        var header = rows.Take(count).ToList();
        var width = rows.Max(row => row.Cells.Count);
        var columns = Enumerable.Range(0, width).Select(column => Compose(header, column)).ToList();
        return new TableHeader(count, columns, header);
    }

    /// <summary>Whether a row repeats this header's row (a header repeated where a page broke the table).</summary>
    public bool Repeats(TableRow row)
    {
        // Case folding keeps a text's length, so a row whose length differs from every header row's is
        // not folded at all: most rows, of which every one is asked. Loops, not queries, for the same reason.
        var length = RowLength(row);
        foreach (var header in _rowTexts.Value)
        {
            if (header.Length == length && header == RowText(row)) return true;
        }
        return false;
    }

    private static int RowLength(TableRow row)
    {
        var length = Math.Max(0, row.Cells.Count - 1);
        for (var i = 0; i < row.Cells.Count; i++) length += row.Cells[i].Text.Length;
        return length;
    }

    private static string RowText(TableRow row) => string.Join('|', row.Cells.Select(cell => cell.Text.ToLowerInvariant()));

    private static bool NamesARole(TableRow row) =>
        row.Cells.Any(cell => !cell.Covered && ColumnStems.Role(cell.Text) is not null and not ColumnRole.Number);

    private static bool IsFurtherHeaderRow(TableRow row)
    {
        var first = row.Cells.FirstOrDefault(cell => cell.Text.Length > 0)?.Text ?? "";
        if (MeasureNumber.TryParse(first, out _) || GroupHeading.TryParse(first, out _) || TotalsLabel.IsTotals(first)) return false;
        return row.IsHeader
            || row.Cells.Any(cell => cell.Covered && cell.Text.Length > 0)
            || row.Cells.Any(cell => !cell.Covered && cell.Text.Length > 0 && (ColumnStems.Year(cell.Text) is not null || ColumnStems.Role(cell.Text) is not null));
    }

    private static List<string> Compose(List<TableRow> header, int column)
    {
        var texts = new List<string>();
        for (var r = 0; r < header.Count; r++)
        {
            var text = OwnText(header, r, column);
            if (text.Length > 0 && (texts.Count == 0 || texts[^1] != text)) texts.Add(text);
        }
        return texts;
    }

    /// <summary>The header text at one row over a column: its own cell's, or the group header's it stands under.</summary>
    private static string OwnText(List<TableRow> header, int row, int column)
    {
        var cells = header[row].Cells;
        if (column >= cells.Count) return "";
        if (cells[column].Text.Length > 0 || row == header.Count - 1 || !HasTextBelow(header, row, column)) return cells[column].Text;
        // An empty cell over a sub-header: the group header to its left spans it, when that one also has sub-headers under it.
        for (var left = column - 1; left >= 0; left--)
        {
            if (cells[left].Text.Length == 0)
            {
                if (!HasTextBelow(header, row, left)) return "";
                continue;
            }
            return HasTextBelow(header, row, left) || cells[left].ColumnSpan > column - left ? cells[left].Text : "";
        }
        return "";
    }

    private static bool HasTextBelow(List<TableRow> header, int row, int column) =>
        header.Skip(row + 1).Any(below => below.CellText(column).Length > 0 && below.Cells[column] is { Covered: false });
}
