using System.Text.Encodings.Web;
using System.Text.Json;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Search.Indexing;

/// <summary>The JSON a measure (and a whole decree) is stored as in the index: the decree schema's own objects.</summary>
public static class SearchJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Measure measure) => JsonSerializer.Serialize(measure, Options);

    public static Measure? Measure(string json) => JsonSerializer.Deserialize<Measure>(json, Options);

    public static string Serialize(Decree decree) => JsonSerializer.Serialize(decree, Options);

    public static Decree? Decree(string json) => JsonSerializer.Deserialize<Decree>(json, Options);
}
