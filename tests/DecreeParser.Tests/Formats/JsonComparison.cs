using System.Text.Json.Nodes;
using DecreeParser.Ingest.Json;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Tests.Formats;

/// <summary>
/// Compares two decrees field by field, leaving out <c>source</c> and every <c>location</c>: the
/// parts that rightly differ between formats of one decree; and any other fields named.
/// </summary>
public static class JsonComparison
{
    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The paths whose values differ, with both values; empty when the decrees agree. Fields named in
    /// <paramref name="leftOut"/> are left out wherever they stand.
    /// </summary>
    public static IReadOnlyList<string> Differences(Decree expected, Decree actual, params string[] leftOut)
    {
        var differences = new List<string>();
        var names = new HashSet<string>(leftOut.Append("location"), StringComparer.Ordinal);
        Compare(Strip(expected, names), Strip(actual, names), "$", differences);
        return differences;
    }

    public static string Describe(IReadOnlyList<string> differences) => $"{differences.Count} fields differ:\n{string.Join("\n", differences.Take(40))}";

    private static JsonNode Strip(Decree decree, HashSet<string> names)
    {
        var node = JsonNode.Parse(DecreeJson.Serialize(decree))!;
        node.AsObject().Remove("source");
        Remove(node, names);
        return node;
    }

    private static void Remove(JsonNode? node, HashSet<string> names)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in names) obj.Remove(name);
                foreach (var (_, child) in obj) Remove(child, names);
                break;
            case JsonArray array:
                foreach (var child in array) Remove(child, names);
                break;
        }
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    Compare(e[key], a[key], $"{path}.{key}", differences);
                }
                break;
            case (JsonArray e, JsonArray a):
                for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
                {
                    Compare(i < e.Count ? e[i] : null, i < a.Count ? a[i] : null, $"{path}[{i}]", differences);
                }
                break;
            default:
                var left = expected?.ToJsonString(Readable) ?? "(absent)";
                var right = actual?.ToJsonString(Readable) ?? "(absent)";
                if (left != right) differences.Add($"{path}: expected {left}, got {right}");
                break;
        }
    }
}
