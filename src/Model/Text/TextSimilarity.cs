namespace DecreeParser.Model.Text;

/// <summary>How alike two texts are: 1 minus their edit distance over the longer one's length.</summary>
public static class TextSimilarity
{
    /// <summary>
    /// Whether <see cref="Ratio"/> is at least <paramref name="least"/>. Each letter of one text that
    /// the other lacks takes an edit, so a pair with too many of them is answered without the
    /// quadratic distance: most pairs a repair compares share few letters.
    /// </summary>
    public static bool IsAtLeast(string a, string b, double least)
    {
        var longer = Math.Max(a.Length, b.Length);
        var lacking = 0;
        foreach (var c in a)
        {
            // The distance is at least what is lacking: the ratio is at most the same sum with it.
            if (!b.Contains(c, StringComparison.Ordinal) && 1 - ((double)++lacking / longer) < least) return false;
        }
        return Ratio(a, b) >= least;
    }

    public static double Ratio(string a, string b) =>
        a.Length == 0 && b.Length == 0 ? 1 : 1 - ((double)EditDistance.Between(a, b) / Math.Max(a.Length, b.Length));
}
