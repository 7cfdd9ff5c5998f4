using System.Text;

namespace DecreeParser.Ingest.Reading.Html;

/// <summary>
/// An element with what the reader asks of it: its lower-case name, the line its tag began on, its
/// id and classes, a cell's spans, and whether a table stands anywhere below it.
/// </summary>
internal sealed class PageElement(string name, PageElement? parent, int? line) : PageNode
{
    public string Name { get; } = name;

    public PageElement? Parent { get; } = parent;

    public int? Line { get; } = line;

    public List<PageNode> Children { get; } = [];

    /// <summary>The id attribute as written (empty when written empty), or null when there is none.</summary>
    public string? Id { get; set; }

    public string? ClassName { get; set; }

    /// <summary>A cell's colspan and rowspan as the page declares them (1 where it does not).</summary>
    public int ColumnSpan { get; set; } = 1;

    public int RowSpan { get; set; } = 1;

    /// <summary>Whether a table stands anywhere below: adilet wraps tables in paragraphs, read around and into.</summary>
    public bool HoldsTable { get; private set; }

    public bool HasClass(string name)
    {
        foreach (var range in ClassName.AsSpan().SplitAny(" \t\r\n\f"))
        {
            if (ClassName.AsSpan()[range].SequenceEqual(name)) return true;
        }
        return false;
    }

    /// <summary>The first element below this one that has the class, in document order.</summary>
    public PageElement? FirstOfClass(string name)
    {
        foreach (var child in Children)
        {
            if (child is not PageElement element) continue;
            if (element.HasClass(name)) return element;
            if (element.FirstOfClass(name) is { } below) return below;
        }
        return null;
    }

    /// <summary>Every piece of text below the element joined, as the DOM's textContent.</summary>
    public string TextContent()
    {
        var text = new StringBuilder();
        Gather(this, text);
        return text.ToString();

        static void Gather(PageElement element, StringBuilder text)
        {
            foreach (var child in element.Children)
            {
                if (child is PageText piece) text.Append(piece.Data);
                else if (child is PageElement below) Gather(below, text);
            }
        }
    }

    /// <summary>Marks this element and those above it as holding a table.</summary>
    public void MarkHoldsTable()
    {
        // An element already marked has its ancestors marked too.
        for (var above = this; above is not null && !above.HoldsTable; above = above.Parent) above.HoldsTable = true;
    }

    /// <summary>A table's rows as a browser lists them: the head's, then the bodies' and its own in order, then the foot's.</summary>
    public IEnumerable<PageElement> Rows()
    {
        foreach (var head in Sections("thead")) foreach (var row in Section(head)) yield return row;
        foreach (var child in Children)
        {
            if (child is PageElement { Name: "tbody" } body) foreach (var row in Section(body)) yield return row;
            else if (child is PageElement { Name: "tr" } row) yield return row;
        }
        foreach (var foot in Sections("tfoot")) foreach (var row in Section(foot)) yield return row;
    }

    /// <summary>The cells of a row.</summary>
    public IEnumerable<PageElement> Cells() => Children.OfType<PageElement>().Where(child => child.Name is "td" or "th");

    private IEnumerable<PageElement> Sections(string name) => Children.OfType<PageElement>().Where(child => child.Name == name);

    private static IEnumerable<PageElement> Section(PageElement section) => section.Children.OfType<PageElement>().Where(child => child.Name == "tr");
}
