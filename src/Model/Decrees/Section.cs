namespace DecreeParser.Model.Decrees;

/// <summary>A roadmap section: its Roman numeral in Latin letters ("IV"), its order (4) and title.</summary>
public sealed record Section(string Numeral, int Order, string Title, SourceLocation Location);
