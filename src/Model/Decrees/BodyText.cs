namespace DecreeParser.Model.Decrees;

/// <summary>
/// One paragraph or heading of the act's text, in reading order, as repaired: the whole text, where
/// <see cref="Decree.Paragraphs"/> holds only the operative points.
/// </summary>
public sealed record BodyText(string Kind, string Text, SourceLocation Location)
{
    public const string Heading = "heading";
    public const string Paragraph = "paragraph";
}

/// <summary>An editorial note of the publisher ("Ескерту. ...", "Сноска. ..."), kept apart from the act's text.</summary>
public sealed record Note(string Text, SourceLocation Location);
