using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DecreeParser.Tests.Web;

/// <summary>A decree's two languages in a real browser (<see cref="Chromium"/>).</summary>
public class TwinBrowserTests(TwinWebFixture web) : IClassFixture<TwinWebFixture>
{
    [Fact]
    public async Task A_russian_query_shown_in_kazakh_then_the_twin_link_followed_to_where_the_texts_differ()
    {
        await using var server = await LiveServer.Start(web.IndexFolder);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.Launch(playwright);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(server.Address.ToString());
        await page.FillAsync("#q", "повышение должностных окладов");
        await page.SelectOptionAsync("select[name=language]", "ru");
        await page.SelectOptionAsync("select[name=answer]", "kk");
        await page.PressAsync("#q", "Enter");
        await page.WaitForSelectorAsync(".notice.answered");
        Assert.StartsWith("3. Полиция және ҚАЖ қызметкерлерінің лауазымдық жалақысын", await page.InnerTextAsync(".hit-title >> nth=0"), StringComparison.Ordinal);
        Assert.Contains("P1800000897.ru/3", await page.InnerTextAsync(".hit >> nth=0 >> a.via"), StringComparison.Ordinal);

        await page.ClickAsync(".hit-title >> nth=0 >> a");
        await page.WaitForPageAsync(new Regex("/measures/P1800000897/3$"));
        Assert.Equal("мерзім", await page.InnerTextAsync("table.disagreements th"));

        await page.ClickAsync("section.twin-check a.twin");
        await page.WaitForPageAsync(new Regex(@"/measures/P1800000897\.ru/3$"));
        Assert.StartsWith("Повышение должностных окладов", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Equal("quarter 2019-Q4", await page.InnerTextAsync("table.disagreements td[lang=ru]"));
        Assert.EndsWith("/measures/P1800000897/3", await page.GetAttributeAsync("section.twin-check a.twin", "href"), StringComparison.Ordinal);
    }
}
