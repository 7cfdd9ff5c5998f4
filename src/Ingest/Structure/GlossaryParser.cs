using System.Text.RegularExpressions;
using DecreeParser.Ingest.Reading;
using DecreeParser.Model;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;
using DecreeParser.Model.Text;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Finds the decree's list of abbreviations ("Ескертпе: аббревиатуралардың толық жазылуы:") and
/// reads its "КОД – толық атауы" lines, whether each stands in its own paragraph or they follow the
/// note in one paragraph separated by semicolons. An entry may run over several paragraphs, as the
/// printed lines of a PDF become when nothing joins them ("Ұлттық бюро – … іс-" / "қимыл агенттігінің
/// …"): a paragraph that is no entry continues the one before while the list goes on after it, or
/// when it starts in a small letter or the entry broke at a hyphen. A word broken at a line's end is
/// joined without its hyphen only where the document says the two pieces are one word
/// (<see cref="DocumentLexicon.AreOneWord"/>: "агентті-" / "гінің"), and keeps it otherwise ("іс-" / "қимыл").
/// </summary>
public static partial class GlossaryParser
{
    // How far ahead a wrapped entry's list may go on: an entry wraps onto two or three lines.
    private const int MostContinuationLines = 3;

    public static IReadOnlyList<(GlossaryEntry Entry, SourceLocation Location)> Parse(IReadOnlyList<Block> blocks)
    {
        var entries = new List<(GlossaryEntry Entry, SourceLocation Location)>();
        var lexicon = new Lazy<DocumentLexicon>(() => new DocumentLexicon(blocks.SelectMany(Texts)));
        var inGlossary = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var (text, location) = TextOf(blocks[i]);
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
            var read = lines.Select(EntryIn).OfType<GlossaryEntry>().ToList();
            if (lines.Length > 0 && read.Count == 0)
            {
                if (entries.Count > 0 && Continues(entries[^1].Entry, text, blocks, i))
                {
                    entries[^1] = (entries[^1].Entry with { Expansion = Joined(entries[^1].Entry.Expansion, text, lexicon.Value) }, entries[^1].Location);
                    continue;
                }
                inGlossary = false;
                continue;
            }
            entries.AddRange(read.Select(entry => (entry, location)));
        }
        return entries;
    }

    /// <summary>The entry a line holds, null when it holds none.</summary>
    private static GlossaryEntry? EntryIn(string line)
    {
        var match = Entry().Match(line);
        if (!match.Success)
        {
            // OCR may lose both spaces round the dash ("ІО-ішкі істер органдары"); a capitals' key so
            // glued is an entry unless what follows the dash is an ending ("ҚР-ның", "ІІМ-ге").
            match = GluedEntry().Match(line);
            if (!match.Success || KazakhSuffixes.IsEndingChain(match.Groups["word"].Value)) return null;
        }
        return new GlossaryEntry(match.Groups["key"].Value, match.Groups["expansion"].Value.TrimEnd('.'));
    }

    private static (string? Text, SourceLocation Location) TextOf(Block block) => block switch
    {
        ParagraphBlock paragraph => (paragraph.Text, paragraph.Location),
        HeadingBlock heading => (heading.Text, heading.Location),
        _ => (null, block.Location),
    };

    /// <summary>Whether a paragraph that is no entry goes on with the entry before it.</summary>
    private static bool Continues(GlossaryEntry entry, string text, IReadOnlyList<Block> blocks, int index) =>
        char.IsLower(text[0]) || entry.Expansion.EndsWith('-')
        || blocks.Skip(index + 1).Take(MostContinuationLines).Select(b => TextOf(b).Text).TakeWhile(t => t is not null).Any(t => EntryIn(t!) is not null);

    /// <summary>An expansion and its next line, a word broken at the line's end joined as the document writes it.</summary>
    private static string Joined(string expansion, string next, DocumentLexicon lexicon)
    {
        next = next.TrimEnd('.');
        if (!expansion.EndsWith('-')) return $"{expansion} {next}";
        return lexicon.AreOneWord(expansion[..^1], next) == true ? expansion[..^1] + next : expansion + next;
    }

    private static IEnumerable<string> Texts(Block block) => block switch
    {
        TableBlock table => table.Rows.SelectMany(row => row.Cells).Select(cell => cell.Text),
        _ => TextOf(block).Text is { } text ? [text] : [],
    };

    // OCR misreads the note's words ("талық" for "толық") and drops Kazakh letters' marks
    // ("аббревиатуралардын толык"): its first and last words' stems are enough.
    [GeneratedRegex(@"^(?:Ескертпе|Примечание)\s*:?\s*(?:аббревиатура\p{L}*\s+\p{L}+\s+жазылу\p{L}*|расшифровка\s+аббревиатур)\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Note();

    // A key is one to three words starting with a capital ("ДСМ", "Қаржымині", "Ұлттық бюро").
    // The dash may lose the space before it ("ДСМ- Қазақстан"), never the one after it.
    [GeneratedRegex(@"^(?<key>\p{Lu}[\p{L}]*(?:[\s\-][\p{L}]+){0,2})\s*[–—-]\s+(?<expansion>.+)$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^(?<key>\p{Lu}{2,})[–—-](?<expansion>(?<word>\p{Ll}+)(?:\s.*)?)$")]
    private static partial Regex GluedEntry();
}
