using DecreeParser.Tests.Support;
using DocumentFormat.OpenXml.Packaging;

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

    [Fact]
    public void The_docx_is_what_the_renderer_makes()
    {
        var rendered = SeedDocxRenderer.Render(SeedLayout.Blocks);
        if (Regenerate) File.WriteAllBytes(PathOf("P1800000897.docx"), rendered);
        // A zip carries timestamps: compare the document itself.
        Assert.Equal(DocumentXml(rendered), DocumentXml(File.ReadAllBytes(PathOf("P1800000897.docx"))));
    }

    private static string DocumentXml(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return document.MainDocumentPart!.Document!.OuterXml;
    }
}
