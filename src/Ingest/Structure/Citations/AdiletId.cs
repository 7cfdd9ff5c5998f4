using System.Globalization;
using System.Text.RegularExpressions;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Citations;

/// <summary>
/// The adilet id of a cited act where the reference holds what it is made of: a letter for the kind
/// of act, the year's two digits and an eight-digit number. A Government resolution is P + its
/// number (No. 646 of 2017: P1700000646), a President's decree U + its number; a ministry's order is
/// V + its state registration number, which the reference gives after it ("тізілімінде № 13301 болып
/// тіркелген", "зарегистрирован в Реестре … под № 13301"), with the order's year (an order is
/// registered within weeks; one signed in late December and registered in January would be off by
/// a year). Laws are numbered otherwise (Z…): no id is guessed for them.
/// </summary>
public static partial class AdiletId
{
    private const int RegistrationSearchLength = 300;

    public static string? Of(string kind, string? issuer, string? date, string? number, string textAfter)
    {
        if (date is null) return null;
        var year = date[2..4];
        var plain = number is not null && number.All(char.IsAsciiDigit) ? int.Parse(number, CultureInfo.InvariantCulture) : (int?)null;
        if (kind == CitationKinds.Resolution && plain is { } resolution && issuer is not null && Government().IsMatch(issuer)) return $"P{year}{resolution:D8}";
        if (kind == CitationKinds.Decree && plain is { } decree && (issuer is null || President().IsMatch(issuer))) return $"U{year}{decree:D8}";
        if (kind == CitationKinds.Order && Registration().Match(textAfter[..Math.Min(textAfter.Length, RegistrationSearchLength)]) is { Success: true } registered)
        {
            return $"V{year}{int.Parse(registered.Groups["reg"].Value, CultureInfo.InvariantCulture):D8}";
        }
        return null;
    }

    [GeneratedRegex(@"Үкімет|Правительств")]
    private static partial Regex Government();

    [GeneratedRegex(@"Президент")]
    private static partial Regex President();

    [GeneratedRegex(@"^[^.;]*?(?:тізілімінде|Реестре[^№]{0,120})\s*(?:за\s+|под\s+)?№\s*(?<reg>[0-9]{3,8})")]
    private static partial Regex Registration();
}
