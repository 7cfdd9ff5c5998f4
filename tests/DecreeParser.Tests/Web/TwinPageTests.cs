using System.Net;
using System.Text.Json.Nodes;

namespace DecreeParser.Tests.Web;

public class TwinPageTests(TwinWebFixture web) : IClassFixture<TwinWebFixture>
{
    [Fact]
    public async Task A_decree_page_links_to_its_text_in_the_other_language_and_back()
    {
        var (status, kazakh) = await web.Get("/decrees/V1600014606");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<p class=\"twin\"><a href=\"/decrees/V1600014606.ru\" hreflang=\"ru\">Орыс тіліндегі мәтіні</a></p>", kazakh, StringComparison.Ordinal);

        var (_, russian) = await web.Get("/decrees/V1600014606.ru?lang=ru");
        Assert.Contains("<a href=\"/decrees/V1600014606?lang=ru\" hreflang=\"kk\">Текст на казахском языке</a>", russian, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_measure_page_links_to_its_twin_and_says_the_two_texts_agree()
    {
        var (_, page) = await web.Get("/measures/P1800000897/2");

        Assert.Contains("<a href=\"/measures/P1800000897.ru/2\" class=\"twin\" hreflang=\"ru\">Орыс тіліндегі мәтіні</a>", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"agrees\">Екі мәтіндегі мерзім, жауаптылар, қаржы көздері мен сомалар бірдей.</p>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_measure_page_shows_where_the_two_texts_differ()
    {
        var (_, page) = await web.Get("/measures/P1800000897.ru/3?lang=ru");

        Assert.Contains("<a href=\"/measures/P1800000897/3?lang=ru\" class=\"twin\" hreflang=\"kk\">Текст на казахском языке</a>", page, StringComparison.Ordinal);
        Assert.Contains("<tr><th>срок</th><td lang=\"kk\">quarter 2019-Q3</td><td lang=\"ru\">quarter 2019-Q4</td></tr>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"agrees\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_without_a_twin_has_no_twin_link()
    {
        var (_, page) = await web.Get("/measures/P1800000897/2");
        Assert.Contains("class=\"twin\"", page, StringComparison.Ordinal);

        using var alone = new TwinFreeIndex();
        Assert.DoesNotContain("class=\"twin\"", (await alone.Get("/measures/P1800000897/2")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_russian_query_answers_with_the_kazakh_measures_and_says_so()
    {
        var query = "/api/search?q=" + Uri.EscapeDataString("должностных окладов") + "&language=ru&answer=kk";
        var json = JsonNode.Parse((await web.Get(query)).Body)!;

        Assert.Equal("kk", (string)json["answerLanguage"]!);
        var hits = json["hits"]!.AsArray();
        // The two measures on wages, and the decree, whose targets table names the goal.
        Assert.Equal(["P1800000897/3", "P1800000897/3.1", "P1800000897"], hits.Select(h => (string)h!["id"]!));
        Assert.All(hits, h => Assert.Equal((string)h!["id"]!.ToString().Replace("P1800000897", "P1800000897.ru", StringComparison.Ordinal), (string)h["via"]!));
        // The facets count what is shown: the Kazakh measures' bodies.
        Assert.Equal(2, (int)json["facets"]!["responsible"]!["ІІМ"]!);

        var (_, csv) = await web.Get("/api/search.csv?q=" + Uri.EscapeDataString("должностных окладов") + "&language=ru&answer=kk");
        Assert.EndsWith(",kk,P1800000897.ru/3,P1800000897.ru/3", csv.Split("\r\n")[1], StringComparison.Ordinal);

        var (_, page) = await web.Get("/?q=" + Uri.EscapeDataString("должностных окладов") + "&language=ru&answer=kk");
        Assert.Contains("<p class=\"notice answered\">Нәтижелер қазақша көрсетілген", page, StringComparison.Ordinal);
        Assert.Contains("табылған мәтін: <a href=\"/measures/P1800000897.ru/3\" class=\"via\">P1800000897.ru/3</a>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ru\" selected=\"selected\">орысша</option>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_filter_keeps_one_language_and_each_hit_links_its_twin()
    {
        var both = JsonNode.Parse((await web.Get("/api/search?q=полиция&size=50")).Body)!;
        var kazakh = JsonNode.Parse((await web.Get("/api/search?q=полиция&language=kk")).Body)!;

        Assert.Contains("ru", both["hits"]!.AsArray().Select(h => (string)h!["language"]!));
        Assert.NotEmpty(kazakh["hits"]!.AsArray());
        Assert.All(kazakh["hits"]!.AsArray(), h => Assert.Equal("kk", (string)h!["language"]!));
        Assert.All(kazakh["hits"]!.AsArray(), h => Assert.Equal((string)h!["id"]!.ToString().Replace("P1800000897", "P1800000897.ru", StringComparison.Ordinal), (string)h["twin"]!));
        Assert.Equal(HttpStatusCode.BadRequest, (await web.Get("/api/search?q=x&language=en")).Status);
    }
}

/// <summary>The Kazakh plan indexed alone: no twin to link.</summary>
internal sealed class TwinFreeIndex : IDisposable
{
    private readonly Support.TempDirectory temp = new();
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<DecreeParser.Web.Program> app;

    public TwinFreeIndex()
    {
        Support.SearchCorpus.WriteIndex(temp.File("index"), [(Twins.TwinPlans.Kk, "P1800000897")]);
        app = WebFixture.App(temp.File("index"));
    }

    public Task<(HttpStatusCode Status, string Body)> Get(string path) => app.Get(path);

    public void Dispose()
    {
        app.Dispose();
        temp.Dispose();
    }
}
