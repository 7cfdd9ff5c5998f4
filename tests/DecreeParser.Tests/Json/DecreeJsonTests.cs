using System.Text.Json.Nodes;
using DecreeParser.Ingest.Json;
using DecreeParser.Tests.Support;
using Json.Schema;

namespace DecreeParser.Tests.Json;

public class DecreeJsonTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Repository.SchemaPath));

    private static EvaluationResults Validate(string json) =>
        Schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    private static string Errors(EvaluationResults results) => string.Join("\n",
        results.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [Fact]
    public void The_seed_output_matches_the_golden_file()
    {
        // The golden file was checked by eye, field by field, against the seed. To regenerate it after
        // a deliberate change: UPDATE_GOLDEN=1 dotnet test, then read the diff before committing.
        var actual = DecreeJson.Serialize(Seed.Decree);
        var path = Repository.ExpectedPath("P1800000897");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") File.WriteAllText(path, actual);
        Assert.Equal(File.ReadAllText(path), actual);
    }

    [Fact]
    public void The_seed_output_follows_the_published_schema()
    {
        var results = Validate(DecreeJson.Serialize(Seed.Decree));
        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void The_schema_rejects_what_it_should()
    {
        var json = JsonNode.Parse(DecreeJson.Serialize(Seed.Decree))!;
        json["measures"]![0]!["deadline"]!["kind"] = "soon";
        Assert.False(Validate(json.ToJsonString()).IsValid);

        json = JsonNode.Parse(DecreeJson.Serialize(Seed.Decree))!;
        json["measures"]![0]!.AsObject().Remove("financing");
        Assert.False(Validate(json.ToJsonString()).IsValid);

        json = JsonNode.Parse(DecreeJson.Serialize(Seed.Decree))!;
        json["date"] = "27.12.2018";
        Assert.False(Validate(json.ToJsonString()).IsValid);
    }

    [Fact]
    public void Cyrillic_is_written_as_is_and_names_are_camelCase()
    {
        var json = DecreeJson.Serialize(Seed.Decree);
        Assert.Contains("\"title\": \"Қазақстан Республикасының ішкі істер", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u04", json, StringComparison.Ordinal);
        Assert.Contains("\"completionForm\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"quarterRange\"", json, StringComparison.Ordinal);
        Assert.Contains("\"recurrence\": \"semiannual\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_reads_back_to_the_same_decree()
    {
        var json = DecreeJson.Serialize(Seed.Decree);
        Assert.Equal(json, DecreeJson.Serialize(DecreeJson.Deserialize(json)!));
    }
}
