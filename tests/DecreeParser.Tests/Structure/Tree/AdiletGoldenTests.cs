using DecreeParser.Ingest.Json;
using DecreeParser.Ingest.Pipeline;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Structure.Tree;

/// <summary>
/// The bundled adilet pages (an order amending order No. 30 in Kazakh and Russian, and an order
/// with an appendix) give their golden JSON: tree, citations, amendments and history, checked by eye
/// against the pages (`UPDATE_GOLDEN=1 dotnet test --filter AdiletGoldenTests` rewrites them; read the diff).
/// </summary>
public class AdiletGoldenTests
{
    [Theory]
    [MemberData(nameof(Pages))]
    public void Each_adilet_page_gives_its_golden_json(string page)
    {
        var actual = DecreeJson.Serialize(DecreePipeline.Convert(Repository.File(page), page));
        var path = Path.Combine(Repository.Root, "corpus", "expected", "adilet", Path.ChangeExtension(page["corpus/adilet/".Length..], ".json"));
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }
        Assert.Equal(File.ReadAllText(path), actual);
    }

    public static TheoryData<string> Pages => [.. SearchCorpus.AdiletPages];
}
