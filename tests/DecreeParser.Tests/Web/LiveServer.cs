using DecreeParser.Web;
using Microsoft.AspNetCore.Builder;

namespace DecreeParser.Tests.Web;

/// <summary>The app on a real socket (Kestrel on a free loopback port), for a real browser to visit.</summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LiveServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<LiveServer> Start(string indexFolder)
    {
        var app = DecreeWebApp.Create(["--index", indexFolder, "--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        var address = DecreeWebApp.Addresses(app).Single();
        return new LiveServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
