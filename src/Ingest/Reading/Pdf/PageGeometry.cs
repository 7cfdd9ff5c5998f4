namespace DecreeParser.Ingest.Reading.Pdf;

/// <summary>A rectangle in page space: points, origin at the bottom left, y growing upwards.</summary>
public readonly record struct Box(double Left, double Bottom, double Right, double Top)
{
    public double CenterX => (Left + Right) / 2;

    public double CenterY => (Bottom + Top) / 2;

    public double Height => Top - Bottom;

    public double Width => Right - Left;

    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Bottom && y <= Top;

    public Box Union(Box other) => new(Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom), Math.Max(Right, other.Right), Math.Max(Top, other.Top));
}

/// <summary>
/// A word where it stands on the page, from a text layer or from OCR, with the width of its first
/// letter (OCR knows only the word: its average letter) and its font size where the text layer
/// says it (0 from OCR).
/// </summary>
public sealed record PositionedWord(string Text, Box Box, bool Bold, double FirstLetterWidth, double FontSize = 0);

/// <summary>A straight ruling line drawn on the page: a table border.</summary>
public readonly record struct Segment(double X1, double Y1, double X2, double Y2)
{
    private const double Straightness = 0.8;
    private const double MinLength = 3;

    public bool IsHorizontal => Math.Abs(Y1 - Y2) < Straightness && Math.Abs(X1 - X2) > MinLength;

    public bool IsVertical => Math.Abs(X1 - X2) < Straightness && Math.Abs(Y1 - Y2) > MinLength;

    public double MinX => Math.Min(X1, X2);

    public double MaxX => Math.Max(X1, X2);

    public double MinY => Math.Min(Y1, Y2);

    public double MaxY => Math.Max(Y1, Y2);
}

/// <summary>
/// What one page holds for layout analysis: its words and its ruling lines, and whether they come
/// from OCR (which sees no bold: a centred line stands for a heading there).
/// </summary>
public sealed record PageContent(int Number, double Width, double Height, IReadOnlyList<PositionedWord> Words, IReadOnlyList<Segment> Rules, bool FromOcr = false);
