using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DecreeParser.Web.Html;

/// <summary>
/// Builds a page's markup. Tags and attribute names are this program's own constants; every text
/// and attribute value goes through the HTML encoder, so nothing a document or a query holds can
/// become markup. There is no way to append raw text.
/// </summary>
public sealed class HtmlWriter
{
    // Cyrillic as is, not as character references: the pages stay readable and small.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder html = new();

    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null) continue;
            html.Append(' ').Append(name).Append("=\"").Append(Encoder.Encode(value)).Append('"');
        }
        html.Append('>');
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        html.Append("</").Append(tag).Append('>');
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        if (text is not null) html.Append(Encoder.Encode(text));
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlWriter Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>A term and its description in a &lt;dl&gt;; nothing when there is no value.</summary>
    public HtmlWriter Term(string label, string? value) => value is null ? this : Element("dt", label).Element("dd", value);

    public HtmlWriter Link(string href, string text, params (string Name, string? Value)[] attributes) =>
        Open("a", [("href", href), .. attributes]).Text(text).Close("a");

    /// <summary>
    /// A text with parts marked: each [start, end) range becomes a &lt;mark&gt;, the text between encoded
    /// as any other. The ranges are offsets from the search, never markup from it.
    /// </summary>
    public HtmlWriter Marked(string text, IEnumerable<(int Start, int End)> ranges)
    {
        var at = 0;
        foreach (var (start, end) in ranges.Where(r => r.Start >= 0 && r.End <= text.Length && r.Start < r.End).OrderBy(r => r.Start))
        {
            if (start < at) continue;
            Text(text[at..start]);
            Element("mark", text[start..end]);
            at = end;
        }
        return Text(text[at..]);
    }

    public override string ToString() => html.ToString();
}
