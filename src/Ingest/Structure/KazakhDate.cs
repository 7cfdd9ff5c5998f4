using System.Globalization;
using System.Text.RegularExpressions;

namespace DecreeParser.Ingest.Structure;

/// <summary>Reads a Kazakh date, "2018 жылғы 27 желтоқсандағы", into ISO "2018-12-27".</summary>
public static partial class KazakhDate
{
    private static readonly string[] Months =
        ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];

    public static string? ToIso(string year, string day, string monthWithEnding)
    {
        var month = Array.FindIndex(Months, name => monthWithEnding.StartsWith(name, StringComparison.OrdinalIgnoreCase)) + 1;
        if (month == 0) return null;
        var date = new DateOnly(int.Parse(year, CultureInfo.InvariantCulture), month, 1);
        var dayNumber = int.Parse(day, CultureInfo.InvariantCulture);
        return dayNumber <= DateTime.DaysInMonth(date.Year, month)
            ? date.AddDays(dayNumber - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }
}
