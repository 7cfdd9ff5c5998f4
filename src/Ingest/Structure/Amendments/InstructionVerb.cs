using System.Text.RegularExpressions;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Amendments;

/// <summary>
/// The verb that makes a line an amending instruction, and the action it names. Kazakh puts it last
/// ("… деген сөздермен ауыстырылсын"), Russian in the middle ("слова … заменить словами …"). A
/// renumbering is told before a replacement: "тиісінше "1." … болып белгіленсін" is no replacement.
/// </summary>
public static partial class InstructionVerb
{
    /// <summary>The action and where its verb stands in the line; null when the line gives no instruction.</summary>
    public static (string Action, Match Verb)? Find(string line)
    {
        foreach (var (action, pattern) in Verbs)
        {
            if (pattern.Match(line) is { Success: true } verb) return (action, verb);
        }
        return null;
    }

    /// <summary>The line that opens an amending act's instructions: "Внести в Закон … следующие изменения:", "… Заңына мынадай өзгерістер енгізілсін:".</summary>
    public static bool Leads(string line) => Lead().IsMatch(line);

    private static readonly (string Action, Regex Pattern)[] Verbs =
    [
        (AmendmentActions.Renumber, Renumber()),
        (AmendmentActions.Rewrite, Rewrite()),
        (AmendmentActions.Replace, Replace()),
        (AmendmentActions.Delete, Delete()),
        (AmendmentActions.Insert, Insert()),
    ];

    [GeneratedRegex(@"считать\s+соответственно|обозначить\s+соответственно|перенумеровать|болып\s+белгіленсін|деп\s+есептелсін|нөмірленсін", RegexOptions.IgnoreCase)]
    private static partial Regex Renumber();

    [GeneratedRegex(@"изложить\s+в\s+(?:следующей|новой)\s+редакции|(?:мынадай\s+)?редакцияда\s+жазылсын", RegexOptions.IgnoreCase)]
    private static partial Regex Rewrite();

    [GeneratedRegex(@"заменить|ауыстырылсын", RegexOptions.IgnoreCase)]
    private static partial Regex Replace();

    [GeneratedRegex(@"исключить|алып\s+тасталсын|алынып\s+тасталсын", RegexOptions.IgnoreCase)]
    private static partial Regex Delete();

    [GeneratedRegex(@"дополнить|толықтырылсын", RegexOptions.IgnoreCase)]
    private static partial Regex Insert();

    [GeneratedRegex(@"^Внести\s+в\s.*(?:изменени|дополнени)|(?:өзгеріс|өзгерістер|толықтыру|толықтырулар)\s+(?:мен\s+\S+\s+)?енгізілсін:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();
}
