using DecreeParser.Model.Text;

namespace DecreeParser.Search.Analysis;

/// <summary>
/// Kazakh typed on a Russian keyboard: the letters it lacks typed as their nearest Russian ones
/// (қ→к, ғ→г, ң→н, ү/ұ→у, ө→о, ә→а, і→и, һ→х), and "ы" and "і" both as "и", since typists use
/// either. Folding both the index's words and the query's makes "жалакы" meet "жалақы"; the folded
/// words are stemmed by <see cref="Stem"/>, which strips the same endings folded the same way, so
/// "кызметкерлердин" meets "қызметкерлердің" too.
/// </summary>
public static class KeyboardFold
{
    private static readonly Dictionary<char, char> Letters = new()
    {
        ['қ'] = 'к', ['ғ'] = 'г', ['ң'] = 'н', ['ү'] = 'у', ['ұ'] = 'у', ['ө'] = 'о', ['ә'] = 'а', ['і'] = 'и', ['ы'] = 'и', ['һ'] = 'х',
    };

    private const int MinimumStem = 3;
    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("аеёиоуэюя");

    // The stemmer's slots, folded: case (but the single-vowel datives), possessive, plural.
    private static readonly string[] CaseEndings = Folded(KazakhSuffixes.Case.Where(e => e is not ("а" or "е" or "н")));
    private static readonly string[] PossessiveEndings = Folded(KazakhSuffixes.ThirdPersonPossessive);
    private static readonly string[] PluralEndings = Folded(KazakhSuffixes.Plural);

    /// <summary>A lower-case word with the letters a Russian keyboard lacks folded.</summary>
    public static string Fold(string word) => Map(word, c => Letters.GetValueOrDefault(c, c));

    /// <summary>
    /// A word with only the letters Russian has not made Russian ("Сұлтанов" → "Султанов"), as a Russian
    /// text spells a Kazakh name; "ы", a Russian letter too, stays.
    /// </summary>
    public static string ToRussianLetters(string word) => Map(word, c =>
        c == 'ы' ? c : Letters.TryGetValue(char.ToLowerInvariant(c), out var folded) ? (char.IsUpper(c) ? char.ToUpperInvariant(folded) : folded) : c);

    private static string Map(string word, Func<char, char> fold)
    {
        var mapped = string.Create(word.Length, word, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = fold(source[i]);
        });
        return mapped == word ? word : mapped;
    }

    /// <summary>
    /// A folded word's stem, by the Kazakh stemmer's slots (case, then third person possessive, then
    /// plural, and a stem's own final vowel after "-сы" or a plural), without its phonology, which
    /// folding blurs: every stem keeps three letters and a vowel.
    /// </summary>
    public static string Stem(string folded)
    {
        var stem = StripOne(folded, CaseEndings) ?? folded;
        // The accusative "-н" follows only a possessive: "жобасин" is жоба+си+н.
        if (stem == folded && stem.EndsWith('н') && StripOne(stem[..^1], PossessiveEndings) is not null) stem = stem[..^1];
        if (StripOne(stem, PossessiveEndings) is { } bare)
        {
            stem = stem.EndsWith("си", StringComparison.Ordinal) ? StripOne(bare, ["и"]) ?? bare : bare;
        }
        if (StripOne(stem, PluralEndings) is { } singular) stem = StripOne(singular, ["и"]) ?? singular;
        return stem;
    }

    private static string? StripOne(string word, IEnumerable<string> endings)
    {
        foreach (var ending in endings)
        {
            if (!word.EndsWith(ending, StringComparison.Ordinal) || word.Length - ending.Length < MinimumStem) continue;
            var rest = word[..^ending.Length];
            if (rest.AsSpan().ContainsAny(Vowels)) return rest;
        }
        return null;
    }

    private static string[] Folded(IEnumerable<string> endings) => [.. endings.Select(Fold).Distinct().OrderByDescending(e => e.Length)];
}
