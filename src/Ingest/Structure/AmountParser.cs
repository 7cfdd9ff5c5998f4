using System.Globalization;
using System.Text.RegularExpressions;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Reads planned amounts ("2019 жыл – 10 171 млн. теңге") from a financing text. Thousands may be
/// grouped by spaces ("14 233", also after a line break was rejoined) and decimals written with a
/// comma or a point. Each amount belongs to the nearest financing source named before it.
/// </summary>
public static partial class AmountParser
{
    public static IReadOnlyList<Amount> Parse(string text, IReadOnlyList<(int Position, string Code)> sources)
    {
        var amounts = new List<Amount>();
        foreach (Match match in YearAmount().Matches(text))
        {
            if (Number(match.Groups["int"].Value, match.Groups["frac"].Success ? match.Groups["frac"].Value : null) is not { } value) continue;
            var source = sources.LastOrDefault(s => s.Position < match.Index).Code;
            amounts.Add(new Amount(source, int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), value));
        }
        return amounts;
    }

    /// <summary>
    /// A number from its whole part, thousands maybe grouped by spaces ("14 233"), and its fraction's
    /// digits; null for one of more figures than a decimal holds (twenty-nine), which no budget has.
    /// </summary>
    public static decimal? Number(string whole, string? fraction)
    {
        var digits = whole.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        return decimal.TryParse(fraction is null ? digits : $"{digits}.{fraction}", NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    // "2019 жыл – 10 171 млн. теңге", "2019 год – 10 171,5 млн. тенге".
    [GeneratedRegex(@"(?<year>(?:19|20)[0-9]{2})\s*(?:жыл(?:ы|ға)?|ж\.|год(?:а|у)?|г\.)?\s*[-–—:]\s*(?<int>[0-9]{1,3}(?:[ \u00A0][0-9]{3})+|[0-9]+)(?:[.,](?<frac>[0-9]+))?\s*млн\.?\s*те[ңн]ге", RegexOptions.IgnoreCase)]
    private static partial Regex YearAmount();
}
