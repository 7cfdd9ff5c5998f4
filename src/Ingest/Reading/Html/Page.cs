namespace DecreeParser.Ingest.Reading.Html;

/// <summary>A page read into <see cref="PageElement"/>s: the parts the reader starts from.</summary>
/// <param name="Slogan">The first element of class "slogan": adilet's title, status and act line.</param>
/// <param name="Article">The first article: the act.</param>
/// <param name="Body">The page's body.</param>
internal sealed record Page(PageElement? Slogan, PageElement? Article, PageElement? Body)
{
    /// <summary>The first element below <paramref name="root"/> that has the class, in document order.</summary>
    public static PageElement? FirstOfClass(PageElement root, string name)
    {
        foreach (var child in root.Children)
        {
            if (child is not PageElement element) continue;
            if (element.HasClass(name)) return element;
            if (FirstOfClass(element, name) is { } below) return below;
        }
        return null;
    }

    /// <summary>Every piece of text below the element joined, as the DOM's textContent.</summary>
    public static string TextContent(PageElement element)
    {
        var text = new System.Text.StringBuilder();
        Gather(element, text);
        return text.ToString();

        static void Gather(PageElement element, System.Text.StringBuilder text)
        {
            foreach (var child in element.Children)
            {
                if (child is PageText piece) text.Append(piece.Data);
                else if (child is PageElement below) Gather(below, text);
            }
        }
    }
}
