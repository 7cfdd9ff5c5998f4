namespace DecreeParser.Ingest.Reading.Pdf;

/// <summary>Words on one baseline, left to right.</summary>
public sealed record TextLine(IReadOnlyList<PositionedWord> Words)
{
    public Box Box { get; } = Words.Skip(1).Aggregate(Words[0].Box, (box, word) => box.Union(word.Box));

    public string Text => string.Join(' ', Words.Select(word => word.Text));

    public bool Bold => Words.All(word => word.Bold);

    /// <summary>The largest font size of its words; 0 where unknown (OCR).</summary>
    public double FontSize => Words.Max(word => word.FontSize);

    /// <summary>
    /// Groups words into lines: a word joins the line whose middle is within half a letter's height
    /// of its own (the taller of the two: a dash's box is tiny; see <see cref="GatheredLine.Takes"/>). Middles,
    /// not box edges: a bracket or a descender makes a box tall enough to touch the next line, and
    /// OCR boxes vary more than a text layer's.
    /// </summary>
    public static List<TextLine> Group(IEnumerable<PositionedWord> words)
    {
        var lines = new List<GatheredLine>();
        foreach (var word in words.OrderByDescending(w => w.Box.CenterY).ThenBy(w => w.Box.Left))
        {
            if (FirstTaking(lines, word) is { } line) line.Add(word);
            else lines.Add(new GatheredLine(word));
        }
        return WithCellsBesideJoined(lines.Select(l => new TextLine(l.Words.OrderBy(w => w.Box.Left).ToList())).OrderByDescending(l => l.Box.Top).ToList());
    }

    /// <summary>The first line gathered so far that the word stands on, or null: the first, as lines are made top down.</summary>
    private static GatheredLine? FirstTaking(List<GatheredLine> lines, PositionedWord word)
    {
        foreach (var line in lines)
        {
            if (line.Takes(word)) return line;
        }
        return null;
    }

    /// <summary>
    /// A line standing wholly right of the lines just above and below it, between their middles, is
    /// a cell set beside them, centred in its height: the name beside a position of two lines
    /// ("Қазақстан Республикасының" / "Қаржы министрі", "Б. Сұлтанов" between). It joins the lower
    /// line, as a name set at the position's foot would stand.
    /// </summary>
    private static List<TextLine> WithCellsBesideJoined(List<TextLine> lines)
    {
        for (var i = 1; i + 1 < lines.Count; i++)
        {
            var (above, beside, below) = (lines[i - 1].Box, lines[i].Box, lines[i + 1].Box);
            var between = beside.CenterY < above.CenterY && beside.CenterY > below.CenterY && above.CenterY - below.CenterY < 3 * beside.Height;
            if (!between || beside.Left <= Math.Max(above.Right, below.Right)) continue;
            lines[i + 1] = new TextLine([.. lines[i + 1].Words, .. lines[i].Words]);
            lines.RemoveAt(i);
        }
        return lines;
    }

    /// <summary>
    /// The lines of one paragraph or cell as one text, joined by spaces, but without one where a
    /// word went on to the next line. After a hyphen before a letter the word goes on: without the
    /// hyphen where the <paramref name="lexicon"/> of the document says it is one word (typesetting
    /// broke "экономика-" / "лық"), with it where not ("ұйымдық-" / "штаттық", "(ПӘ-" / "мен").
    /// A word too long for its cell is broken at the edge without a hyphen: such a break puts on the
    /// line every letter that fits, so it is told by the room left before <paramref name="right"/>:
    /// less than the next line's first letter needs. A line of more than one word, or one ending in
    /// punctuation, ends at a space. Where a whole word filled the line just as tightly, the lexicon
    /// tells the two apart.
    /// </summary>
    public static string Join(IReadOnlyList<TextLine> lines, double right, DocumentLexicon lexicon)
    {
        var text = lines.Count > 0 ? lines[0].Text : "";
        for (var i = 1; i < lines.Count; i++)
        {
            var (previous, next) = (lines[i - 1], lines[i].Text);
            if (BreaksWordAtHyphen(text, next))
            {
                text = lexicon.JoinsWithoutHyphen(text[..^1], next) ? text[..^1] + next : text + next;
                continue;
            }
            var full = previous.Words.Count == 1 && !char.IsPunctuation(text[^1]) && right - previous.Box.Right < lines[i].Words[0].FirstLetterWidth;
            var broken = full && (lexicon.AreOneWord(text, next) ?? true);
            text += broken ? next : " " + next;
        }
        return text;
    }

    /// <summary>
    /// Whether a line ending in a hyphen after a letter or digit goes on with a letter: a word broken
    /// (or a compound split: "100-" / "кратного") at the line's end.
    /// </summary>
    public static bool BreaksWordAtHyphen(string text, string next) =>
        text.Length >= 2 && text[^1] == '-' && char.IsLetterOrDigit(text[^2]) && next.Length > 0 && char.IsLetter(next[0]);
}
