namespace DecreeParser.Model.Text;

/// <summary>
/// Kazakh inflectional endings in their vowel-harmony and consonant variants: plural, possessive and
/// case endings, and the relative "-дағы". A piece of text that is nothing but a chain of them
/// ("дің", "ларының") is the end of a word, never a word of its own.
/// </summary>
public static class KazakhSuffixes
{
    private static readonly HashSet<string> Endings = new(StringComparer.Ordinal)
    {
        // plural
        "лар", "лер", "дар", "дер", "тар", "тер",
        // possessive
        "ым", "ім", "м", "ың", "ің", "ң", "ы", "і", "сы", "сі", "ымыз", "іміз", "мыз", "міз", "ыңыз", "іңіз", "ңыз", "ңіз",
        // genitive, dative, accusative, locative, ablative, instrumental
        "ның", "нің", "дың", "дің", "тың", "тің",
        "ға", "ге", "қа", "ке", "на", "не", "а", "е",
        "ны", "ні", "ды", "ді", "ты", "ті", "н",
        "да", "де", "та", "те", "нда", "нде",
        "дан", "ден", "тан", "тен", "нан", "нен",
        "мен", "бен", "пен", "ымен", "імен",
        // relative ("-дағы": "желтоқсандағы")
        "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "ғы", "гі", "қы", "кі",
    };

    /// <summary>Whether the text, case folded, splits wholly into endings.</summary>
    public static bool IsEndingChain(string text)
    {
        var word = text.ToLowerInvariant();
        if (word.Length == 0) return false;
        // reachable[i]: the first i letters split into endings.
        var reachable = new bool[word.Length + 1];
        reachable[0] = true;
        for (var i = 0; i < word.Length; i++)
        {
            if (!reachable[i]) continue;
            foreach (var ending in Endings)
            {
                if (i + ending.Length <= word.Length && string.CompareOrdinal(word, i, ending, 0, ending.Length) == 0) reachable[i + ending.Length] = true;
            }
        }
        return reachable[word.Length];
    }
}
