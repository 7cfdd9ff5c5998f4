using System.Diagnostics;
using DecreeParser.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DecreeParser.Web;

/// <summary>The HTML pages: / (search), /measures/{decree}/{number}, /decrees/{key}; anything else is a 404 page.</summary>
public static class PageEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/", (HttpContext context, IndexHolder index) => Search(context, index));
        // A measure of a decree's second plan has the plan in its path: /measures/P1800000897/2/5.1.
        app.MapGet("/measures/{decree}/{**number}", (string decree, string number, HttpContext context, IndexHolder index) => Measure(context, index, $"{decree}/{number}"));
        app.MapGet("/decrees/{key}", (string key, HttpContext context, IndexHolder index) => Decree(context, index, key));
        app.MapFallback((HttpContext context) => Error(context, StatusCodes.Status404NotFound, UiText.Format(Text(context).NotFoundFormat, context.Request.Path.Value ?? "")));
    }

    private static IResult Search(HttpContext context, IndexHolder index)
    {
        var text = Text(context);
        if (index.Searcher is not { } searcher) return Unavailable(context, index);
        var (query, problem) = SearchQuery.From(context.Request.Query);
        if (problem is not null) return Error(context, StatusCodes.Status400BadRequest, UiText.Format(text.BadRequestFormat, problem));
        if (query.Q.Length == 0) return Html(SearchPage.Render(text, query, null, 0, new PageContext(searcher)));
        var clock = Stopwatch.StartNew();
        var result = searcher.Search(query.ToRequest());
        return Html(SearchPage.Render(text, query, result, clock.Elapsed.TotalMilliseconds, new PageContext(searcher)));
    }

    private static IResult Measure(HttpContext context, IndexHolder index, string id)
    {
        var text = Text(context);
        if (index.Searcher is not { } searcher) return Unavailable(context, index);
        if (searcher.FindMeasure(id) is not var (measure, key) || searcher.FindDecree(key) is not { } decree)
        {
            return Error(context, StatusCodes.Status404NotFound, UiText.Format(text.NotFoundFormat, id));
        }
        TwinView? twin = null;
        if (searcher.TwinOf(id) is { } twinId && searcher.FindMeasure(twinId) is var (twinMeasure, twinKey) && searcher.FindDecree(twinKey) is { } twinDecree)
        {
            twin = TwinView.Of(twinId, measure, decree, twinMeasure, twinDecree);
        }
        return Html(MeasurePage.Render(text, measure, decree, key, twin));
    }

    private static IResult Decree(HttpContext context, IndexHolder index, string key)
    {
        var text = Text(context);
        if (index.Searcher is not { } searcher) return Unavailable(context, index);
        return searcher.FindDecree(key) is { } decree
            ? Html(DecreePage.Render(text, decree, key, searcher.TwinOf(key), new CitationLinks(searcher, decree, text.Language)))
            : Error(context, StatusCodes.Status404NotFound, UiText.Format(text.NotFoundFormat, key));
    }

    private static UiText Text(HttpContext context) => UiText.For(context.Request.Query["lang"].FirstOrDefault());

    private static IResult Html(string page, int status = StatusCodes.Status200OK) => Results.Content(page, "text/html; charset=utf-8", null, status);

    private static IResult Unavailable(HttpContext context, IndexHolder index) =>
        Error(context, StatusCodes.Status503ServiceUnavailable, UiText.Format(Text(context).IndexUnavailableFormat, index.Problem!));

    private static IResult Error(HttpContext context, int status, string message)
    {
        var text = Text(context);
        var other = Layout.InLanguage(context.Request.Path.Value ?? "/", text.OtherLanguage);
        return Html(ErrorPage.Render(text, message, other), status);
    }
}
