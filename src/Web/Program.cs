// The web app on its own: `dotnet run --project src/Web -- --index idx`. `decree serve` starts the same app.
DecreeParser.Web.DecreeWebApp.Create(args).Run();

namespace DecreeParser.Web
{
    /// <summary>The entry point's class, named so that tests can start the app through WebApplicationFactory.</summary>
    public partial class Program;
}
