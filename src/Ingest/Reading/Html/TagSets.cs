namespace DecreeParser.Ingest.Reading.Html;

/// <summary>
/// The element names <see cref="TokenPage"/> knows, by what the HTML parser's tree construction
/// does with them. A name in none of these sets sends the page to the parser.
/// </summary>
internal static class TagSets
{
    /// <summary>Elements that never hold anything: no end tag, never left open.</summary>
    public static readonly HashSet<string> Void = ["area", "br", "embed", "img", "input", "wbr", "hr", "meta", "link", "base", "source", "track", "param"];

    /// <summary>Start tags that close an open paragraph first ("table" too, outside quirks mode).</summary>
    public static readonly HashSet<string> ClosesParagraph =
        ["address", "article", "aside", "blockquote", "center", "div", "dl", "figcaption", "figure", "footer", "header", "main", "menu", "nav", "ol", "p", "section", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr", "li", "dt", "dd", "form"];

    /// <summary>Elements whose end tag also ends the paragraphs and list items left open inside them.</summary>
    public static readonly HashSet<string> EndsOpenParagraphs =
        ["address", "article", "aside", "blockquote", "center", "div", "dl", "figcaption", "figure", "footer", "header", "main", "menu", "nav", "ol", "section", "ul", "pre", "form", "button", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6"];

    /// <summary>Elements a start tag may open and leave open with no rule of the parser's beyond nesting.</summary>
    public static readonly HashSet<string> Inline =
        ["a", "b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong", "tt", "u",
         "span", "abbr", "bdi", "bdo", "cite", "data", "dfn", "kbd", "label", "mark", "q", "samp", "sub", "sup", "time", "var", "ins", "del", "button"];

    /// <summary>
    /// Elements that, like inline ones, end only where they are the element open last: script, style
    /// and title, whose text the tokenizer reads in states of its own, and noscript, an ordinary
    /// element of the body with scripting off, as the parser reads.
    /// </summary>
    public static readonly HashSet<string> Nested = ["script", "style", "title", "noscript"];

    /// <summary>
    /// Formatting elements: the parser reopens them when another tag closes them implicitly, so the
    /// page goes to the parser when one would be.
    /// </summary>
    public static readonly HashSet<string> Formatting = ["a", "b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong", "tt", "u"];

    /// <summary>Elements closed without their end tag by the end tag of an element around them.</summary>
    public static readonly HashSet<string> ImpliedEnd = ["p", "li", "dt", "dd"];

    /// <summary>HTML start tags that end an svg element's foreign content.</summary>
    public static readonly HashSet<string> LeavesSvg =
        ["b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font",
         // Points where svg holds HTML again.
         "foreignobject", "desc", "title", "article"];

    /// <summary>Elements of a table's grid, which the parser nests by rules of their own.</summary>
    public static bool IsTableContext(string name) => name is "table" or "thead" or "tbody" or "tfoot" or "tr";
}
