using System.Text.RegularExpressions;

namespace DecreeParser.Fetch;

/// <summary>
/// An adilet document id: the kind's letter (P resolution, V registered order, Z law, K code,
/// U decree of the President, G local act), two digits of the year, then the act's number in eight
/// characters: digits, the last one maybe "_" ("P1800000897", "K940001000_"); only a local act's
/// number has capital letters in it ("G26IS000381"), so a letter O typed for a zero in any other id
/// is caught before a request. Given as is, in lower case, or as an adilet address.
/// </summary>
public static partial class AdiletId
{
    /// <returns>The id, upper-cased; or null and why the text is not one.</returns>
    public static (string? Id, string? Problem) Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return (null, "an empty id");
        var fromAddress = AddressId().Match(trimmed);
        var candidate = (fromAddress.Success ? fromAddress.Groups["id"].Value : trimmed).ToUpperInvariant();
        if (Id().IsMatch(candidate)) return (candidate, null);
        return (null, candidate.Length > 0 && !"PVZKUG".Contains(candidate[0], StringComparison.Ordinal)
            ? $"\"{trimmed}\" is not an adilet id: ids start with P, V, Z, K, U or G (P1800000897)"
            : $"\"{trimmed}\" is not an adilet id: a letter, two digits of the year and eight of the number, all digits but a last \"_\" (P1800000897, K940001000_)");
    }

    [GeneratedRegex(@"^(?:[PVZKU]\d{9}[\d_]|G\d{2}[0-9A-Z]{7}[0-9A-Z_])$")]
    private static partial Regex Id();

    [GeneratedRegex(@"^https?://[^/]*adilet\.zan\.kz/(?:kaz|rus|eng)/docs/(?<id>[^/?#]+)", RegexOptions.IgnoreCase)]
    private static partial Regex AddressId();
}
