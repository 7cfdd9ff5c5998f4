namespace DecreeParser.Model.Text;

/// <summary>
/// Edits between two texts — a letter put in, taken out or changed, and, where asked, two
/// neighbours swapped (the optimal-string-alignment distance, as Lucene's fuzzy matching counts
/// with transpositions) — found row by row and given up as soon as they must exceed a bound.
/// Letters are UTF-16 units: the texts compared are Kazakh and Russian, all in the basic plane.
/// </summary>
public static class EditDistance
{
    /// <summary>The Levenshtein distance: insertions, deletions and changes, no swaps (<see cref="TextSimilarity"/>).</summary>
    public static int Between(string a, string b) => Table(a, b, transpositions: false, int.MaxValue)!.Value;

    /// <summary>The edits from <paramref name="a"/> to <paramref name="b"/>, a swap of neighbours one edit, or null when they are more than <paramref name="most"/>.</summary>
    public static int? Within(string a, string b, int most) => Math.Abs(a.Length - b.Length) > most ? null : Table(a, b, transpositions: true, most);

    private static int? Table(string a, string b, bool transpositions, int most)
    {
        // Three rows of the table: a swap looks two rows back.
        var (twoBack, previous, current) = (new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1]);
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var least = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var edits = Math.Min(Math.Min(previous[j], current[j - 1]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (transpositions && i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) edits = Math.Min(edits, twoBack[j - 2] + 1);
                current[j] = edits;
                least = Math.Min(least, edits);
            }
            // Every cell of a row past the bound: no later row comes back under it.
            if (least > most) return null;
            (twoBack, previous, current) = (previous, current, twoBack);
        }
        return previous[b.Length] <= most ? previous[b.Length] : null;
    }
}
