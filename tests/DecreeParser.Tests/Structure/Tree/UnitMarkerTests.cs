using DecreeParser.Ingest.Structure.Tree;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Tests.Structure.Tree;

/// <summary>What opens a unit, in the forms Kazakh and Russian acts write, and what only looks like it.</summary>
public class UnitMarkerTests
{
    [Theory]
    [InlineData("1-бөлім. Жалпы ережелер", UnitKinds.Part, "1-бөлім.", "1", "Жалпы ережелер", null)]
    [InlineData("Раздел II. Общая часть", UnitKinds.Part, "Раздел II.", "II", "Общая часть", null)]
    [InlineData("3-тарау. Мемлекеттік басқару", UnitKinds.Chapter, "3-тарау.", "3", "Мемлекеттік басқару", null)]
    [InlineData("Глава 9. (Исключен - Законом РК от 20 декабря 2004 г. N 13)", UnitKinds.Chapter, "Глава 9.", "9", "(Исключен - Законом РК от 20 декабря 2004 г. N 13)", null)]
    [InlineData("1. ОБЩИЕ ПОЛОЖЕНИЯ", UnitKinds.Chapter, "1.", "1", "ОБЩИЕ ПОЛОЖЕНИЯ", null)]
    [InlineData("2-параграф. Тәртіп", UnitKinds.Paragraph, "2-параграф.", "2", "Тәртіп", null)]
    [InlineData("§ 3. Порядок", UnitKinds.Paragraph, "§ 3.", "3", "Порядок", null)]
    [InlineData("20-1-бап. Мемлекеттік бақылау", UnitKinds.Article, "20-1-бап.", "20-1", "Мемлекеттік бақылау", null)]
    [InlineData("Статья 2-4. Гарантии государства", UnitKinds.Article, "Статья 2-4.", "2-4", "Гарантии государства", null)]
    [InlineData("Статья 21", UnitKinds.Article, "Статья 21", "21", null, null)]
    [InlineData("Статья 1. Внести в Закон следующие изменения:", UnitKinds.Article, "Статья 1.", "1", null, "Внести в Закон следующие изменения:")]
    [InlineData("1. Қоса беріліп отырған Жол картасы бекітілсін.", UnitKinds.Point, "1.", "1", null, "Қоса беріліп отырған Жол картасы бекітілсін.")]
    [InlineData("1.\"Шығыстардың экономикалық\" бұйрығына", UnitKinds.Point, "1.", "1", null, "\"Шығыстардың экономикалық\" бұйрығына")]
    [InlineData("1-1) больной СПИД - лицо", UnitKinds.Subpoint, "1-1)", "1-1", null, "больной СПИД - лицо")]
    [InlineData("а) жеке тұлғалар", UnitKinds.Subpoint, "а)", "а", null, "жеке тұлғалар")]
    [InlineData("- Правительство Республики Казахстан;", UnitKinds.Indent, null, null, null, "Правительство Республики Казахстан;")]
    public void A_unit_opens_with_its_marker(string text, string kind, string? num, string? number, string? heading, string? rest)
    {
        var start = UnitMarker.Read(text);
        Assert.Equal(new UnitStart(kind, num, number, heading, rest), start);
    }

    [Theory]
    [InlineData("Статья 16 предусмотрена в редакции Закона РК от 05.07.2011 № 452-IV")] // a sentence about the article
    [InlineData("5) тармақшадағы \"медициналық ұйымдар\" деген сөздер")]             // Kazakh names subpoint 5) first
    [InlineData("2019 жылғы І тоқсан")]
    [InlineData("1.1. Полиция бөліністерінің функцияларына талдау")]
    [InlineData("2-2-бапта:")]
    public void What_only_looks_like_a_marker_opens_nothing(string text) => Assert.Null(UnitMarker.Read(text));
}
