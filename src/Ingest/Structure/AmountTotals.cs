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
        var sums = Sum(measures.Where(m => m.Amounts.Count > 0 && !Ancestors(m.Number).Any(funded.Contains)).SelectMany(m => m.Amounts), bySource: true);
        return sums
            .OrderBy(sum => sum.Key.Year).ThenBy(sum => sum.Key.Source, StringComparer.Ordinal)
            .Select(sum => new Amount(sum.Key.Source, sum.Key.Year, sum.Value))
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

    /// <summary>The amounts added up by source and year, or by year alone: a totals check makes several of these for every totals row.</summary>
    private static Dictionary<(string? Source, int Year), decimal> Sum(IEnumerable<Amount> amounts, bool bySource)
    {
        var sums = new Dictionary<(string? Source, int Year), decimal>();
        foreach (var amount in amounts)
        {
            var key = (bySource ? amount.Source : null, amount.Year);
            sums[key] = sums.GetValueOrDefault(key) + amount.MillionTenge;
        }
        return sums;
    }

    private static IEnumerable<string> Ancestors(string number)
    {
        for (var parent = MeasureNumber.Parent(number); parent is not null; parent = MeasureNumber.Parent(parent))
        {
            yield return parent;
        }
    }
}
