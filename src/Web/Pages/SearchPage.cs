using System.Globalization;
using DecreeParser.Model.Decrees;
using DecreeParser.Search.Querying;
using DecreeParser.Web.Html;

namespace DecreeParser.Web.Pages;

/// <summary>
/// The search page: one query box and the filters; then the total and the time taken, the facets
/// (each value a link that narrows the search), the hits with their highlighted snippets and a link
/// to each one's text in the other language, paging and downloads. An empty result says what was searched and offers to drop each filter.
/// </summary>
public static class SearchPage
{
    private const int MostFacetValues = 12;

    public static string Render(UiText text, SearchQuery query, SearchResult? result, double milliseconds, PageContext index)
    {
        var other = query with { Lang = text.OtherLanguage };
        return Layout.Page(text, query.Q.Length > 0 ? query.Q : text.AppTitle, other.Url(), html =>
        {
            Form(html, text, query, index);
            if (result is null) return;
            DidYouMean(html, text, query, result);
            if (result.Total == 0)
            {
                Empty(html, text, query);
                return;
            }
            html.Element("p", UiText.Format(text.FoundFormat, result.Total, Math.Round(milliseconds, 1)), ("class", "total"));
            // Said on the page, as the JSON says it: these results are not what was asked for.
            if (result.Mode == MatchMode.Any) html.Element("p", text.AnyWordNotice, ("class", "notice"));
            if (result.AnswerLanguage is { } answer) html.Element("p", UiText.Format(text.Twins.AnsweredNoticeFormat, text.Twins.LanguageNames[answer]), ("class", "notice answered"));
            html.Open("div", ("class", "columns"));
            Facets(html, text, query, result, index);
            Hits(html, text, query, result);
            html.Close("div");
        });
    }

    private static void Form(HtmlWriter html, UiText text, SearchQuery query, PageContext index)
    {
        html.Open("form", ("method", "get"), ("action", "/"), ("role", "search"))
            .Element("label", text.QueryLabel, ("for", "q"))
            .Open("div", ("class", "query"))
            .Open("input", ("type", "search"), ("id", "q"), ("name", "q"), ("value", query.Q), ("maxlength", SearchRequest.LongestQuery.ToString(CultureInfo.InvariantCulture)), ("autofocus", "autofocus"))
            .Element("button", text.SearchButton, ("type", "submit"))
            .Close("div")
            .Open("div", ("class", "filters"));
        Select(html, text, "responsible", text.Responsible, query.Responsible, index.Values("responsible"), index.ResponsibleLabel);
        Select(html, text, "year", text.Year, query.Year?.ToString(CultureInfo.InvariantCulture), index.Values("year"), v => v);
        Select(html, text, "source", text.Source, query.Source, index.Values("source"), v => v);
        Select(html, text, "deadlineKind", text.DeadlineKind, query.Kind, DeadlineKinds.Names, text.KindName);
        Select(html, text, "decree", text.Decree, query.Decree, index.Values("decree"), v => v);
        Select(html, text, "language", text.Twins.TextLanguage, query.Language, SearchRequest.Languages, text.Twins.LanguageNames.GetValueOrDefault!);
        Select(html, text, "answer", text.Twins.AnswerLanguage, query.Answer, SearchRequest.Languages, text.Twins.LanguageNames.GetValueOrDefault!, text.Twins.AsFound);
        html.Close("div");
        if (query.Lang != "kk") html.Open("input", ("type", "hidden"), ("name", "lang"), ("value", query.Lang));
        html.Close("form");
    }

    private static void Select(HtmlWriter html, UiText text, string name, string label, string? selected, IEnumerable<string> values, Func<string, string> show, string? none = null)
    {
        html.Open("label").Text(label).Open("select", ("name", name)).Element("option", none ?? text.Any, ("value", ""));
        var options = values.ToList();
        if (selected is not null && !options.Contains(selected)) options.Insert(0, selected);
        foreach (var value in options) html.Element("option", show(value), ("value", value), ("selected", value == selected ? "selected" : null));
        html.Close("select").Close("label");
    }

    /// <summary>The query again with each word that matched nothing replaced by the index's nearest, as a link.</summary>
    private static void DidYouMean(HtmlWriter html, UiText text, SearchQuery query, SearchResult result)
    {
        if (result.DidYouMean.Count == 0) return;
        var mended = result.DidYouMean.Aggregate(query.Q, (q, s) => q.Replace(s.Key, s.Value, StringComparison.Ordinal));
        html.Open("p", ("class", "did-you-mean")).Text(text.DidYouMean + " ").Link((query with { Q = mended, Page = 1 }).Url(), mended).Text("?").Close("p");
    }

