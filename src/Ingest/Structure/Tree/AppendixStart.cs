using System.Text.RegularExpressions;

namespace DecreeParser.Ingest.Structure.Tree;

/// <summary>
/// The label over an appendix's first page: "… бұйрығына 1-қосымша", "Приложение 2 к приказу …",
/// "… қаулысымен бекітілген", "Утвержден постановлением …". Only a short paragraph that is such a
/// label: a point that mentions "1-қосымшаға сәйкес" is no appendix.
/// </summary>
public static partial class AppendixStart
{
    private const int MaxLabelLength = 300;

    /// <summary>
    /// True when the paragraph is an appendix's label; <paramref name="number"/> is its number and
    /// <paramref name="label"/> the words that number it ("1-қосымша", "Приложение 2") where it has one.
    /// </summary>
    public static bool Is(string paragraph, out string? number, out string? label)
    {
        var match = paragraph.Length <= MaxLabelLength ? Label().Match(paragraph) : Match.Empty;
        number = match.Groups["n"].Success ? match.Groups["n"].Value : null;
        label = match.Groups["label"].Success ? match.Groups["label"].Value : null;
        return match.Success;
    }

    [GeneratedRegex(@"(?<label>(?<n>[0-9]{1,2})\s*-\s*қосымша)\s*$|^(?<label>Приложение\s+(?:№\s*)?(?<n>[0-9]{1,2}))\b|^(?:Қосымша|Приложение)\s*$|^Приложение\s+к\s+(?:приказу|постановлению|указу|решению)|(?:бұйрығына|қаулысына|Жарлығына|шешіміне)\s+қосымша\s*$|(?:қаулысымен|бұйрығымен|Жарлығымен|шешімімен)\s+бекітілген\s*$|^Утвержден[аоы]?\s+(?:постановлением|приказом|указом|решением)", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
