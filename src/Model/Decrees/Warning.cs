namespace DecreeParser.Model.Decrees;

/// <summary>Something a reader of the data should know: a gap, an empty cell, a value left unread.</summary>
public sealed record Warning(string Code, string Message, SourceLocation Location);
