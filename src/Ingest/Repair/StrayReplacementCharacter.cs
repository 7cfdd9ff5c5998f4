using System.Text.RegularExpressions;
using DecreeParser.Model;

namespace DecreeParser.Ingest.Repair;

/// <summary>
/// Drops the U+FFFD a stray byte left in the text (the reader records the byte itself as an
/// `invalidByte` repair). Stray bytes are insertions: the reader keeps the letters around them, so
/// without its U+FFFD "5.\uFFFD1" reads as the measure number "5.1" again and "тал\uFFFDап" as
/// "талап". Each drop is logged with the word it stood in.
/// </summary>
public sealed partial class StrayReplacementCharacter : ITextRepair
{
    public string Apply(string text, SourceLocation location, RepairLog log) =>
        text.Contains('\uFFFD', StringComparison.Ordinal) ? Dropped(text, location, log) : text;

    // Apart from Apply: the lambda's captured location and log would be an object made on every call, the quick ones too.
    private static string Dropped(string text, SourceLocation location, RepairLog log) => StrayInWord().Replace(text, match =>
    {
        var word = match.Value.Replace("\uFFFD", "", StringComparison.Ordinal);
        log.Record(RepairKinds.ReplacementCharacter, match.Value, word, location);
        return word;
    });

    // The U+FFFD with the word around it (or alone, between spaces).
    [GeneratedRegex(@"[^\s\uFFFD]*\uFFFD+[^\s\uFFFD]*(?:\uFFFD+[^\s\uFFFD]*)*")]
    private static partial Regex StrayInWord();
}
