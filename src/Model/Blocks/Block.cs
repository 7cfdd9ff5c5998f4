namespace DecreeParser.Model.Blocks;

/// <summary>
/// One unit of a document as every reader delivers it, whatever the source format:
/// repair and structure only ever see blocks.
/// </summary>
public abstract record Block(SourceLocation Location);

/// <summary>Running text: an operative point, a signature line, a glossary entry.</summary>
public sealed record ParagraphBlock(string Text, SourceLocation Location) : Block(Location);

/// <summary>A heading; <paramref name="Level"/> is 1 for the most prominent.</summary>
public sealed record HeadingBlock(string Text, int Level, SourceLocation Location) : Block(Location);

/// <summary>A table of physical rows as the source laid them out.</summary>
public sealed record TableBlock(IReadOnlyList<TableRow> Rows, SourceLocation Location) : Block(Location);

/// <summary>An editorial note the publisher added ("Ескерту." / "Сноска."): not part of the act's text.</summary>
public sealed record NoteBlock(string Text, SourceLocation Location) : Block(Location);
