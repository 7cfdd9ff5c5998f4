using DecreeParser.Model.Blocks;

namespace DecreeParser.Ingest.Reading;

/// <summary>
/// Lays a table's declared cells onto its grid, row by row: a cell spanning rows covers the same
/// columns of the rows below, a cell spanning columns covers the positions beside it. Covered
/// positions are filled as <see cref="TableCell"/> describes, so every row has a cell for every column.
/// A table past <see cref="ReaderLimits.TableCells"/> positions is refused.
/// </summary>
public sealed class TableGrid
{
    private int _cells;

    // The widest row so far: the next row's list is made that long at once.
    private int _width;

    // Column → (text the covered cells repeat, rows still to cover).
    private readonly Dictionary<int, (string Text, int Rows)> _pending = [];

    public IReadOnlyList<TableCell> Place(IEnumerable<TableCell> declared)
    {
        var row = new List<TableCell>(_width);
        foreach (var cell in declared)
        {
            AddCovered(row);
            var column = row.Count;
            row.Add(cell);
            for (var extra = 1; extra < cell.ColumnSpan; extra++) row.Add(new TableCell("", Covered: true));
            for (var c = column; cell.RowSpan > 1 && c < column + cell.ColumnSpan; c++)
            {
                _pending[c] = (c == column ? cell.Text : "", cell.RowSpan - 1);
            }
        }
        // Columns still covered from above past the row's last declared cell; a row that declared
        // too few cells before them gets empty ones.
        var last = -1;
        foreach (var column in _pending.Keys) last = Math.Max(last, column);
        while (row.Count <= last)
        {
            if (_pending.ContainsKey(row.Count)) AddCovered(row);
            else row.Add(new TableCell(""));
        }
        _cells += row.Count;
        _width = Math.Max(_width, row.Count);
        if (_cells > ReaderLimits.TableCells) throw new InputLimitException($"a table of more than {ReaderLimits.TableCells} cells");
        return row;
    }

    /// <summary>Adds the cells that rows above cover at the row's next positions.</summary>
    private void AddCovered(List<TableCell> row)
    {
        while (_pending.TryGetValue(row.Count, out var span))
        {
            if (span.Rows == 1) _pending.Remove(row.Count);
            else _pending[row.Count] = (span.Text, span.Rows - 1);
            row.Add(new TableCell(span.Text, Covered: true));
        }
    }
}
