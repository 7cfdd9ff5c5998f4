namespace DecreeParser.Tests.Formats.Plans;

/// <summary>Short ways to write a fixture table's rows: a plain cell, a cell across columns or rows, a bold group row.</summary>
internal static class FixtureRows
{
    public static FixtureCell C(string text) => new(text);

    public static FixtureCell Across(string text, int columns, bool bold = false) => new(text, ColumnSpan: columns, Bold: bold);

    public static FixtureCell Down(string text, int rows) => new(text, RowSpan: rows);

    public static FixtureCell Block(string text, int columns, int rows, bool bold = false) => new(text, columns, rows, bold);

    public static IReadOnlyList<FixtureCell> Row(params FixtureCell[] cells) => cells;

    public static IReadOnlyList<FixtureCell> Row(params string[] cells) => cells.Select(C).ToList();

    /// <summary>A group's row: its heading in bold across the whole table.</summary>
    public static IReadOnlyList<FixtureCell> Group(string heading, int width) => [Across(heading, width, bold: true)];

    /// <summary>The row that numbers the columns, "1 2 3 …".</summary>
    public static IReadOnlyList<FixtureCell> ColumnNumbers(int width) => Enumerable.Range(1, width).Select(n => C(n.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
}
