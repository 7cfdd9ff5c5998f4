using DecreeParser.Model.Blocks;

namespace DecreeParser.Ingest.Reading.Pdf;

/// <summary>
/// A table found from the ruling lines drawn on a page: the vertical lines give its columns, the
/// horizontal ones its rows. A cell spans columns where the border between them is not drawn
/// through it (a section row across the table), and rows where the border under it is not drawn
/// (a measure's shared cells over one row per financing source). Words fill the cell their middle
/// falls in; the rows a cell spans down repeat its text, as merged cells do in every reader.
/// </summary>
public sealed class RuledTable
{
    private const double Tolerance = 1.5;
    private const double MinRowHeight = 2;

    private readonly double[] _columns;
    private readonly double[] _rows;
    private readonly List<Segment> _verticals;
    private readonly List<Segment> _horizontals;

    private RuledTable(List<Segment> lines)
    {
        _verticals = lines.Where(s => s.IsVertical).ToList();
        _horizontals = lines.Where(s => s.IsHorizontal).ToList();
        _columns = Distinct(_verticals.Select(s => s.X1)).Order().ToArray();
        _rows = Distinct(lines.Where(s => s.IsHorizontal).Select(s => s.Y1)).OrderDescending().ToArray();
        Bounds = new Box(_columns[0], _rows[^1], _columns[^1], _rows[0]);
    }

    public Box Bounds { get; }

    /// <summary>The column boundaries, left to right: two tables with the same ones continue each other.</summary>
    public IReadOnlyList<double> Columns => _columns;

    /// <summary>Every table on a page: a group of touching lines with at least two of each direction.</summary>
    public static List<RuledTable> Find(IEnumerable<Segment> rules)
    {
        var lines = rules.Where(s => s.IsHorizontal || s.IsVertical).ToList();
        var group = Enumerable.Range(0, lines.Count).ToArray();
        int Root(int i) => group[i] == i ? i : group[i] = Root(group[i]);
        for (var i = 0; i < lines.Count; i++)
        {
            for (var j = i + 1; j < lines.Count; j++)
            {
                if (Touch(lines[i], lines[j])) group[Root(i)] = Root(j);
            }
        }
        return lines.Select((line, i) => (line, root: Root(i)))
            .GroupBy(x => x.root, x => x.line)
            .Select(g => g.ToList())
            .Where(g => Distinct(g.Where(s => s.IsVertical).Select(s => s.X1)).Count >= 2 && Distinct(g.Where(s => s.IsHorizontal).Select(s => s.Y1)).Count >= 2)
            .Select(g => new RuledTable(g))
            .OrderByDescending(t => t.Bounds.Top)
            .ToList();
    }

    public bool Holds(PositionedWord word) => Bounds.Contains(word.Box.CenterX, word.Box.CenterY);

    /// <summary>Every cell's box, merged cells once, row by row from the top.</summary>
    public IEnumerable<Box> CellBoxes() => Layout().Where(cell => !cell.Covered).Select(cell => cell.Box);

    /// <summary>The table's rows, top to bottom, filled with the words whose middle falls in each cell.</summary>
    public List<(IReadOnlyList<TableCell> Cells, Box Box)> Fill(IReadOnlyList<PositionedWord> words, DocumentLexicon lexicon)
    {
        var rows = new List<(IReadOnlyList<TableCell>, Box)>();
        var texts = new Dictionary<(int Row, int Column), string>();
        foreach (var row in Layout().GroupBy(cell => cell.Row))
        {
            var cells = new List<TableCell>();
            foreach (var cell in row)
            {
                if (cell.Covered)
                {
                    // The cell reaches down from the row above: the same text, as merged cells repeat it.
                    var text = texts[(cell.Top, cell.Column)];
                    cells.Add(new TableCell(text, Covered: true));
                }
                else
                {
                    var lines = TextLine.Group(words.Where(w => cell.Box.Contains(w.Box.CenterX, w.Box.CenterY)));
                    // A cell's text is inset as far from its right border as from its left.
                    var padding = lines.Count == 0 ? 0 : lines.Min(line => line.Box.Left) - cell.Box.Left;
                    var text = TextLine.Join(lines, cell.Box.Right - padding, lexicon);
                    texts[(cell.Row, cell.Column)] = text;
                    cells.Add(new TableCell(text, ColumnSpan: cell.Span, RowSpan: cell.RowSpan));
                }
                for (var extra = 1; extra < cell.Span; extra++) cells.Add(new TableCell("", Covered: true));
            }
            var first = row.First().Band;
            rows.Add((cells, new Box(_columns[0], first.Bottom, _columns[^1], first.Top)));
        }
        return rows;
    }

