namespace DecreeParser.Model.Blocks;

/// <summary>
/// A table row. After repair a row may stand for several physical rows of the source
/// (a measure whose cells spilled onto later lines): <see cref="Parts"/> keeps them, first the
/// row itself, so that a later stage can still tell which text came from which physical row.
/// </summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, SourceLocation Location)
{
    public IReadOnlyList<TableRow> Parts { get; init; } = [];

    /// <summary>Marked as a header row by the source (HTML th/thead, a DOCX repeating header).</summary>
    public bool IsHeader { get; init; }

    public string CellText(int index) => index < Cells.Count ? Cells[index].Text : "";
}

/// <summary>
/// A cell of the table's grid. A merged cell stands at its first grid position with its spans; the
/// positions it covers hold cells marked <see cref="Covered"/>: under a row span they repeat its text
/// (the value holds for each row it spans), beside a column span they are empty (one value across).
/// </summary>
public sealed record TableCell(string Text, int ColumnSpan = 1, int RowSpan = 1, bool Covered = false);
