using System.Text.RegularExpressions;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Reads a financing cell: "талап етілмейді" (not required), "көзделген қаражат шегінде" (within
/// allocated funds), the sources (РБ, ЖБ, МЖӘ…) and the amounts per source and year.
/// Sources are the common budget codes plus every glossary abbreviation whose expansion is a budget,
/// a fund or a partnership, so a decree that defines its own source is read too. A code is found
/// with or without spaces between its letters ("РБ", "Р Б", "МЖ Ә"), as letter spacing and OCR
/// leave it, but not inside a longer word ("РБК").
/// </summary>
public sealed partial class FinancingParser(IEnumerable<GlossaryEntry> glossary)
{
    // Republican and local budgets, public-private partnership, the National Fund; in Russian texts
    // the local budget is "МБ" and the partnership "ГЧП".
    private static readonly string[] CommonSources = ["РБ", "ЖБ", "МЖӘ", "ҰҚ", "МБ", "ГЧП", "НФ"];

    private readonly List<(string Code, Regex Pattern)> _sources =
        CommonSources.Concat(glossary.Where(entry => SourceExpansion().IsMatch(entry.Expansion)).Select(entry => entry.Abbreviation))
            .Where(code => code.All(char.IsLetter))
            .Distinct()
            .Select(code => (code, new Regex(@"(?<!\p{L})" + string.Join(@"\s?", code.Select(c => Regex.Escape(c.ToString()))) + @"(?!\p{L})")))
            .ToList();

    /// <summary>The typed financing; <see cref="Financing.Required"/> stays null when the text says nothing readable.</summary>
    public Financing Parse(string text)
    {
        if (text.Length == 0) return new Financing(text, null, false, [], []);
        var sources = _sources
            .SelectMany(source => source.Pattern.Matches(text).Select(match => (match.Index, source.Code)))
            .OrderBy(source => source.Index)
            .ToList();
        var amounts = AmountParser.Parse(text, sources);
        var within = WithinAllocatedFunds().IsMatch(text);
        var names = sources.Select(source => source.Code).Distinct().ToList();
        bool? required = NotRequired().IsMatch(text) ? false
            : names.Count > 0 || amounts.Count > 0 || within ? true
            : null;
        return new Financing(text, required, within, names, amounts);
    }

    [GeneratedRegex(@"талап\s+етілмейді|не\s+требуется", RegexOptions.IgnoreCase)]
    private static partial Regex NotRequired();

    [GeneratedRegex(@"көзделген\s+қаражат\s+шегінде|в\s+пределах\s+(?:предусмотренных|выделенных)\s+средств", RegexOptions.IgnoreCase)]
    private static partial Regex WithinAllocatedFunds();

    [GeneratedRegex(@"бюджет|қор\b|қоры|әріптестік|фонд|партнерств", RegexOptions.IgnoreCase)]
    private static partial Regex SourceExpansion();
}
