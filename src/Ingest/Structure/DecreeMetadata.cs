namespace DecreeParser.Ingest.Structure;

/// <summary>What the head of a decree says about it.</summary>
public sealed record DecreeMetadata(string? Id, string Language, string? Kind, string? Issuer, string? Number, string? Date, string? Title);
