using System.Globalization;
using System.Text.RegularExpressions;

namespace DecreeParser.Ingest.Reading.Pdf.Ocr;

/// <summary>
/// Pages fed upside down or on their side. tesseract's orientation detection (the osd data) costs
/// about half a page's reading, so it is asked only of a page whose first reading looks turned:
/// upside down, tesseract reads letters it is unsure of (mean confidence 35 against 95 for the
/// same page upright); on its side, it reads the lines as vertical text, confidently, but its word
/// boxes stand taller than wide.
/// </summary>
public static partial class PageOrientation
{
    private const double UprightConfidence = 60;
    private const double MinConfidenceInTurn = 2;

    public static bool LooksTurned(string tsv) => TesseractTsv.MeanConfidence(tsv) < UprightConfidence || OnItsSide(tsv);

    /// <summary>
    /// Whether a turned page's reading is better than the first: upright where the first was on its
    /// side, or read with more confidence. OSD can be wrong on a poor page; then the first stays.
    /// </summary>
    public static bool ReadsBetter(string turned, string first) =>
        !OnItsSide(turned) && (OnItsSide(first) || TesseractTsv.MeanConfidence(turned) > TesseractTsv.MeanConfidence(first));

    private static bool OnItsSide(string tsv)
    {
        var longWords = TesseractTsv.Words(tsv).Where(word => word.Text.Length >= 3).ToList();
        return longWords.Count > 0 && longWords.Count(word => word.Box.Top - word.Box.Bottom > word.Box.Right - word.Box.Left) > longWords.Count / 2;
    }

    /// <summary>The clockwise turn (0, 90, 180, 270) that rights the page, from tesseract's OSD output; 0 when it is unsure.</summary>
    public static int CorrectingTurn(string osd)
    {
        var rotate = Rotate().Match(osd);
        var confidence = Confidence().Match(osd);
        if (!rotate.Success || !confidence.Success) return 0;
        return double.Parse(confidence.Groups[1].Value, CultureInfo.InvariantCulture) >= MinConfidenceInTurn
            ? int.Parse(rotate.Groups[1].Value, CultureInfo.InvariantCulture)
            : 0;
    }

    [GeneratedRegex(@"^Rotate: (0|90|180|270)\s*$", RegexOptions.Multiline)]
    private static partial Regex Rotate();

    [GeneratedRegex(@"^Orientation confidence: ([0-9.]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Confidence();
}
