using System.Text.RegularExpressions;

namespace DecreeParser.Ingest.Reading;

/// <summary>
/// How often each word occurs in the document, case folded. It settles what layout cannot: whether
/// a line that ends a hair short of a narrow cell's edge ended a word ("ЖӘНЕ", which the decree uses
/// many times) or broke one ("ОҢТА" of "ОҢТАЙЛАНДЫРУ", which it uses once, broken), in a PDF's
/// tables; and whether a glossary entry broken at a hyphen broke a word (<see cref="Structure.GlossaryParser"/>).
/// </summary>
public sealed partial class DocumentLexicon
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <param name="texts">The document's texts: its words, lines or paragraphs.</param>
    public DocumentLexicon(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            foreach (Match letters in Letters().Matches(text)) _counts[letters.Value.ToLowerInvariant()] = Count(letters.Value) + 1;
        }
    }

    public static DocumentLexicon Empty { get; } = new([]);

    /// <summary>
    /// Whether two pieces on consecutive lines are one word, if the document can tell: the joined
    /// word occurs in it, or the second piece is only inflectional endings ("ІСТЕУ" / "ДІҢ"): yes;
    /// the first piece occurs elsewhere as a word of its own ("ЖӘНЕ" / "ДАЯРЛ"): no.
    /// </summary>
    public bool? AreOneWord(string head, string tail)
    {
        var (end, start) = (TrailingLetters(head), LeadingLetters(tail));
        if (end.Length == 0 || start.Length == 0) return null;
        if (Count(end + start) > 0 || Model.Text.KazakhSuffixes.IsEndingChain(start)) return true;
        if (Count(end) > 1) return false;
        return null;
    }

    private int Count(string word) => _counts.GetValueOrDefault(word.ToLowerInvariant());

    private static string TrailingLetters(string text) => TrailingLetterRun().Match(text).Value;

    private static string LeadingLetters(string text) => LeadingLetterRun().Match(text).Value;

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();

    [GeneratedRegex(@"\p{L}+$")]
    private static partial Regex TrailingLetterRun();

    [GeneratedRegex(@"^\p{L}+")]
    private static partial Regex LeadingLetterRun();
}
