using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Json;

/// <summary>
/// The decree JSON as docs/decree.schema.json describes it: camelCase, indented, Cyrillic written
/// as is rather than as \u escapes, serialized by source-generated code.
/// </summary>
public static class DecreeJson
{
    private static readonly JsonSerializerOptions Options = Conventions(DecreeJsonContext.Default, indented: true);

    private static readonly JsonSerializerOptions LineOptions = Conventions(DecreeJsonContext.Default, indented: false);

    /// <summary>The options every JSON file of ours is written with, for a serializer context of its types.</summary>
    public static JsonSerializerOptions Conventions(IJsonTypeInfoResolver types, bool indented) => new()
    {
        TypeInfoResolver = types,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = indented,
        // Outputs are data files, never inlined into HTML: only what JSON itself requires is escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Decree decree) => JsonSerializer.Serialize(decree, Options) + "\n";

    /// <summary>The same JSON on one line, for JSON Lines datasets.</summary>
    public static string SerializeLine(Decree decree) => JsonSerializer.Serialize(decree, LineOptions);

    public static Decree? Deserialize(string json) => JsonSerializer.Deserialize<Decree>(json, Options);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(Decree))]
internal sealed partial class DecreeJsonContext : JsonSerializerContext;
