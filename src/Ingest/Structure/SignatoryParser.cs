using System.Text.RegularExpressions;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Finds the signature: a position ("Қазақстан Республикасының Премьер-Министрі") followed by a name
/// with initials ("Б. Сағынтаев"). A text dump gives the position in one paragraph or in a few short
/// ones ("Министр" / "национальной экономики" / "Республики Казахстан") before the name's; an adilet
/// page gives a small table, the position down its first column and the name beside its last line;
/// a Word file may set it as one paragraph, the position's lines split by line breaks and the name
/// after a tab to the right margin, and its PDF as one visual line, position left and name right:
/// there the name is the paragraph's end.
/// </summary>
public static partial class SignatoryParser
{
    private const int MaxPositionWords = 10;
    private const int MaxSignatureRows = 4;

    public static Signatory? Parse(IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var signatory = blocks[i] switch
            {
                ParagraphBlock name when Name().IsMatch(name.Text) => FromParagraphsBefore(blocks, i, name.Text),
                ParagraphBlock line when PositionThenName().Match(line.Text) is { Success: true } both =>
                    FromParagraphsBefore(blocks, i, both.Groups["name"].Value, both.Groups["position"].Value.Trim()),
                TableBlock table => FromTable(table),
                _ => null,
            };
            if (signatory is not null) return signatory;
        }
        return null;
    }

    /// <summary>
    /// The position in the short lines (up to <see cref="MaxSignatureRows"/>) just before the name,
    /// ending in <paramref name="positionEnd"/> when the name's own paragraph began with the position's last line.
    /// </summary>
    private static Signatory? FromParagraphsBefore(IReadOnlyList<Block> blocks, int nameIndex, string name, string? positionEnd = null)
    {
        var lines = positionEnd is null ? new List<string>() : [positionEnd];
        for (var i = nameIndex - 1; i >= 0 && lines.Count < MaxSignatureRows && blocks[i] is ParagraphBlock { Text: var text } && IsShortLine(text); i--)
        {
            lines.Insert(0, text);
        }
        var position = string.Join(' ', lines);
        return lines.Count > 0 && IsPosition(position) ? new Signatory(position, name) : null;
    }

    /// <summary>A short line that names an office: the signature's position, not a sentence about one.</summary>
    public static bool IsPosition(string text) => IsShortLine(text) && Position().IsMatch(text);

    private static bool IsShortLine(string text) => text.Split(' ').Length <= MaxPositionWords && !text.EndsWith('.');

    /// <summary>A small table that sets the position beside the name: the signature, not a table of the act.</summary>
    public static bool IsSignature(TableBlock table) => FromTable(table) is not null;

    private static Signatory? FromTable(TableBlock table)
    {
        if (table.Rows.Count > MaxSignatureRows) return null;
        var position = string.Join(' ', table.Rows.Select(row => row.CellText(0)).Where(text => text.Length > 0));
        var name = table.Rows.SelectMany(row => row.Cells.Skip(1)).Select(cell => cell.Text).LastOrDefault(text => Name().IsMatch(text));
        return name is not null && IsPosition(position) ? new Signatory(position, name) : null;
    }

    [GeneratedRegex(@"(?:Премьер-Министрі|[Мм]инистрі|Президенті|Төрағасы|[Әә]кімі|Премьер-Министр|^Министр|^Президент|^Председатель|^Аким)\b")]
    private static partial Regex Position();

    [GeneratedRegex(@"^\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}[\p{Ll}\-]+$")]
    private static partial Regex Name();

    [GeneratedRegex(@"^(?<position>\S.*?)\s+(?<name>\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}[\p{Ll}\-]+)$")]
    private static partial Regex PositionThenName();
}
