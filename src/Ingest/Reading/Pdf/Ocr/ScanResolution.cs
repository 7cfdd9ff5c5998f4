using UglyToad.PdfPig.Content;

namespace DecreeParser.Ingest.Reading.Pdf.Ocr;

/// <summary>
/// How finely a scanned page was really scanned, and how finely it is read. The page's own image
/// says it: its pixels over the inches it covers. That is wrong when the PDF declares a resolution
/// the scanner never had (96 or 72 dpi, as many drivers and converters write): the page then claims
/// a paper size no office has, while the pixels at a scanner's usual resolution make a standard
/// sheet; that resolution is taken. The page is read at its own resolution, upscaled only when
/// scanned coarser than OCR reads well, and never finer than <see cref="FinestDpi"/>, so a page's
/// memory is bounded whatever the PDF declares.
/// </summary>
/// <param name="PixelWidth">The page's width in the image's own pixels.</param>
/// <param name="PixelHeight">The page's height in the image's own pixels.</param>
/// <param name="ScannedDpi">The resolution the page was scanned at.</param>
/// <param name="DeclaredDpi">The resolution the PDF declares for it.</param>
public sealed record ScanResolution(int PixelWidth, int PixelHeight, double ScannedDpi, double DeclaredDpi)
{
    /// <summary>
    /// Coarser scans are upscaled to this: tesseract wants letters about 20 pixels high. On the seed's
    /// 200 dpi scan, read as it is, 60 % of the typed fields came out right; upscaled to 300 dpi, 99 %;
    /// twice, to 400 dpi, 93 % (see <see cref="RenderDpi"/> for how sensitive OCR is to resampling).
    /// </summary>
    public const double CoarsestReadDpi = 300;
    public const double FinestDpi = 400;
    /// <summary>A page is never read into more pixels than an A3 sheet at <see cref="FinestDpi"/>.</summary>
    public const long MaxPixels = 6614L * 4677;

    private static readonly double[] ScannerDpis = [100, 150, 200, 300, 400, 600];
    private const double MinScannerDpi = 100;
    // A3, A4, A5, Letter, Legal: short side × long side in inches. (B5 at 240 dpi is A4 at 200 dpi
    // within 1 %: office scans are not made on it.)
    private static readonly (double Short, double Long)[] Sheets = [(11.69, 16.54), (8.27, 11.69), (5.83, 8.27), (8.5, 11), (8.5, 14)];
    // Loose enough for a page turned up to 5° on the glass, whose image grows by its corners.
    private const double SheetTolerance = 0.07;

    /// <summary>The resolution the page is read at.</summary>
    public double ReadDpi
    {
        get
        {
            var wanted = Math.Clamp(ScannedDpi, CoarsestReadDpi, FinestDpi);
            var scale = wanted / ScannedDpi;
            var pixels = (double)PixelWidth * PixelHeight * scale * scale;
            return pixels > MaxPixels ? wanted * Math.Sqrt(MaxPixels / pixels) : wanted;
        }
    }

    /// <summary>
    /// The resolution to render the page at, of its declared size, to read it at <see cref="ReadDpi"/>.
    /// A render at a resolution, not to a pixel size: OCR is that sensitive to resampling. The seed's
    /// scan scaled by pdftoppm to 3 538 pixels instead of 3 539 gave 60 % of the fields right, not
    /// 99 % ("ІІМ" read "ПМ" on every page); scaled to the very 3 539 pixels a 300 dpi render makes,
    /// it lost section III's numeral ("&lt;5&gt;Ш.").
    /// </summary>
    public double RenderDpi => ReadDpi * DeclaredDpi / ScannedDpi;

    /// <summary>The resolution of a page that is only an image; null when it has none to measure.</summary>
    public static ScanResolution? Of(Page page)
    {
        var image = page.GetImages().MaxBy(i => (long)i.WidthInSamples * i.HeightInSamples);
        if (image is null || image.BoundingBox.Width <= 0 || image.BoundingBox.Height <= 0) return null;
        // The image's pixels per point of the page, taken along its long side (an image turned a
        // quarter in its placement swaps its sides).
        var pixelsPerPoint = Math.Max(image.WidthInSamples, image.HeightInSamples) / Math.Max(image.BoundingBox.Width, image.BoundingBox.Height);
        var (width, height) = ((int)Math.Round(page.Width * pixelsPerPoint), (int)Math.Round(page.Height * pixelsPerPoint));
        return new ScanResolution(width, height, ScannedAt(width, height, pixelsPerPoint * 72), pixelsPerPoint * 72);
    }

    /// <summary>
    /// The declared resolution, unless it is a screen's, makes the page no standard sheet, and a
    /// scanner's usual resolution does (the one that makes it closest to a sheet: 2359 pixels are A3
    /// at 150 dpi within 5 %, A4 at 200 dpi within 1 %).
    /// </summary>
    public static double ScannedAt(int pixelWidth, int pixelHeight, double declaredDpi)
    {
        // Only a screen's resolution (72, 96) is taken for a mistake: a page scanned turned by a few
        // degrees at a scanner's resolution is no sheet either, and its declaration is right (a
        // 200 dpi A4 page turned 3.5° would otherwise pass for A5 at 300 dpi).
        if (declaredDpi >= MinScannerDpi || SheetMismatch(pixelWidth / declaredDpi, pixelHeight / declaredDpi) < SheetTolerance) return declaredDpi;
        var closest = ScannerDpis.MinBy(dpi => SheetMismatch(pixelWidth / dpi, pixelHeight / dpi));
        return SheetMismatch(pixelWidth / closest, pixelHeight / closest) < SheetTolerance ? closest : declaredDpi;
    }

    /// <summary>How far a page of this size is from the nearest standard sheet, as a share of the sheet's side.</summary>
    private static double SheetMismatch(double widthInches, double heightInches)
    {
        var (shortSide, longSide) = (Math.Min(widthInches, heightInches), Math.Max(widthInches, heightInches));
        return Sheets.Min(sheet => Math.Max(Math.Abs((shortSide / sheet.Short) - 1), Math.Abs((longSide / sheet.Long) - 1)));
    }
}
