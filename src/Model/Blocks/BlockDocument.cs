namespace DecreeParser.Model.Blocks;

/// <summary>A source document read into blocks, with what is known of the file it came from.</summary>
public sealed record BlockDocument(IReadOnlyList<Block> Blocks, DocumentSource Source);
