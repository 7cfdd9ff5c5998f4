using System.Globalization;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Checks a roadmap's numbering: each level counts 1, 2, 3… under its parent, numbers are unique,
/// and a sub-measure's parent exists.
/// </summary>
public static class NumberingChecker
{
    public static void Check(IReadOnlyList<Measure> measures, WarningLog warnings)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lastChild = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var measure in measures)
        {
            if (!seen.Add(measure.Number))
            {
                warnings.Add(WarningCodes.DuplicateNumber, $"measure {measure.Number} appears more than once", measure.Location);
                continue;
            }
            if (measure.Parent is { } parent && !seen.Contains(parent))
            {
                warnings.Add(WarningCodes.MissingParent, $"measure {measure.Number} has no measure {parent} before it", measure.Location);
            }
            var level = measure.Parent ?? "";
            var ordinal = int.Parse(measure.Number[(measure.Number.LastIndexOf('.') + 1)..], CultureInfo.InvariantCulture);
            var previous = lastChild.GetValueOrDefault(level);
            if (ordinal != previous + 1)
            {
                var expected = measure.Parent is null ? $"{previous + 1}" : $"{measure.Parent}.{previous + 1}";
                warnings.Add(WarningCodes.NumberingGap, $"measure {measure.Number} follows {(previous == 0 ? "nothing" : Sibling(measure.Parent, previous))}; {expected} was expected", measure.Location);
            }
            lastChild[level] = ordinal;
        }
    }

    private static string Sibling(string? parent, int ordinal) => parent is null ? $"{ordinal}" : $"{parent}.{ordinal}";
}
