namespace DecreeParser.Model.Decrees;

/// <summary>Who signed: the position ("Қазақстан Республикасының Премьер-Министрі") and the name ("Б. Сағынтаев").</summary>
public sealed record Signatory(string Position, string Name);
