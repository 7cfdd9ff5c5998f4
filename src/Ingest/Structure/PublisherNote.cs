using System.Text.RegularExpressions;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// The publisher's notes as a paragraph of text says them, where no markup does (a PDF, a Word file,
/// a text dump): "Ескерту. Күші жойылды - …", "Сноска. Внесены изменения …", "РҚАО-ның ескертпесі!",
/// "Примечание РЦПИ!". The decree's own "Ескертпе: аббревиатуралардың толық жазылуы" is its glossary,
/// not a note, and a point that quotes a column named "Ескерту" opens with its number.
/// </summary>
public static partial class PublisherNote
{
    public static bool Is(string paragraph) => Opening().IsMatch(paragraph);

    [GeneratedRegex(@"^(?:(?:Ескерту|Сноска)\s*\.|РҚАО-ның\s+ескертпесі|Примечание\s+РЦПИ)", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();
}
