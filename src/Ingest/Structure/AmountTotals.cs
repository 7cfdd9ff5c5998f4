using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// What a roadmap's totals row should say: the measures' amounts summed by source and year. A
/// measure whose parent (or any ancestor) already has amounts is left out, because the parent's
/// amount already includes its parts.
/// </summary>
public static class AmountTotals
{
    public static IReadOnlyList<Amount> Expected(IReadOnlyList<(string Number, IReadOnlyList<Amount> Amounts)> measures)
    {
        var funded = measures.Where(m => m.Amounts.Count > 0).Select(m => m.Number).ToHashSet(StringComparer.Ordinal);
        return measures
            .Where(m => !Ancestors(m.Number).Any(funded.Contains))
            .SelectMany(m => m.Amounts)
            .GroupBy(a => (a.Source, a.Year))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Source, StringComparer.Ordinal)
            .Select(g => new Amount(g.Key.Source, g.Key.Year, g.Sum(a => a.MillionTenge)))
            .ToList();
    }

    /// <summary>
    /// Whether a totals row says what the measures add up to: by source and year when the row names
    /// its sources, by year alone when it does not.
    /// </summary>
    public static bool Matches(IReadOnlyList<Amount> stated, IReadOnlyList<Amount> expected)
    {
        if (stated.Count == 0) return false;
        var bySource = stated.All(a => a.Source is not null);
        var statedSums = Sum(stated, bySource);
        var expectedSums = Sum(expected, bySource);
        return statedSums.Count == expectedSums.Count
            && statedSums.All(pair => expectedSums.TryGetValue(pair.Key, out var value) && value == pair.Value);
    }

    private static Dictionary<(string?, int), decimal> Sum(IEnumerable<Amount> amounts, bool bySource) =>
        amounts.GroupBy(a => (bySource ? a.Source : null, a.Year)).ToDictionary(g => g.Key, g => g.Sum(a => a.MillionTenge));

    private static IEnumerable<string> Ancestors(string number)
    {
        for (var parent = MeasureNumber.Parent(number); parent is not null; parent = MeasureNumber.Parent(parent))
        {
            yield return parent;
        }
    }
}
