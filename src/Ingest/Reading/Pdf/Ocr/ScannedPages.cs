using System.Globalization;

namespace DecreeParser.Ingest.Reading.Pdf.Ocr;

/// <summary>
/// Reads pages that are images: each is rendered to a grey image (pdftoppm), levelled, searched for
/// ruling lines, and read by tesseract (kaz+rus) into word boxes — the same words and lines a text
/// layer gives, so <see cref="PdfLayout"/> rebuilds the tables the same way.
/// </summary>
public static class ScannedPages
{
    private const int Dpi = 300;
    private const double PointsPerPixel = 72.0 / Dpi;
    // Ruling lines are at least this long: longer than any letter stroke, shorter than a narrow cell.
    private const int MinRulePixels = Dpi / 4;
    private static readonly TimeSpan PageLimit = TimeSpan.FromMinutes(3);

    public const string PopplerHint = "apt-get install poppler-utils";
    public const string TesseractHint = "apt-get install tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus";

    public static PageContent Read(string pdfPath, int pageNumber, CancellationToken cancel)
    {
        var folder = Directory.CreateTempSubdirectory("decree-ocr-");
        try
        {
            var prefix = Path.Combine(folder.FullName, "page");
            var page = pageNumber.ToString(CultureInfo.InvariantCulture);
            ExternalTool.Run("pdftoppm", ["-r", $"{Dpi}", "-gray", "-f", page, "-l", page, "-singlefile", pdfPath, prefix], PopplerHint, PageLimit, cancel);
            var image = GrayImage.ReadPgm(File.ReadAllBytes(prefix + ".pgm"));
            var level = image.Level(SkewEstimator.Slope(image));
            var levelPath = Path.Combine(folder.FullName, "level.pgm");
            File.WriteAllBytes(levelPath, level.ToPgm());
            var height = level.Height;
            var words = Ocr(level, levelPath, pageSegmentation: null, 0, 0, cancel).ToList();
            var rules = RuleFinder.Find(level, MinRulePixels)
                .Select(s => new Segment(s.X1 * PointsPerPixel, (height - s.Y1) * PointsPerPixel, s.X2 * PointsPerPixel, (height - s.Y2) * PointsPerPixel))
                .ToList();
            words.AddRange(MissedCells(level, words, rules, folder.FullName, cancel));
            return new PageContent(pageNumber, level.Width * PointsPerPixel, height * PointsPerPixel, WithoutBorderMarks(words, rules), rules, FromOcr: true);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// tesseract reads the words of a whole page, and a cell of text broken into short lines in a
    /// narrow column can escape its page layout analysis: a cell with ink but no word is read again
    /// on its own, as one block of text.
    /// </summary>
    private static List<PositionedWord> MissedCells(GrayImage level, List<PositionedWord> words, List<Segment> rules, string folder, CancellationToken cancel)
    {
        const double Inset = 2;
        var found = new List<PositionedWord>();
        foreach (var cell in RuledTable.Find(rules).SelectMany(table => table.CellBoxes()))
        {
            if (words.Any(w => cell.Contains(w.Box.CenterX, w.Box.CenterY))) continue;
            var (left, top) = ((int)((cell.Left + Inset) / PointsPerPixel), (int)(level.Height - ((cell.Top - Inset) / PointsPerPixel)));
            var crop = level.Crop(left, top, (int)((cell.Right - cell.Left - (2 * Inset)) / PointsPerPixel), (int)((cell.Top - cell.Bottom - (2 * Inset)) / PointsPerPixel));
            if (crop.DarkShare() < 0.002) continue;
            var path = Path.Combine(folder, $"cell-{found.Count}.pgm");
            File.WriteAllBytes(path, crop.ToPgm());
            found.AddRange(Ocr(level, path, pageSegmentation: "6", left, top, cancel));
        }
        return found;
    }

    /// <summary>Runs tesseract on an image file that shows the level page from (<paramref name="left"/>, <paramref name="top"/>) on.</summary>
    private static IEnumerable<PositionedWord> Ocr(GrayImage level, string imagePath, string? pageSegmentation, int left, int top, CancellationToken cancel)
    {
        var arguments = new List<string> { imagePath, "stdout", "-l", "kaz+rus", "--dpi", $"{Dpi}" };
        if (pageSegmentation is not null) arguments.AddRange(["--psm", pageSegmentation]);
        arguments.Add("tsv");
        var tsv = ExternalTool.Run("tesseract", arguments, TesseractHint, PageLimit, cancel);
        return TesseractTsv.Words(tsv).Select(w => w with
        {
            Box = ToPoints(new Box(w.Box.Left + left, w.Box.Bottom + top, w.Box.Right + left, w.Box.Top + top), level.Height),
            FirstLetterWidth = w.FirstLetterWidth * PointsPerPixel,
        });
    }

    /// <summary>
    /// OCR reads a table's vertical borders as "|", "[" or "]": such marks standing on a ruling line
    /// are lines, not text, and go; a word that swallowed one at its edge keeps its letters.
    /// </summary>
    private static List<PositionedWord> WithoutBorderMarks(List<PositionedWord> words, List<Segment> rules)
    {
        var borders = rules.Where(rule => rule.IsVertical).ToList();
        bool OnBorder(double x, double y) => borders.Any(b => Math.Abs(b.X1 - x) < 3 && b.MinY <= y && b.MaxY >= y);
        return words
            .Where(word => !(word.Text.All(c => c is '|' or '[' or ']') && OnBorder(word.Box.CenterX, word.Box.CenterY)))
            .Select(word => OnBorder(word.Box.Left, word.Box.CenterY) || OnBorder(word.Box.Right, word.Box.CenterY)
                ? word with { Text = word.Text.Trim('|', '[', ']') }
                : word)
            .Where(word => word.Text.Length > 0)
            .ToList();
    }

    /// <summary>A box in pixels from the top left as the same box in points from the bottom left.</summary>
    private static Box ToPoints(Box pixels, int height) =>
        new(pixels.Left * PointsPerPixel, (height - pixels.Top) * PointsPerPixel, pixels.Right * PointsPerPixel, (height - pixels.Bottom) * PointsPerPixel);
}
