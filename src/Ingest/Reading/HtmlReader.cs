using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DecreeParser.Model;
using DecreeParser.Model.Blocks;

namespace DecreeParser.Ingest.Reading;

/// <summary>
/// Reads an adilet page. Only the act is read: the title, status and act line from the page's
/// slogan, and the body from its article; menus, banners, scripts and footers never reach the
/// blocks. "Ескерту" / "Сноска" paragraphs (class "note") become notes, not body text. Tables may
/// stand inside paragraphs, as adilet wraps them; spans are resolved into a grid. A page of another
/// layout is read from its body, without its navigation. The new adilet's JavaScript shell, which
/// holds no text, is refused with what to do instead.
/// </summary>
public static partial class HtmlReader
{
    public const string AppShellReason =
        "this is the adilet app shell, a page with no text; download the document's text from old.adilet.zan.kz or use its PDF";

    /// <param name="html">The page's characters, read as they are: no string of them is made unless a repair needs one.</param>
    /// <param name="displayPath">How the file is named in errors.</param>
    public static (IReadOnlyList<Block> Blocks, string? Status) Read(ReadOnlyMemory<char> html, string displayPath)
    {
        // A stray byte inside a tag ("<t\uFFFDd>") would unmake the table it stands in; markup never
        // holds U+FFFD, so it goes. In the text it stays, for the repair stage to log where it stood.
        if (html.Span.Contains('\uFFFD')) html = StrayInTag().Replace(html.ToString(), tag => tag.Value.Replace("\uFFFD", "", StringComparison.Ordinal)).AsMemory();
        (html, _) = HtmlDepthGuard.Apply(html);
        // The document may hold slices of the characters, so nothing of it outlives this method: the blocks are copies.
        var page = ParsedPage.Parse(html);
        var document = page.Document;
        var collector = new Collector(page.TableHolders());
        var slogan = document.QuerySelector(".slogan");
        var article = document.QuerySelector("article");
        if (slogan is not null)
        {
            foreach (var element in slogan.Children.Where(e => e.LocalName is "h1" or "p")) collector.Emit(element);
        }
        if (article is not null) collector.Walk(article);
        else if (document.Body is { } body && !IsAppShell(document)) collector.Walk(body);

        if (collector.Blocks.Count == 0)
        {
            throw new DecreeInputException(displayPath, IsAppShell(document) ? AppShellReason : "the HTML page holds no text");
        }
        var status = slogan?.QuerySelector(".status")?.TextContent.Trim();
        return (collector.Blocks, string.IsNullOrEmpty(status) ? null : status);
    }

    /// <summary>Whether a page is a single-page application's shell (the new adilet's), which holds no text of the act.</summary>
    public static bool IsAppShell(string html) => IsAppShell(new HtmlParser().ParseDocument(html));

    /// <summary>A page whose body is scripts and an empty mount point: a single-page application's shell.</summary>
    private static bool IsAppShell(IDocument document)
    {
        var body = document.Body;
        if (body is null) return true;
        var visibleText = Text(body);
        return visibleText.Length < 200 && document.Scripts.Length > 0;
    }

    /// <summary>An element's text as a reader sees it: line breaks and block edges are spaces, HTML whitespace collapses.</summary>
    /// <param name="node">The element.</param>
    /// <param name="scratch">An empty writer to gather it in, kept by a caller that reads many elements.</param>
    internal static string Text(INode node, CollapsedText? scratch = null)
    {
        var text = scratch ?? new CollapsedText();
        Append(node, text);
        return text.Take();
    }

