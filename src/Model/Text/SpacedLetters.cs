namespace DecreeParser.Model.Text;

/// <summary>
/// Words typed or scanned with a space between their letters ("т а л а п", "Р Б"), found and joined:
/// a run is single Cyrillic letters of one case separated by single spaces — two or more capitals
/// (an abbreviation), or three or more small letters, because two small single-letter words do stand
/// side by side in real text (Russian "а в", "и с"). Two spaces mark a real word gap. Damage comes
/// combined: a Latin look-alike in a run ("б е к i т у") is one of its letters, and the joined word
/// is folded to Cyrillic here. The repair stage logs each run; search applies the same to a query,
/// so a letter-spaced query pasted from a damaged text finds what the repaired text holds.
/// </summary>
public static class SpacedLetters
{
    private const int MinCapitalRun = 2;
    private const int MinSmallRun = 3;

    /// <summary>A run found: as written, joined, and joined with its look-alikes made Cyrillic.</summary>
    public sealed record Run(string Written, string Joined, string Folded);

    /// <summary>The text with every run joined, and the runs.</summary>
    public static (string Text, IReadOnlyList<Run> Runs) Join(string text)
    {
        if (!HasTwoSpacedLetters(text)) return (text, []);
        var tokens = text.Split(' ');
        var output = new List<string>(tokens.Length);
        var runs = new List<Run>();
        var index = 0;
        while (index < tokens.Length)
        {
            var runLength = RunLength(tokens, index);
            if (runLength > 0 && runLength >= (char.IsUpper(tokens[index][0]) ? MinCapitalRun : MinSmallRun))
            {
                var end = index + runLength;
                var joined = string.Concat(tokens[index..end]);
                if (end < tokens.Length && IsTrailingPunctuation(tokens[end])) joined += tokens[end++];
                var run = new Run(string.Join(' ', tokens[index..end]), joined, LookalikeLetters.FoldWord(joined));
                runs.Add(run);
                output.Add(run.Folded);
                index = end;
            }
            else
            {
                output.Add(tokens[index]);
                index++;
            }
        }
        return runs.Count == 0 ? (text, runs) : (string.Join(' ', output), runs);
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

    /// <summary>
    /// Whether two letters stand alone side by side, a space apart ("т а"): what every run starts with.
    /// Most texts have none, and are not split into words at all.
    /// </summary>
    private static bool HasTwoSpacedLetters(string text)
    {
        // Character by character: a text's words are a few letters long, and a vectorized search from
        // space to space paid its setup at every space (0.024 against 0.009 ms for a roadmap's texts).
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] != ' ') continue;
            var alone = (i == 1 || text[i - 2] == ' ') && (i + 2 == text.Length || text[i + 2] == ' ');
            if (alone && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])) return true;
        }
        return false;
    }

    private static bool IsSingleLetter(string token) =>
        token.Length == 1 && char.IsLetter(token[0]) && (LookalikeLetters.IsCyrillic(token[0]) || LookalikeLetters.IsLookalike(token[0]));

    private static bool IsTrailingPunctuation(string token) => token is ";" or "," or ":" or "." or "!" or "?";
}
