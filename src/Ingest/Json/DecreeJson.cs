using System.Text;
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

    /// <summary>
    /// The decree's JSON and a line end, written to <paramref name="stream"/> as UTF-8 as it is made: a
    /// plan of 16 000 rows is 46 MB of JSON, which as a string, copied to add the line end and encoded
    /// again, made 230 MB of transient copies.
    /// </summary>
    public static void Serialize(Decree decree, Stream stream)
    {
        JsonSerializer.Serialize(stream, decree, Options);
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The same JSON as a string, for a caller that keeps it in memory anyway.</summary>
    public static string Serialize(Decree decree)
    {
        using var buffer = new MemoryStream();
        Serialize(decree, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The same JSON on one line, for JSON Lines datasets.</summary>
    public static string SerializeLine(Decree decree) => JsonSerializer.Serialize(decree, LineOptions);

    public static Decree? Deserialize(string json) => JsonSerializer.Deserialize<Decree>(json, Options);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(Decree))]
internal sealed partial class DecreeJsonContext : JsonSerializerContext;
