using System.Globalization;
using System.Net;
using System.Text;

namespace DecreeParser.Tests.Formats;

/// <summary>
/// Renders a decree as an adilet page in the older layout of the real pages in corpus/adilet: a menu,
/// scripts and a footer around it, the title and act line in the slogan, the body in an article of
/// indented paragraphs with "z" ids, each table wrapped in a paragraph with cells holding paragraphs,
/// merged cells as colspan and rowspan, bold cells in &lt;b&gt;.
/// </summary>
public static class HtmlFixtureRenderer
{
    public static string Render(FixtureDocument document)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html>\n<head>\n    <meta charset=\"utf-8\" />\n")
            .Append(CultureInfo.InvariantCulture, $"    <title>{Encode(document.Title)}</title>\n")
            .Append("    <script type=\"text/javascript\">var adfox = { owner: 'Әділет ақпараттық-құқықтық жүйесі' };</script>\n</head>\n<body>\n")
            .Append("<div id=\"header\"><ul id=\"menu\" class=\"left\"><li>Басты бет</li><li>Заңнама базасы</li><li>Жаңалықтар мұрағаты</li></ul></div>\n")
            .Append("<div class=\"container_alpha slogan\">\n")
            .Append(CultureInfo.InvariantCulture, $"    <h1>{Encode(document.Title)}</h1>\n")
            .Append(CultureInfo.InvariantCulture, $"    <p>{Encode(document.ActLine)}</p>\n</div>\n")
            .Append("<div class=\"container_gamma text\">\n<div class=\"gs_12\">\n<article>\n");
        var anchor = 1;
        foreach (var part in document.Body)
        {
            switch (part)
            {
                case FixtureParagraph paragraph:
                    html.Append(CultureInfo.InvariantCulture, $"<p id=\"z{anchor++}\">\n    &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {Encode(paragraph.Text)}\n</p>\n");
                    break;
                case FixtureHeading heading:
                    html.Append(CultureInfo.InvariantCulture, $"<h3 id=\"z{anchor++}\">{Encode(heading.Text)}</h3>\n");
                    break;
                case FixtureTable table:
                    RenderTable(table, html);
                    break;
            }
        }
        html.Append("</article>\n</div>\n</div>\n")
            .Append("<div id=\"footer\">Қазақстан Республикасы Әділет министрлігінің «Республикалық құқықтық ақпарат орталығы» ШЖҚ РМК</div>\n")
            .Append("<script src=\"/tpl/etherna/js/combined.js\"></script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void RenderTable(FixtureTable table, StringBuilder html)
    {
        html.Append("<p>\n<table border=\"1\" width=\"100%\">\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>\n");
            foreach (var cell in row)
            {
                var attributes = (cell.ColumnSpan > 1 ? $" colspan=\"{cell.ColumnSpan}\"" : "") + (cell.RowSpan > 1 ? $" rowspan=\"{cell.RowSpan}\"" : "");
                var text = cell.Bold ? $"<b>{Encode(cell.Text)}</b>" : Encode(cell.Text);
                html.Append(CultureInfo.InvariantCulture, $"    <td{attributes}>\n        <p>{text}</p>\n    </td>\n");
            }
            html.Append("</tr>\n");
        }
        html.Append("</table>\n</p>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
