namespace DecreeParser.Model.Blocks;

/// <summary>
/// A source document read into blocks, with what is known of the file it came from and, where the
/// publisher states it, the act's status ("Күшін жойған", "Действующий").
/// </summary>
public sealed record BlockDocument(IReadOnlyList<Block> Blocks, DocumentSource Source)
{
    public string? Status { get; init; }
}
