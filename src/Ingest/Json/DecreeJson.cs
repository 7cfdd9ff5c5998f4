using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Json;

/// <summary>
/// The decree JSON as docs/decree.schema.json describes it: camelCase, indented, Cyrillic written
/// as is rather than as \u escapes, serialized by source-generated code.
/// </summary>
public static class DecreeJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = DecreeJsonContext.Default,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // The output is a data file, never inlined into HTML: only what JSON itself requires is escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Decree decree) => JsonSerializer.Serialize(decree, Options) + "\n";

    public static Decree? Deserialize(string json) => JsonSerializer.Deserialize<Decree>(json, Options);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(Decree))]
internal sealed partial class DecreeJsonContext : JsonSerializerContext;
