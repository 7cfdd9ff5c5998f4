using System.Text.Json;
using System.Text.Json.Serialization;
using DecreeParser.Ingest.Json;

namespace DecreeParser.Cli.Export;

/// <summary>measures.jsonl, indicators.jsonl and measures-kk-ru.jsonl lines: one compact object per line, camelCase, Cyrillic as is, as the decree JSON writes it.</summary>
public static class ExportJson
{
    private static readonly JsonSerializerOptions Options = DecreeJson.Conventions(ExportJsonContext.Default, indented: false);

    public static string Line(MeasureLine line) => JsonSerializer.Serialize(line, Options);

    public static string Line(IndicatorLine line) => JsonSerializer.Serialize(line, Options);

    public static string Line(MeasurePairLine line) => JsonSerializer.Serialize(line, Options);

    public static MeasureLine? ReadMeasure(string line) => JsonSerializer.Deserialize<MeasureLine>(line, Options);

    public static IndicatorLine? ReadIndicator(string line) => JsonSerializer.Deserialize<IndicatorLine>(line, Options);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(MeasureLine))]
[JsonSerializable(typeof(IndicatorLine))]
[JsonSerializable(typeof(MeasurePairLine))]
internal sealed partial class ExportJsonContext : JsonSerializerContext;
