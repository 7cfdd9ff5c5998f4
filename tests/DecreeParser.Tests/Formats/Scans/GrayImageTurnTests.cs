using DecreeParser.Ingest.Reading.Pdf.Ocr;

namespace DecreeParser.Tests.Formats.Scans;

public class GrayImageTurnTests
{
    // 3 × 2:  1 2 3
    //         4 5 6
    private static GrayImage Sample() => GrayImage.ReadPgm([.. "P5\n3 2\n255\n"u8.ToArray(), 1, 2, 3, 4, 5, 6]);

    private static byte[] Pixels(GrayImage image) => image.ToPgm()[$"P5\n{image.Width} {image.Height}\n255\n".Length..];

    [Fact]
    public void A_quarter_turn_clockwise_puts_the_left_column_on_top()
    {
        var turned = Sample().Turn(90);
        Assert.Equal((2, 3), (turned.Width, turned.Height));
        Assert.Equal(new byte[] { 4, 1, 5, 2, 6, 3 }, Pixels(turned));
    }

    [Fact]
    public void A_half_turn_reverses_the_pixels() => Assert.Equal(new byte[] { 6, 5, 4, 3, 2, 1 }, Pixels(Sample().Turn(180)));

    [Fact]
    public void Three_quarters_clockwise_undo_one_quarter() => Assert.Equal(Pixels(Sample()), Pixels(Sample().Turn(90).Turn(270)));
}
