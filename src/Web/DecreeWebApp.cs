using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DecreeParser.Web;

/// <summary>
/// The web app: search, measure and decree pages rendered on the server, and a JSON API beside them,
/// over an index opened read-only. Settings: "index" (the folder; or "index:0", "index:1"… for several
/// served as one) and the usual "urls".
/// </summary>
public static class DecreeWebApp
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Warnings only: `decree serve` prints the address itself, and no line per request.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(services => IndexHolder.Open(services.GetRequiredService<IConfiguration>()));

        var app = builder.Build();
        app.Use(SecurityHeaders.Add);
        StyleSheet.Map(app);
        ApiEndpoints.Map(app);
        PageEndpoints.Map(app);
        return app;
    }

    /// <summary>The addresses a started app listens on (the real port when it was asked for port 0).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? app.Urls];
}
