namespace DecreeParser.Ingest.Reading.Pdf;

/// <summary>
/// A line being gathered, with what <see cref="Takes"/> asks of it kept as words come: asked of
/// every line for every word of a page, it must not go over the line's words each time.
/// </summary>
internal sealed class GatheredLine
{
    // A box lower than this share of a letter's height is a rule or a dash, not a letter.
    private const double ThinShare = 0.25;

    private double _tallest;
    private double _middles;
    private double _lowest;

    public GatheredLine(PositionedWord first)
    {
        (_tallest, _lowest) = (first.Box.Height, first.Box.Bottom);
        Add(first);
    }

    public List<PositionedWord> Words { get; } = [];

    public void Add(PositionedWord word)
    {
        Words.Add(word);
        (_tallest, _middles, _lowest) = (Math.Max(_tallest, word.Box.Height), _middles + word.Box.CenterY, Math.Min(_lowest, word.Box.Bottom));
    }

    /// <summary>
    /// Whether the word stands on the line: its middle within half a letter's height of the line's;
    /// or, for a box far lower than a letter (a signature's rule of underscores, a dash), its foot
    /// on the line's foot, where its middle sits below the letters' middles.
    /// </summary>
    public bool Takes(PositionedWord word)
    {
        var height = Math.Max(word.Box.Height, _tallest);
        if (Math.Abs(_middles / Words.Count - word.Box.CenterY) < 0.5 * height) return true;
        return word.Box.Height < ThinShare * height && Math.Abs(word.Box.Bottom - _lowest) < ThinShare * height;
    }
}
