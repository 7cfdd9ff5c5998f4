using Microsoft.AspNetCore.Mvc.Testing;

namespace DecreeParser.Tests.Web;

public static class AppRequests
{
    /// <summary>A page or an answer of the app in the test process: its status and body.</summary>
    public static async Task<(System.Net.HttpStatusCode Status, string Body)> Get(this WebApplicationFactory<DecreeParser.Web.Program> app, string path)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
