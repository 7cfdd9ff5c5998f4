using DecreeParser.Model;
using DecreeParser.Model.Blocks;

namespace DecreeParser.Ingest.Reading;

/// <summary>
/// Reads a text dump of an adilet page into blocks. The dump's own syntax is read here and nowhere
/// else: "#" lines are headings, lines with tabs are table rows (a table runs on across blank lines,
/// as the dump leaves them between rows), other lines gather into paragraphs until a blank line.
/// A heading between two rows of a table was a full-width row of that table on the page (a roadmap's
/// section row), and is read back as one, so the table stays whole as in every other format.
/// Markup that leaked into the text (bold markers, HTML tags) is left for the repair stage, which
/// records what it removes.
/// </summary>
public static class PlainTextReader
{
    public static IReadOnlyList<Block> Read(string text)
    {
        var builder = new BlockCollector();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var number = index + 1;
            if (line.Trim().Length == 0)
            {
                builder.EndParagraph();
            }
            else if (HeadingLevel(line) is > 0 and var level)
            {
                if (builder.InTable && NextContentLineIsRow(lines, index)) builder.AddFullWidthRow(line[level..].Trim(), number);
                else builder.AddHeading(line[level..].Trim(), level, number);
            }
            else if (line.Contains('\t', StringComparison.Ordinal))
            {
                builder.AddRow(line.Split('\t').Select(cell => new TableCell(cell.Trim())).ToList(), number);
            }
            else
            {
                builder.AddParagraphLine(line.Trim(), number);
            }
        }
        return builder.Finish();
    }

    private static bool NextContentLineIsRow(string[] lines, int index)
    {
        var next = lines.Skip(index + 1).FirstOrDefault(line => line.Trim().Length > 0);
        return next is not null && next.Contains('\t', StringComparison.Ordinal);
    }

    /// <summary>The number of leading '#' of a markdown heading line ("## Title"), 0 if it is not one.</summary>
    private static int HeadingLevel(string line)
    {
        var level = 0;
        while (level < line.Length && line[level] == '#') level++;
        return level is > 0 and <= 6 && level < line.Length && line[level] == ' ' ? level : 0;
    }

    /// <summary>Gathers lines into blocks, closing the open paragraph or table when another kind starts.</summary>
    private sealed class BlockCollector
    {
        private readonly List<Block> _blocks = [];
        private readonly List<string> _paragraphLines = [];
        private readonly List<TableRow> _rows = [];
        private int _paragraphStart;
        private int _paragraphEnd;

        public void AddHeading(string text, int level, int line)
        {
            EndParagraph();
            EndTable();
            _blocks.Add(new HeadingBlock(text, level, SourceLocation.Lines(line, line)));
        }

        public void AddRow(IReadOnlyList<TableCell> cells, int line)
        {
            EndParagraph();
            _rows.Add(new TableRow(cells, SourceLocation.Lines(line, line)));
        }

        public bool InTable => _rows.Count > 0;

        /// <summary>A row with one cell across the table's width, as a section row spans it on the page.</summary>
        public void AddFullWidthRow(string text, int line)
        {
            var width = _rows.Max(row => row.Cells.Count);
            var cells = new List<TableCell> { new(text, ColumnSpan: width) };
            cells.AddRange(Enumerable.Range(1, width - 1).Select(_ => new TableCell("", Covered: true)));
            _rows.Add(new TableRow(cells, SourceLocation.Lines(line, line)));
        }

        public void AddParagraphLine(string text, int line)
        {
            EndTable();
            if (_paragraphLines.Count == 0) _paragraphStart = line;
            _paragraphEnd = line;
            _paragraphLines.Add(text);
        }

        public void EndParagraph()
        {
            if (_paragraphLines.Count == 0) return;
            _blocks.Add(new ParagraphBlock(string.Join(' ', _paragraphLines), SourceLocation.Lines(_paragraphStart, _paragraphEnd)));
            _paragraphLines.Clear();
        }

        public List<Block> Finish()
        {
            EndParagraph();
            EndTable();
            return _blocks;
        }

        private void EndTable()
        {
            if (_rows.Count == 0) return;
            var location = _rows[0].Location.Through(_rows[^1].Location);
            _blocks.Add(new TableBlock([.. _rows], location));
            _rows.Clear();
        }
    }
}
