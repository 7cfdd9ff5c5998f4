using System.Collections.Frozen;
using System.Text;

namespace DecreeParser.Model.Text;

/// <summary>
/// Latin letters that digitization puts in place of Cyrillic ones ("ЖАҚСARTY", "бiлiм", "peттеу").
/// Repair and search both fold with this one table. Only words that already mix the two scripts are
/// touched: an all-Latin word ("COVID", "IT", a URL) is real Latin text and stays as it is.
/// </summary>
public static class LookalikeLetters
{
    private static readonly FrozenDictionary<char, char> LatinToCyrillic = new Dictionary<char, char>
    {
        ['A'] = 'А', ['B'] = 'В', ['C'] = 'С', ['E'] = 'Е', ['H'] = 'Н', ['I'] = 'І', ['K'] = 'К',
        ['M'] = 'М', ['O'] = 'О', ['P'] = 'Р', ['R'] = 'Р', ['T'] = 'Т', ['X'] = 'Х', ['Y'] = 'У',
        ['a'] = 'а', ['c'] = 'с', ['e'] = 'е', ['h'] = 'һ', ['i'] = 'і', ['k'] = 'к', ['o'] = 'о',
        ['p'] = 'р', ['x'] = 'х', ['y'] = 'у',
    }.ToFrozenDictionary();

    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    /// <summary>A Latin letter that digitization puts in place of a Cyrillic one ("i" for "і", "P" for "Р").</summary>
    public static bool IsLookalike(char c) => LatinToCyrillic.ContainsKey(c);

    public static bool IsLatin(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    /// <summary>
    /// The word with its Latin look-alikes made Cyrillic, when the word mixes scripts and every Latin
    /// letter in it has a Cyrillic twin; otherwise the word unchanged.
    /// </summary>
    public static string FoldWord(string word)
    {
        // Every word of every document and query comes through here: spans, not enumerators.
        var letters = word.AsSpan();
        if (letters.IndexOfAnyInRange('\u0400', '\u04FF') < 0 || (letters.IndexOfAnyInRange('A', 'Z') < 0 && letters.IndexOfAnyInRange('a', 'z') < 0)) return word;
        if (word.Where(IsLatin).Any(c => !LatinToCyrillic.ContainsKey(c))) return word;
        var folded = new StringBuilder(word.Length);
        foreach (var c in word) folded.Append(LatinToCyrillic.GetValueOrDefault(c, c));
        return folded.ToString();
    }
}
