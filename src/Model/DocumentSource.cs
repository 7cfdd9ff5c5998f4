namespace DecreeParser.Model;

/// <summary>The file a decree was read from: its path as given, its format and the SHA-256 of its bytes.</summary>
public sealed record DocumentSource(string Path, string Format, string Sha256);
