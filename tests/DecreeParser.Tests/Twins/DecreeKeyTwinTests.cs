using DecreeParser.Model.Decrees;

namespace DecreeParser.Tests.Twins;

public class DecreeKeyTwinTests
{
    [Theory]
    [InlineData("P1800000897", "P1800000897.ru")]
    [InlineData("P1800000897.ru", "P1800000897")]
    [InlineData("P1800000897/5.1", "P1800000897.ru/5.1")]
    [InlineData("P1800000897.ru/2/5.1", "P1800000897/2/5.1")]
    [InlineData("V1600014606.en", null)]
    public void A_key_names_its_twin_in_the_other_language(string key, string? twin) => Assert.Equal(twin, DecreeKey.Twin(key));

    [Theory]
    [InlineData("P1800000897", "kk")]
    [InlineData("P1800000897.ru/3", "ru")]
    [InlineData("P1800000897/1.1", "kk")]
    public void A_key_names_its_language(string key, string language) => Assert.Equal(language, DecreeKey.LanguageOf(key));
}
