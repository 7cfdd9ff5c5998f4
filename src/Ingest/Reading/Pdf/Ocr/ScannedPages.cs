using System.Globalization;

namespace DecreeParser.Ingest.Reading.Pdf.Ocr;

/// <summary>
/// Reads pages that are images: each is rendered to a grey image (pdftoppm) at the resolution it was
/// scanned at (<see cref="ScanResolution"/>), levelled, searched for ruling lines, and read by
/// tesseract (kaz+rus) into word boxes — the same words and lines a text layer gives, in points of
/// the sheet that was scanned, so <see cref="PdfLayout"/> rebuilds the tables the same way.
/// </summary>
public sealed class ScannedPages
{
    private static readonly TimeSpan PageLimit = TimeSpan.FromMinutes(3);
    // tesseract's mean confidence on a clean page of the seed is about 95; on the office level's, 63.
    private const double ConfidentReading = 85;

    public const string PopplerHint = "apt-get install poppler-utils";
    public const string TesseractHint = "apt-get install tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus tesseract-ocr-osd";
    public const string OpenCvHint = "apt-get install libgtk-3-0";

    private readonly double dpi;
    private readonly double pointsPerPixel;
    private readonly CancellationToken cancel;

    private ScannedPages(double dpi, CancellationToken cancel) => (this.dpi, pointsPerPixel, this.cancel) = (dpi, 72 / dpi, cancel);

    // Ruling lines are at least a quarter inch long: longer than any letter stroke, shorter than a narrow cell.
    private int MinRulePixels => (int)(dpi / 4);

    public static PageContent Read(string pdfPath, int pageNumber, ScanResolution resolution, CancellationToken cancel) =>
        new ScannedPages(resolution.ReadDpi, cancel).Read(pdfPath, pageNumber, resolution.RenderDpi);

