using DecreeParser.Model.Blocks;
using DecreeParser.Model.Text;

namespace DecreeParser.Ingest.Reading.Pdf;

/// <summary>Gathers the lines and table rows of the pages, in reading order, into blocks.</summary>
/// <param name="textRight">Where the running text's lines end when full.</param>
/// <param name="lexicon">The document's words, which tell a word hyphenated at a line's end from a hyphenated compound.</param>
internal sealed class PdfBlockBuilder(double textRight, DocumentLexicon lexicon)
{
    // A gap between lines wider than this share of a line's height starts a new paragraph.
    private const double ParagraphGap = 0.9;
    // A space is about this share of a line's (letters') height.
    private const double SpaceShare = 0.4;
    private const double ColumnTolerance = 2;
    private const double RelativeColumnTolerance = 0.01;
    // Lines of one paragraph stand at most this many font sizes apart, baseline to baseline: single
    // spacing is 1.15–1.3; paragraphs set apart by half a line or more are 1.45 and more.
    private const double LineSpacing = 1.4;

    private readonly List<Block> _blocks = [];
    private readonly List<(TextLine Line, int Page)> _paragraph = [];
    private List<TableRow>? _rows;
    private IReadOnlyList<double>? _columns;
    private int _tables;

    public void AddLine(TextLine line, int page)
    {
        EndTable();
        if (_paragraph.Count > 0 && !Continues(_paragraph[^1], (line, page))) EndParagraph();
        _paragraph.Add((line, page));
    }

    public void AddTable(List<(IReadOnlyList<TableCell> Cells, Box Box)> rows, IReadOnlyList<double> columns, int page)
    {
        EndParagraph();
        var located = rows.Select(row => new TableRow(row.Cells, PdfLayout.Locate(page, row.Box))).ToList();
        if (_rows is not null && _columns is not null && SameColumns(columns, _columns))
        {
            located = located.Skip(RepeatedHeaderRows(located)).ToList();
            if (located.Count > 0 && located[0].CellText(0).Length == 0 && _rows.Count > 0)
            {
                // The page break cut this row: its rest comes first on the new page.
                _rows[^1] = JoinCut(_rows[^1], located[0]);
                located.RemoveAt(0);
            }
        }
        else
        {
            EndTable();
            _rows = [];
            _columns = columns;
            _tables++;
        }
        _rows.AddRange(located.Select(row => row with { Location = row.Location with { Table = _tables, Row = _rows.Count + 1 } }));
    }

    public List<Block> Finish()
    {
        EndParagraph();
        EndTable();
        return _blocks;
    }

    /// <summary>
    /// Whether the next line goes on with the paragraph: it follows closely (or heads the next page);
    /// and the line before broke a word at a hyphen (bold or not: "ПРИКА-" / "ЗЫВАЮ:"), or, in the
    /// same weight, left no room for the next line's first word (ragged lines of a title or an
    /// address wrap short of the margin) with the next line not indented further: where paragraphs
    /// are set without space between them, the first line's indent alone tells them apart. Closely is by the gap between the lines' boxes, or, where the
    /// text layer gives the font size, by the distance between baselines: letters' boxes are so
    /// tight in some fonts that single-spaced lines stand a box's height apart.
    /// </summary>
    private bool Continues((TextLine Line, int Page) previous, (TextLine Line, int Page) next)
    {
        var (above, below) = (previous.Line.Box, next.Line.Box);
        var close = above.Bottom - below.Top < above.Height * ParagraphGap || above.Bottom - below.Bottom <= previous.Line.FontSize * LineSpacing;
        if (TextLine.BreaksWordAtHyphen(previous.Line.Text, next.Line.Text)) return previous.Page != next.Page || close;
        if (previous.Line.Bold != next.Line.Bold) return false;
        if (previous.Line.Bold) return previous.Page == next.Page && close;
        if (previous.Page == next.Page && !close) return false;
        // The line before ended its paragraph where the next line's first word would have fitted after it.
        var roomLeft = textRight - above.Right;
        var endedShort = roomLeft > next.Line.Words[0].Box.Width + (above.Height * SpaceShare);
        var indented = below.Left - above.Left > above.Height;
        return !endedShort && !indented;
    }

    private void EndParagraph()
    {
        if (_paragraph.Count == 0) return;
        // Across a page no word is too long to fit: only hyphens join lines without a space.
        var text = TextLine.Join(_paragraph.Select(p => p.Line).ToList(), double.PositiveInfinity, lexicon);
        var box = _paragraph.Where(p => p.Page == _paragraph[0].Page).Select(p => p.Line.Box).Aggregate((a, b) => a.Union(b));
        var location = PdfLayout.Locate(_paragraph[0].Page, box);
        _blocks.Add(_paragraph[0].Line.Bold ? new HeadingBlock(text, 2, location) : new ParagraphBlock(text, location));
        _paragraph.Clear();
    }

    private void EndTable()
    {
        if (_rows is { Count: > 0 }) _blocks.Add(new TableBlock(_rows, _rows[0].Location with { Row = null, Box = null }));
        _rows = null;
        _columns = null;
    }

    /// <summary>How many of a continued table's first rows repeat the table's own first rows (its header).</summary>
    private int RepeatedHeaderRows(List<TableRow> rows)
    {
        var count = 0;
        while (count < rows.Count && count < _rows!.Count && SameText(rows[count], _rows[count])) count++;
        return count;
    }

    private static TableRow JoinCut(TableRow top, TableRow rest) => top with
    {
        Cells = top.Cells.Select((cell, i) => cell with { Text = string.Join(' ', new[] { cell.Text, rest.CellText(i) }.Where(t => t.Length > 0)) }).ToList(),
    };

    /// <summary>The same row, allowing for what OCR reads differently on each page it repeats on.</summary>
    private static bool SameText(TableRow a, TableRow b) =>
        a.Cells.Count == b.Cells.Count && TextSimilarity.Ratio(TableRowText(a), TableRowText(b)) >= 0.85;

    private static string TableRowText(TableRow row) => string.Join('|', row.Cells.Select(c => c.Text));

    /// <summary>
    /// The same columns, wherever the table stands on the page: a scanned page is shifted as the
    /// sheet lay on the glass (3.5 points on the seed's scan beside its text pages), and its
    /// resolution is a scanner's nominal one, so widths may differ by a fraction.
    /// </summary>
    private static bool SameColumns(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count != b.Count || a.Count == 0) return false;
        var tolerance = Math.Max(ColumnTolerance, (a[^1] - a[0]) * RelativeColumnTolerance);
        return a.Zip(b).All(pair => Math.Abs((pair.First - a[0]) - (pair.Second - b[0])) < tolerance);
    }
}
