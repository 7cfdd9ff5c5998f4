using DecreeParser.Model;
using DecreeParser.Model.Blocks;

namespace DecreeParser.Ingest.Repair;

/// <summary>
/// Runs the text repairs over every paragraph, heading and table cell, then the row repairs over
/// every table. The order matters: markup goes before letter spacing (so "&lt;b&gt;Р Б&lt;/b&gt;" is seen
/// as letters), and letter spacing before whitespace is collapsed (two spaces mark a real word gap).
/// </summary>
public sealed class BlockRepairer
{
    // An array: every cell of every table passes through, and a list's enumerator would be an object a cell.
    private readonly ITextRepair[] _textRepairs =
    [
        new StrayReplacementCharacter(),
        new UnicodeNormalization(),
        new MarkupResidue(),
        new LetterSpacing(),
        new LookalikeLetterRepair(),
        new WhitespaceNormalization(),
        new OcrConfusionRepair(),
        new OcrPhraseRepair(),
    ];

    public IReadOnlyList<Block> Repair(IReadOnlyList<Block> blocks, RepairLog log)
    {
        // A roadmap repeats its cells ("РБ", "ІІМ", "талап етілмейді"): half of them are texts met
        // before in the same decree, and one the repairs left alone before they leave alone again.
        var untouched = new HashSet<string>(StringComparer.Ordinal);
        return blocks.Select(block => RepairBlock(block, log, untouched)).ToList();
    }

    public string RepairText(string text, SourceLocation location, RepairLog log) => RepairText(text, location, log, untouched: null);

    /// <param name="text">The text.</param>
    /// <param name="location">Where it stands: for a cell, its row (the repairs log there, then the column is added).</param>
    /// <param name="log">Where repairs are recorded.</param>
    /// <param name="untouched">Texts no repair changed or logged, when repeats are to be passed by.</param>
    /// <param name="column">For a cell, its column (from 1).</param>
    private string RepairText(string text, SourceLocation location, RepairLog log, HashSet<string>? untouched, int? column = null)
    {
        // A tenth of a plan's cells are empty: no repair makes anything of nothing.
        if (text.Length == 0 || untouched?.Contains(text) == true) return text;
        var (original, logged) = (text, log.Entries.Count);
        foreach (var repair in _textRepairs) text = repair.Apply(text, location, log);
        // A cell's own location is made only for what its repairs logged, not for every cell read.
        if (column is { } number) log.PlaceInColumn(logged, number);
        if (text == original && log.Entries.Count == logged) untouched?.Add(text);
        return text;
    }

    private Block RepairBlock(Block block, RepairLog log, HashSet<string> untouched) => block switch
    {
        ParagraphBlock paragraph => paragraph with { Text = RepairText(paragraph.Text, paragraph.Location, log, untouched) },
        HeadingBlock heading => heading with { Text = RepairText(heading.Text, heading.Location, log, untouched) },
        NoteBlock note => note with { Text = RepairText(note.Text, note.Location, log, untouched) },
        TableBlock table => TableRowRepairs.Apply(table with { Rows = table.Rows.Select(row => RepairRow(row, log, untouched)).ToList() }, log),
        _ => block,
    };

    private TableRow RepairRow(TableRow row, RepairLog log, HashSet<string> untouched)
    {
        // Most rows come out as they went in: the same row serves, and a copy of its cells is made
        // only at the first cell a repair changes.
        List<TableCell>? cells = null;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var cell = row.Cells[i];
            var text = RepairText(cell.Text, row.Location, log, untouched, column: i + 1);
            if (ReferenceEquals(text, cell.Text))
            {
                cells?.Add(cell);
                continue;
            }
            cells ??= [.. row.Cells.Take(i)];
            cells.Add(cell with { Text = text });
        }
        return cells is null ? row : row with { Cells = cells };
    }
}
