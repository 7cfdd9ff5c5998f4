using System.Text.RegularExpressions;
using DecreeParser.Model.Decrees;
using DecreeParser.Model.Text;

namespace DecreeParser.Ingest.Structure.Plans;

/// <summary>A group's heading as written, read into its kind, numeral and title.</summary>
public sealed partial record GroupHeading(string Kind, string? Numeral, string Title)
{
    // Kazakh names the kind after the number ("1-бағыт", "1.1-міндет"), Russian before it
    // ("Направление 1", "Задача 1.1"); Kazakh texts also write "Бағыт 1".
    private static readonly (string Kind, string[] Words)[] KindWords =
    [
        (SectionKinds.Direction, ["бағыт", "направлени"]),
        (SectionKinds.Goal, ["мақсат", "цель", "цели"]),
        (SectionKinds.Task, ["міндет", "задач"]),
        (SectionKinds.Section, ["бөлім", "раздел"]),
    ];

    /// <summary>
    /// Reads "IV. ТӘН ЕМЕС …" (a Roman numeral in either script; a comma for the dot as OCR may read
    /// it), "1-бағыт. …", "2-мақсат: …", "1.1-міндет …", "Бағыт 1. …", "Направление 1. …", "Цель 2 …",
    /// "Задача 1.1. …", "Раздел 2. …". The title may be empty when it stands in a cell of its own.
    /// </summary>
    public static bool TryParse(string text, out GroupHeading heading)
    {
        heading = null!;
        if (Roman().Match(text) is { Success: true } roman && RomanNumeral.TryParse(roman.Groups["numeral"].Value, out var value))
        {
            heading = new GroupHeading(SectionKinds.Section, RomanNumeral.ToLatin(value), roman.Groups["title"].Value.Trim());
            return true;
        }
        var match = NumberFirst().Match(text) is { Success: true } first ? first : KindFirst().Match(text);
        if (!match.Success || KindOf(match.Groups["kind"].Value) is not { } kind) return false;
        var numeral = match.Groups["numeral"].Value;
        heading = new GroupHeading(kind, RomanNumeral.TryParse(numeral, out var latin) ? RomanNumeral.ToLatin(latin) : numeral, match.Groups["title"].Value.Trim());
        return true;
    }

    /// <summary>The number that orders the group among its siblings: the last part of "1.2", the value of "IV".</summary>
    public static int? Ordinal(string? numeral)
    {
        if (numeral is null) return null;
        if (RomanNumeral.TryParse(numeral, out var roman)) return roman;
        var last = numeral[(numeral.LastIndexOf('.') + 1)..];
        return int.TryParse(last, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static string? KindOf(string word)
    {
        var lower = word.ToLowerInvariant();
        return KindWords.FirstOrDefault(k => k.Words.Any(w => lower.StartsWith(w, StringComparison.Ordinal))).Kind;
    }

    [GeneratedRegex(@"^(?<numeral>[IІVXХLС]{1,7})[.,]\s*(?<title>\S.*)$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(?<numeral>[0-9]{1,2}(?:\.[0-9]{1,2}){0,2})\s*-\s*(?<kind>\p{L}+)(?:\s*[.:–—-]\s*|\s+|$)(?<title>.*)$")]
    private static partial Regex NumberFirst();

    [GeneratedRegex(@"^(?<kind>\p{L}+)\s+(?<numeral>[0-9]{1,2}(?:\.[0-9]{1,2}){0,2}|[IVX]{1,5})\.?(?:\s*[.:–—-]\s*|\s+|$)(?<title>.*)$")]
    private static partial Regex KindFirst();
}
