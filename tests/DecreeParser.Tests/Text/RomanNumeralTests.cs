using DecreeParser.Model.Text;

namespace DecreeParser.Tests.Text;

public class RomanNumeralTests
{
    [Theory]
    [InlineData("I", 1)]
    [InlineData("ІІ", 2)]     // Kazakh І
    [InlineData("II", 2)]
    [InlineData("ІІІ", 3)]
    [InlineData("IV", 4)]
    [InlineData("VIII", 8)]
    [InlineData("ІХ", 9)]     // Kazakh І and Cyrillic Х, as the seed writes section IX
    [InlineData("IХ", 9)]     // mixed scripts
    [InlineData("XII", 12)]
    public void Numerals_in_either_script(string text, int value)
    {
        Assert.True(RomanNumeral.TryParse(text, out var parsed));
        Assert.Equal(value, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("IIII")]
    [InlineData("VX")]
    [InlineData("ІІМ")]
    [InlineData("ПО")]
    public void Not_numerals(string text) => Assert.False(RomanNumeral.TryParse(text, out _));

    [Theory]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    public void Written_in_Latin(int value, string text) => Assert.Equal(text, RomanNumeral.ToLatin(value));
}
