namespace DecreeParser.Model.Decrees;

/// <summary>One line of the decree's own list of abbreviations ("ДСМ – ... Денсаулық сақтау министрлігі").</summary>
public sealed record GlossaryEntry(string Abbreviation, string Expansion);
