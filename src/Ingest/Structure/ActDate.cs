using System.Globalization;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Reads an act's date written in words into ISO: Kazakh "2018 жылғы 27 желтоқсандағы" or Russian
/// "23 декабря 2016 года" — the month is known by the start of its name, whatever its ending.
/// </summary>
public static class ActDate
{
    private static readonly string[][] Months =
    [
        ["қаңтар", "январ"], ["ақпан", "феврал"], ["наурыз", "март"], ["сәуір", "апрел"], ["мамыр", "ма"], ["маусым", "июн"],
        ["шілде", "июл"], ["тамыз", "август"], ["қыркүйек", "сентябр"], ["қазан", "октябр"], ["қараша", "ноябр"], ["желтоқсан", "декабр"],
    ];

    public static string? ToIso(string year, string day, string monthWithEnding)
    {
        var month = Array.FindIndex(Months, names => names.Any(name => IsMonth(monthWithEnding, name))) + 1;
        if (month == 0) return null;
        var yearNumber = int.Parse(year, CultureInfo.InvariantCulture);
        var dayNumber = int.Parse(day, CultureInfo.InvariantCulture);
        // A year no calendar has ("0000", a misread) makes no date, as a day past the month's end does not.
        return yearNumber is >= 1 and <= 9999 && dayNumber >= 1 && dayNumber <= DateTime.DaysInMonth(yearNumber, month)
            ? new DateOnly(yearNumber, month, dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    // Russian "мая" / "май" start with "ма", as "марта" does: May must match the whole stem "ма" + я/й/е.
    private static bool IsMonth(string word, string stem) => stem == "ма"
        ? word.Equals("мая", StringComparison.OrdinalIgnoreCase) || word.Equals("май", StringComparison.OrdinalIgnoreCase)
        : word.StartsWith(stem, StringComparison.OrdinalIgnoreCase);
}
