using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Formats;

/// <summary>
/// The seed rendered in other formats, committed under corpus/formats so tests need no LibreOffice.
/// `REGENERATE_FIXTURES=1 dotnet test --filter FixtureFiles` writes them anew; otherwise this checks
/// that the committed files are what the renderers make today.
/// </summary>
public class FixtureFiles
{
    public static string PathOf(string name) => Path.Combine(Repository.Root, "corpus", "formats", name);

    private static bool Regenerate => Environment.GetEnvironmentVariable("REGENERATE_FIXTURES") == "1";

    [Fact]
    public void The_html_page_is_what_the_renderer_makes()
    {
        var rendered = SeedHtmlRenderer.Render(SeedLayout.Blocks);
        if (Regenerate) File.WriteAllText(PathOf("P1800000897.html"), rendered);
        Assert.Equal(rendered, File.ReadAllText(PathOf("P1800000897.html")));
    }
}
