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

    private static readonly JsonSerializerOptions LineOptions = new(Options) { WriteIndented = false };

    public static string Serialize(Decree decree) => JsonSerializer.Serialize(decree, Options) + "\n";

    /// <summary>The same JSON on one line, for JSON Lines datasets.</summary>
    public static string SerializeLine(Decree decree) => JsonSerializer.Serialize(decree, LineOptions);

    public static Decree? Deserialize(string json) => JsonSerializer.Deserialize<Decree>(json, Options);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(Decree))]
internal sealed partial class DecreeJsonContext : JsonSerializerContext;
