using DecreeParser.Model;
using DecreeParser.Model.Text;

namespace DecreeParser.Ingest.Repair;

/// <summary>
/// Rejoins words typed or scanned with a space between letters ("т а л а п" → "талап", "Р Б" → "РБ"),
/// by <see cref="SpacedLetters"/>, logging each run, and the look-alike letters folded in a joined
/// word as such, so the result does not depend on whether the look-alike repair ran before or after.
/// Two spaces mark a real word gap, so this runs before whitespace is collapsed.
/// </summary>
public sealed class LetterSpacing : ITextRepair
{
    public string Apply(string text, SourceLocation location, RepairLog log)
    {
        var (joined, runs) = SpacedLetters.Join(text);
        foreach (var run in runs)
        {
            log.Record(RepairKinds.LetterSpacing, run.Written, run.Joined, location);
            if (run.Folded != run.Joined) log.Record(RepairKinds.LookalikeLetters, run.Joined, run.Folded, location);
        }
        return joined;
    }
}
