using DecreeParser.Cli.Bench;
using DecreeParser.Ingest.Json;
using DecreeParser.Ingest.Pipeline;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;
using Xunit.Abstractions;

namespace DecreeParser.Tests.Formats.Scans;

/// <summary>
/// Five pages of the seed's PDF (the first three, and the last two with the glossary) scanned as
/// scanners make them (corpus/scans/make-ladder.sh): each level must find at least the given number
/// of the measures of those pages and get at least the given share of their fields right against
/// the golden JSON of those pages (the text layer's reading, checked by eye). The floors sit just
/// under what each level reads today, so a change that reads worse fails; the README's table gives
/// the whole decree per level (`decree bench --ocr`).
/// </summary>
public class ScanLadderTests(ITestOutputHelper output)
{
    private const string Pages = "excerpt";

    private static string PathOf(string level) => Path.Combine(Repository.Root, "corpus", "scans", $"P1800000897.{level}.{Pages}.pdf");

    private static readonly Lazy<Decree> Golden = new(() =>
        DecreeJson.Deserialize(File.ReadAllText(Path.Combine(Repository.Root, "corpus", "expected", "scans", $"P1800000897.{Pages}.json")))!);

    [Fact]
    public void The_text_layer_of_the_three_pages_gives_their_golden_json()
    {
        var path = Path.Combine(Repository.Root, "corpus", "expected", "scans", $"P1800000897.{Pages}.json");
        var actual = DecreeJson.Serialize(DecreePipeline.Convert(PathOf("text"), $"corpus/scans/P1800000897.text.{Pages}.pdf"));
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") File.WriteAllText(path, actual);
        Assert.Equal(File.ReadAllText(path), actual);
    }

    [Theory]
    [InlineData("150", 24, 0.95)]         // 150 dpi, turned 0.6°
    [InlineData("wrong-dpi", 24, 0.95)]   // 200 dpi declared as 96
    [InlineData("turned", 24, 0.96)]      // page 2 upside down, page 3 on its side
    [InlineData("mixed", 24, 0.95)]       // page 1 text, pages 2 and 3 scanned
    [InlineData("skewed", 24, 0.96)]      // turned up to 5°
    [InlineData("office", 24, 0.90)]      // turned either way, grain, blur, specks, uneven light, JPEG 72: "ПМ" for ІІМ in forms, specks in deadlines
    public void Each_level_reads_the_measures_with_most_of_their_fields_right(string level, int measures, double share)
    {
        var scan = DecreePipeline.Convert(PathOf(level), $"corpus/scans/P1800000897.{level}.{Pages}.pdf");
        var right = FieldsRight.Of(Golden.Value, scan);
        var found = right.Found;
        output.WriteLine($"{level}: {found} of {Golden.Value.Measures.Count} measures, {right.Right}/{right.Total} fields right ({string.Join(", ", right.RightByField.Select(f => $"{f.Key} {f.Value}"))})");
        Assert.True(found >= measures, $"{level}: {found} measures found, fewer than {measures}");
        Assert.True(right.Share >= share, $"{level}: {right.Share:P1} of the fields right, below {share:P0}");
    }
}
