using System.Net;
using System.Text.Json;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Web;

public class ApiTests(WebFixture web) : IClassFixture<WebFixture>
{
    private Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> Get(string path) => web.Get(path);

    [Fact]
    public async Task Api_search_is_the_object_decree_search_json_prints()
    {
        const string query = "денсаулық сақтау министрлігімен";
        var (status, body, response) = await Get($"/api/search?q={Uri.EscapeDataString(query)}&responsible={Uri.EscapeDataString("ДСМ")}&size=10");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var cli = Command.Run("search", query, "--index", web.IndexFolder, "--responsible", "ДСМ", "--limit", "10", "--json");
        Assert.Equal(0, cli.Exit);
        Assert.Equal(cli.Output.Trim(), body);
    }

    [Fact]
    public async Task A_search_that_fell_back_to_any_word_says_so_in_the_json_and_on_the_page()
    {
        var (_, all, _) = await Get($"/api/search?q={Uri.EscapeDataString("денсаулық сақтау министрлігімен")}");
        Assert.Equal("all", JsonDocument.Parse(all).RootElement.GetProperty("mode").GetString());
        var (_, any, _) = await Get($"/api/search?q={Uri.EscapeDataString("жалақы ипотека")}");
        var result = JsonDocument.Parse(any).RootElement;
        Assert.Equal("any", result.GetProperty("mode").GetString());
        Assert.True(result.GetProperty("total").GetInt32() > 1);

        var (_, page, _) = await Get($"/?q={Uri.EscapeDataString("жалақы ипотека")}");
        Assert.Contains("<p class=\"notice\">Барлық сөзі бар нәтиже табылмады", page, StringComparison.Ordinal);
        var (_, exact, _) = await Get($"/?q={Uri.EscapeDataString("жалақы")}");
        Assert.DoesNotContain("class=\"notice\"", exact, StringComparison.Ordinal);
        var cli = Command.Run("search", "жалақы ипотека", "--index", web.IndexFolder);
        Assert.Contains("no measure or decree holds every word: these hold any of them", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_russian_keyboard_query_and_a_misspelt_word_through_the_api_and_the_cli()
    {
        var (_, folded, _) = await Get($"/api/search?q={Uri.EscapeDataString("жалакы")}&size=50");
        var (_, exact, _) = await Get($"/api/search?q={Uri.EscapeDataString("жалақы")}&size=50");
        static HashSet<string> Ids(string json) => JsonDocument.Parse(json).RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToHashSet();
        Assert.Equal(Ids(exact), Ids(folded));
        Assert.NotEmpty(Ids(exact));

        var (_, misspelt, _) = await Get($"/api/search?q={Uri.EscapeDataString("ипотекк")}");
        Assert.Equal("ипотека", JsonDocument.Parse(misspelt).RootElement.GetProperty("didYouMean").GetProperty("ипотекк").GetString());
        Assert.Contains("no match for \"ипотекк\"; did you mean \"ипотека\"?", Command.Run("search", "ипотекк", "--index", web.IndexFolder).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_measure_and_a_decree_come_as_the_decree_schemas_objects()
    {
        var (status, body, _) = await Get("/api/measures/P1800000897/5");
        Assert.Equal(HttpStatusCode.OK, status);
        var measure = JsonDocument.Parse(body).RootElement;
        Assert.Equal("P1800000897/5", measure.GetProperty("id").GetString());
        Assert.Equal(3, measure.GetProperty("financing").GetProperty("amounts").GetArrayLength());

        var (decreeStatus, decreeBody, _) = await Get("/api/decrees/P1800000897");
        Assert.Equal(HttpStatusCode.OK, decreeStatus);
        var decree = JsonDocument.Parse(decreeBody).RootElement;
        Assert.Equal(127, decree.GetProperty("measures").GetArrayLength());
        Assert.Equal("quarter", decree.GetProperty("measures")[0].GetProperty("deadline").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_result_set_downloads_as_csv_and_as_json_lines()
    {
        var total = JsonDocument.Parse((await Get("/api/search?q=ІІМ")).Body).RootElement.GetProperty("total").GetInt32();

        var (status, csv, response) = await Get("/api/search.csv?q=ІІМ");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("search.csv", response.Content.Headers.ContentDisposition!.FileName);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,kind,decree,number,score,title,snippet,language,twin,via", rows[0]);
        Assert.Equal(Math.Min(total, 1000), rows.Length - 1);

        var (_, jsonl, _) = await Get("/api/search.jsonl?q=ІІМ");
        var lines = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(rows.Length - 1, lines.Length);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.String, JsonDocument.Parse(line).RootElement.GetProperty("id").ValueKind));
    }

    [Theory]
    [InlineData("/api/search?q=", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?q=x&size=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/search.csv?q=", HttpStatusCode.BadRequest)]
    [InlineData("/api/measures/P1800000897/999", HttpStatusCode.NotFound)]
    [InlineData("/api/decrees/%3Cscript%3E", HttpStatusCode.NotFound)]
    [InlineData("/api/nothing", HttpStatusCode.NotFound)]
    public async Task Api_errors_are_json_with_the_reason(string path, HttpStatusCode expected)
    {
        var (status, body, response) = await Get(path);
        Assert.Equal(expected, status);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotEmpty(JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()!);
    }

    [Fact]
    public async Task A_ten_thousand_character_query_is_refused_by_the_api_too()
    {
        var (status, body, _) = await Get($"/api/search?q={new string('а', 10_000)}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("10000 characters", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_index_is_a_503_page_and_a_503_answer_with_what_is_wrong()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("segments_1"), "not an index");
        using var app = WebFixture.App(temp.Path);
        using var client = app.CreateClient();

        var page = await client.GetAsync(new Uri("/?q=x", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("Іздеу индексі қолжетімсіз:", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var api = await client.GetAsync(new Uri("/api/search?q=x", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Contains(temp.Path, await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("not an index", File.ReadAllText(temp.File("segments_1")));
    }
}
