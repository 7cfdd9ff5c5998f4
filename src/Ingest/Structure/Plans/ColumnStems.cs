using System.Globalization;
using System.Text.RegularExpressions;

namespace DecreeParser.Ingest.Structure.Plans;

/// <summary>
/// Reads a column's role from its header by word stems in Kazakh and Russian, never by position:
/// ministries word the header differently ("Іс-шараның атауы" / "Іс-шаралар" / "Наименование
/// мероприятия") and order the columns as they like. A header that is a year ("2019 жыл",
/// "2020 год") is a year column: money in a plan, a value in a targets table.
/// </summary>
public static partial class ColumnStems
{
    // Checked in this order, first match wins: "Орындау мерзімі" is a deadline before "орында" could
    // make it a responsible column; "Ақпарат көзі" is an information source before "көзі" makes it a
    // financing source; "Объем финансирования" is an amount before "финансир" makes it a source;
    // "Нысаналы индикатор" is a title before "нысан" makes it a completion form; "Қаржыландыру
    // көзі және болжанатын шығыстар" is a source column that holds the amounts too.
    private static readonly (ColumnRole Role, string[] Stems)[] Stems =
    [
        (ColumnRole.Number, ["р/с", "р/н", "п/п", "реттік"]),
        (ColumnRole.BudgetProgramme, ["бағдарламаның код", "бюджеттік бағдарлама", "бюджетной программ", "код бюджет", "бюджет бағдарлама"]),
        (ColumnRole.Deadline, ["мерзім", "срок"]),
        (ColumnRole.InformationSource, ["ақпарат көз", "ақпараттың көз", "деректер көз", "источник информац", "источник данных", "источники информац"]),
        (ColumnRole.Responsible, ["жауапты", "ответствен", "исполнител", "орындаушы"]),
        (ColumnRole.FinancingAmount, ["объем финансир", "қаржыландыру көлем"]),
        (ColumnRole.FinancingSource, ["қаржыландыру көз", "көзі", "источник", "қаржыланд", "финансир"]),
        (ColumnRole.FinancingAmount, ["шығыс", "расход", "сомасы", "сумма", "млн", "объем", "көлем"]),
        (ColumnRole.Unit, ["өлшем бірліг", "өлшем", "единица измерен", "ед. изм", "ед.изм"]),
        (ColumnRole.Title, ["индикатор", "көрсеткіш", "показател"]),
        (ColumnRole.CompletionForm, ["аяқтал", "аяқтау", "нысан", "форма заверш", "форма"]),
        (ColumnRole.Title, ["іс-шара", "атау", "мероприят", "наименован"]),
    ];

    /// <summary>The role a header names, or null when it names none of them.</summary>
    public static ColumnRole? Role(string header)
    {
        var text = header.ToLowerInvariant();
        foreach (var (role, stems) in Stems)
        {
            if (stems.Any(stem => text.Contains(stem, StringComparison.Ordinal))) return role;
        }
        return NumberSign().IsMatch(text) ? ColumnRole.Number : null;
    }

    /// <summary>The year a header names when that is all it names: "2019 жыл", "2020 год", "2021", "2018 жыл (факт)".</summary>
    public static int? Year(string header)
    {
        var match = YearHeader().Match(header);
        return match.Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Whether a header speaks of money, so that the years under it are amounts.</summary>
    public static bool IsMoney(string header) => Money().IsMatch(header);

    /// <summary>
    /// What a money header's numbers are in, as a factor to million tenge: "мың теңге" / "тыс. тенге"
    /// 0.001, "млрд" 1000, anything else (the usual "млн теңге") 1.
    /// </summary>
    public static decimal MillionsPerUnit(string header) =>
        Thousands().IsMatch(header) ? 0.001m : Billions().IsMatch(header) ? 1000m : 1m;

    [GeneratedRegex(@"^\s*(?<year>(?:19|20)[0-9]{2})\s*(?:жыл(?:ы|ға)?|ж\.?|год(?:а|у)?|г\.?)?\s*(?:\([^)]*\))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex YearHeader();

    [GeneratedRegex(@"^\s*(?:№|n)\s*(?:р/с|п/п)?\s*$")]
    private static partial Regex NumberSign();

    [GeneratedRegex(@"шығыс|расход|млн|млрд|мың\s*теңге|тыс\.?\s*тенге|теңге|тенге|сомасы|сумма|қаржыланд|финансир|объем|көлем", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"мың\s*теңге|тыс\.?\s*тенге|тыс\.?\s*тг", RegexOptions.IgnoreCase)]
    private static partial Regex Thousands();

    [GeneratedRegex(@"млрд", RegexOptions.IgnoreCase)]
    private static partial Regex Billions();
}
