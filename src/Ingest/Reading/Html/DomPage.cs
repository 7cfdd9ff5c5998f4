using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace DecreeParser.Ingest.Reading.Html;

/// <summary>
/// A page as the HTML parser makes it, for markup that needs the parser's repairs (tags left open
/// or crossed, text astray in a table, pages nested past <see cref="ReaderLimits.HtmlDepth"/>):
/// comments and scripts' code left out, each element marked with the line its tag began on, then
/// copied into <see cref="PageElement"/>s for the reader.
/// </summary>
internal static class DomPage
{
    /// <param name="html">The page's characters.</param>
    public static (Page Page, IDocument Document) Parse(ReadOnlyMemory<char> html)
    {
        (html, _) = HtmlDepthGuard.Apply(html);
        var options = new HtmlParserOptions
        {
            SkipComments = true,
            SkipScriptText = true,
            // The parser's own source references are copies of the whole tag, names and attributes;
            // a mark of the position alone allocates a tenth less for the seed's page, and a
            // dictionary of positions by element doubled the conversion's time in collections.
            OnCreated = (element, position) =>
            {
                if (element is Element made) made.SourceReference = new ParsedAt(position);
            },
        };
        var document = new HtmlParser(options).ParseDocument(html);
        var slogan = (PageElement?)null;
        var article = (PageElement?)null;
        var body = (PageElement?)null;
        if (document.DocumentElement is { } root) Copy(root, null);
        return (new Page(slogan, article, body), document);

        PageElement Copy(IElement element, PageElement? parent)
        {
            var copy = new PageElement(element.LocalName, parent, element.SourceReference?.Position.Line)
            {
                // The attributes themselves: the DOM's Id and ClassName are empty, not null, where there are none.
                Id = element.GetAttribute(AttributeNames.Id),
                ClassName = element.GetAttribute(AttributeNames.Class),
                ColumnSpan = element is IHtmlTableCellElement cell ? cell.ColumnSpan : 1,
                RowSpan = element is IHtmlTableCellElement spanned ? spanned.RowSpan : 1,
            };
            if (element.LocalName == TagNames.Table) parent?.MarkHoldsTable();
            if (slogan is null && copy.HasClass("slogan")) slogan = copy;
            if (article is null && element.LocalName == TagNames.Article) article = copy;
            if (element == document.Body) body = copy;
            // By index: a foreach over a node list makes an enumerator object for every node of the page.
            var children = element.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                switch (children[i])
                {
                    case IText text:
                        copy.Children.Add(new PageText(text.Data));
                        break;
                    case IElement child:
                        copy.Children.Add(Copy(child, copy));
                        break;
                }
            }
            return copy;
        }
    }

    private sealed class ParsedAt(TextPosition position) : ISourceReference
    {
        public TextPosition Position { get; } = position;
    }
}