    private static void Facets(HtmlWriter html, UiText text, SearchQuery query, SearchResult result, PageContext index)
    {
        html.Open("aside", ("class", "facets"));
        foreach (var (name, label, show) in new (string, string, Func<string, string>)[]
        {
            ("responsible", text.Responsible, index.ResponsibleLabel), ("year", text.Year, v => v), ("source", text.Source, v => v),
            ("deadlineKind", text.DeadlineKind, text.KindName), ("group", text.Group, v => v), ("decree", text.Decree, v => v),
        })
        {
            if (!result.Facets.TryGetValue(name, out var counts) || counts.Count == 0) continue;
            html.Element("h2", label).Open("ul");
            foreach (var (value, count) in counts.Take(MostFacetValues))
            {
                html.Open("li").Link(query.With(name, value).Url(), show(value)).Text(" ").Element("span", count.ToString(CultureInfo.InvariantCulture), ("class", "count")).Close("li");
            }
            html.Close("ul");
        }
        html.Close("aside");
    }

    private static void Hits(HtmlWriter html, UiText text, SearchQuery query, SearchResult result)
    {
        html.Open("section", ("class", "hits")).Open("ol", ("start", ((query.Page - 1) * query.Size + 1).ToString(CultureInfo.InvariantCulture)));
        foreach (var hit in result.Hits)
        {
            var href = Link(hit.Id, hit.Kind, query.Lang);
            html.Open("li", ("class", "hit"))
                .Open("p", ("class", "hit-title")).Link(href, hit.Number is null ? hit.Title : $"{hit.Number}. {hit.Title}").Close("p")
                .Open("p", ("class", "snippet")).Marked(hit.Snippet, hit.Highlights.Select(h => (h.Start, h.End))).Close("p")
                .Open("p", ("class", "meta")).Text($"{hit.Id} · {hit.Score.ToString("0.00", CultureInfo.InvariantCulture)}");
            if (hit.Via is { } via) html.Text($" · {text.Twins.Via} ").Link(Link(via, hit.Kind, query.Lang), via, ("class", "via"));
            else if (hit.Twin is { } twin) html.Text(" · ").Link(Link(twin, hit.Kind, query.Lang), text.Twins.TextIn[DecreeKey.LanguageOf(twin)], ("class", "twin"));
            html.Close("p").Close("li");
        }
        html.Close("ol");
        Paging(html, text, query, result.Total);
        html.Open("p", ("class", "downloads")).Text(text.Download + ": ")
            .Link(query.Url("/api/search.csv"), "CSV").Text(" · ").Link(query.Url("/api/search.jsonl"), "JSON Lines").Text(" · ").Link(query.Url("/api/search"), "JSON")
            .Close("p").Close("section");
    }

    private static string Link(string id, string kind, string language) => kind == "measure" ? Paths.Measure(id, language) : Paths.Decree(id, language);

    private static void Paging(HtmlWriter html, UiText text, SearchQuery query, int total)
    {
        var pages = (Math.Min(total, SearchRequest.DeepestHit) + query.Size - 1) / query.Size;
        if (pages <= 1) return;
        html.Open("nav", ("class", "paging"));
        if (query.Page > 1) html.Link((query with { Page = query.Page - 1 }).Url(), text.Previous, ("rel", "prev"));
        html.Element("span", UiText.Format(text.PageFormat, query.Page) + $" / {pages}");
        if (query.Page < pages) html.Link((query with { Page = query.Page + 1 }).Url(), text.Next, ("rel", "next"));
        html.Close("nav");
    }

    private static void Empty(HtmlWriter html, UiText text, SearchQuery query)
    {
        html.Open("div", ("class", "empty")).Element("p", UiText.Format(text.NothingFoundFormat, query.Q));
        var filters = query.Filters.ToList();
        if (filters.Count > 0)
        {
            html.Element("p", $"{text.WithFilters}: {string.Join(", ", filters.Select(f => $"{f.Name} = {f.Value}"))}").Element("p", text.TryDropping).Open("ul");
            foreach (var (name, value) in filters) html.Open("li").Link(query.With(name, null).Url(), $"{name} = {value} {text.Without}").Close("li");
            html.Close("ul");
        }
        html.Close("div");
    }
}
