using System.Text.RegularExpressions;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Reads a financing cell: "талап етілмейді" (not required), "көзделген қаражат шегінде" (within
/// allocated funds), the sources (РБ, ЖБ, МЖӘ…) and the amounts per source and year.
/// Sources are the common budget codes plus every glossary abbreviation whose expansion is a budget,
/// a fund or a partnership, so a decree that defines its own source is read too. A code is found
/// with or without spaces between its letters ("РБ", "Р Б", "МЖ Ә"), as letter spacing and OCR
/// leave it, but not inside a longer word ("РБК"). A source written out in full ("Республикалық
/// бюджет", "Местный бюджет") is read as its code.
/// </summary>
public sealed partial class FinancingParser
{
    // Republican and local budgets, public-private partnership, the National Fund; in Russian texts
    // the local budget is "МБ" and the partnership "ГЧП".
    private static readonly string[] CommonSources = ["РБ", "ЖБ", "МЖӘ", "ҰҚ", "МБ", "ГЧП", "НФ"];

    // The common sources written out, by the stems of their words in any case ending.
    private static readonly (string Code, string Pattern)[] CommonNames =
    [
        ("РБ", @"республикалық\s+бюджет\w*"),
        ("ЖБ", @"жергілікті\s+бюджет\w*"),
        ("РБ", @"республиканск\w*\s+бюджет\w*"),
        ("МБ", @"местн\w*\s+бюджет\w*"),
        ("ҰҚ", @"ұлттық\s+қор\w*"),
        ("НФ", @"национальн\w*\s+фонд\w*"),
        ("МЖӘ", @"мемлекеттік[-\s]жекешелік\s+әріптестік\w*"),
        ("ГЧП", @"государственно[-\s]частн\w*\s+партнерств\w*"),
    ];

    // Each source's pattern, and for a code the letter every match of it begins with.
    private readonly List<(string Code, Regex Pattern, char? Lead)> _sources;

    public FinancingParser(IEnumerable<GlossaryEntry> glossary)
    {
        var defined = glossary.Where(entry => SourceExpansion().IsMatch(entry.Expansion) && entry.Abbreviation.All(char.IsLetter)).ToList();
        _sources = CommonSources.Concat(defined.Select(entry => entry.Abbreviation))
            .Distinct()
            .Select(code => (code, CodePatterns.GetOrAdd(code, CodePattern), code is [var first, ..] ? first : (char?)null))
            .Concat(NamePatterns.Select(name => (name.Code, name.Pattern, (char?)null)))
            .ToList();
    }

    // Built once for the process, not once a decree: a pattern costs more to build than to run on a decree's cells.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> CodePatterns = new(StringComparer.Ordinal);

    // Compiled: eight patterns made once a process and run on every financing text of every decree.
    private static readonly (string Code, Regex Pattern)[] NamePatterns =
        [.. CommonNames.Select(name => (name.Code, new Regex(@"(?<!\p{L})" + name.Pattern, RegexOptions.IgnoreCase | RegexOptions.Compiled)))];

    private static Regex CodePattern(string code) => new(@"(?<!\p{L})" + string.Join(@"\s?", code.Select(c => Regex.Escape(c.ToString()))) + @"(?!\p{L})");

    // A plan finances its measures in a few words over and over ("РБ", "талап етілмейді"): each text
    // is read once a decree, and its reading, which nothing changes afterwards, serves every measure that has it.
    private readonly Dictionary<string, Financing> _read = new(StringComparer.Ordinal);

    /// <summary>The typed financing; <see cref="Financing.Required"/> stays null when the text says nothing readable.</summary>
    public Financing Parse(string text)
    {
        if (text.Length == 0) return new Financing(text, null, false, [], []);
        if (_read.TryGetValue(text, out var known)) return known;
        var sources = Sources(text);
        return _read[text] = Typed(text, sources.Select(source => source.Code).Distinct().ToList(), AmountParser.Parse(text, sources));
    }

    /// <summary>The sources a text names, by where each stands in it; a code and its name written out at one place count once.</summary>
    public IReadOnlyList<(int Position, string Code)> Sources(string text)
    {
        // Every row's cells and lines come through here, some several times: matched without a Match object a find.
        var found = new List<(int Position, string Code)>();
        foreach (var (code, pattern, lead) in _sources)
        {
            // Most cells name one source or none: a code whose first letter the text lacks is not run.
            if (lead is { } letter && !text.Contains(letter, StringComparison.Ordinal)) continue;
            foreach (var match in pattern.EnumerateMatches(text))
            {
                if (!Holds(found, match.Index)) found.Add((match.Index, code));
            }
        }
        static bool Holds(List<(int Position, string Code)> found, int position)
        {
            foreach (var source in found)
            {
                if (source.Position == position) return true;
            }
            return false;
        }
        // No two share a position, so the unstable sort orders them as a stable one would.
        found.Sort((a, b) => a.Position.CompareTo(b.Position));
        return found;
    }

    /// <summary>A financing whose sources and amounts were read already: whether it is required or within allocated funds comes from its text.</summary>
    public static Financing Typed(string text, IReadOnlyList<string> sources, IReadOnlyList<Amount> amounts)
    {
        var within = WithinAllocatedFunds().IsMatch(text);
        bool? required = NotRequired().IsMatch(text) ? false
            : sources.Count > 0 || amounts.Count > 0 || within ? true
            : null;
        return new Financing(text, required, within, sources, amounts);
    }

    /// <summary>Whether a text says the money is not required or comes within allocated funds: a phrase, not a source or an amount.</summary>
    public static bool IsFundingPhrase(string text) => NotRequired().IsMatch(text) || WithinAllocatedFunds().IsMatch(text);

    [GeneratedRegex(@"талап\s+етілмейді|не\s+требуется", RegexOptions.IgnoreCase)]
    private static partial Regex NotRequired();

    [GeneratedRegex(@"көзделген\s+қаражат\s+шегінде|в\s+пределах\s+(?:предусмотренных|выделенных)\s+средств", RegexOptions.IgnoreCase)]
    private static partial Regex WithinAllocatedFunds();

    [GeneratedRegex(@"бюджет|қор\b|қоры|әріптестік|фонд|партнерств", RegexOptions.IgnoreCase)]
    private static partial Regex SourceExpansion();
}
