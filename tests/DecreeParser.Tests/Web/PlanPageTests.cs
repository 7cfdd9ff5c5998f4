using System.Net;
using DecreeParser.Ingest.Pipeline;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Formats.Plans;
using DecreeParser.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DecreeParser.Tests.Web;

/// <summary>The app over two plan layouts: two plans in one Kazakh decree, and the Russian plan with year columns and targets.</summary>
public sealed class PlanWebFixture : IDisposable
{
    private readonly TempDirectory temp = new();

    private static readonly string[] Files = ["P1800000897.two-plans-kk.html", "P1800000897.years-ru.html"];

    public PlanWebFixture()
    {
        var decrees = Files
            .Select(file => DecreePipeline.Convert(PlanFixtures.PathOf(file), $"corpus/plans/{file}"))
            .Select(decree => (decree, DecreeKey.Of(decree, "plan")))
            .ToList();
        SearchCorpus.WriteIndex(temp.File("index"), decrees);
        App = WebFixture.App(temp.File("index"));
    }

    public WebApplicationFactory<DecreeParser.Web.Program> App { get; }

    public void Dispose()
    {
        App.Dispose();
        temp.Dispose();
    }
}

public class PlanPageTests(PlanWebFixture web) : IClassFixture<PlanWebFixture>
{
    private Task<(HttpStatusCode Status, string Body)> Get(string path) => web.App.Get(path);

    [Fact]
    public async Task A_measure_of_a_second_plan_has_its_own_page_and_its_parent_link_stays_in_its_plan()
    {
        var (status, body) = await Get("/measures/P1800000897/2/1.1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<a href=\"/measures/P1800000897/2/1\">1</a>", body, StringComparison.Ordinal);
        Assert.Contains("<li>1. ҚЫЗМЕТКЕРЛЕРГЕ ЕҢБЕКАҚЫ ТӨЛЕУ ЖӘНЕ ӘЛЕУМЕТТІК ҚОРҒАУ ЖҮЙЕСІН ЖАҚСАРТУ</li>", body, StringComparison.Ordinal);
        var (first, firstPlan) = await Get("/measures/P1800000897/1.1");
        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Contains("жұмыс тобын құру", firstPlan, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Get("/api/measures/P1800000897/2/1.1")).Status);
    }

    [Fact]
    public async Task A_measure_page_shows_its_groups_unit_budget_programme_and_other_columns()
    {
        var (status, body) = await Get("/measures/P1800000897.ru/3?lang=ru");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<ol class=\"groups\"><li>2. Совершенствование системы оплаты труда сотрудников</li><li>2. Повышение социальной защищенности сотрудников полиции</li><li>2.1. Повышение должностных окладов</li></ol>", body, StringComparison.Ordinal);
        Assert.Contains("<dt>Единица измерения</dt><dd>%</dd>", body, StringComparison.Ordinal);
        Assert.Contains("<dt>Код бюджетной программы</dt><dd>001; 015</dd>", body, StringComparison.Ordinal);
        Assert.Contains("<dt>Примечание</dt><dd>оклады повышены</dd>", body, StringComparison.Ordinal);
        // The language switch stays on this measure of the Russian text.
        Assert.Contains("href=\"/measures/P1800000897.ru/3\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decree_page_shows_each_plan_under_its_groups_and_the_targets_by_year()
    {
        var (_, twoPlans) = await Get("/decrees/P1800000897");
        Assert.Contains("<h2>Ішкі істер органдарын жаңғырту жөніндегі жалпыұлттық іс-шаралар жоспары (1-қосымша)</h2>", twoPlans, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"section depth-1\"><th colspan=\"6\">Бөліністердің функцияларын талдау</th></tr>", twoPlans, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/measures/P1800000897/2/3.1\">3.1</a>", twoPlans, StringComparison.Ordinal);

        var (_, russian) = await Get("/decrees/P1800000897.ru?lang=ru");
        Assert.Contains("<h2>Целевые индикаторы (Приложение 2)</h2>", russian, StringComparison.Ordinal);
        Assert.Contains("<th>2019</th><th>2020</th><th>2021</th>", russian, StringComparison.Ordinal);
        Assert.Contains("<td>Уровень доверия населения к полиции</td><td>%</td><td>социологическое исследование</td><td>МВД, МОР</td><td>45,5</td><td>50</td><td>55</td>", russian, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facets_count_the_groups_and_a_group_link_narrows_the_search()
    {
        var (_, body) = await Get($"/?q={Uri.EscapeDataString("должностных окладов")}&lang=ru");
        Assert.Contains("<h2>Раздел, направление, задача</h2>", body, StringComparison.Ordinal);
        var link = System.Text.RegularExpressions.Regex.Match(body, "<a href=\"(/\\?q=[^\"]*group=[^\"]*)\">2\\.1\\. Повышение должностных окладов</a>").Groups[1].Value;
        Assert.NotEmpty(link);
        var (status, narrowed) = await Get(WebUtility.HtmlDecode(link));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("/measures/P1800000897.ru/3", narrowed, StringComparison.Ordinal);
        Assert.DoesNotContain("/measures/P1800000897.ru/1\"", narrowed, StringComparison.Ordinal);
    }
}
