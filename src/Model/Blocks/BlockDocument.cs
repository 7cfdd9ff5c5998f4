namespace DecreeParser.Model.Blocks;

/// <summary>
/// A source document read into blocks, with what is known of the file it came from and, where the
/// publisher states it, the act's status ("Күшін жойған", "Действующий"); and the repairs reading
/// itself made (a byte that was not of the file's encoding, read as U+FFFD).
/// </summary>
public sealed record BlockDocument(IReadOnlyList<Block> Blocks, DocumentSource Source)
{
    public string? Status { get; init; }

    public IReadOnlyList<Decrees.Repair> Repairs { get; init; } = [];
}
