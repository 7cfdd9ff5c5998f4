using System.Text.RegularExpressions;
using DecreeParser.Model.Decrees;
using DecreeParser.Model.Text;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Reads a deadline cell into a typed period: "2019 жылғы I тоқсан" (quarter), "2019 жылғы І-ІІ тоқсан"
/// (quarter range), "2019 жыл", "2019 – 2021 жылдар", "2019 жылғы I тоқсаннан бастап" (starting from),
/// "жыл сайын" / "жарты жылда бір рет" / "тоқсан сайын" (recurring), "үнемі" (continuous).
/// The Russian forms are read too: "I квартал 2019 года", "I-II кварталы 2019 года", "2019 год",
/// "2019-2021 годы", "с I квартала 2019 года", "ежегодно", "раз в полугодие", "ежеквартально",
/// "постоянно". Roman numerals are read in Latin or Kazakh letters. Anything else is
/// <see cref="DeadlineKind.Unknown"/>.
/// </summary>
public static partial class DeadlineParser
{
    public static Deadline Parse(string text)
    {
        var t = text.Trim().TrimEnd('.', ';');
        if (Recurrence(t) is { } recurrence)
        {
            var years = YearRange().Match(t);
            return years.Success
                ? new Deadline(text, DeadlineKind.Recurring, years.Groups["from"].Value, years.Groups["to"].Value, recurrence)
                : new Deadline(text, DeadlineKind.Recurring, null, null, recurrence);
        }
        if (Continuous().IsMatch(t)) return new Deadline(text, DeadlineKind.Continuous, null, null, null);
        if (QuarterSpan().Match(t) is { Success: true } span
            && Quarter(span.Groups["q1"].Value) is { } q1 && Quarter(span.Groups["q2"].Value) is { } q2)
        {
            var fromYear = span.Groups["y1"].Value;
            var toYear = span.Groups["y2"].Success ? span.Groups["y2"].Value : fromYear;
            return new Deadline(text, DeadlineKind.QuarterRange, $"{fromYear}-Q{q1}", $"{toYear}-Q{q2}", null);
        }
        if (QuarterStart().Match(t) is { Success: true } quarterStart && Quarter(quarterStart.Groups["q"].Value) is { } startQuarter)
        {
            return new Deadline(text, DeadlineKind.StartingFrom, $"{quarterStart.Groups["y"].Value}-Q{startQuarter}", null, null);
        }
        if (YearStart().Match(t) is { Success: true } yearStart)
        {
            return new Deadline(text, DeadlineKind.StartingFrom, yearStart.Groups["y"].Value, null, null);
        }
        if (SingleQuarter().Match(t) is { Success: true } single && Quarter(single.Groups["q"].Value) is { } quarter)
        {
            var period = $"{single.Groups["y"].Value}-Q{quarter}";
            return new Deadline(text, DeadlineKind.Quarter, period, period, null);
        }
        if (YearRangeOnly().Match(t) is { Success: true } range)
        {
            return new Deadline(text, DeadlineKind.YearRange, range.Groups["from"].Value, range.Groups["to"].Value, null);
        }
        if (SingleYear().Match(t) is { Success: true } year)
        {
            return new Deadline(text, DeadlineKind.Year, year.Groups["y"].Value, year.Groups["y"].Value, null);
        }
        return new Deadline(text, DeadlineKind.Unknown, null, null, null);
    }

    private static Recurrence? Recurrence(string text) =>
        Annual().IsMatch(text) ? Model.Decrees.Recurrence.Annual
        : Semiannual().IsMatch(text) ? Model.Decrees.Recurrence.Semiannual
        : Quarterly().IsMatch(text) ? Model.Decrees.Recurrence.Quarterly
        : Monthly().IsMatch(text) ? Model.Decrees.Recurrence.Monthly
        : null;

    /// <summary>A quarter's number 1–4 from its Roman numeral, or null.</summary>
    private static int? Quarter(string numeral) =>
        RomanNumeral.TryParse(numeral, out var value) && value is >= 1 and <= 4 ? value : null;

    private const string Numeral = @"[IІVХX]{1,4}";

    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})\s*ж(?:ылғы|\.)\s*(?<q>" + Numeral + @")\s*тоқсан(?:ы|да)?|(?<q>" + Numeral + @")\s*квартал\s+(?<y>[0-9]{4})" + RussianYear + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex SingleQuarter();

    // "2019 жылғы І-ІІ тоқсан" and "2019 жылғы IV тоқсан – 2020 жылғы II тоқсан".
    [GeneratedRegex(@"^(?:(?<y1>[0-9]{4})\s*ж(?:ылғы|\.)\s*(?<q1>" + Numeral + @")\s*(?:тоқсан(?:нан)?\s*)?[-–—]\s*(?:(?<y2>[0-9]{4})\s*ж(?:ылғы|\.)\s*)?(?<q2>" + Numeral + @")\s*тоқсан(?:дар|ы|да|ға)?|(?<q1>" + Numeral + @")\s*[-–—]\s*(?<q2>" + Numeral + @")\s*кварталы?\s+(?<y1>[0-9]{4})" + RussianYear + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterSpan();

    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})\s*ж(?:ылғы|\.)\s*(?<q>" + Numeral + @")\s*тоқсаннан\s+бастап|(?:начиная\s+)?с\s+(?<q>" + Numeral + @")\s*квартала\s+(?<y>[0-9]{4})" + RussianYear + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterStart();

    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})\s*жылдан\s+бастап|(?:начиная\s+)?с\s+(?<y>[0-9]{4})" + RussianYear + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex YearStart();

    [GeneratedRegex(@"^(?<from>[0-9]{4})\s*[-–—]\s*(?<to>[0-9]{4})\s*(?:жылдар(?:ы|да)?|жж\.?|годы|годов|гг\.?)$", RegexOptions.IgnoreCase)]
    private static partial Regex YearRangeOnly();

    [GeneratedRegex(@"(?<from>[0-9]{4})\s*[-–—]\s*(?<to>[0-9]{4})")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"^(?<y>[0-9]{4})\s*(?:жыл(?:ы|да|ға)?|ж\.|год|года|г\.?)$", RegexOptions.IgnoreCase)]
    private static partial Regex SingleYear();

    // "года", "г." or nothing after a year in a Russian deadline.
    private const string RussianYear = @"\s*(?:года|г\.?)?";

    [GeneratedRegex(@"(?<!жарты\s)жыл\s+сайын|ежегодно", RegexOptions.IgnoreCase)]
    private static partial Regex Annual();

    [GeneratedRegex(@"жарты\s*жылда\s+бір\s+рет|жартыжылдық|жарты\s+жыл\s+сайын|ежеполугодно|(?:один\s+)?раз\s+в\s+(?:полугодие|полгода)", RegexOptions.IgnoreCase)]
    private static partial Regex Semiannual();

    [GeneratedRegex(@"тоқсан\s+сайын|ежеквартально", RegexOptions.IgnoreCase)]
    private static partial Regex Quarterly();

    [GeneratedRegex(@"ай\s+сайын|ежемесячно", RegexOptions.IgnoreCase)]
    private static partial Regex Monthly();

    [GeneratedRegex(@"^(?:үнемі|тұрақты(?:\s+негізде)?|ұдайы|постоянно|на\s+постоянной\s+основе)$", RegexOptions.IgnoreCase)]
    private static partial Regex Continuous();
}
