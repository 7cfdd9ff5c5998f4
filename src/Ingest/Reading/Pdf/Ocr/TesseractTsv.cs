using System.Globalization;

namespace DecreeParser.Ingest.Reading.Pdf.Ocr;

/// <summary>
/// Reads tesseract's TSV output: one row per word (level 5) with its box in pixels, top left origin
/// — here given as a <see cref="Box"/> whose Bottom is the top edge and Top the bottom edge, still in
/// image coordinates, for the caller to turn into page space.
/// </summary>
public static class TesseractTsv
{
    private const int WordLevel = 5;

    public static IEnumerable<PositionedWord> Words(string tsv)
    {
        foreach (var fields in Rows(tsv))
        {
            var text = fields[11].Trim();
            var (left, top, width, height) = (Number(fields[6]), Number(fields[7]), Number(fields[8]), Number(fields[9]));
            yield return new PositionedWord(text, new Box(left, top, left + width, top + height), false, (double)width / text.Length);
        }
    }

    /// <summary>tesseract's mean confidence (0–100) in the words it read; 0 when it read none.</summary>
    public static double MeanConfidence(string tsv)
    {
        var confidences = Rows(tsv).Select(fields => double.Parse(fields[10], CultureInfo.InvariantCulture)).ToList();
        return confidences.Count == 0 ? 0 : confidences.Average();
    }

    private static IEnumerable<string[]> Rows(string tsv) =>
        tsv.Split('\n').Skip(1)
            .Select(line => line.TrimEnd('\r').Split('\t'))
            .Where(fields => fields.Length >= 12 && fields[0] == WordLevel.ToString(CultureInfo.InvariantCulture) && fields[11].Trim().Length > 0);

    private static int Number(string field) => int.Parse(field, CultureInfo.InvariantCulture);
}
