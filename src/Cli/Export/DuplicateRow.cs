namespace DecreeParser.Cli.Export;

/// <summary>A converted copy the dataset left out: its decree, the file kept instead, the file left out and why.</summary>
public sealed record DuplicateRow(string Decree, string Kept, string Dropped, string Reason);
