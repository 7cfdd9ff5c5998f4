using System.Text;

namespace DecreeParser.Tests.Reading;

/// <summary>Writes random markup in the shape of an adilet page, for <see cref="TokenPageTests"/>.</summary>
internal static class RandomMarkup
{
    private static readonly string[] Blocks = ["p", "div", "article", "h3", "ul", "li", "blockquote", "pre", "section"];
    private static readonly string[] Inlines = ["span", "b", "i", "a", "em", "sup"];
    private static readonly string[] Attributes = ["", "", "", " id=\"z7\"", " class=\"note\"", " class=\"slogan\"", " class=\"status\"", " id=\"\""];
    private static readonly string[] Texts = ["text", " ", "\n   ", "&nbsp;1.", "a &amp; b", "Қаулы"];
    private static readonly string[] Strays = ["</p>", "</b>", "<td>", "</div>", "<tr>", "<p>", "</span>", "<br>", "<hr>", "</table>", "<svg><g/></svg>", "<script>x</script>", "<noscript><img src=\"n\"></noscript>"];

    /// <summary>Blocks, tables, inline elements and text, to a depth of four; inside a paragraph or an inline element, phrasing alone.</summary>
    public static void Flow(StringBuilder html, Random random, int depth, bool phrasing = false)
    {
        var count = random.Next(1, depth == 0 ? 8 : 4);
        for (var i = 0; i < count; i++)
        {
            if (random.Next(150) == 0)
            {
                html.Append(Strays[random.Next(Strays.Length)]);
                continue;
            }
            switch (random.Next(depth >= 4 ? 1 : phrasing ? 3 : 6))
            {
                case 0:
                    html.Append(Texts[random.Next(Texts.Length)]);
                    break;
                case 1 or 2:
                    Element(html, random, Inlines[random.Next(Inlines.Length)], depth, mayOmitEnd: false, phrasing: true);
                    break;
                case 3:
                    Table(html, random, depth);
                    break;
                default:
                    var name = Blocks[random.Next(Blocks.Length)];
                    Element(html, random, name, depth, mayOmitEnd: name is "p" or "li", phrasing: name is "p" or "h3" or "pre");
                    break;
            }
        }
    }

    private static void Element(StringBuilder html, Random random, string name, int depth, bool mayOmitEnd, bool phrasing)
    {
        html.Append('<').Append(name).Append(Attributes[random.Next(Attributes.Length)]).Append('>');
        Flow(html, random, depth + 1, phrasing);
        if (!mayOmitEnd || random.Next(3) > 0) html.Append("</").Append(name).Append('>');
    }

    private static void Table(StringBuilder html, Random random, int depth)
    {
        // adilet wraps tables in paragraphs, and closes them after.
        var wrapped = random.Next(3) == 0;
        html.Append(wrapped ? "<p><table>" : "<table>");
        var body = random.Next(2) == 0;
        if (random.Next(4) == 0) html.Append("<thead><tr><th>head</th></tr></thead>");
        if (body) html.Append("<tbody>");
        for (var row = random.Next(1, 4); row > 0; row--)
        {
            html.Append("\n<tr>");
            for (var cell = random.Next(1, 4); cell > 0; cell--)
            {
                html.Append(random.Next(5) switch { 0 => "<td colspan=\"2\">", 1 => "<td rowspan=\"2\" id=\"c\">", 2 => "<th>", _ => "<td>" });
                Flow(html, random, depth + 2);
                if (random.Next(3) > 0) html.Append("</td>");
            }
            if (random.Next(3) > 0) html.Append("</tr>");
        }
        if (body) html.Append("</tbody>");
        html.Append(wrapped ? "</table></p>" : "</table>");
    }
}
