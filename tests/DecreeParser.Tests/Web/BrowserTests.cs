using System.Text.RegularExpressions;
using DecreeParser.Tests.Support;
using Microsoft.Playwright;

namespace DecreeParser.Tests.Web;

/// <summary>The pages in a real browser (<see cref="Chromium"/>) over the seed and the real adilet pages.</summary>
public class BrowserTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task A_researcher_searches_in_kazakh_narrows_by_a_body_opens_the_measure_and_its_decree()
    {
        await using var server = await LiveServer.Start(web.IndexFolder);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.Launch(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add($"{message.Location}: {message.Text}"); };

        await page.GotoAsync(server.Address.ToString());
        await page.FillAsync("#q", "денсаулық сақтау министрлігімен");
        await page.PressAsync("#q", "Enter");
        await page.WaitForSelectorAsync(".hit");
        Assert.StartsWith("40. Сотталғандарды медициналық", await page.InnerTextAsync(".hit-title >> nth=0"), StringComparison.Ordinal);
        Assert.Contains("Денсаулық", await page.InnerTextAsync(".hit >> nth=0 >> mark"), StringComparison.Ordinal);

        // The screenshot in the README is this page, taken here.
        Directory.CreateDirectory(Repository.File("artifacts"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Repository.File("artifacts/search-page.png"), FullPage = false });
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOT") == "1") File.Copy(Repository.File("artifacts/search-page.png"), Repository.File("docs/search-page.png"), overwrite: true);

        await page.ClickAsync(".facets a:has-text('(ДСМ)')");
        await page.WaitForPageAsync(new Regex("responsible="));
        Assert.Equal("ДСМ", await page.InputValueAsync("select[name=responsible]"));
        Assert.StartsWith("40.", await page.InnerTextAsync(".hit-title >> nth=0"), StringComparison.Ordinal);

        await page.ClickAsync(".hit-title >> nth=0 >> a");
        await page.WaitForPageAsync(new Regex("/measures/P1800000897/40$"));
        Assert.StartsWith("Сотталғандарды медициналық", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Contains("Денсаулық сақтау министрлігі", await page.InnerTextAsync("ul.responsible"), StringComparison.Ordinal);

        await page.ClickAsync("a.to-decree");
        await page.WaitForPageAsync(new Regex("/decrees/P1800000897$"));
        Assert.StartsWith("Қазақстан Республикасының ішкі істер органдарын жаңғырту", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("table.roadmap tbody tr:not(.section)")).ToHaveCountAsync(127);

        await page.GotoAsync(server.Address.ToString());
        const string hostile = "<script>alert('xyzzy')</script>";
        await page.FillAsync("#q", hostile);
        await page.PressAsync("#q", "Enter");
        await page.WaitForSelectorAsync(".empty");
        Assert.Contains($"«{hostile}» бойынша ештеңе табылмады", await page.InnerTextAsync(".empty"), StringComparison.Ordinal);
        Assert.Equal(hostile, await page.InputValueAsync("#q"));
        Assert.Equal(0, await page.Locator("script").CountAsync());
        Assert.Equal(0, dialogs);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_damaged_query_is_mended_a_fallback_is_said_and_a_suggestion_followed()
    {
        await using var server = await LiveServer.Start(web.IndexFolder);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.Launch(playwright);
        var page = await browser.NewPageAsync();

        // Kazakh typed on a Russian keyboard finds the measures on wages.
        await page.GotoAsync(server.Address.ToString());
        await page.FillAsync("#q", "кызметкерлердин жалакысы");
        await page.PressAsync("#q", "Enter");
        await page.WaitForSelectorAsync(".hit");
        Assert.Contains("жалақы", (await page.InnerTextAsync(".hits")).ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".notice").CountAsync());

        // No measure holds both words: the page says it shows those with either.
        await page.FillAsync("#q", "жалақы ипотека");
        await page.PressAsync("#q", "Enter");
        await page.WaitForSelectorAsync(".notice");
        Assert.StartsWith("Барлық сөзі бар нәтиже табылмады", await page.InnerTextAsync(".notice"), StringComparison.Ordinal);

        // A misspelt word: the suggestion is a link that searches again.
        await page.FillAsync("#q", "ипотекк");
        await page.PressAsync("#q", "Enter");
        await page.WaitForSelectorAsync(".did-you-mean a");
        await page.ClickAsync(".did-you-mean a");
        await page.WaitForSelectorAsync(".hit");
        Assert.Equal("ипотека", await page.InputValueAsync("#q"));
        Assert.StartsWith("6.3.", await page.InnerTextAsync(".hit-title >> nth=0"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_switches_to_russian_and_keeps_the_search()
    {
        await using var server = await LiveServer.Start(web.IndexFolder);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.Launch(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.Address, "/?q=" + Uri.EscapeDataString("полиция")).ToString());
        await page.ClickAsync("header a.language");
        Assert.Equal("Найти", await page.InnerTextAsync("form button"));
        Assert.Equal("полиция", await page.InputValueAsync("#q"));
        Assert.Equal("ru", await page.GetAttributeAsync("html", "lang"));
    }
}
