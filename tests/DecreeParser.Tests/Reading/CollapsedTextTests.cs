using DecreeParser.Ingest.Reading;

namespace DecreeParser.Tests.Reading;

/// <summary>Whitespace as a browser shows it: each run of HTML whitespace one space, the ends trimmed.</summary>
public sealed class CollapsedTextTests
{
    [Theory]
    [InlineData(new[] { "  Қазақстан\n\t Республикасы  " }, "Қазақстан Республикасы")]
    [InlineData(new[] { "ішкі", "істер" }, "ішкіістер")]
    [InlineData(new[] { "ішкі ", " істер" }, "ішкі істер")]
    // A no-break space is not HTML whitespace: kept inside, trimmed at the ends as any Unicode space.
    [InlineData(new[] { "\u00A0 10\u00A0171 " }, "10\u00A0171")]
    [InlineData(new[] { "\r\n", "\f" }, "")]
    public void Runs_of_whitespace_are_one_space(string[] pieces, string expected)
    {
        var text = new CollapsedText();
        foreach (var piece in pieces) text.Append(piece);
        Assert.Equal(expected, text.Take());
    }

    [Fact]
    public void A_gap_between_pieces_is_one_space_and_none_at_the_ends()
    {
        var text = new CollapsedText();
        text.Space();
        text.Append("ІІ");
        text.Space();
        text.Space();
        text.Append(" тоқсан ");
        text.Space();
        Assert.Equal("ІІ тоқсан", text.Take());
        text.Append("келесі");
        Assert.Equal("келесі", text.Take());
    }
}
