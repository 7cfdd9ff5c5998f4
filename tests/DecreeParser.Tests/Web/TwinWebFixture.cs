using DecreeParser.Ingest.Pipeline;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;
using DecreeParser.Tests.Twins;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DecreeParser.Tests.Web;

/// <summary>
/// The app over decrees in both languages: the year-column plan in Kazakh and in Russian, and the real
/// adilet order V1600014606 with its Russian twin. One thing is changed, so a page has a disagreement to
/// show: the Russian text moves measure 3's deadline from the third quarter of 2019 to the fourth.
/// </summary>
public sealed class TwinWebFixture : IDisposable
{
    private readonly TempDirectory temp = new();

    public TwinWebFixture()
    {
        var moved = TwinPlans.Ru with
        {
            Measures = TwinPlans.Ru.Measures.Select(m => m.Number == "3" ? m with { Deadline = m.Deadline with { From = "2019-Q4", To = "2019-Q4" } } : m).ToList(),
        };
        var pages = SearchCorpus.AdiletPages.Where(page => page.Contains("V1600014606", StringComparison.Ordinal))
            .Select(page => DecreePipeline.Convert(Repository.File(page), page));
        var decrees = new[] { TwinPlans.Kk, moved }.Concat(pages).Select(d => (d, DecreeKey.Of(d, "twin"))).ToList();
        SearchCorpus.WriteIndex(IndexFolder, decrees);
        App = WebFixture.App(IndexFolder);
    }

    public string IndexFolder => temp.File("index");

    public WebApplicationFactory<DecreeParser.Web.Program> App { get; }

    public Task<(System.Net.HttpStatusCode Status, string Body)> Get(string path) => App.Get(path);

    public void Dispose()
    {
        App.Dispose();
        temp.Dispose();
    }
}
