using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace DecreeParser.Ingest.Reading;

/// <summary>
/// A page as the HTML parser makes it for reading: comments and scripts' code left out, every
/// element marked with where its tag began, and the tables noted as they are made.
/// </summary>
internal sealed class ParsedPage
{
    private readonly List<IElement> _tables = [];

    private ParsedPage(ReadOnlyMemory<char> html)
    {
        var options = new HtmlParserOptions
        {
            SkipComments = true,
            SkipScriptText = true,
            // The parser's own source references are copies of the whole tag, names and attributes;
            // a mark of the position alone allocated a tenth less for the seed's page.
            OnCreated = (element, position) =>
            {
                if (element is Element made) made.SourceReference = new ParsedAt(position);
                if (element.LocalName == TagNames.Table) _tables.Add(element);
            },
        };
        Document = new HtmlParser(options).ParseDocument(html);
    }

    public IDocument Document { get; }

    /// <param name="html">The page's characters; the document may hold slices of them, so it must not outlive them.</param>
    public static ParsedPage Parse(ReadOnlyMemory<char> html) => new(html);

    /// <summary>
    /// The elements that hold a table anywhere below them, found from the tables up, where a walk of
    /// the whole page after its parse took longer.
    /// </summary>
    public HashSet<IElement> TableHolders()
    {
        var holders = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var table in _tables)
        {
            // An ancestor already in the set has its own ancestors there too.
            var above = table.ParentElement;
            while (above is not null && holders.Add(above)) above = above.ParentElement;
        }
        return holders;
    }

    private sealed class ParsedAt(TextPosition position) : ISourceReference
    {
        public TextPosition Position { get; } = position;
    }
}
