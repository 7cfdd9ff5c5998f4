namespace DecreeParser.Model.Blocks;

/// <summary>
/// A table row. After repair a row may stand for several physical rows of the source
/// (a measure whose cells spilled onto later lines): <see cref="Parts"/> keeps them, first the
/// row itself, so that a later stage can still tell which text came from which physical row.
/// </summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, SourceLocation Location)
{
    public IReadOnlyList<TableRow> Parts { get; init; } = [];

    public string CellText(int index) => index < Cells.Count ? Cells[index].Text : "";
}

/// <summary>A cell's text; spans count grid columns and rows as the source declared them.</summary>
public sealed record TableCell(string Text, int ColumnSpan = 1, int RowSpan = 1);
