using System.Text.RegularExpressions;

namespace DecreeParser.Fetch;

/// <summary>
/// An adilet document id: the kind's letter (P resolution, V registered order, Z law, K code,
/// U decree of the President, G local act), two digits of the year, then eight characters of the
/// act's number ("P1800000897", "K940001000_", "G26IS000381"). Given as is, in lower case, or as
/// an adilet address.
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
            ? $"\"{text}\" is not an adilet id: ids start with P, V, Z, K, U or G (P1800000897)"
            : $"\"{text}\" is not an adilet id: a letter, two digits of the year and eight characters (P1800000897, K940001000_)");
    }

    [GeneratedRegex(@"^[PVZKUG]\d{2}[0-9A-Z_]{8}$")]
    private static partial Regex Id();

    [GeneratedRegex(@"^https?://[^/]*adilet\.zan\.kz/(?:kaz|rus|eng)/docs/(?<id>[^/?#]+)", RegexOptions.IgnoreCase)]
    private static partial Regex AddressId();
}
