using DecreeParser.Ingest.Pipeline;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Formats;

/// <summary>One decree, every format: each rendering of the seed gives the golden JSON but for source and locations.</summary>
public class SameJsonTests
{
    [Theory]
    [InlineData("P1800000897.html", "html")]
    [InlineData("P1800000897.docx", "docx")]
    [InlineData("P1800000897.pdf", "pdf")]
    [InlineData("P1800000897.doc", "doc")]
    [InlineData("P1800000897.rtf", "rtf")]
    [InlineData("P1800000897.odt", "odt")]
    public void Each_format_of_the_seed_gives_the_golden_json(string file, string format)
    {
        var decree = DecreePipeline.Convert(FixtureFiles.PathOf(file), file);
        Assert.Equal(format, decree.Source.Format);
        var differences = JsonComparison.Differences(Seed.Decree, decree);
        Assert.True(differences.Count == 0, JsonComparison.Describe(differences));
    }
}
