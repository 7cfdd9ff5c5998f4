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
    /// <param name="hyphenBreaks">
    /// Lines ending in a hyphen and the lines after them. A word a typesetter broke at two different
    /// places ("Методо-" / "логическое", "Методологиче-" / "ское") is a word even if the document
    /// never shows it whole: a compound splits at its own hyphen only.
    /// </param>
    public DocumentLexicon(IEnumerable<string> texts, IEnumerable<(string Line, string Next)>? hyphenBreaks = null)
    {
        foreach (var text in texts)
        {
            // Every word of a PDF comes through here, most of them one run of letters: no Match object, no copy of such a word.
            foreach (var letters in Letters().EnumerateMatches(text))
            {
                var word = letters.Length == text.Length ? text : text.Substring(letters.Index, letters.Length);
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, Key(word), out _)++;
            }
        }
        var brokenWords = (hyphenBreaks ?? [])
            .Select(pair => (Head: TrailingLetters(pair.Line.TrimEnd('-')), Tail: LeadingLetters(pair.Next)))
            .Where(pair => pair.Head.Length > 0 && pair.Tail.Length > 0)
            .GroupBy(pair => Key(pair.Head + pair.Tail))
            .Where(word => word.Select(pair => pair.Head.Length).Distinct().Count() >= 2);
        foreach (var word in brokenWords) _counts[word.Key] = _counts.GetValueOrDefault(word.Key) + 1;
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

    /// <summary>
    /// Whether a word broken at a hyphen on a line's end ("экономика-" / "лық") is one word without
    /// it: only where the document has the word whole elsewhere, or broken at another place. A compound split at its own hyphen
    /// ("азаматтық-" / "құқықтық", "ҚР-" / "ның") keeps it, and so does a word the document uses
    /// just once, broken: the document cannot tell which it was, and a hyphen kept loses no letter.
    /// </summary>
    public bool JoinsWithoutHyphen(string head, string tail) => Count(TrailingLetters(head) + LeadingLetters(tail)) > 0;

    private int Count(string word) => _counts.GetValueOrDefault(Key(word));

    /// <summary>Words are counted case folded and with Latin look-alikes made Cyrillic ("бiлiм" is "білім").</summary>
    private static string Key(string word) => Model.Text.LookalikeLetters.FoldWord(word.ToLowerInvariant());

    private static string TrailingLetters(string text) => TrailingLetterRun().Match(text).Value;

    private static string LeadingLetters(string text) => LeadingLetterRun().Match(text).Value;

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();

    [GeneratedRegex(@"\p{L}+$")]
    private static partial Regex TrailingLetterRun();

    [GeneratedRegex(@"^\p{L}+")]
    private static partial Regex LeadingLetterRun();
}
