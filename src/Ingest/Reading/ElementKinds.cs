namespace DecreeParser.Ingest.Reading;

/// <summary>What an HTML element is to a reader of the text: left out, a block of its own, a line break, a part of a table's grid, or inline.</summary>
internal enum ElementKind
{
    Inline,
    Skipped,
    Block,
    Break,
    TablePart,
}

/// <summary>
/// Sorts elements by their (lower-case) name. A switch on the name, where sets of names hashed
/// every element of the page two or three times over as the reader walked it.
/// </summary>
internal static class ElementKinds
{
    public static ElementKind Of(string localName) => localName switch
    {
        // Menus, banners, scripts and forms: never text of the act.
        "script" or "style" or "noscript" or "nav" or "header" or "footer" or "aside" or "form" or "button" or "iframe" or "menu" or "select" or "svg" or "template" => ElementKind.Skipped,
        "p" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "ul" or "ol" or "blockquote" or "pre" or "section" or "article" or "center" or "dl" or "dt" or "dd" => ElementKind.Block,
        "br" => ElementKind.Break,
        "td" or "th" or "tr" => ElementKind.TablePart,
        _ => ElementKind.Inline,
    };
}
