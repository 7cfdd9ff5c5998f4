namespace DecreeParser.Ingest.Reading.Pdf.Ocr;

/// <summary>
/// Takes the specks off a scanned page: dots of dust, toner and a scanner's noise that tesseract
/// otherwise reads as hundreds of one-letter words (on the office level of the seed's ladder, 448
/// words on a page that holds 219, at a mean confidence of 63 against 95). A speck is a group of
/// touching dark pixels smaller than the smallest mark of print — a full stop at 8 points is about
/// half a millimetre across — so no letter, dot or comma is lost.
/// </summary>
public static class Specks
{
    private const byte Dark = 128;
    /// <summary>The largest speck's side in inches: under a fifth of a millimetre.</summary>
    private const double SpeckInches = 0.007;

    /// <summary>The image with every dark group smaller than a speck turned white; how many groups went.</summary>
    public static (GrayImage Image, int Removed) Remove(GrayImage image, double dpi)
    {
        var side = Math.Max(1, SpeckInches * dpi);
        var maxArea = (int)Math.Ceiling(side * side);
        var pixels = image.Pixels();
        var (width, height) = (image.Width, image.Height);
        var seen = new bool[pixels.Length];
        var group = new List<int>(maxArea + 1);
        var stack = new Stack<int>();
        var removed = 0;
        for (var start = 0; start < pixels.Length; start++)
        {
            if (seen[start] || pixels[start] >= Dark) continue;
            // The group of dark pixels touching this one (8 neighbours), followed only until it is
            // too large to be a speck; the rest of a large group is marked seen as it is reached.
            group.Clear();
            stack.Push(start);
            seen[start] = true;
            var large = false;
            while (stack.Count > 0)
            {
                var at = stack.Pop();
                if (!large)
                {
                    group.Add(at);
                    large = group.Count > maxArea;
                }
                var (x, y) = (at % width, at / width);
                for (var dy = -1; dy <= 1; dy++)
                {
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        var (nx, ny) = (x + dx, y + dy);
                        if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
                        var next = (ny * width) + nx;
                        if (seen[next] || pixels[next] >= Dark) continue;
                        seen[next] = true;
                        stack.Push(next);
                    }
                }
            }
            if (large) continue;
            foreach (var at in group) pixels[at] = 255;
            removed++;
        }
        return (new GrayImage(width, height, pixels), removed);
    }
}
