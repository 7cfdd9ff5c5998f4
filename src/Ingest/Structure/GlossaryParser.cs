using System.Text.RegularExpressions;
using DecreeParser.Model;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Finds the decree's list of abbreviations ("Ескертпе: аббревиатуралардың толық жазылуы:") and
/// reads its "КОД – толық атауы" lines, whether each stands in its own paragraph or they follow the
/// note in one paragraph separated by semicolons.
/// </summary>
public static partial class GlossaryParser
{
    public static IReadOnlyList<(GlossaryEntry Entry, SourceLocation Location)> Parse(IReadOnlyList<Block> blocks)
    {
        var entries = new List<(GlossaryEntry, SourceLocation)>();
        var inGlossary = false;
        foreach (var block in blocks)
        {
            var (text, location) = block switch
            {
                ParagraphBlock paragraph => (paragraph.Text, paragraph.Location),
                HeadingBlock heading => (heading.Text, heading.Location),
                _ => ((string?)null, block.Location),
            };
            if (text is null)
            {
                inGlossary = false;
                continue;
            }
            if (Note().Match(text) is { Success: true } note)
            {
                inGlossary = true;
                // What follows the note on its line: entries, or marks OCR made of its bold ("**").
                text = note.Groups["rest"].Value.Any(char.IsLetter) ? note.Groups["rest"].Value : "";
            }
            if (!inGlossary) continue;
            var lines = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var read = lines.Select(line => Entry().Match(line)).Where(match => match.Success).ToList();
            if (lines.Length > 0 && read.Count == 0)
            {
                inGlossary = false;
                continue;
            }
            entries.AddRange(read.Select(match => (new GlossaryEntry(match.Groups["key"].Value, match.Groups["expansion"].Value.TrimEnd('.')), location)));
        }
        return entries;
    }

    [GeneratedRegex(@"^(?:Ескертпе|Примечание)\s*:?\s*(?:аббревиатуралардың\s+толық\s+жазылуы|расшифровка\s+аббревиатур)\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Note();

    // A key is one to three words starting with a capital ("ДСМ", "Қаржымині", "Ұлттық бюро").
    // The dash may lose the space before it ("ДСМ- Қазақстан"), never the one after it.
    [GeneratedRegex(@"^(?<key>\p{Lu}[\p{L}]*(?:[\s\-][\p{L}]+){0,2})\s*[–—-]\s+(?<expansion>.+)$")]
    private static partial Regex Entry();
}
