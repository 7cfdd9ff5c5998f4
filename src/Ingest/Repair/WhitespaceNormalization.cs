using System.Text.RegularExpressions;
using DecreeParser.Model;

namespace DecreeParser.Ingest.Repair;

/// <summary>
/// One space between words, none just inside brackets ("( ПӘ-мен" → "(ПӘ-мен"), no invisible
/// characters (soft hyphens, zero-width spaces), no space at either end. Trimming the ends is not
/// logged: every reader leaves such spaces and nothing is lost with them.
/// </summary>
public sealed partial class WhitespaceNormalization : ITextRepair
{
    private static readonly System.Buffers.SearchValues<char> Suspicious =
        System.Buffers.SearchValues.Create("\t\r\n\u00A0\u2007\u202F\u00AD\u200B\u200C\u200D\u2060\uFEFF");

    public string Apply(string text, SourceLocation location, RepairLog log)
    {
        var trimmed = text.Trim();
        // Most text has single spaces only and no space inside brackets: nothing to mend.
        if (trimmed.AsSpan().IndexOfAny(Suspicious) < 0 && !trimmed.Contains("  ", StringComparison.Ordinal)
            && !trimmed.Contains("( ", StringComparison.Ordinal) && !trimmed.Contains(" )", StringComparison.Ordinal))
        {
            return trimmed;
        }
        var normalized = SpaceInsideBrackets().Replace(Spaces().Replace(Invisible().Replace(trimmed, ""), " "), "$1$2").Trim();
        if (normalized != trimmed) log.Record(RepairKinds.Whitespace, trimmed, normalized, location);
        return normalized;
    }

    [GeneratedRegex(@"[\u00AD\u200B\u200C\u200D\u2060\uFEFF]")]
    private static partial Regex Invisible();

    [GeneratedRegex(@"[\s\u00A0\u2007\u202F]{2,}|[\t\u00A0\u2007\u202F]")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(\() | (\))")]
    private static partial Regex SpaceInsideBrackets();
}
