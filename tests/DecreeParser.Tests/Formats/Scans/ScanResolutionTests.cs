using DecreeParser.Ingest.Reading.Pdf.Ocr;

namespace DecreeParser.Tests.Formats.Scans;

/// <summary>A scan is read at the resolution it was scanned at, whatever the PDF declares, within bounds.</summary>
public class ScanResolutionTests
{
    [Theory]
    [InlineData(2359, 1680, 200, 200)]   // the seed's scan: A4 landscape at 200 dpi, as declared
    [InlineData(1768, 1261, 150, 150)]
    [InlineData(2359, 1680, 96, 200)]    // declared 96 dpi: 24.6 × 17.5 inches is no sheet; at 200 dpi it is A4
    [InlineData(2359, 1680, 72, 200)]
    [InlineData(2481, 3508, 96, 300)]    // A4 portrait at 300 dpi, declared 96
    [InlineData(2550, 3300, 72, 300)]    // US Letter at 300 dpi, declared 72
    [InlineData(1000, 1000, 96, 96)]     // a square image is no sheet at any resolution: the declaration stands
    [InlineData(2436, 1794, 200, 200)]   // A4 at 200 dpi turned 3.5° on the glass: no sheet, but 200 is a scanner's resolution
    public void The_scanned_resolution_is_the_declared_one_unless_only_a_scanner_resolution_makes_a_sheet(int width, int height, double declared, double scanned) =>
        Assert.Equal(scanned, ScanResolution.ScannedAt(width, height, declared));

    [Fact]
    public void A3_at_150_dpi_and_A4_at_200_dpi_are_told_apart_by_which_fits_closer()
    {
        Assert.Equal(200, ScanResolution.ScannedAt(2339, 1654, 96));
        Assert.Equal(150, ScanResolution.ScannedAt(2480, 1754, 96));
    }

    [Theory]
    [InlineData(150, 300)]   // upscaled: tesseract wants letters about 20 pixels high
    [InlineData(200, 300)]
    [InlineData(300, 300)]
    [InlineData(400, 400)]
    [InlineData(600, 400)]   // never finer than 400 dpi
    public void A_page_is_read_at_its_own_resolution_within_bounds(double scanned, double read)
    {
        var resolution = new ScanResolution((int)(11.69 * scanned), (int)(8.27 * scanned), scanned, scanned);
        Assert.Equal(read, resolution.ReadDpi, precision: 6);
    }

    [Fact]
    public void A_huge_sheet_is_read_into_no_more_pixels_than_the_bound()
    {
        // An A0 plan scanned at 300 dpi: 9 933 × 14 043 pixels.
        var poster = new ScanResolution(9933, 14043, 300, 300);
        var scale = poster.ReadDpi / poster.ScannedDpi;
        var (width, height) = (9933 * scale, 14043 * scale);
        Assert.True(width * height <= ScanResolution.MaxPixels * 1.001, $"{width} × {height}");
        Assert.True(poster.ReadDpi < 300);
    }

    [Theory]
    [InlineData(200, 300)]   // the seed's scan, declared right: rendered at 300 dpi of its declared size
    [InlineData(96, 144)]    // declared 96 dpi, its page 2.08 times too large: 144 dpi of that size is 300 of the sheet
    public void The_page_is_rendered_at_the_resolution_of_its_declared_size_that_reads_it_at_its_read_resolution(double declared, double render) =>
        Assert.Equal(render, new ScanResolution(2359, 1680, 200, declared).RenderDpi, precision: 6);
}
