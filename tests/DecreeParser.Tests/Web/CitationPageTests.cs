using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Web;

/// <summary>
/// Citations and amendments both ways on the decree pages, over an index of the seed, the adilet orders and a
/// resolution amending the seed (a text made for this test: the bundled corpus holds no act that
/// cites another one of it).
/// </summary>
public sealed class CitationPageTests : IDisposable
{
    private const string Amending = """
        Қазақстан Республикасы Үкіметінің 2019 жылғы 15 наурыздағы № 120 қаулысы.

        Қазақстан Республикасы Үкіметінің 2018 жылғы 27 желтоқсандағы № 897 қаулысына өзгеріс енгізу туралы

        Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:

        1. "Қазақстан Республикасының ішкі істер органдарын жаңғырту жөніндегі 2019 – 2021 жылдарға арналған жол картасын бекіту туралы" Қазақстан Республикасы Үкіметінің 2018 жылғы 27 желтоқсандағы № 897 қаулысына мынадай өзгеріс енгізілсін:

        көрсетілген қаулымен бекітілген жол картасының 5.5-жолы алып тасталсын.

        2. Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.
        """;

    private readonly TempDirectory temp = new();

    public CitationPageTests()
    {
        File.WriteAllText(temp.File("P1900000120.txt"), Amending);
        var amending = Ingest.Pipeline.DecreePipeline.Convert(temp.File("P1900000120.txt"), "P1900000120.txt");
        SearchCorpus.WriteIndex(temp.File("index"), [.. SearchCorpus.Decrees, (amending, DecreeKey.Of(amending, "amending"))]);
    }

    [Fact]
    public async Task A_cited_act_in_the_index_is_linked_to_its_page_and_its_page_lists_the_acts_citing_it()
    {
        using var app = WebFixture.App(temp.File("index"));

        var (_, amending) = await app.Get("/decrees/P1900000120");
        Assert.Contains("<ul class=\"citations\"><li><a href=\"/decrees/P1800000897\" data-cites=\"P1800000897\">", amending, StringComparison.Ordinal);

        var (_, seed) = await app.Get("/decrees/P1800000897");
        Assert.Contains("<ul class=\"cited-by\"><li><a href=\"/decrees/P1900000120\">", seed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_amending_act_lists_its_instructions_and_the_act_it_amends_lists_it()
    {
        using var app = WebFixture.App(temp.File("index"));

        var (_, amending) = await app.Get("/decrees/P1900000120");
        Assert.Contains("<ol class=\"amendments\"><li id=\"para_1__mod_1\"><span class=\"action\">delete</span>", amending, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/decrees/P1800000897\" data-amends=\"P1800000897\">", amending, StringComparison.Ordinal);

        var (_, seed) = await app.Get("/decrees/P1800000897");
        Assert.Contains("<ul class=\"amended-by\"><li><a href=\"/decrees/P1900000120\">", seed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cited_act_the_index_lacks_is_linked_to_its_text_on_adilet()
    {
        using var app = WebFixture.App(temp.File("index"));

        var (_, seed) = await app.Get("/decrees/P1800000897");
        Assert.Contains("<a href=\"https://adilet.zan.kz/kaz/docs/P1700000646\" data-cites=\"P1700000646\">Үкіметтің 2017 жылғы 16 қазандағы № 646 қаулысына</a>", seed, StringComparison.Ordinal);
        var (_, russian) = await app.Get("/decrees/V1600014606.ru?lang=ru");
        Assert.Contains("href=\"https://adilet.zan.kz/rus/docs/V1600013301\"", russian, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}
