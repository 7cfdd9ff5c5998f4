using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using OpenCvSharp;

namespace DecreeParser.Ingest.Reading.Pdf.Ocr;

/// <summary>
/// An 8-bit grey page image, read from and written to binary PGM, the format pdftoppm renders in and
/// tesseract reads. Levelling a skewed page is OpenCV's (see <see cref="Level"/>); the rest is
/// simple enough to need no image library.
/// </summary>
public sealed class GrayImage(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public bool IsDark(int x, int y, byte threshold = 160) => pixels[(y * Width) + x] < threshold;

    /// <summary>A copy of the pixels, row by row, for a filter that makes a new image.</summary>
    public byte[] Pixels() => (byte[])pixels.Clone();

    /// <summary>The part of the image in the given pixel rectangle, clipped to the image.</summary>
    public GrayImage Crop(int left, int top, int width, int height)
    {
        (left, top) = (Math.Clamp(left, 0, Width - 1), Math.Clamp(top, 0, Height - 1));
        (width, height) = (Math.Clamp(width, 1, Width - left), Math.Clamp(height, 1, Height - top));
        var cropped = new byte[width * height];
        for (var y = 0; y < height; y++) Array.Copy(pixels, ((top + y) * Width) + left, cropped, y * width, width);
        return new GrayImage(width, height, cropped);
    }

    /// <summary>The share of dark pixels: whether there is ink at all.</summary>
    public double DarkShare()
    {
        var dark = pixels.Count(p => p < 128);
        return (double)dark / pixels.Length;
    }

    public static GrayImage ReadPgm(byte[] bytes)
    {
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)bytes[position]) || bytes[position] == '#')
            {
                if (bytes[position] == '#') while (bytes[position] != '\n') position++;
                position++;
            }
            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position])) position++;
            return Encoding.ASCII.GetString(bytes, start, position - start);
        }
        if (Token() != "P5") throw new InvalidDataException("not a binary PGM image");
        var width = int.Parse(Token(), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), CultureInfo.InvariantCulture);
        if (int.Parse(Token(), CultureInfo.InvariantCulture) != 255) throw new InvalidDataException("only 8-bit PGM images are read");
        position++;
        return new GrayImage(width, height, bytes[position..(position + (width * height))]);
    }

    public byte[] ToPgm()
    {
        var header = Encoding.ASCII.GetBytes($"P5\n{Width} {Height}\n255\n");
        return [.. header, .. pixels];
    }

    /// <summary>
    /// The image turned so that lines sloping by <paramref name="slope"/> (pixels down per pixel
    /// across) come out level; corners turned in from outside are white. OpenCV's affine warp with
    /// bilinear interpolation: on the scan ladder (README, "Pixels: OpenCV or our own") it reads more
    /// fields than taking the nearest pixel (whose stepped letter edges tesseract misreads) and than
    /// our own bilinear turn, in a quarter of the latter's time.
    /// </summary>
    public GrayImage Level(double slope)
    {
        if (slope == 0) return this;
        using var source = Mat.FromPixelData(Height, Width, MatType.CV_8UC1, pixels);
        using var turn = Cv2.GetRotationMatrix2D(new Point2f(Width / 2f, Height / 2f), Math.Atan(slope) * 180 / Math.PI, 1);
        using var level = new Mat();
        Cv2.WarpAffine(source, level, turn, source.Size(), InterpolationFlags.Linear, BorderTypes.Constant, Scalar.All(255));
        var output = new byte[pixels.Length];
        Marshal.Copy(level.Data, output, 0, output.Length);
        return new GrayImage(Width, Height, output);
    }

    /// <summary>The image turned clockwise by a quarter, half or three quarters (<paramref name="degrees"/> 90, 180, 270).</summary>
    public GrayImage Turn(int degrees)
    {
        var quarters = ((degrees / 90) % 4 + 4) % 4;
        if (quarters == 0) return this;
        var (width, height) = quarters == 2 ? (Width, Height) : (Height, Width);
        var output = new byte[pixels.Length];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var (tx, ty) = quarters switch
                {
                    1 => (Height - 1 - y, x),
                    2 => (Width - 1 - x, Height - 1 - y),
                    _ => (y, Width - 1 - x),
                };
                output[(ty * width) + tx] = pixels[(y * Width) + x];
            }
        }
        return new GrayImage(width, height, output);
    }
}
