using DecreeParser.Ingest.Pipeline;
using DecreeParser.Ingest.Reading;
using DecreeParser.Ingest.Structure;
using DecreeParser.Model;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Tests.Support;

/// <summary>
/// The seed decree (Government resolution No. 897 of 2018) as tests use it: whole, or with one
/// passage changed to make a case the seed itself does not have.
/// </summary>
public static class Seed
{
    private static readonly Lazy<Decree> Converted = new(() => DecreePipeline.Convert(Repository.SeedPath, Repository.SeedRelativePath));

    public static string Text => File.ReadAllText(Repository.SeedPath);

    public static Decree Decree => Converted.Value;

    public static Measure Measure(string number) => Decree.Measures.Single(m => m.Number == number);

    /// <summary>The seed with <paramref name="original"/>, which must occur exactly once, replaced.</summary>
    public static string With(string original, string replacement)
    {
        var text = Text;
        var first = text.IndexOf(original, StringComparison.Ordinal);
        Assert.True(first >= 0, $"the seed no longer contains \"{original}\"");
        Assert.True(text.IndexOf(original, first + 1, StringComparison.Ordinal) < 0, $"the seed contains \"{original}\" more than once");
        return string.Concat(text.AsSpan(0, first), replacement, text.AsSpan(first + original.Length));
    }

    /// <summary>Runs repair and structure on a text as the pipeline would on a file holding it.</summary>
    public static Decree Build(string text, string path = "test.txt") =>
        DecreeBuilder.Build(new BlockDocument(PlainTextReader.Read(text), new DocumentSource(path, "text", new string('0', 64))));
}
