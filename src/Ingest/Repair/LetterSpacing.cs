using DecreeParser.Model;
using DecreeParser.Model.Text;

namespace DecreeParser.Ingest.Repair;

/// <summary>
/// Rejoins words typed or scanned with a space between letters: "т а л а п" → "талап",
/// "қ о л д а н у ;" → "қолдану;", "Р Б" → "РБ", "М Ж Ә" → "МЖӘ".
/// A run is single Cyrillic letters of one case separated by single spaces: two or more capitals
/// (an abbreviation), or three or more small letters, because two small single-letter words do
/// stand side by side in real text (Russian "а в", "и с"). Two spaces mark a real word gap, so this
/// runs before whitespace is collapsed. Damage comes combined: a Latin look-alike in the run
/// ("б е к i т у") is one of its letters, and the joined word is folded to Cyrillic here and logged
/// as such, so the result does not depend on whether the look-alike repair ran before or after.
/// </summary>
public sealed class LetterSpacing : ITextRepair
{
    private const int MinCapitalRun = 2;
    private const int MinSmallRun = 3;

    public string Apply(string text, SourceLocation location, RepairLog log)
    {
        var tokens = text.Split(' ');
        var output = new List<string>(tokens.Length);
        var index = 0;
        while (index < tokens.Length)
        {
            var runLength = RunLength(tokens, index);
            if (runLength > 0 && runLength >= (char.IsUpper(tokens[index][0]) ? MinCapitalRun : MinSmallRun))
            {
                var end = index + runLength;
                var joined = string.Concat(tokens[index..end]);
                if (end < tokens.Length && IsTrailingPunctuation(tokens[end])) joined += tokens[end++];
                log.Record(RepairKinds.LetterSpacing, string.Join(' ', tokens[index..end]), joined, location);
                var folded = LookalikeLetters.FoldWord(joined);
                if (folded != joined) log.Record(RepairKinds.LookalikeLetters, joined, folded, location);
                output.Add(folded);
                index = end;
            }
            else
            {
                output.Add(tokens[index]);
                index++;
            }
        }
        return string.Join(' ', output);
    }

    /// <summary>How many tokens from <paramref name="start"/> are single letters of the same case, at least one of them Cyrillic.</summary>
    private static int RunLength(string[] tokens, int start)
    {
        if (!IsSingleLetter(tokens[start])) return 0;
        var upper = char.IsUpper(tokens[start][0]);
        var length = 1;
        while (start + length < tokens.Length
            && IsSingleLetter(tokens[start + length])
            && char.IsUpper(tokens[start + length][0]) == upper)
        {
            length++;
        }
        // Spaced Latin letters alone are Latin text ("I V" of a numeral, "C O V I D"), not a word to mend.
        return tokens[start..(start + length)].Any(token => LookalikeLetters.IsCyrillic(token[0])) ? length : 0;
    }

    private static bool IsSingleLetter(string token) =>
        token.Length == 1 && char.IsLetter(token[0]) && (LookalikeLetters.IsCyrillic(token[0]) || LookalikeLetters.IsLookalike(token[0]));

    private static bool IsTrailingPunctuation(string token) => token is ";" or "," or ":" or "." or "!" or "?";
}
