namespace DecreeParser.Ingest.Reading.Html;

/// <summary>A page read into <see cref="PageElement"/>s: the parts the reader starts from.</summary>
/// <param name="Slogan">The first element of class "slogan": adilet's title, status and act line.</param>
/// <param name="Article">The first article: the act.</param>
/// <param name="Body">The page's body.</param>
internal sealed record Page(PageElement? Slogan, PageElement? Article, PageElement? Body);
