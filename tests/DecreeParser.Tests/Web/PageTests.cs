using System.Net;
using System.Text.RegularExpressions;
using DecreeParser.Web;

namespace DecreeParser.Tests.Web;

/// <summary>Every page, in the test process, over the seed and the real adilet pages.</summary>
public partial class PageTests(WebFixture web) : IClassFixture<WebFixture>
{
    private Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> Get(string path) => web.Get(path);

    private static string Q(string text) => Uri.EscapeDataString(text);

    private static List<string> HitLinks(string body) => [.. HitLink().Matches(body).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<p class=\"hit-title\"><a href=\"([^\"]+)\"")]
    private static partial Regex HitLink();

    [Fact]
    public async Task An_inflected_kazakh_query_finds_the_measure_first_with_highlights_total_and_time()
    {
        var (status, body, _) = await Get($"/?q={Q("денсаулық сақтау министрлігімен")}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("/measures/P1800000897/40", HitLinks(body)[0]);
        Assert.Contains("<mark>Денсаулық</mark>", body, StringComparison.Ordinal);
        Assert.Matches(@"<p class=""total"">\d+ табылды · [\d.]+ мс</p>", body);
        Assert.Contains("<html lang=\"kk\">", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filters_show_bodies_by_full_name_and_a_facet_link_narrows_the_search()
    {
        var (_, all, _) = await Get($"/?q={Q("министрлігі")}");
        Assert.Contains(">Қазақстан Республикасы Денсаулық сақтау министрлігі (ДСМ)</option>", all, StringComparison.Ordinal);
        var facet = Regex.Match(all, "<a href=\"(/\\?q=[^\"]*responsible=%D0%94%D0%A1%D0%9C)\">").Groups[1].Value;
        Assert.NotEmpty(facet);

        var (status, narrowed, _) = await Get(WebUtility.HtmlDecode(facet));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<option value=\"ДСМ\" selected=\"selected\">", narrowed, StringComparison.Ordinal);
        Assert.True(Total(narrowed) < Total(all), $"{Total(narrowed)} of {Total(all)}");
        Assert.Contains("/measures/P1800000897/40", HitLinks(narrowed));
    }

    private static int Total(string body) => int.Parse(Regex.Match(body, @"<p class=""total"">(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Results_page_by_page()
    {
        var (_, first, _) = await Get($"/?q={Q("ІІМ")}&size=5");
        var (_, second, _) = await Get($"/?q={Q("ІІМ")}&size=5&page=2");
        Assert.Equal(5, HitLinks(first).Count);
        Assert.Empty(HitLinks(first).Intersect(HitLinks(second)));
        Assert.Contains("<ol start=\"6\">", second, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_result_says_what_was_searched_and_offers_to_drop_each_filter()
    {
        var (status, body, _) = await Get($"/?q={Q("жалақы")}&year=2030&source={Q("ЖБ")}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("«жалақы» бойынша ештеңе табылмады", body, StringComparison.Ordinal);
        Assert.Contains("year = 2030 сүзгісіз", body, StringComparison.Ordinal);
        Assert.Contains($"href=\"/?q={Q("жалақы")}&amp;source={Q("ЖБ")}\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_measure_page_shows_every_typed_field_its_repairs_and_its_decree()
    {
        var (status, body, _) = await Get("/measures/P1800000897/5");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<dt>Орындау мерзімі</dt>", body, StringComparison.Ordinal);
        Assert.Contains("Қазақстан Республикасы Ішкі істер министрлігі (ІІМ)", body, StringComparison.Ordinal);
        Assert.Contains("<th>РБ</th><td>10,171</td><td>20,315</td><td>21,276</td>", body, StringComparison.Ordinal);
        Assert.Contains("<th>2019</th>", body, StringComparison.Ordinal);
        Assert.Contains("class=\"repairs\"", body, StringComparison.Ordinal);
        Assert.Contains("corpus/seed/000_ed493f9bc562bc01.txt: line", body, StringComparison.Ordinal);
        Assert.Contains("href=\"/decrees/P1800000897\"", body, StringComparison.Ordinal);

        var (_, child, _) = await Get("/measures/P1800000897/1.1");
        Assert.Contains("<dt>Жоғарғы іс-шара</dt><dd><a href=\"/measures/P1800000897/1\">1</a></dd>", child, StringComparison.Ordinal);
        Assert.Contains("келісім бойынша", (await Get("/measures/P1800000897/1")).Body, StringComparison.Ordinal);
        Assert.Contains("<dt>Кезең</dt><dd>мерзімді", (await Get("/measures/P1800000897/10")).Body, StringComparison.Ordinal);
        Assert.Contains("раз в полгода</dd>", (await Get("/measures/P1800000897/10?lang=ru")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decree_page_shows_metadata_status_points_roadmap_glossary_and_warnings()
    {
        var (status, body, _) = await Get("/decrees/P1800000897");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(127, Regex.Count(body, "<tr><td><a href=\"/measures/P1800000897/"));
        Assert.Equal(9, Regex.Count(body, "<tr class=\"section depth-0\">"));
        Assert.Contains("<dt>ІІМ</dt><dd>Қазақстан Республикасы Ішкі істер министрлігі</dd>", body, StringComparison.Ordinal);
        Assert.Contains("emptyCell", body, StringComparison.Ordinal);
        Assert.Contains("<h2>Актінің құрылымы</h2>", body, StringComparison.Ordinal);
        // Each point numbered once, as the act writes it, with an anchor by its eId.
        Assert.Contains("<li id=\"para_1\" class=\"point\"><p><a href=\"#para_1\" class=\"anchor\">1.</a> Қоса беріліп", body, StringComparison.Ordinal);
        Assert.Contains("<li id=\"para_2__point_1\" class=\"subpoint\">", body, StringComparison.Ordinal);
        Assert.DoesNotContain("1. 1. Қоса", body, StringComparison.Ordinal);

        var (_, lapsed, _) = await Get("/decrees/V1600014606");
        Assert.Contains("<dt>Мәртебесі</dt><dd>Күшін жойған</dd>", lapsed, StringComparison.Ordinal);
        var (russianStatus, russian, _) = await Get("/decrees/V1600014606.ru?lang=ru");
        Assert.Equal(HttpStatusCode.OK, russianStatus);
        Assert.Contains("<dt>Статус</dt><dd>Утративший силу</dd>", russian, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_interface_switches_to_russian_and_back()
    {
        var (_, body, _) = await Get($"/?q={Q("полиция")}&lang=ru");
        Assert.Contains("<html lang=\"ru\">", body, StringComparison.Ordinal);
        Assert.Contains(">Найти</button>", body, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"lang\" value=\"ru\">", body, StringComparison.Ordinal);
        Assert.Contains($"href=\"/?q={Q("полиция")}\" class=\"language\" hreflang=\"kk\">Қазақша</a>", body, StringComparison.Ordinal);
        Assert.Contains("?lang=ru\">", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    [InlineData("' onfocus='alert(1)")]
    public async Task Hostile_queries_come_back_as_text(string query)
    {
        var (status, body, _) = await Get($"/?q={Q(query)}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", body, StringComparison.OrdinalIgnoreCase);
        // The quotes that would close an attribute are encoded: what follows them stays text.
        Assert.DoesNotContain("' onfocus", body, StringComparison.Ordinal);
        Assert.Contains("alert(1)", System.Net.WebUtility.HtmlDecode(body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?q=x&size=1000")]
    [InlineData("/?q=x&page=-1")]
    [InlineData("/?q=x&page=2000")]
    [InlineData("/?q=x&year=twenty")]
    [InlineData("/?q=x&deadlineKind=soon")]
    public async Task Out_of_bounds_requests_are_400_pages_that_say_why(string path)
    {
        var (status, body, _) = await Get(path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Сұрау қабылданбады:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_of_ten_thousand_characters_is_refused_with_its_length()
    {
        var (status, body, _) = await Get($"/?q={new string('а', 10_000)}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("the query is 10000 characters long; the limit is 1000", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/measures/P1800000897/999")]
    [InlineData("/measures/P9999999999/1")]
    [InlineData("/decrees/P9999999999")]
    [InlineData("/decrees/%3Cscript%3E")]
    [InlineData("/nothing/here")]
    public async Task An_unknown_id_is_a_404_page(string path)
    {
        var (status, body, _) = await Get(path);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Мұндай құжат жоқ:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?q=x")]
    [InlineData("/decrees/P1800000897")]
    [InlineData("/api/search?q=x")]
    [InlineData("/nothing")]
    public async Task Every_answer_carries_the_security_headers_and_no_page_has_a_script(string path)
    {
        var (_, body, response) = await Get(path);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_style_sheet_is_served_from_this_site()
    {
        var (status, body, response) = await Get("/style.css");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("mark {", body, StringComparison.Ordinal);
    }
}
