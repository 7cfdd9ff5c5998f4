using System.Text.RegularExpressions;

namespace DecreeParser.Ingest.Structure.Plans;

/// <summary>
/// A cell of one year's money or value: "10 171", "120,5", "1 234.56", "85 %". "–", "-", "х", an
/// empty cell and "0" mean no money that year.
/// </summary>
public static partial class MoneyCell
{
    /// <summary>The number a cell holds; null when it holds none or only a dash.</summary>
    public static decimal? Number(string text)
    {
        var match = NumberText().Match(text.Trim());
        return match.Success ? AmountParser.Number(match.Groups["int"].Value, match.Groups["frac"].Success ? match.Groups["frac"].Value : null) : null;
    }

    /// <summary>
    /// The number a cell holds in million tenge, its column's unit being <paramref name="millionsPerUnit"/>
    /// million (0.001 for thousands, 1000 for billions); null when it holds none, or one no decimal holds once scaled.
    /// </summary>
    public static decimal? Millions(string text, decimal millionsPerUnit) =>
        Number(text) is { } value && (millionsPerUnit <= 1 || value <= decimal.MaxValue / millionsPerUnit) ? Exact(value * millionsPerUnit) : null;

    /// <summary>The value without the trailing zeros a scale or a written ",0" leaves: 10 171,0 thousand → 10.171, not 10.1710000.</summary>
    public static decimal Exact(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>Whether the cell says there is no money: empty, a dash, a cross, or zero.</summary>
    public static bool IsNothing(string text) => Nothing().IsMatch(text) || Number(text) == 0m;

    [GeneratedRegex(@"^(?<int>[0-9]{1,3}(?:[ \u00A0][0-9]{3})+|[0-9]+)(?:[.,](?<frac>[0-9]+))?\s*%?$")]
    private static partial Regex NumberText();

    [GeneratedRegex(@"^\s*[-–—хx]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Nothing();
}
