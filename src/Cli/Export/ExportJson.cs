using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DecreeParser.Cli.Export;

/// <summary>measures.jsonl lines: one compact object per line, camelCase, Cyrillic as is, as the decree JSON writes it.</summary>
public static class ExportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = ExportJsonContext.Default,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Line(MeasureLine line) => JsonSerializer.Serialize(line, Options);

    public static MeasureLine? ReadMeasure(string line) => JsonSerializer.Deserialize<MeasureLine>(line, Options);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(MeasureLine))]
internal sealed partial class ExportJsonContext : JsonSerializerContext;
