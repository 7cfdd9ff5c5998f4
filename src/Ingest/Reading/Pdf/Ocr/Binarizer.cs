namespace DecreeParser.Ingest.Reading.Pdf.Ocr;

/// <summary>
/// Turns a grey page into black ink on white paper by Sauvola's rule, the usual one for scanned
/// documents: each pixel is compared with a threshold from the mean and spread of the grey around
/// it, so paper that darkens towards one side or grain that greys it stays paper, and a letter on
/// it stays ink. A pixel is ink when darker than mean × (1 + k × (spread / 128 − 1)). The sums
/// over each window are kept per column and slid along rows, so the memory is a row's, not a page's.
/// </summary>
public static class Binarizer
{
    /// <summary>The window's side in inches: a few letters wide, so a letter's own ink never fills it.</summary>
    private const double WindowInches = 0.12;
    // 0.4 rather than the paper's 0.2–0.34: a scan's blur spreads ink, and a larger k keeps strokes
    // thin. On the office level's page 2, tesseract's mean confidence: grey 63, k 0.2 86, 0.3 92,
    // 0.4 94; on the clean scan's page 2, 95.5 grey and 95.5 at 0.4.
    private const double K = 0.4;
    private const double Range = 128;

    public static GrayImage Sauvola(GrayImage image, double dpi)
    {
        var radius = Math.Max(2, (int)(WindowInches * dpi / 2));
        var (width, height) = (image.Width, image.Height);
        var pixels = image.Pixels();
        var output = new byte[pixels.Length];
        var columnSum = new long[width];
        var columnSquares = new long[width];
        void AddRow(int y, int sign)
        {
            if (y < 0 || y >= height) return;
            for (var x = 0; x < width; x++)
            {
                long value = pixels[(y * width) + x];
                columnSum[x] += sign * value;
                columnSquares[x] += sign * value * value;
            }
        }
        for (var y = -radius; y < radius; y++) AddRow(y, +1);
        for (var y = 0; y < height; y++)
        {
            AddRow(y + radius, +1);
            AddRow(y - radius - 1, -1);
            var rows = Math.Min(height - 1, y + radius) - Math.Max(0, y - radius) + 1;
            long sum = 0, squares = 0;
            for (var x = 0; x < radius && x < width; x++) (sum, squares) = (sum + columnSum[x], squares + columnSquares[x]);
            for (var x = 0; x < width; x++)
            {
                if (x + radius < width) (sum, squares) = (sum + columnSum[x + radius], squares + columnSquares[x + radius]);
                if (x - radius - 1 >= 0) (sum, squares) = (sum - columnSum[x - radius - 1], squares - columnSquares[x - radius - 1]);
                var count = rows * (Math.Min(width - 1, x + radius) - Math.Max(0, x - radius) + 1);
                var mean = (double)sum / count;
                var spread = Math.Sqrt(Math.Max(0, ((double)squares / count) - (mean * mean)));
                var threshold = mean * (1 + (K * ((spread / Range) - 1)));
                output[(y * width) + x] = pixels[(y * width) + x] < threshold ? (byte)0 : (byte)255;
            }
        }
        return new GrayImage(width, height, output);
    }
}
