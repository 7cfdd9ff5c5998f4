using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace DecreeParser.Ingest.Reading.Pdf;

/// <summary>
/// What a PDF page's text layer holds, through PdfPig: its words with their boxes and whether their
/// font is bold, and its ruling lines, whether drawn as strokes or as thin filled rectangles.
/// </summary>
public static class PdfTextLayer
{
    private const double Thin = 1.5;

    public static PageContent Read(Page page)
    {
        var words = page.GetWords()
            .Where(word => !string.IsNullOrWhiteSpace(word.Text) && word.Letters.Count > 0)
            .Select(word => new PositionedWord(
                word.Text,
                // A word takes up to where its last letter's advance ends, a little past the ink.
                new Box(word.BoundingBox.Left, word.BoundingBox.Bottom, Math.Max(word.BoundingBox.Right, word.Letters[^1].EndBaseLine.X), word.BoundingBox.Top),
                word.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true,
                word.Letters[0].Width,
                word.Letters.Max(letter => letter.PointSize)))
            .ToList();
        var rules = new List<Segment>();
        foreach (var path in page.Paths)
        {
            foreach (var subpath in path)
            {
                if (path.IsStroked) rules.AddRange(subpath.Commands.OfType<PdfSubpath.Line>().Select(l => new Segment(l.From.X, l.From.Y, l.To.X, l.To.Y)));
                else if (path.IsFilled && ThinRectangle(subpath) is { } rule) rules.Add(rule);
            }
        }
        if (rules.Count > ReaderLimits.PdfRulesPerPage)
        {
            throw new InputLimitException($"page {page.Number} draws {rules.Count} lines (the limit is {ReaderLimits.PdfRulesPerPage}); its tables cannot be rebuilt");
        }
        return new PageContent(page.Number, page.Width, page.Height, words, rules);
    }

    /// <summary>A filled rectangle thin enough to be a line, as the line along its length.</summary>
    private static Segment? ThinRectangle(PdfSubpath subpath)
    {
        var points = subpath.Commands.SelectMany(command => command switch
        {
            PdfSubpath.Move move => [move.Location],
            PdfSubpath.Line line => new[] { line.From, line.To },
            _ => [],
        }).ToList();
        if (points.Count < 2) return null;
        var (left, right, bottom, top) = (points.Min(p => p.X), points.Max(p => p.X), points.Min(p => p.Y), points.Max(p => p.Y));
        if (top - bottom < Thin && right - left > Thin) return new Segment(left, (top + bottom) / 2, right, (top + bottom) / 2);
        if (right - left < Thin && top - bottom > Thin) return new Segment((left + right) / 2, bottom, (left + right) / 2, top);
        return null;
    }
}