    private static void Append(INode node, CollapsedText text)
    {
        // By index: a foreach over a node list makes an enumerator object for every node of the page.
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            switch (child)
            {
                case IText textNode:
                    text.Append(textNode.Data);
                    break;
                case IElement element:
                    var kind = ElementKinds.Of(element.LocalName);
                    if (kind == ElementKind.Skipped) break;
                    if (kind == ElementKind.Break)
                    {
                        text.Space();
                        break;
                    }
                    var separate = kind is ElementKind.Block or ElementKind.TablePart;
                    if (separate) text.Space();
                    Append(element, text);
                    if (separate) text.Space();
                    break;
            }
        }
    }

    [GeneratedRegex(@"<[^<>\uFFFD]*\uFFFD[^<>]*>")]
    private static partial Regex StrayInTag();

    /// <summary>Walks the article in document order, turning elements into blocks.</summary>
    private sealed class Collector(HashSet<IElement> tableHolders)
    {
        private readonly CollapsedText _inline = new();

        // Every element's text is gathered in this one writer: a page has thousands of cells.
        private readonly CollapsedText _scratch = new();
        private int _tables;

        public List<Block> Blocks { get; } = [];

        public void Walk(IElement container)
        {
            var children = container.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                var child = children[i];
                switch (child)
                {
                    case IText text:
                        _inline.Append(text.Data);
                        break;
                    case IElement element:
                        Visit(container, element);
                        break;
                }
            }
            FlushInline(container);
        }

        /// <summary>One element among a container's children: left out, a table, a block, or inline text.</summary>
        private void Visit(IElement container, IElement element)
        {
            switch (ElementKinds.Of(element.LocalName))
            {
                case ElementKind.Skipped:
                    break;
                case ElementKind.Inline when element is IHtmlTableElement table:
                    FlushInline(container);
                    AddTable(table);
                    break;
                case not ElementKind.Break when tableHolders.Contains(element):
                    // adilet wraps tables in <p>: read around and into them.
                    FlushInline(container);
                    Walk(element);
                    FlushInline(element);
                    break;
                case ElementKind.Block:
                    FlushInline(container);
                    Emit(element);
                    break;
                case ElementKind.Break:
                    _inline.Space();
                    break;
                default:
                    _inline.Space();
                    _inline.Append(Text(element, _scratch));
                    _inline.Space();
                    break;
            }
        }

        public void Emit(IElement element)
        {
            if (HasBlockChild(element))
            {
                Walk(element);
                return;
            }
            var text = Text(element, _scratch);
            if (text.Length == 0) return;
            var location = Locate(element);
            Blocks.Add(element.LocalName switch
            {
                ['h', >= '1' and <= '6'] name => new HeadingBlock(text, name[1] - '0', location),
                _ when element.ClassList.Contains("note") => new NoteBlock(text, location),
                _ => new ParagraphBlock(text, location),
            });
        }

        private void FlushInline(IElement near)
        {
            var text = _inline.Take();
            if (text.Length > 0) Blocks.Add(new ParagraphBlock(text, Locate(near)));
        }

        private void AddTable(IHtmlTableElement table)
        {
            _tables++;
            var grid = new TableGrid();
            var rows = new List<TableRow>();
            var declared = new List<TableCell>();
            var index = 0;
            // Enumerated, not indexed: AngleSharp's row and cell collections find an item by index by walking to it.
            foreach (var row in table.Rows)
            {
                var allHeaders = true;
                declared.Clear();
                foreach (var cell in row.Cells)
                {
                    declared.Add(new TableCell(Text(cell, _scratch), Span(cell.ColumnSpan), Span(cell.RowSpan)));
                    allHeaders &= cell.LocalName == "th";
                }
                var header = row.Parent is IHtmlTableSectionElement { LocalName: "thead" } || allHeaders;
                rows.Add(new TableRow(grid.Place(declared), Locate(row) with { Table = _tables, Row = ++index }) { IsHeader = header });
            }
            if (rows.Count > 0) Blocks.Add(new TableBlock(rows, Locate(table) with { Table = _tables }));
        }

        /// <summary>Whether a child element is a block: the element is then read as a container of blocks, not as one.</summary>
        private static bool HasBlockChild(IElement element)
        {
            var children = element.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                if (children[i] is IElement child && ElementKinds.Of(child.LocalName) == ElementKind.Block) return true;
            }
            return false;
        }

        /// <summary>
        /// The element's id, or the first below it that has one, in document order (as CSS "[id]" would
        /// find it): a walk of the children by index, where a descendants query made an iterator at every level of every row.
        /// </summary>
        private static string? FirstId(IElement element)
        {
            if (element.Id is { } id) return id;
            var children = element.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                if (children[i] is IElement child && FirstId(child) is { } below) return below;
            }
            return null;
        }

        // HTML allows rowspan="0" ("to the end of the section") and absurd spans; keep them sane.
        private static int Span(int declared) => Math.Clamp(declared, 1, ReaderLimits.Span);

        private static SourceLocation Locate(IElement element)
        {
            var anchor = FirstId(element);
            return new SourceLocation { Line = element.SourceReference?.Position.Line, Anchor = string.IsNullOrEmpty(anchor) ? null : anchor };
        }
    }
}
