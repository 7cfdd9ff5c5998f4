using DecreeParser.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DecreeParser.Tests.Web;

/// <summary>The web app in the test process (WebApplicationFactory) over the seed and the real adilet pages, indexed once.</summary>
public sealed class WebFixture : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly WebApplicationFactory<DecreeParser.Web.Program> factory;

    public WebFixture()
    {
        SearchCorpus.WriteIndex(IndexFolder);
        factory = App(IndexFolder);
    }

    public string IndexFolder => temp.File("index");

    public HttpClient Client() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The app over another index folder (a broken one, say).</summary>
    public static WebApplicationFactory<DecreeParser.Web.Program> App(string indexFolder) =>
        new WebApplicationFactory<DecreeParser.Web.Program>().WithWebHostBuilder(web => web.UseSetting("index", indexFolder));

    public void Dispose()
    {
        factory.Dispose();
        temp.Dispose();
    }
}
