namespace DecreeParser.Model.Decrees;

/// <summary>A numbered operative point ("1. ... бекітілсін.") with its sub-items ("1) ...").</summary>
public sealed record OperativeParagraph(string Number, string Text, IReadOnlyList<OperativeItem> Items, SourceLocation Location);

/// <summary>A sub-item of an operative point, numbered "1)", "2)"…</summary>
public sealed record OperativeItem(string Number, string Text, SourceLocation Location);
