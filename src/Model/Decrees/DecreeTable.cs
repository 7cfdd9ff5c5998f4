namespace DecreeParser.Model.Decrees;

/// <summary>
/// A table of the decree as data, whatever it holds: rows of cells, merged cells once with their
/// spans, header rows marked. Roadmaps are also read into typed measures; this is every table.
/// </summary>
public sealed record DecreeTable(IReadOnlyList<DecreeTableRow> Rows, SourceLocation Location);

public sealed record DecreeTableRow(bool Header, IReadOnlyList<DecreeTableCell> Cells, SourceLocation Location);

public sealed record DecreeTableCell(string Text, int RowSpan, int ColumnSpan);
