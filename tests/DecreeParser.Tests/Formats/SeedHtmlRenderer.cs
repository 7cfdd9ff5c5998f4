using System.Globalization;
using System.Net;
using System.Text;
using DecreeParser.Model.Blocks;

namespace DecreeParser.Tests.Formats;

/// <summary>
/// Renders the seed as an adilet page in the older layout of the real pages in corpus/adilet: a menu,
/// scripts and a footer around it, the title and act line in the slogan, the body in an article of
/// indented paragraphs with "z" ids, the table wrapped in a paragraph with cells holding paragraphs,
/// section rows spanning the table.
/// </summary>
public static class SeedHtmlRenderer
{
    public static string Render(IReadOnlyList<Block> blocks)
    {
        var (title, actLine, body) = SeedLayout.Split(blocks);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html>\n<head>\n    <meta charset=\"utf-8\" />\n")
            .Append(CultureInfo.InvariantCulture, $"    <title>{Encode(title.Text)}</title>\n")
            .Append("    <script type=\"text/javascript\">var adfox = { owner: 'Әділет ақпараттық-құқықтық жүйесі' };</script>\n</head>\n<body>\n")
            .Append("<div id=\"header\"><ul id=\"menu\" class=\"left\"><li>Басты бет</li><li>Заңнама базасы</li><li>Жаңалықтар мұрағаты</li></ul></div>\n")
            .Append("<div class=\"container_alpha slogan\">\n")
            .Append(CultureInfo.InvariantCulture, $"    <h1>{Encode(title.Text)}</h1>\n")
            .Append(CultureInfo.InvariantCulture, $"    <p>{Encode(actLine.Text)}</p>\n</div>\n")
            .Append("<div class=\"container_gamma text\">\n<div class=\"gs_12\">\n<article>\n");
        var anchor = 1;
        foreach (var block in body)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    html.Append(CultureInfo.InvariantCulture, $"<p id=\"z{anchor++}\">\n    &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {Encode(paragraph.Text)}\n</p>\n");
                    break;
                case HeadingBlock heading:
                    html.Append(CultureInfo.InvariantCulture, $"<h3 id=\"z{anchor++}\">{Encode(heading.Text)}</h3>\n");
                    break;
                case TableBlock table:
                    RenderTable(table, html);
                    break;
            }
        }
        html.Append("</article>\n</div>\n</div>\n")
            .Append("<div id=\"footer\">Қазақстан Республикасы Әділет министрлігінің «Республикалық құқықтық ақпарат орталығы» ШЖҚ РМК</div>\n")
            .Append("<script src=\"/tpl/etherna/js/combined.js\"></script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void RenderTable(TableBlock table, StringBuilder html)
    {
        html.Append("<p>\n<table border=\"1\" width=\"100%\">\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            html.Append("<tr>\n");
            var cells = table.Rows[r].Cells;
            for (var c = 0; c < cells.Count; c++)
            {
                if (cells[c].Covered) continue;
                var attributes = cells[c].ColumnSpan > 1 ? $" colspan=\"{cells[c].ColumnSpan}\"" : "";
                html.Append(CultureInfo.InvariantCulture, $"    <td{attributes}>\n        <p>{Encode(cells[c].Text)}</p>\n    </td>\n");
            }
            html.Append("</tr>\n");
        }
        html.Append("</table>\n</p>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
