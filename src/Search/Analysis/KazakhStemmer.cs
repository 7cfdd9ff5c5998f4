using DecreeParser.Model.Text;

namespace DecreeParser.Search.Analysis;

/// <summary>
/// A rule-based stemmer for Kazakh inflection. A noun is stem + plural + possessive + case, so the
/// stemmer strips at most one ending of each slot from the right: case (or the relative "-дағы/-ғы"),
/// then the third person possessive, then the plural ("облыстарының" → "облыс"). An ending is taken only
/// where Kazakh phonology allows it ("-тың" after a voiceless consonant, "-ның" after a vowel, "-сы"
/// after a vowel, "-ы" after a consonant) and only when the stem left has at least three letters, so
/// "білім", "орын", "ішкі" stay whole. Derivational suffixes ("-лық", "-шы", "-ландыру") are left alone:
/// "ақпараттық" and "ақпарат" are different words to a researcher.
/// </summary>
public static class KazakhStemmer
{
    public const int MinimumStem = 3;

    // Single-vowel datives ("-а/-е") follow only first and second person possessives, which decrees do
    // not use; stripping them would cut "бағдарлама" to "бағдарлам".
    private static readonly string[] CaseEndings =
        LongestFirst([.. KazakhSuffixes.Relative, .. KazakhSuffixes.Case.Where(e => e is not ("а" or "е"))]);

    // Each slot's endings sorted once, longest first, so "-тың" is tried before "-ң".
    private static readonly string[] PossessiveEndings = LongestFirst(KazakhSuffixes.ThirdPersonPossessive);
    private static readonly string[] PluralEndings = LongestFirst(KazakhSuffixes.Plural);
    private static readonly string[] StemVowelEndings = ["ы", "і"];

    // Stems whose own end reads as an ending, in words decrees use: "теңге" is no dative of "тең",
    // "басқа" (other) none of "бас" (head), and the "-стан" of a country no ablative ("облыстан" is).
    private static readonly HashSet<string> WholeWords = new(StringComparer.Ordinal)
    {
        "теңге", "басқа", "қазақстан", "өзбекстан", "қырғызстан", "тәжікстан", "түрікменстан", "ауғанстан", "пәкістан",
    };

    public static string Stem(string word)
    {
        if (word.Length <= MinimumStem || WholeWords.Contains(word)) return word;
        var stem = StripCase(word);
        stem = StripPossessive(stem) ?? stem;
        if (StripOne(stem, PluralEndings) is { } singular)
        {
            // "жалақы" + "лар": the stem's own final "-ы" goes too, as it does from "жалақы" itself
            // (read there as a possessive), so that "жалақыларын" and "жалақысын" meet.
            stem = StripOne(singular, StemVowelEndings) is { } bare ? Devoice(bare) : singular;
        }
        return stem;
    }

    private static string StripCase(string word)
    {
        foreach (var ending in CaseEndings)
        {
            if (!Allows(word, ending)) continue;
            var rest = word[..^ending.Length];
            // The accusative "-н" follows only a possessive: "жобасын" is жоба+сы+н, "орын" is a stem.
            if (ending == "н") return StripPossessive(rest) is null ? word : rest;
            return rest;
        }
        return word;
    }

    /// <summary>The word without its third person possessive, or null when it has none.</summary>
    private static string? StripPossessive(string word)
    {
        var rest = StripOne(word, PossessiveEndings);
        if (rest is null) return null;
        // "қаржы" + "сы": the stem's own final "-ы" goes too, as it does from "қаржы" itself, so the
        // two meet.
        if (word.EndsWith("сы", StringComparison.Ordinal) || word.EndsWith("сі", StringComparison.Ordinal))
        {
            rest = StripOne(rest, StemVowelEndings) ?? rest;
        }
        return Devoice(rest);
    }

    private static string? StripOne(string word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (Allows(word, ending)) return word[..^ending.Length];
        }
        return null;
    }

    private static string[] LongestFirst(IEnumerable<string> endings) => [.. endings.OrderByDescending(e => e.Length)];

    /// <summary>Whether the word ends with the ending and what comes before it may take it.</summary>
    private static bool Allows(string word, string ending)
    {
        if (!word.EndsWith(ending, StringComparison.Ordinal) || word.Length - ending.Length < MinimumStem) return false;
        var stem = word.AsSpan(0, word.Length - ending.Length);
        if (!stem.ContainsAny(VowelSet)) return false;
        var before = stem[^1];
        return ending[0] switch
        {
            // "-ның/-ны" follow any vowel; "-на/-нда/-н" only a possessive, so "Астана" keeps its "-на".
            'н' when ending is "ның" or "нің" => IsVowel(before) || before is 'м' or 'н' or 'ң',
            'н' when ending is "ны" or "ні" => IsVowel(before),
            'н' when ending is "нан" or "нен" => before is 'ы' or 'і' or 'м' or 'н' or 'ң',
            'н' => before is 'ы' or 'і',
            'д' => !IsVowel(before) ? !IsVoiceless(before) : ending is not ("ды" or "ді" or "дың" or "дің"),
            'т' => IsVoiceless(before) || before is 'б' or 'в' or 'г' or 'д',
            // The adjectival "-ғы/-гі" follows a consonant ("жылғы"); after a vowel the "г" is the stem's own
            // ("министрлігі" is министрлік + і).
            'ғ' or 'г' when ending is "ғы" or "гі" => !IsVowel(before) && !IsVoiceless(before),
            'ғ' or 'г' => !IsVoiceless(before),
            'қ' or 'к' => IsVoiceless(before),
            'с' => IsVowel(before),
            'ы' or 'і' => !IsVowel(before),
            _ => true,
        };
    }

    /// <summary>A stem's final consonant voiced before a vowel is voiceless in the bare stem: "министрлігі" → "министрлік".</summary>
    private static string Devoice(string stem) => stem[^1] switch
    {
        'г' => stem[..^1] + 'к',
        'ғ' => stem[..^1] + 'қ',
        'б' => stem[..^1] + 'п',
        _ => stem,
    };

    private const string Vowels = "аәеёиоөұүыіэюя";
    private static readonly System.Buffers.SearchValues<char> VowelSet = System.Buffers.SearchValues.Create(Vowels);

    private static bool IsVowel(char c) => VowelSet.Contains(c);

    private static bool IsVoiceless(char c) => "кқпстфхцчшщ".Contains(c, StringComparison.Ordinal);
}
