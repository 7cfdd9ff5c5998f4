using System.Text.RegularExpressions;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Finds the signature: a paragraph naming a position ("Қазақстан Республикасының Премьер-Министрі")
/// followed by one that is a name with initials ("Б. Сағынтаев").
/// </summary>
public static partial class SignatoryParser
{
    public static Signatory? Parse(IReadOnlyList<Block> blocks)
    {
        var paragraphs = blocks.OfType<ParagraphBlock>().ToList();
        for (var i = 0; i + 1 < paragraphs.Count; i++)
        {
            if (IsPosition(paragraphs[i].Text) && Name().IsMatch(paragraphs[i + 1].Text))
            {
                return new Signatory(paragraphs[i].Text, paragraphs[i + 1].Text);
            }
        }
        return null;
    }

    public static bool IsPosition(string text) => Position().IsMatch(text);

    [GeneratedRegex(@"(?:Премьер-Министрі|Министрі|Президенті|Премьер-Министр|Министр|Президент)$")]
    private static partial Regex Position();

    [GeneratedRegex(@"^\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}[\p{Ll}\-]+$")]
    private static partial Regex Name();
}
