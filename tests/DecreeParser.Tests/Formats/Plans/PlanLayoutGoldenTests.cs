using System.Text.Json.Nodes;
using DecreeParser.Ingest.Json;
using DecreeParser.Ingest.Pipeline;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;
using Json.Schema;

namespace DecreeParser.Tests.Formats.Plans;

/// <summary>
/// Each plan layout, read from its HTML, gives its golden JSON (checked by eye, field by field, before
/// it was committed; `UPDATE_GOLDEN=1 dotnet test` rewrites them, read the diff); its DOCX and its PDF
/// give the same plans, groups, measures, totals and indicators. Left out of that comparison: the
/// repairs and the tables' raw text, where a PDF's narrow header cells break words as they like.
/// </summary>
public class PlanLayoutGoldenTests
{
    private static readonly Dictionary<string, Decree> Converted = [];

    public static Decree Convert(string file)
    {
        lock (Converted)
        {
            if (!Converted.TryGetValue(file, out var decree)) Converted[file] = decree = DecreePipeline.Convert(PlanFixtures.PathOf(file), $"corpus/plans/{file}");
            return decree;
        }
    }

    private static readonly string[] OtherFormats = ["docx", "pdf"];

    public static IEnumerable<object[]> NamesAndFormats =>
        PlanFixtures.All.Keys.SelectMany(name => OtherFormats.Select(format => new object[] { name, format }));

    [Theory]
    [MemberData(nameof(PlanFixtures.Names), MemberType = typeof(PlanFixtures))]
    public void The_html_gives_the_golden_json(string name)
    {
        var actual = DecreeJson.Serialize(Convert($"{name}.html"));
        var path = Path.Combine(Repository.Root, "corpus", "expected", "plans", $"{name}.json");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") File.WriteAllText(path, actual);
        Assert.Equal(File.ReadAllText(path), actual);
    }

    [Theory]
    [MemberData(nameof(NamesAndFormats))]
    public void Every_format_gives_the_same_plans(string name, string format)
    {
        var expected = Convert($"{name}.html");
        var actual = Convert($"{name}.{format}");
        Assert.Equal(format, actual.Source.Format);
        var differences = JsonComparison.Differences(expected, actual, "repairs", "tables", "header");
        Assert.True(differences.Count == 0, JsonComparison.Describe(differences));
    }

    [Theory]
    [MemberData(nameof(PlanFixtures.Names), MemberType = typeof(PlanFixtures))]
    public void The_json_follows_the_published_schema(string name)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Repository.SchemaPath));
        var results = schema.Evaluate(JsonNode.Parse(DecreeJson.Serialize(Convert($"{name}.html"))), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, string.Join("\n", results.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }
}
