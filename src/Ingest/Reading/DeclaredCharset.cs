using System.Text;
using System.Text.RegularExpressions;

namespace DecreeParser.Ingest.Reading;

/// <summary>
/// The charset a file declares of itself in its first kilobyte, as a browser's prescan finds it: an
/// HTML &lt;meta charset="…"&gt;, a &lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;, or an
/// XML declaration's encoding="…". A declaration wins over guessing from the bytes.
/// </summary>
public static partial class DeclaredCharset
{
    private const int PrescanBytes = 1024;

    /// <summary>The declared charset, named as .NET and we name it ("utf-8", "windows-1251", "kz-1048"), or null.</summary>
    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = Meta().Match(head) is { Success: true } meta ? meta : XmlDeclaration().Match(head);
        return match.Success ? Normalize(match.Groups["charset"].Value) : null;
    }

    private static string Normalize(string charset) => charset.Trim().ToLowerInvariant() switch
    {
        "utf8" or "utf-8" => "utf-8",
        "cp1251" or "windows-1251" or "x-cp1251" => "windows-1251",
        "kz-1048" or "kz1048" or "strk1048-2002" or "rk1048" => "kz-1048",
        var other => other,
    };

    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?(?<charset>[\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Meta();

    [GeneratedRegex(@"^\s*<\?xml\b[^>]*?\bencoding\s*=\s*[""'](?<charset>[\w.:-]+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex XmlDeclaration();
}
