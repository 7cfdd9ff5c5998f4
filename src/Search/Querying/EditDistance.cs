namespace DecreeParser.Search.Querying;

/// <summary>
/// Edits between two words — a letter put in, taken out, changed, or two neighbours swapped — as
/// Lucene's fuzzy matching counts them with transpositions (the optimal-string-alignment distance),
/// given up as soon as it must exceed a bound. Letters are UTF-16 units: the words compared are
/// Kazakh and Russian stems, all in the basic plane.
/// </summary>
public static class EditDistance
{
    /// <summary>The edits from <paramref name="a"/> to <paramref name="b"/>, or null when they are more than <paramref name="most"/>.</summary>
    public static int? Within(string a, string b, int most)
    {
        if (Math.Abs(a.Length - b.Length) > most) return null;
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
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) edits = Math.Min(edits, twoBack[j - 2] + 1);
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
