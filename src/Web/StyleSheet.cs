using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DecreeParser.Web;

/// <summary>
/// The one style sheet, served from the assembly at /style.css (the CSP allows styles from this site
/// only); and an empty answer for the icon browsers ask for, so their consoles stay clean.
/// </summary>
public static class StyleSheet
{
    private static readonly byte[] Css = Read();

    public static void Map(WebApplication app)
    {
        app.MapGet("/style.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(Css, "text/css; charset=utf-8");
        });
        app.MapGet("/favicon.ico", () => Results.NoContent());
    }

    private static byte[] Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("style.css")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
