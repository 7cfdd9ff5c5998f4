using System.Globalization;
using System.Text;
using System.Text.Json;
using DecreeParser.Model.Files;
using DecreeParser.Search.Indexing;
using DecreeParser.Search.Querying;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DecreeParser.Web;

/// <summary>
/// The JSON API: /api/search (the object `decree search --json` prints), /api/measures/{decree}/{number},
/// /api/decrees/{key}; a result set as /api/search.csv or /api/search.jsonl (up to 1 000 hits).
/// Errors are {"error": "…"} with 400, 404 or 503.
/// </summary>
public static class ApiEndpoints
{
    private const string Json = "application/json; charset=utf-8";

    public static void Map(WebApplication app)
    {
        app.MapGet("/api/search", (HttpContext context, IndexHolder index) =>
            Run(context, index, false, (searcher, query) => Results.Text(SearchResultJson.Serialize(searcher.Search(query.ToRequest())), Json)));
        app.MapGet("/api/search.jsonl", (HttpContext context, IndexHolder index) =>
            Run(context, index, true, (searcher, query) => Download(Lines(searcher.Search(query.ToRequest(SearchRequest.MostHits))), "application/jsonl; charset=utf-8", "search.jsonl")));
        app.MapGet("/api/search.csv", (HttpContext context, IndexHolder index) =>
            Run(context, index, true, (searcher, query) => Download(Csv(searcher.Search(query.ToRequest(SearchRequest.MostHits))), "text/csv; charset=utf-8", "search.csv")));
        app.MapGet("/api/measures/{decree}/{**number}", (string decree, string number, IndexHolder index) =>
            index.Searcher is not { } searcher ? Problem(StatusCodes.Status503ServiceUnavailable, index.Problem!)
            : searcher.FindMeasure($"{decree}/{number}") is var (measure, _) ? Results.Text(SearchJson.Serialize(measure), Json)
            : Problem(StatusCodes.Status404NotFound, $"no measure {decree}/{number}"));
        app.MapGet("/api/decrees/{key}", (string key, IndexHolder index) =>
            index.Searcher is not { } searcher ? Problem(StatusCodes.Status503ServiceUnavailable, index.Problem!)
            : searcher.FindDecree(key) is { } decree ? Results.Text(SearchJson.Serialize(decree), Json)
            : Problem(StatusCodes.Status404NotFound, $"no decree {key}"));
        app.MapGet("/api/{**rest}", (string rest) => Problem(StatusCodes.Status404NotFound, $"no such API: /api/{rest}"));
    }

    private static IResult Run(HttpContext context, IndexHolder index, bool download, Func<DecreeSearcher, SearchQuery, IResult> answer)
    {
        if (index.Searcher is not { } searcher) return Problem(StatusCodes.Status503ServiceUnavailable, index.Problem!);
        var (query, problem) = SearchQuery.From(context.Request.Query);
        problem ??= query.Q.Length == 0 ? "the query is empty" : null;
        if (download && problem is null) problem = query.ToRequest(SearchRequest.MostHits).Problem();
        return problem is null ? answer(searcher, query) : Problem(StatusCodes.Status400BadRequest, problem);
    }

    private static string Lines(SearchResult result)
    {
        var text = new StringBuilder();
        foreach (var hit in result.Hits) text.Append(SearchResultJson.Serialize(hit)).Append('\n');
        return text.ToString();
    }

    private static byte[] Csv(SearchResult result)
    {
        using var buffer = new MemoryStream();
        using (var csv = new CsvWriter(buffer))
        {
            csv.Row("id", "kind", "decree", "number", "score", "title", "snippet", "language", "twin", "via");
            foreach (var hit in result.Hits)
            {
                csv.Row(hit.Id, hit.Kind, hit.Decree, hit.Number, Math.Round(hit.Score, 4).ToString(CultureInfo.InvariantCulture), hit.Title, hit.Snippet, hit.Language, hit.Twin, hit.Via);
            }
        }
        return buffer.ToArray();
    }

    private static IResult Download(string text, string contentType, string name) => Download(Encoding.UTF8.GetBytes(text), contentType, name);

    private static IResult Download(byte[] bytes, string contentType, string name) => Results.File(bytes, contentType, name);

    private static IResult Problem(int status, string message) =>
        Results.Text(JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = message }), Json, null, status);
}
