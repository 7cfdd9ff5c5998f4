using System.Text.RegularExpressions;
using DecreeParser.Model;
using DecreeParser.Model.Text;

namespace DecreeParser.Ingest.Repair;

/// <summary>
/// Makes Latin look-alike letters inside Cyrillic words Cyrillic ("ЖАҚСARTY" → "ЖАҚСАРТУ",
/// "бiлiм" → "білім"), word by word, with the table search folds with too.
/// </summary>
public sealed partial class LookalikeLetterRepair : ITextRepair
{
    public string Apply(string text, SourceLocation location, RepairLog log) =>
        // Most Kazakh text has no Latin letter at all: nothing to look at.
        text.AsSpan().IndexOfAnyInRange('A', 'Z') < 0 && text.AsSpan().IndexOfAnyInRange('a', 'z') < 0 ? text : Folded(text, location, log);

    // Apart from Apply: the lambda's captured location and log would be an object made on every call, the quick ones too.
    private static string Folded(string text, SourceLocation location, RepairLog log) => Word().Replace(text, match =>
    {
        var folded = LookalikeLetters.FoldWord(match.Value);
        if (folded != match.Value) log.Record(RepairKinds.LookalikeLetters, match.Value, folded, location);
        return folded;
    });

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
