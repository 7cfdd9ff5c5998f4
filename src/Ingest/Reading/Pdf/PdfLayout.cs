using System.Text.RegularExpressions;
using DecreeParser.Model;
using DecreeParser.Model.Blocks;

namespace DecreeParser.Ingest.Reading.Pdf;

/// <summary>
/// Turns the pages' words and ruling lines into blocks, whether the words came from a text layer or
/// from OCR. Page furniture goes first: page numbers and lines that run at the same place on most
/// pages. Then, top to bottom: ruled tables (see <see cref="RuledTable"/>), and lines gathered into
/// paragraphs (a wider gap, a short line before or a change to bold ends one) or, when bold, headings.
/// A table that goes on over the next page is one table: the header rows it repeats there are
/// dropped, and a row the page break cut in two is joined again.
/// </summary>
public static partial class PdfLayout
{
    public static IReadOnlyList<Block> Assemble(IReadOnlyList<PageContent> pages)
    {
        // Every word's line, tables and all: what repeats from page to page, and where words break at a hyphen.
        var allLines = pages.Select(page => TextLine.Group(page.Words)).ToList();
        var furniture = RunningLines(pages, allLines);
        var lexicon = new DocumentLexicon(
            pages.SelectMany(page => page.Words).Select(word => word.Text).Concat(Structure.EnactingFormula.Formulas),
            allLines.SelectMany(HyphenBreaks));
        var layouts = pages.Select(page =>
        {
            var tables = RuledTable.Find(page.Rules);
            var free = page.Words.Where(word => !tables.Any(t => t.Holds(word)));
            var lines = TextLine.Group(free).Where(line => !IsFurniture(line, page, furniture)).ToList();
            return (Page: page, Tables: tables, Lines: page.FromOcr ? CentredAsBold(lines) : lines);
        }).ToList();
        var textRight = RightMargin(layouts.SelectMany(layout => layout.Lines));
        var builder = new PdfBlockBuilder(textRight, lexicon);
        foreach (var (page, tables, lines) in layouts)
        {
            var items = lines.Select(line => (Top: line.Box.Top, Item: (object)line))
                .Concat(tables.Select(table => (Top: table.Bounds.Top, Item: (object)table)))
                .OrderByDescending(item => item.Top);
            foreach (var (_, item) in items)
            {
                if (item is TextLine line) builder.AddLine(line, page.Number);
                else if (item is RuledTable table) builder.AddTable(table.Fill(page.Words, lexicon), table.Columns, page.Number);
            }
        }
        return builder.Finish();
    }

    /// <summary>Each line that ends in a word broken at a hyphen, with the line after it.</summary>
    private static IEnumerable<(string Line, string Next)> HyphenBreaks(List<TextLine> lines) =>
        lines.Zip(lines.Skip(1), (line, next) => (line.Text, next.Text)).Where(pair => TextLine.BreaksWordAtHyphen(pair.Item1, pair.Item2));

    /// <summary>
    /// The right margin of the running text, over the whole document: where nine lines in ten end or
    /// before. Not the rightmost line's end: a signature's name or a wide table may stand past the
    /// margin, and measured from there every justified line would look short.
    /// </summary>
    private static double RightMargin(IEnumerable<TextLine> lines)
    {
        var rights = lines.Select(line => line.Box.Right).Order().ToList();
        return rights.Count == 0 ? 0 : rights[(int)Math.Ceiling(rights.Count * 0.9) - 1];
    }

    /// <summary>
    /// OCR sees no bold. A line set centred, with room on both sides, is a heading in a decree:
    /// its words are marked bold so the heading rules apply to it.
    /// </summary>
    private static List<TextLine> CentredAsBold(List<TextLine> lines)
    {
        if (lines.Count == 0) return lines;
        var (left, right) = (lines.Min(l => l.Box.Left), lines.Max(l => l.Box.Right));
        var tolerance = (right - left) * 0.03;
        return lines.Select(line =>
        {
            var centred = Math.Abs((line.Box.Left - left) - (right - line.Box.Right)) < tolerance && line.Box.Left - left > tolerance;
            return centred ? new TextLine(line.Words.Select(w => w with { Bold = true }).ToList()) : line;
        }).ToList();
    }

    /// <summary>
    /// Texts that stand at the same height on at least three pages and half of them: running headers
    /// and footers. A two-page act has them too (a browser's print: date and title above, address and
    /// "1/2" below): there a text on both pages counts when it stands in the top or bottom margin.
    /// </summary>
    private static HashSet<(string Text, int Height)> RunningLines(IReadOnlyList<PageContent> pages, List<List<TextLine>> lines)
    {
        if (pages.Count < 2) return [];
        return pages
            .SelectMany((page, i) => lines[i]
                .Where(line => pages.Count >= 3 || NearEdge(line, page))
                .Select(line => (Text: Digits().Replace(line.Text, "#"), Height: (int)Math.Round(line.Box.Top / 4))).Distinct())
            .GroupBy(key => key)
            .Where(group => group.Count() >= Math.Max(Math.Min(3, pages.Count), pages.Count / 2))
            .Select(group => group.Key)
            .ToHashSet();
    }

    private static bool NearEdge(TextLine line, PageContent page) => line.Box.Bottom < page.Height * 0.08 || line.Box.Top > page.Height * 0.92;

    private static bool IsFurniture(TextLine line, PageContent page, HashSet<(string, int)> running)
    {
        return (NearEdge(line, page) && PageNumber().IsMatch(line.Text)) || running.Contains((Digits().Replace(line.Text, "#"), (int)Math.Round(line.Box.Top / 4)));
    }

    [GeneratedRegex(@"^[-–—\s]*[0-9]{1,4}[-–—\s]*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"[0-9]+")]
    private static partial Regex Digits();

    /// <summary>Where a block came from: its page and its box.</summary>
    internal static SourceLocation Locate(int page, Box box) => new()
    {
        Page = page,
        Box = [Math.Round(box.Left, 1), Math.Round(box.Bottom, 1), Math.Round(box.Right, 1), Math.Round(box.Top, 1)],
    };
}
