namespace DecreeParser.Model.Text;

/// <summary>
/// Kazakh inflectional endings in their vowel-harmony and consonant variants, by the slot they fill
/// after a stem (stem + plural + possessive + case). The PDF reader uses them to tell the end of a
/// word from a word ("дің", "ларының" never stand alone); the search stemmer strips them.
/// </summary>
public static class KazakhSuffixes
{
    public static readonly IReadOnlyList<string> Plural = ["лар", "лер", "дар", "дер", "тар", "тер"];

    /// <summary>Third person possessive: "-ы/-і" after a consonant, "-сы/-сі" after a vowel.</summary>
    public static readonly IReadOnlyList<string> ThirdPersonPossessive = ["сы", "сі", "ы", "і"];

    /// <summary>First and second person possessives: rare in decrees, and they look like stems' ends ("білім").</summary>
    public static readonly IReadOnlyList<string> PersonalPossessive =
        ["ымыз", "іміз", "мыз", "міз", "ыңыз", "іңіз", "ңыз", "ңіз", "ым", "ім", "м", "ың", "ің", "ң"];

    /// <summary>Genitive, dative, accusative, locative, ablative and instrumental endings.</summary>
    public static readonly IReadOnlyList<string> Case =
    [
        "ның", "нің", "дың", "дің", "тың", "тің",
        "ға", "ге", "қа", "ке", "на", "не", "а", "е",
        "ны", "ні", "ды", "ді", "ты", "ті", "н",
        "да", "де", "та", "те", "нда", "нде",
        "дан", "ден", "тан", "тен", "нан", "нен",
        "мен", "бен", "пен",
    ];

    /// <summary>The relative "-дағы" ("желтоқсандағы") and the adjectival "-ғы" ("жылғы", "қазіргі").</summary>
    public static readonly IReadOnlyList<string> Relative =
        ["дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "ғы", "гі", "қы", "кі"];

    private static readonly string[] Every = [.. Plural, .. ThirdPersonPossessive, .. PersonalPossessive, .. Case, .. Relative];

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
            foreach (var ending in Every)
            {
                if (i + ending.Length <= word.Length && string.CompareOrdinal(word, i, ending, 0, ending.Length) == 0) reachable[i + ending.Length] = true;
            }
        }
        return reachable[word.Length];
    }
}
