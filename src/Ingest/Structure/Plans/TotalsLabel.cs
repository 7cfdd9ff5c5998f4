using System.Text.RegularExpressions;

namespace DecreeParser.Ingest.Structure.Plans;

/// <summary>
/// The label of a totals row: "Барлығы", "Жиыны", "Итого", "Всего", also for a group — "1-бағыт
/// бойынша барлығы", "Итого по направлению 1", "Всего по разделу II".
/// </summary>
public static partial class TotalsLabel
{
    public static bool IsTotals(string text) => Start().IsMatch(text) || ForGroup().IsMatch(text);

    /// <summary>The group a label totals ("1-бағыт" of "1-бағыт бойынша барлығы", "разделу II" of "Итого по разделу II"), or null.</summary>
    public static GroupHeading? Group(string text)
    {
        var match = ForGroup().Match(text) is { Success: true } kazakh ? kazakh : RussianGroup().Match(text);
        return match.Success && GroupHeading.TryParse(match.Groups["group"].Value, out var group) ? group : null;
    }

    [GeneratedRegex(@"^(?:барлығы|жиыны|барлық|итого|всего)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Start();

    [GeneratedRegex(@"^(?<group>\S+(?:\s+\S+)?)\s+бойынша\s+(?:барлығы|жиыны)", RegexOptions.IgnoreCase)]
    private static partial Regex ForGroup();

    [GeneratedRegex(@"^(?:итого|всего)\s+по\s+(?<group>\p{L}+\s+[0-9IVX.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex RussianGroup();
}
