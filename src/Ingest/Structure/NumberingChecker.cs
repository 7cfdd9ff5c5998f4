using System.Globalization;
using DecreeParser.Model;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Checks a plan's numbering: each level counts 1, 2, 3… under its parent, numbers are unique,
/// and a sub-item's parent exists. <paramref name="noun"/> names the items in warnings ("measure").
/// </summary>
public static class NumberingChecker
{
    public static void Check(IEnumerable<(string Number, SourceLocation Location)> items, string noun, WarningLog warnings)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lastChild = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (number, location) in items)
        {
            var parent = MeasureNumber.Parent(number);
            if (!seen.Add(number))
            {
                warnings.Add(WarningCodes.DuplicateNumber, $"{noun} {number} appears more than once", location);
                continue;
            }
            if (parent is not null && !seen.Contains(parent))
            {
                warnings.Add(WarningCodes.MissingParent, $"{noun} {number} has no {noun} {parent} before it", location);
            }
            var ordinal = int.Parse(number[(number.LastIndexOf('.') + 1)..], CultureInfo.InvariantCulture);
            var previous = lastChild.GetValueOrDefault(parent ?? "");
            if (ordinal != previous + 1)
            {
                var expected = parent is null ? $"{previous + 1}" : $"{parent}.{previous + 1}";
                warnings.Add(WarningCodes.NumberingGap, $"{noun} {number} follows {(previous == 0 ? "nothing" : Sibling(parent, previous))}; {expected} was expected", location);
            }
            lastChild[parent ?? ""] = ordinal;
        }
    }

    private static string Sibling(string? parent, int ordinal) => parent is null ? $"{ordinal}" : $"{parent}.{ordinal}";
}
