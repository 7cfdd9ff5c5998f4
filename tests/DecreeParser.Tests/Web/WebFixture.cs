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

    /// <summary>A page or an answer of the app: its status, its body, and the response for its headers.</summary>
    public async Task<(System.Net.HttpStatusCode Status, string Body, HttpResponseMessage Response)> Get(string path)
    {
        using var client = Client();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    /// <summary>The app over another index folder (a broken one, say).</summary>
    public static WebApplicationFactory<DecreeParser.Web.Program> App(string indexFolder) =>
        new WebApplicationFactory<DecreeParser.Web.Program>().WithWebHostBuilder(web => web.UseSetting("index", indexFolder));

    public void Dispose()
    {
        factory.Dispose();
        temp.Dispose();
    }
}
