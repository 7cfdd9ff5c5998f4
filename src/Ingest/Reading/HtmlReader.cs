using System.Text.RegularExpressions;
using AngleSharp.Dom;
using DecreeParser.Ingest.Reading.Html;
using DecreeParser.Model;
using DecreeParser.Model.Blocks;

namespace DecreeParser.Ingest.Reading;

/// <summary>
/// Reads an adilet page. Only the act is read: the title, status and act line from the page's
/// slogan, and the body from its article; menus, banners, scripts and footers never reach the
/// blocks. "Ескерту" / "Сноска" paragraphs (class "note") become notes, not body text. Tables may
/// stand inside paragraphs, as adilet wraps them; spans are resolved into a grid. A page of another
/// layout is read from its body, without its navigation. The new adilet's JavaScript shell, which
/// holds no text, is refused with what to do instead. The page's elements come from its tokens where
/// the markup needs no repair, as adilet's own pages, and from the HTML parser's document otherwise
/// (see <see cref="TokenPage"/>); the reader walks the one as the other.
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
        // adilet's pages are read from their tokens; other markup, and a page of another layout, from the parser's document.
        if (TokenPage.Build(html) is { Article: { } article } simple && Collect(simple, article) is { Blocks.Count: > 0 } read) return read;
        var (page, document) = DomPage.Parse(html);
        var fromDom = Collect(page, page.Article ?? (IsAppShell(page, document) ? null : page.Body));
        if (fromDom.Blocks.Count == 0)
        {
            throw new DecreeInputException(displayPath, IsAppShell(page, document) ? AppShellReason : "the HTML page holds no text");
        }
        return fromDom;
    }

    /// <summary>The act's blocks: the slogan's title and act line, then those of the container (the article, or the body on a page of another layout).</summary>
    private static (IReadOnlyList<Block> Blocks, string? Status) Collect(Page page, PageElement? container)
    {
        var collector = new Collector();
        if (page.Slogan is { } slogan)
        {
            foreach (var child in slogan.Children)
            {
                if (child is PageElement { Name: "h1" or "p" } element) collector.Emit(element);
            }
        }
        if (container is not null) collector.Walk(container);
        var status = page.Slogan is { } holder && holder.FirstOfClass("status") is { } found ? found.TextContent().Trim() : null;
        return (collector.Blocks, string.IsNullOrEmpty(status) ? null : status);
    }

    /// <summary>Whether a page is a single-page application's shell (the new adilet's), which holds no text of the act.</summary>
    public static bool IsAppShell(string html)
    {
        var (page, document) = DomPage.Parse(html.AsMemory());
        return IsAppShell(page, document);
    }

    /// <summary>A page whose body is scripts and an empty mount point: a single-page application's shell.</summary>
    private static bool IsAppShell(Page page, IDocument document)
    {
        if (page.Body is null) return true;
        var visibleText = Text(page.Body, new CollapsedText());
        return visibleText.Length < 200 && document.Scripts.Length > 0;
    }

    /// <summary>An element's text as a reader sees it: line breaks and block edges are spaces, HTML whitespace collapses.</summary>
    /// <param name="element">The element.</param>
    /// <param name="text">An empty writer to gather it in, kept by a caller that reads many elements.</param>
    private static string Text(PageElement element, CollapsedText text)
    {
        Append(element, text);
        return text.Take();
    }

    private static void Append(PageElement node, CollapsedText text)
    {
        foreach (var child in node.Children)
        {
            switch (child)
            {
                case PageText piece:
                    text.Append(piece.Data);
                    break;
                case PageElement element:
                    var kind = ElementKinds.Of(element.Name);
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
    private sealed class Collector
    {
        private readonly CollapsedText _inline = new();

        // Every element's text is gathered in this one writer: a page has thousands of cells.
        private readonly CollapsedText _scratch = new();
        private int _tables;

        public List<Block> Blocks { get; } = [];

        public void Walk(PageElement container)
        {
            foreach (var child in container.Children)
            {
                switch (child)
                {
                    case PageText text:
                        _inline.Append(text.Data);
                        break;
                    case PageElement element:
                        Visit(container, element);
                        break;
                }
            }
            FlushInline(container);
        }

        /// <summary>One element among a container's children: left out, a table, a block, or inline text.</summary>
        private void Visit(PageElement container, PageElement element)
        {
            switch (ElementKinds.Of(element.Name))
            {
                case ElementKind.Skipped:
                    break;
                case ElementKind.Inline when element.Name == "table":
                    FlushInline(container);
                    AddTable(element);
                    break;
                case not ElementKind.Break when element.HoldsTable:
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

        public void Emit(PageElement element)
        {
            if (HasBlockChild(element))
            {
                Walk(element);
                return;
            }
            var text = Text(element, _scratch);
            if (text.Length == 0) return;
            var location = Locate(element);
            Blocks.Add(element.Name switch
            {
                ['h', >= '1' and <= '6'] name => new HeadingBlock(text, name[1] - '0', location),
                _ when element.HasClass("note") => new NoteBlock(text, location),
                _ => new ParagraphBlock(text, location),
            });
        }

        private void FlushInline(PageElement near)
        {
            var text = _inline.Take();
            if (text.Length > 0) Blocks.Add(new ParagraphBlock(text, Locate(near)));
        }

        private void AddTable(PageElement table)
        {
            _tables++;
            var grid = new TableGrid();
            var rows = new List<TableRow>();
            var declared = new List<TableCell>();
            var index = 0;
            foreach (var row in table.Rows())
            {
                var allHeaders = true;
                declared.Clear();
                foreach (var cell in row.Cells())
                {
                    declared.Add(new TableCell(Text(cell, _scratch), Span(cell.ColumnSpan), Span(cell.RowSpan)));
                    allHeaders &= cell.Name == "th";
                }
                var header = row.Parent is { Name: "thead" } || allHeaders;
                rows.Add(new TableRow(grid.Place(declared), Locate(row) with { Table = _tables, Row = ++index }) { IsHeader = header });
            }
            if (rows.Count > 0) Blocks.Add(new TableBlock(rows, Locate(table) with { Table = _tables }));
        }

        /// <summary>Whether a child element is a block: the element is then read as a container of blocks, not as one.</summary>
        private static bool HasBlockChild(PageElement element)
        {
            foreach (var child in element.Children)
            {
                if (child is PageElement below && ElementKinds.Of(below.Name) == ElementKind.Block) return true;
            }
            return false;
        }

        // HTML allows rowspan="0" ("to the end of the section") and absurd spans; keep them sane.
        private static int Span(int declared) => Math.Clamp(declared, 1, ReaderLimits.Span);

        private static SourceLocation Locate(PageElement element) =>
            new() { Line = element.Line, Anchor = string.IsNullOrEmpty(element.Id) ? null : element.Id };
    }
}
