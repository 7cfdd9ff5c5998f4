namespace DecreeParser.Model.Text;

/// <summary>How alike two texts are: 1 minus their edit distance over the longer one's length.</summary>
public static class TextSimilarity
{
    public static double Ratio(string a, string b)
    {
        if (a.Length == 0 && b.Length == 0) return 1;
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return 1 - ((double)previous[b.Length] / Math.Max(a.Length, b.Length));
    }
}
