namespace DecreeParser.Ingest.Reading.Pdf;

/// <summary>Words on one baseline, left to right.</summary>
public sealed record TextLine(IReadOnlyList<PositionedWord> Words)
{
    public Box Box { get; } = Words.Skip(1).Aggregate(Words[0].Box, (box, word) => box.Union(word.Box));

    public string Text => string.Join(' ', Words.Select(word => word.Text));

    public bool Bold => Words.All(word => word.Bold);

    /// <summary>
    /// Groups words into lines: a word joins the line whose middle is within half a letter's height
    /// of its own (the taller of the two: a dash's box is tiny). Middles, not box edges: a bracket or
    /// a descender makes a box tall enough to touch the next line, and OCR boxes vary more than a
    /// text layer's.
    /// </summary>
    public static List<TextLine> Group(IEnumerable<PositionedWord> words)
    {
        var lines = new List<List<PositionedWord>>();
        foreach (var word in words.OrderByDescending(w => w.Box.CenterY).ThenBy(w => w.Box.Left))
        {
            var line = lines.FirstOrDefault(l => Math.Abs(l.Average(w => w.Box.CenterY) - word.Box.CenterY) < 0.5 * Math.Max(word.Box.Height, l.Max(w => w.Box.Height)));
            if (line is null) lines.Add([word]);
            else line.Add(word);
        }
        return lines.Select(l => new TextLine(l.OrderBy(w => w.Box.Left).ToList())).OrderByDescending(l => l.Box.Top).ToList();
    }

    /// <summary>
    /// The lines of one paragraph or cell as one text, joined by spaces, but without one where a
    /// word went on to the next line: after a hyphen before a letter ("ұйымдық-" / "штаттық",
    /// "(ПӘ-" / "мен"), and where a word too long for its cell was broken at the edge. Such a break
    /// puts on the line every letter that fits, so it is told by the room left before
    /// <paramref name="right"/>: less than the next line's first letter needs. A line of more than
    /// one word, or one ending in punctuation, ends at a space. Where a whole word filled the line
    /// just as tightly, the <paramref name="lexicon"/> of the document tells the two apart.
    /// </summary>
    public static string Join(IReadOnlyList<TextLine> lines, double right, DocumentLexicon lexicon)
    {
        var text = lines.Count > 0 ? lines[0].Text : "";
        for (var i = 1; i < lines.Count; i++)
        {
            var (previous, next) = (lines[i - 1], lines[i].Text);
            var full = previous.Words.Count == 1 && !char.IsPunctuation(text[^1]) && right - previous.Box.Right < lines[i].Words[0].FirstLetterWidth;
            var broken = full && (lexicon.AreOneWord(text, next) ?? true);
            text += broken || ContinuesHyphenated(text, next) ? next : " " + next;
        }
        return text;
    }

    private static bool ContinuesHyphenated(string text, string next) =>
        text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]) && next.Length > 0 && char.IsLetter(next[0]);
}
