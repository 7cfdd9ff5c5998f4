using DecreeParser.Search.Analysis;

namespace DecreeParser.Tests.Search;

public class KazakhStemmerTests
{
    // Forms of one word, all from the seed or the adilet pages, must meet.
    [Theory]
    [InlineData("облыстарының", "облыс")]
    [InlineData("облыстардың", "облыс")]
    [InlineData("академияларының", "академиясы")]
    [InlineData("министрлігімен", "министрлік")]
    [InlineData("министрлігінің", "министрлігі")]
    [InlineData("функцияларға", "функциялары")]
    [InlineData("бюджеттерден", "бюджет")]
    [InlineData("сотталғандардың", "сотталғандар")]
    [InlineData("жобасын", "жоба")]
    [InlineData("қызметін", "қызметі")]
    [InlineData("тәжірибелерді", "тәжірибесін")]
    [InlineData("қаржысы", "қаржы")]
    [InlineData("қаржының", "қаржыға")]
    [InlineData("тобын", "топ")]
    [InlineData("өлшемшарттарының", "өлшемшарттары")]
    [InlineData("жастарға", "жас")]
    [InlineData("саясатының", "саясаты")]
    [InlineData("әкімдікпен", "әкімдіктердің")]
    [InlineData("полициясының", "полиция")]
    [InlineData("жылғы", "жыл")]
    [InlineData("бөлігінде", "бөлік")]
    [InlineData("енгізуін", "енгізу")]
    [InlineData("қазақстанның", "қазақстан")]
    [InlineData("облыстан", "облыс")]
    public void Forms_of_one_word_meet(string one, string other) =>
        Assert.Equal(KazakhStemmer.Stem(one), KazakhStemmer.Stem(other));

    // Different words must stay apart: a derivation is another word, and a stem's own ending is no suffix.
    [Theory]
    [InlineData("білім", "біл")]
    [InlineData("ақпараттық", "ақпарат")]
    [InlineData("министрлік", "министр")]
    [InlineData("жұмысшы", "жұмыс")]
    [InlineData("сотталған", "сот")]
    [InlineData("орын", "ор")]
    [InlineData("Астана", "аста")]
    [InlineData("бағдарлама", "бағдарлам")]
    [InlineData("бағдарламасы", "бағдар")]
    [InlineData("жаса", "жас")]
    [InlineData("ішкі", "іш")]
    [InlineData("қаржыландыру", "қаржы")]
    [InlineData("әкімдік", "әкім")]
    [InlineData("теңге", "тең")]
    [InlineData("басқа", "бас")]
    [InlineData("Қазақстан", "қазақ")]
    public void Different_words_stay_apart(string one, string other) =>
        Assert.NotEqual(KazakhStemmer.Stem(one.ToLowerInvariant()), KazakhStemmer.Stem(other));

    [Theory]
    [InlineData("облыстарының", "облыс")]
    [InlineData("министрлігімен", "министрлік")]
    [InlineData("жобасын", "жоба")]
    [InlineData("жас", "жас")]
    [InlineData("орын", "орын")]
    [InlineData("білім", "білім")]
    public void Stems(string word, string stem) => Assert.Equal(stem, KazakhStemmer.Stem(word));
}
