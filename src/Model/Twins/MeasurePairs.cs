using DecreeParser.Model.Decrees;

namespace DecreeParser.Model.Twins;

/// <summary>A measure of a decree's Kazakh text and the one with its plan and number in the Russian text; either may be missing.</summary>
public sealed record MeasurePair(Measure? Kk, Measure? Ru)
{
    public int Plan => (Kk ?? Ru)!.Plan;

    public string Number => (Kk ?? Ru)!.Number;

    /// <summary>
    /// The measures of two texts of one decree paired by plan and number — the one thing a translation
    /// keeps — in the Kazakh text's order, then the Russian text's measures it lacks.
    /// </summary>
    public static IReadOnlyList<MeasurePair> Of(Decree kk, Decree ru)
    {
        var russian = ru.Measures.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var kazakh = kk.Measures.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        return kazakh.Values.Select(m => new MeasurePair(m, russian.GetValueOrDefault(Key(m))))
            .Concat(russian.Values.Where(m => !kazakh.ContainsKey(Key(m))).Select(m => new MeasurePair(null, m)))
            .ToList();
    }

    private static (int, string) Key(Measure measure) => (measure.Plan, measure.Number);
}