    /// <summary>
    /// The grid's cells, row by row: their column, column span and box; a cell that a merged cell
    /// above reaches into is <c>Covered</c> and names the row where that cell starts.
    /// </summary>
    private List<GridCell> Layout()
    {
        var bands = new List<(double Top, double Bottom)>();
        for (var r = 0; r + 1 < _rows.Length; r++)
        {
            if (_rows[r] - _rows[r + 1] >= MinRowHeight) bands.Add((_rows[r], _rows[r + 1]));
        }
        var cells = new List<GridCell>();
        var above = new Dictionary<int, GridCell>();
        for (var r = 0; r < bands.Count; r++)
        {
            var (top, bottom) = bands[r];
            var band = new Box(_columns[0], bottom, _columns[^1], top);
            var row = new Dictionary<int, GridCell>();
            for (var c = 0; c + 1 < _columns.Length;)
            {
                var span = 1;
                while (c + span + 1 < _columns.Length && !BorderAt(_columns[c + span], (top + bottom) / 2)) span++;
                var middle = (_columns[c] + _columns[c + span]) / 2;
                GridCell cell;
                if (above.TryGetValue(c, out var over) && over.Span == span && !RuleAt(top, middle))
                {
                    var start = cells[over.Index];
                    cells[over.Index] = start with { RowSpan = start.RowSpan + 1, Box = start.Box.Union(new Box(_columns[c], bottom, _columns[c + span], top)) };
                    cell = new GridCell(cells.Count, r, c, span, Box: new Box(_columns[c], bottom, _columns[c + span], top), Band: band, Covered: true, Top: start.Row, StartIndex: over.Index);
                }
                else
                {
                    cell = new GridCell(cells.Count, r, c, span, Box: new Box(_columns[c], bottom, _columns[c + span], top), Band: band);
                }
                cells.Add(cell);
                row[c] = cell.Covered ? cell with { Index = cell.StartIndex } : cell;
                c += span;
            }
            above = row;
        }
        return cells;
    }

    /// <summary>One position of the grid; a merged cell's first position carries its spans and whole box.</summary>
    private sealed record GridCell(int Index, int Row, int Column, int Span, Box Box, Box Band, bool Covered = false, int Top = 0, int StartIndex = 0)
    {
        public int RowSpan { get; init; } = 1;
    }

    private bool RuleAt(double y, double x) =>
        _horizontals.Any(h => Math.Abs(h.Y1 - y) < Tolerance && h.MinX - Tolerance <= x && h.MaxX + Tolerance >= x);

    private bool BorderAt(double x, double y) =>
        _verticals.Any(v => Math.Abs(v.X1 - x) < Tolerance && v.MinY - Tolerance <= y && v.MaxY + Tolerance >= y);

    private static bool Touch(Segment a, Segment b) =>
        a.MinX - Tolerance <= b.MaxX && b.MinX - Tolerance <= a.MaxX && a.MinY - Tolerance <= b.MaxY && b.MinY - Tolerance <= a.MaxY;

    /// <summary>Positions closer than the tolerance are one position (a border drawn as two strokes).</summary>
    private static List<double> Distinct(IEnumerable<double> positions)
    {
        var result = new List<double>();
        foreach (var p in positions.Order())
        {
            if (result.Count == 0 || p - result[^1] > Tolerance) result.Add(p);
        }
        return result;
    }
}
