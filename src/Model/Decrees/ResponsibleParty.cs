namespace DecreeParser.Model.Decrees;

/// <summary>
/// One party of a "responsible" cell. <see cref="Code"/> is the abbreviation as the decree's glossary
/// defines it (after reading past OCR confusions); <see cref="Text"/> is what the cell says.
/// </summary>
public sealed record ResponsibleParty(
    string Text,
    string? Code,
    string? Expansion,
    bool ByAgreement,
    string? AgreementWith);
