namespace DecreeParser.Model.Decrees;

/// <summary>One change made to the source text, so that every repair can be checked and undone.</summary>
public sealed record Repair(string Kind, string Before, string After, SourceLocation Location);
