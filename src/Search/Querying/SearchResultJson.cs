using System.Text.Encodings.Web;
using System.Text.Json;

namespace DecreeParser.Search.Querying;

/// <summary>
/// `decree search --json`: exactly one object, {"query", "mode" ("all": every word matched; "any":
/// no document held every word, so any word did), "answerLanguage" (when asked), "didYouMean" (when
/// a word matched nothing), "total", "hits": [{"id", "kind", "decree", "number", "language", "twin"
/// (the other language's id, or null), "via" (when shown for a match in the other language),
/// "score", "title", "snippet", "highlights"}], "facets": {name: {value: count}}}.
/// </summary>
public static class SearchResultJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(SearchResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("query", result.Query);
            json.WriteString("mode", MatchModes.Name(result.Mode));
            if (result.AnswerLanguage is { } answer) json.WriteString("answerLanguage", answer);
            if (result.DidYouMean.Count > 0)
            {
                json.WriteStartObject("didYouMean");
                foreach (var (word, suggestion) in result.DidYouMean) json.WriteString(word, suggestion);
                json.WriteEndObject();
            }
            json.WriteNumber("total", result.Total);
            json.WriteStartArray("hits");
            foreach (var hit in result.Hits) WriteHit(json, hit);
            json.WriteEndArray();
            json.WriteStartObject("facets");
            foreach (var (facet, values) in result.Facets)
            {
                json.WriteStartObject(facet);
                foreach (var (value, count) in values) json.WriteNumber(value, count);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>One hit as the object `hits` holds, on its own: a line of a JSON Lines download.</summary>
    public static string Serialize(SearchHit hit)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options)) WriteHit(json, hit);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteHit(Utf8JsonWriter json, SearchHit hit)
    {
        json.WriteStartObject();
        json.WriteString("id", hit.Id);
        json.WriteString("kind", hit.Kind);
        json.WriteString("decree", hit.Decree);
        json.WriteString("number", hit.Number);
        json.WriteString("language", hit.Language);
        json.WriteString("twin", hit.Twin);
        if (hit.Via is { } via) json.WriteString("via", via);
        json.WriteNumber("score", Math.Round(hit.Score, 4));
        json.WriteString("title", hit.Title);
        json.WriteString("snippet", hit.Snippet);
        json.WriteStartArray("highlights");
        foreach (var highlight in hit.Highlights)
        {
            json.WriteStartArray();
            json.WriteNumberValue(highlight.Start);
            json.WriteNumberValue(highlight.End);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
