namespace DecreeParser.Ingest.Reading.Pdf.Ocr;

/// <summary>
/// Finds the ruling lines of a level page image: runs of dark pixels far longer than any letter
/// stroke, horizontal and vertical, where runs on neighbouring rows (a line a few pixels thick) are
/// one line. Small breaks in a scanned line are bridged. A run is a line only if it is thin: light
/// a few pixels to either side along most of its length, where a line of bold text is not.
/// </summary>
public static class RuleFinder
{
    private const int MaxBreak = 3;
    private const int Thickness = 4;
    private const int Beside = 4;
    private const double MaxDarkBeside = 0.2;

    /// <summary>The lines as segments in pixel coordinates (y down).</summary>
    public static List<Segment> Find(GrayImage image, int minLength)
    {
        bool DarkInRow(int row, int i) => row >= 0 && row < image.Height && image.IsDark(i, row);
        bool DarkInColumn(int column, int i) => column >= 0 && column < image.Width && image.IsDark(column, i);
        var horizontal = Runs(image.Height, image.Width, DarkInRow, minLength).Select(r => (Across: r.Line, r.From, r.To)).ToList();
        var vertical = Runs(image.Width, image.Height, DarkInColumn, minLength).Select(r => (Across: r.Line, r.From, r.To)).ToList();
        return Merge(horizontal).Select(r => new Segment(r.From, r.Across, r.To, r.Across))
            .Concat(Merge(vertical).Select(r => new Segment(r.Across, r.From, r.Across, r.To)))
            .ToList();
    }

    /// <summary>Dark runs along each line (row or column), bridging breaks of a few pixels.</summary>
    private static IEnumerable<(int Line, int From, int To)> Runs(int lines, int length, Func<int, int, bool> dark, int minLength)
    {
        for (var line = 0; line < lines; line++)
        {
            var start = -1;
            var lastDark = -1;
            for (var i = 0; i <= length; i++)
            {
                if (i < length && dark(line, i))
                {
                    if (start < 0) start = i;
                    lastDark = i;
                }
                else if (start >= 0 && (i == length || i - lastDark > MaxBreak))
                {
                    if (lastDark - start >= minLength && Thin(line, start, lastDark, dark)) yield return (line, start, lastDark);
                    start = -1;
                }
            }
        }
    }

    private static bool Thin(int line, int from, int to, Func<int, int, bool> dark)
    {
        var besideDark = 0;
        for (var i = from; i <= to; i++)
        {
            if (dark(line - Beside, i) || dark(line + Beside, i)) besideDark++;
        }
        return besideDark <= MaxDarkBeside * (to - from + 1);
    }

    /// <summary>Runs on neighbouring lines that overlap are one ruling line, at their middle.</summary>
    private static List<(double Across, double From, double To)> Merge(List<(int Across, int From, int To)> runs)
    {
        var merged = new List<(double Across, double From, double To, int Count, int Last)>();
        foreach (var run in runs.OrderBy(r => r.Across))
        {
            var index = merged.FindIndex(m => run.Across - m.Last <= 1 && run.Across - m.Across <= Thickness && run.From <= m.To && m.From <= run.To);
            if (index < 0)
            {
                merged.Add((run.Across, run.From, run.To, 1, run.Across));
                continue;
            }
            var m = merged[index];
            merged[index] = (((m.Across * m.Count) + run.Across) / (m.Count + 1), Math.Min(m.From, run.From), Math.Max(m.To, run.To), m.Count + 1, run.Across);
        }
        return merged.Select(m => (m.Across, m.From, m.To)).ToList();
    }
}
