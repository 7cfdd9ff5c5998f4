using System.Text.RegularExpressions;
using DecreeParser.Model;
using DecreeParser.Model.Blocks;

namespace DecreeParser.Ingest.Repair;

/// <summary>
/// Folds the physical rows of one logical row back together, cell by cell: a measure whose title,
/// responsible bodies or amounts ran on into rows with an empty number cell. A number cut at a
/// line end ("2019 жыл – 14" + "233 млн. теңге") rejoins as one thousands-grouped number.
/// </summary>
public static partial class RowMerger
{
    /// <summary>
    /// Merges <paramref name="parts"/> (the first is the row itself) and logs each change when given a
    /// log. The <paramref name="apart"/> columns keep the first row's text: each row holds its own
    /// value there (a funding line's source and amounts), read row by row elsewhere.
    /// </summary>
    public static TableRow Merge(IReadOnlyList<TableRow> parts, RepairLog? log, IReadOnlyCollection<int>? apart = null)
    {
        var first = parts[0];
        if (parts.Count == 1) return first;
        var width = parts.Max(part => part.Cells.Count);
        var texts = Enumerable.Range(0, width).Select(first.CellText).ToArray();
        var location = first.Location;
        foreach (var part in parts.Skip(1))
        {
            for (var column = 0; column < width; column++)
            {
                var addition = part.CellText(column);
                // A merged cell's text stands in the first row already; the rows it covers repeat it.
                if (addition.Length == 0 || part.Cells.ElementAtOrDefault(column)?.Covered == true || apart?.Contains(column) == true) continue;
                var at = part.Location.InColumn(column + 1);
                var merged = Join(texts[column], addition, at, log);
                log?.Record(RepairKinds.ContinuationRow, texts[column], merged, at);
                texts[column] = merged;
            }
            location = location.Through(part.Location);
        }
        var cells = texts.Select((text, column) => column < first.Cells.Count ? first.Cells[column] with { Text = text } : new TableCell(text));
        return new TableRow(cells.ToList(), location) { Parts = parts };
    }

    /// <summary>Joins two fragments of one cell with a space, noting a number the line break cut in two.</summary>
    public static string Join(string head, string tail, SourceLocation location, RepairLog? log)
    {
        if (head.Length == 0) return tail;
        var joined = $"{head} {tail}";
        if (HeadEndsInShortNumber().IsMatch(head) && TailStartsWithThousands().IsMatch(tail))
        {
            log?.Record(RepairKinds.SplitNumber, $"{LastWord(head)} / {FirstWord(tail)}", $"{LastWord(head)} {FirstWord(tail)}", location);
        }
        return joined;
    }

    private static string LastWord(string text) => text[(text.LastIndexOf(' ') + 1)..];

    private static string FirstWord(string text) => text.Split(' ')[0];

    [GeneratedRegex(@"\b[0-9]{1,3}$")]
    private static partial Regex HeadEndsInShortNumber();

    [GeneratedRegex(@"^[0-9]{3}\b")]
    private static partial Regex TailStartsWithThousands();
}
