using System.Text.RegularExpressions;

namespace DecreeParser.Ingest.Structure.Tree;

/// <summary>
/// A unit whose heading or text is only its repeal: "Алынып тасталды." / "Исключен(а)." /
/// "(Исключена - Законом РК …)" / "(Статья исключена Законом РК …)" / "(исключен от 21 июля 2007 г.
/// N 307)", the publisher's reference after it: kept, marked repealed.
/// </summary>
public static partial class RepealedWording
{
    public static bool Is(string? text) => text is not null && Wording().IsMatch(text);

    [GeneratedRegex(@"^\(?\s*(?:(?:Статья|Глава|Пункт|Подпункт|Раздел|Параграф|Приложение)(?:\s+[0-9][0-9-]*)?\s+)?(?:алынып\s+тасталды|алып\s+тасталды|исключен[аоы]?)(?:[\s.;)]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Wording();
}
