using AngleSharp.Html.Parser;
using DecreeParser.Ingest.Pipeline;
using DecreeParser.Ingest.Reading;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Reading;

/// <summary>The HTML reader on the real adilet pages of the corpus, counted against the pages themselves.</summary>
public class HtmlReaderTests
{
    public static TheoryData<string> Pages => ["kk/V1600014606.html", "ru/V1600014606.html", "ru/V1600014592.html"];

    private static string PagePath(string page) => Path.Combine(Repository.Root, "corpus", "adilet", page);

    private static Decree Convert(string page) => DecreePipeline.Convert(PagePath(page), page);

    /// <summary>The page as a browser's DOM: what the tests count against, by selectors, not by our reader's walk.</summary>
    private static AngleSharp.Dom.IDocument Dom(string page) => new HtmlParser().ParseDocument(File.ReadAllText(PagePath(page)));

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_body_paragraph_of_the_page_is_in_the_json(string page)
    {
        var dom = Dom(page);
        // Paragraphs of the article that hold text and no table, and are not the publisher's notes;
        // headings with text; plus the slogan's title and act line.
        var expected = dom.QuerySelectorAll("article p:not(.note)")
                .Count(p => p.QuerySelector("table") is null && p.Closest("table") is null && p.TextContent.Trim().Length > 0)
            + dom.QuerySelectorAll("article h1, article h2, article h3, article h4").Count(h => h.TextContent.Trim().Length > 0)
            + dom.QuerySelectorAll(".slogan h1, .slogan > p").Length;
        var decree = Convert(page);
        Assert.Equal(expected, decree.Body.Count);
        Assert.Equal(dom.QuerySelectorAll("article p.note").Length, decree.Notes.Count);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_table_cell_of_the_page_is_in_the_json(string page)
    {
        var dom = Dom(page);
        var decree = Convert(page);
        Assert.Equal(dom.QuerySelectorAll("article table").Length, decree.Tables.Count);
        // Each cell is exported, or stood in a row the repair stage removed and logged (the "1 | 2 | 3" row).
        var removed = decree.Repairs.Where(r => r.Kind is "columnNumberRow" or "separatorRow").Sum(r => r.Before.Split(" | ").Length);
        Assert.Equal(dom.QuerySelectorAll("article td, article th").Length, decree.Tables.Sum(t => t.Rows.Sum(r => r.Cells.Count)) + removed);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void No_menu_banner_or_script_text_leaks_in(string page)
    {
        var dom = Dom(page);
        var chrome = dom.QuerySelectorAll("#menu, #footer, #header, .aftertext, script, .tabs")
            .SelectMany(e => e.TextContent.Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.Length >= 12)
            .Distinct()
            .ToList();
        Assert.NotEmpty(chrome);
        var json = Ingest.Json.DecreeJson.Serialize(Convert(page));
        Assert.All(chrome, line => Assert.DoesNotContain(line, json, StringComparison.Ordinal));
    }

    [Fact]
    public void The_kazakh_page_has_its_head_status_note_and_signature()
    {
        var decree = Convert("kk/V1600014606.html");
        Assert.Equal(("V1600014606", "kk", "бұйрық", "688", "2016-12-26"), (decree.Id, decree.Language, decree.Kind, decree.Number, decree.Date));
        Assert.Equal("Қазақстан Республикасы Қаржы министрі", decree.Issuer);
        Assert.Equal("Күшін жойған", decree.Status);
        Assert.StartsWith("Ескерту. Күші жойылды", Assert.Single(decree.Notes).Text, StringComparison.Ordinal);
        Assert.Equal(new Signatory("Қазақстан Республикасының Қаржы министрі", "Б. Сұлтанов"), decree.Signatory);
        Assert.Equal(["1", "2", "3"], decree.Paragraphs.Select(p => p.Number));
        Assert.Equal(4, decree.Paragraphs[1].Items.Count);
    }

    [Fact]
    public void The_real_page_damage_is_repaired_and_logged()
    {
        var decree = Convert("kk/V1600014606.html");
        Assert.Contains(decree.Repairs, r => r.Kind == "lookalikeLetters" && r.Before == "peттеу" && r.After == "реттеу");
        Assert.DoesNotContain(decree.Body, b => b.Text.Contains("мәмiле", StringComparison.Ordinal));
        Assert.Contains(decree.Body, b => b.Text.Contains("мәмілелерден", StringComparison.Ordinal));
    }

    [Fact]
    public void The_russian_debt_limits_page_keeps_its_table_of_regions()
    {
        var decree = Convert("ru/V1600014592.html");
        Assert.Equal(("ru", "Обновленный"), (decree.Language, decree.Status));
        var limits = decree.Tables.Single(t => t.Rows.Count > 10);
        Assert.Equal(["№", "Местный исполнительный орган", "Лимит долга местных исполнительных органов, тыс. тенге"], limits.Rows[0].Cells.Select(c => c.Text));
        Assert.True(limits.Rows[0].Header);
        Assert.Equal(["16", "город Астана", "85 058 891,5"], limits.Rows[^1].Cells.Select(c => c.Text));
        Assert.Equal(new Signatory("Министр национальной экономики Республики Казахстан", "К. Бишимбаев"), decree.Signatory);
    }

    [Fact]
    public void The_kazakh_and_russian_twins_are_the_same_act()
    {
        var kk = Convert("kk/V1600014606.html");
        var ru = Convert("ru/V1600014606.html");
        Assert.Equal((kk.Id, kk.Number, kk.Date), (ru.Id, ru.Number, ru.Date));
        Assert.Equal(("kk", "ru"), (kk.Language, ru.Language));
        Assert.Equal(("Күшін жойған", "Утративший силу"), (kk.Status, ru.Status));
        Assert.Equal(kk.Paragraphs.Count, ru.Paragraphs.Count);
    }

    [Fact]
    public void The_new_adilet_app_shell_is_refused_with_what_to_do()
    {
        const string shell = """
            <!DOCTYPE html><html lang="kk"><head><meta charset="utf-8"><title>Әділет</title>
            <script src="/runtime.js"></script><script src="/main.js" type="module"></script></head>
            <body><app-root></app-root><noscript>Please enable JavaScript to continue using this application.</noscript></body></html>
            """;
        var error = Assert.Throws<DecreeInputException>(() => DocumentReader.Read(System.Text.Encoding.UTF8.GetBytes(shell), "P1800000897.html"));
        Assert.Equal($"P1800000897.html: {HtmlReader.AppShellReason}", error.Message);
    }

    [Fact]
    public void Row_and_column_spans_are_resolved_into_the_grid_and_exported_once()
    {
        const string page = """
            <html><body><article><table>
            <tr><td>№</td><td>Іс-шараның атауы</td><td>Орындау мерзімі</td><td>Орындауға жауаптылар</td></tr>
            <tr><td colspan="4">I. ҰЙЫМДЫҚ-ШТАТТЫҚ ҚҰРЫЛЫМДЫ ОҢТАЙЛАНДЫРУ</td></tr>
            <tr><td>1.</td><td>Функцияларға талдау жүргізу</td><td rowspan="2">2019 жылғы I тоқсан</td><td>ІІМ</td></tr>
            <tr><td>2.</td><td>Әкімшілік шығыстарды оңтайландыру</td><td>ІІМ</td></tr>
            </table></article></body></html>
            """;
        var (blocks, _) = HtmlReader.Read(page.AsMemory(), "spans.html");
        var table = Assert.IsType<TableBlock>(Assert.Single(blocks));
        Assert.All(table.Rows, row => Assert.Equal(4, row.Cells.Count));
        Assert.Equal(["I. ҰЙЫМДЫҚ-ШТАТТЫҚ ҚҰРЫЛЫМДЫ ОҢТАЙЛАНДЫРУ", "", "", ""], table.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal(["2.", "Әкімшілік шығыстарды оңтайландыру", "2019 жылғы I тоқсан", "ІІМ"], table.Rows[3].Cells.Select(c => c.Text));
        Assert.True(table.Rows[3].Cells[2].Covered);

        var exported = Ingest.Structure.TableExport.From(blocks, new HashSet<TableRow>()).Single();
        Assert.Equal([0, 1, 1, 0], exported.Rows.Select(r => r.Cells.Count(c => c.RowSpan > 1 || c.ColumnSpan > 1)));
        Assert.Equal(3, exported.Rows[3].Cells.Count);

        // A deadline merged over two measures holds for both.
        var decree = Ingest.Structure.DecreeBuilder.Build(new BlockDocument(blocks, new Model.DocumentSource("spans.html", "html", new string('0', 64))));
        Assert.Equal(["2019-Q1", "2019-Q1"], decree.Measures.Select(m => m.Deadline.From));
        Assert.Equal([1, 1], decree.Measures.Select(m => m.Section));
    }

    [Fact]
    public void A_number_cell_merged_down_makes_the_rows_below_one_measure()
    {
        // The seed's 23.2, whose responsible cell runs on into a second row, laid out as a publisher
        // would: the number cell merged over both rows, and the deadline merged too.
        const string page = """
            <html><body><article><table>
            <tr><td>Р/с №</td><td>Іс-шараның атауы</td><td>Аяқталу нысаны</td><td>Орындау мерзімі</td><td>Орындауға жауаптылар</td><td>Қаржыландыру көзі және болжанатын шығыстар</td></tr>
            <tr><td rowspan="2">23.2</td><td>Тән емес функцияларды басқа мемлекеттік органдар мен ұйымдардың қарамағына небәсекелі ортаға беру</td>
                <td>Президент Әкімшілігіне ақпарат</td><td rowspan="2">2019 жылғы І тоқсан</td><td>ІІМ, мүдделі органдар және ұйымдар (ПӘ-мен</td><td></td></tr>
            <tr><td></td><td></td><td>келісу бойынша)</td><td>талап етілмейді</td></tr>
            </table></article></body></html>
            """;
        var (blocks, _) = HtmlReader.Read(page.AsMemory(), "merged.html");
        var decree = Ingest.Structure.DecreeBuilder.Build(new BlockDocument(blocks, new Model.DocumentSource("merged.html", "html", new string('0', 64))));
        var measure = Assert.Single(decree.Measures);
        // No glossary on this page, so codes stay unresolved: the parties themselves must be the seed's.
        Assert.Equal(Seed.Measure("23.2").Responsible.Select(p => (p.Text, p.ByAgreement, p.AgreementWith)), measure.Responsible.Select(p => (p.Text, p.ByAgreement, p.AgreementWith)));
        Assert.Equal(Seed.Measure("23.2").Financing.Text, measure.Financing.Text);
        Assert.Equal("2019 жылғы І тоқсан", measure.Deadline.Text);
    }
}
