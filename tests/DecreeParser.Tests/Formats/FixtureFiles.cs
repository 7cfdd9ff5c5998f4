using DecreeParser.Tests.Formats.Plans;
using DecreeParser.Tests.Support;
using DocumentFormat.OpenXml.Packaging;

namespace DecreeParser.Tests.Formats;

/// <summary>
/// The seed, and the plan layouts built from its measures, rendered in other formats and committed
/// under corpus/formats and corpus/plans so tests need no LibreOffice.
/// `REGENERATE_FIXTURES=1 dotnet test --filter FixtureFiles` writes them anew (then
/// `bash corpus/formats/make-pdf.sh` and `bash corpus/plans/make-pdf.sh` print their PDFs); otherwise
/// this checks that the committed files are what the renderers make today.
/// </summary>
public class FixtureFiles
{
    public static string PathOf(string name) => Path.Combine(Repository.Root, "corpus", "formats", name);

    private static bool Regenerate => Environment.GetEnvironmentVariable("REGENERATE_FIXTURES") == "1";

    [Fact]
    public void The_html_page_is_what_the_renderer_makes() => CheckHtml(SeedLayout.Document, PathOf("P1800000897.html"));

    [Fact]
    public void The_docx_is_what_the_renderer_makes() => CheckDocx(SeedLayout.Document, PathOf("P1800000897.docx"));

    [Fact]
    public void The_docx_with_its_signature_in_one_paragraph_is_what_the_renderer_makes() =>
        CheckDocx(SeedLayout.SignatureInOneParagraph, PathOf("P1800000897.signature.docx"));

    [Theory]
    [MemberData(nameof(PlanFixtures.Names), MemberType = typeof(PlanFixtures))]
    public void Each_plan_layout_is_what_the_renderers_make(string name)
    {
        CheckHtml(PlanFixtures.All[name], PlanFixtures.PathOf($"{name}.html"));
        CheckDocx(PlanFixtures.All[name], PlanFixtures.PathOf($"{name}.docx"));
    }

    private static void CheckHtml(FixtureDocument document, string path)
    {
        var rendered = HtmlFixtureRenderer.Render(document);
        if (Regenerate) File.WriteAllText(path, rendered);
        Assert.Equal(rendered, File.ReadAllText(path));
    }

    private static void CheckDocx(FixtureDocument document, string path)
    {
        var rendered = DocxFixtureRenderer.Render(document);
        if (Regenerate) File.WriteAllBytes(path, rendered);
        // A zip carries timestamps: compare the document itself.
        Assert.Equal(DocumentXml(rendered), DocumentXml(File.ReadAllBytes(path)));
    }

    private static string DocumentXml(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return document.MainDocumentPart!.Document!.OuterXml;
    }
}