    private PageContent Read(string pdfPath, int pageNumber, double renderDpi)
    {
        var folder = Directory.CreateTempSubdirectory("decree-ocr-");
        try
        {
            var prefix = Path.Combine(folder.FullName, "page");
            var page = pageNumber.ToString(CultureInfo.InvariantCulture);
            ExternalTool.Run("pdftoppm", ["-r", renderDpi.ToString("0.###", CultureInfo.InvariantCulture), "-gray", "-f", page, "-l", page, "-singlefile", pdfPath, prefix], PopplerHint, PageLimit, cancel);
            var image = GrayImage.ReadPgm(File.ReadAllBytes(prefix + ".pgm"));
            var levelPath = Path.Combine(folder.FullName, "level.pgm");
            var (level, tsv) = LevelAndRead(image, levelPath);
            if (PageOrientation.LooksTurned(tsv) && PageOrientation.CorrectingTurn(Osd(levelPath)) is var turn and not 0)
            {
                var turned = LevelAndRead(image.Turn(turn), levelPath);
                if (PageOrientation.ReadsBetter(turned.Tsv, tsv)) (level, tsv) = turned;
            }
            var height = level.Height;
            var words = Placed(TesseractTsv.Words(tsv), level, 0, 0).ToList();
            var rules = RuleFinder.Find(level, MinRulePixels)
                .Select(s => new Segment(s.X1 * pointsPerPixel, (height - s.Y1) * pointsPerPixel, s.X2 * pointsPerPixel, (height - s.Y2) * pointsPerPixel))
                .ToList();
            words.AddRange(MissedCells(level, words, rules, folder.FullName));
            return new PageContent(pageNumber, level.Width * pointsPerPixel, height * pointsPerPixel, WithoutBorderMarks(words, rules), rules, FromOcr: true);
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
    private List<PositionedWord> MissedCells(GrayImage level, List<PositionedWord> words, List<Segment> rules, string folder)
    {
        const double Inset = 2;
        var found = new List<PositionedWord>();
        foreach (var cell in RuledTable.Find(rules).SelectMany(table => table.CellBoxes()))
        {
            if (words.Any(w => cell.Contains(w.Box.CenterX, w.Box.CenterY))) continue;
            var (left, top) = ((int)((cell.Left + Inset) / pointsPerPixel), (int)(level.Height - ((cell.Top - Inset) / pointsPerPixel)));
            var crop = level.Crop(left, top, (int)((cell.Right - cell.Left - (2 * Inset)) / pointsPerPixel), (int)((cell.Top - cell.Bottom - (2 * Inset)) / pointsPerPixel));
            if (crop.DarkShare() < 0.002) continue;
            var path = Path.Combine(folder, $"cell-{found.Count}.pgm");
            File.WriteAllBytes(path, crop.ToPgm());
            found.AddRange(Placed(TesseractTsv.Words(Tesseract(path, pageSegmentation: "6")), level, left, top));
        }
        return found;
    }

    /// <summary>
    /// The image levelled (its skew taken out), written where tesseract reads it, and tesseract's
    /// reading of it. A page read with little confidence (grain, specks, uneven light) is read again
    /// made black on white (<see cref="Binarizer"/>) and rid of specks, and the more confident
    /// reading kept: on clean pages tesseract's own thresholding reads better (dots of "1.2." kept),
    /// so only noisy pages pay for the second reading. On the ladder's five-page excerpts, fields
    /// right without / with the second reading: office 0.6 % / 59.5 %, the clean levels unchanged.
    /// </summary>
    private (GrayImage Level, string Tsv) LevelAndRead(GrayImage image, string levelPath)
    {
        var level = Levelled(image);
        File.WriteAllBytes(levelPath, level.ToPgm());
        var tsv = Tesseract(levelPath, pageSegmentation: null);
        if (TesseractTsv.MeanConfidence(tsv) >= ConfidentReading) return (level, tsv);
        var (clean, _) = Specks.Remove(Binarizer.Sauvola(level, dpi), dpi);
        File.WriteAllBytes(levelPath, clean.ToPgm());
        var cleanTsv = Tesseract(levelPath, pageSegmentation: null);
        if (TesseractTsv.MeanConfidence(cleanTsv) > TesseractTsv.MeanConfidence(tsv)) return (clean, cleanTsv);
        File.WriteAllBytes(levelPath, level.ToPgm());
        return (level, tsv);
    }

    /// <summary>The page with its skew taken out; OpenCV's native library missing is a missing tool, named.</summary>
    private static GrayImage Levelled(GrayImage image)
    {
        try
        {
            return image.Level(SkewEstimator.Slope(image));
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException)
        {
            throw new ToolException($"OpenCV's native library did not load ({OpenCvHint}): {e.GetBaseException().Message}");
        }
    }

    /// <summary>tesseract's words (TSV) in an image file.</summary>
    private string Tesseract(string imagePath, string? pageSegmentation)
    {
        var arguments = new List<string> { imagePath, "stdout", "-l", "kaz+rus", "--dpi", ((int)dpi).ToString(CultureInfo.InvariantCulture) };
        if (pageSegmentation is not null) arguments.AddRange(["--psm", pageSegmentation]);
        arguments.Add("tsv");
        return ExternalTool.Run("tesseract", arguments, TesseractHint, PageLimit, cancel);
    }

    /// <summary>tesseract's orientation and script detection (the osd data) of an image file.</summary>
    private string Osd(string imagePath) =>
        ExternalTool.Run("tesseract", [imagePath, "stdout", "--psm", "0", "--dpi", ((int)dpi).ToString(CultureInfo.InvariantCulture)], TesseractHint, PageLimit, cancel);

    /// <summary>Words read from an image that shows the level page from (<paramref name="left"/>, <paramref name="top"/>) on, in page points.</summary>
    private IEnumerable<PositionedWord> Placed(IEnumerable<PositionedWord> words, GrayImage level, int left, int top) =>
        words.Select(w => w with
        {
            Box = ToPoints(new Box(w.Box.Left + left, w.Box.Bottom + top, w.Box.Right + left, w.Box.Top + top), level.Height),
            FirstLetterWidth = w.FirstLetterWidth * pointsPerPixel,
        });

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
    private Box ToPoints(Box pixels, int height) =>
        new(pixels.Left * pointsPerPixel, (height - pixels.Top) * pointsPerPixel, pixels.Right * pointsPerPixel, (height - pixels.Bottom) * pointsPerPixel);
}
