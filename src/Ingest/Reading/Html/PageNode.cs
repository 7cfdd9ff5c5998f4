namespace DecreeParser.Ingest.Reading.Html;

/// <summary>
/// A node of a page as the reader needs it: an element or a run of text. Built from the HTML
/// parser's document (<see cref="DomPage"/>) or straight from the tokens of a page whose markup
/// needs none of the parser's repairs (<see cref="TokenPage"/>); the reader walks this one tree.
/// </summary>
internal abstract class PageNode;

/// <summary>Text as the page holds it, character references decoded, whitespace not yet collapsed.</summary>
internal sealed class PageText(string data) : PageNode
{
    public string Data { get; } = data;
}
