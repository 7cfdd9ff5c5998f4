using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;

namespace DecreeParser.Cli.Bench;

/// <summary>
/// What the libraries alone do with a file, with nothing of ours: the floor a conversion cannot go
/// under, so that our overhead can be quoted as a ratio.
/// </summary>
public static class BareParse
{
    public static Action For(string format, string path) => format switch
    {
        "text" => () => _ = File.ReadAllText(path).Split('\n').Length,
        "html" => () => _ = new HtmlParser().ParseDocument(File.ReadAllText(path)).Body?.TextContent.Length,
        "docx" => () =>
        {
            using var document = WordprocessingDocument.Open(path, isEditable: false);
            _ = document.MainDocumentPart?.Document?.Body?.InnerText.Length;
        },
        "pdf" => () =>
        {
            using var document = PdfDocument.Open(path);
            foreach (var page in document.GetPages()) _ = page.GetWords().Count();
        },
        _ => throw new ArgumentException($"no bare parse for {format}", nameof(format)),
    };
}
