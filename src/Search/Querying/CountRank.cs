namespace DecreeParser.Search.Querying;

/// <summary>
/// A facet's counted values in the order a result shows them: most frequent first, then in value
/// (ordinal) order. Ranked by a counting sort, in linear time, where the counts are low beside the
/// number of values (a decree facet: ten thousand values at a million measures, each counted at most
/// some hundred times; sorting them was 5 % of a search); sorted where a few values have large counts.
/// </summary>
public static class CountRank
{
    /// <summary>The ordinals counted more than 0, by count (highest first), then by ordinal.</summary>
    public static int[] Ordinals(int[] counts)
    {
        var (found, highest) = (0, 0);
        foreach (var count in counts)
        {
            if (count <= 0) continue;
            found++;
            highest = Math.Max(highest, count);
        }
        var ranked = new int[found];
        if (found == 0) return ranked;
        if (highest > 4 * found + 1024) return SortedByKey(counts, ranked);
        // Where each count's ordinals start: after every higher count's; ordinals taken in order keep their order within a count.
        var start = new int[highest + 2];
        foreach (var count in counts)
        {
            if (count > 0) start[highest - count + 1]++;
        }
        for (var i = 1; i < start.Length; i++) start[i] += start[i - 1];
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0) ranked[start[highest - counts[ord]]++] = ord;
        }
        return ranked;
    }

    /// <summary>Few values with large counts: each as one number, the count's complement above the ordinal, sorted as numbers.</summary>
    private static int[] SortedByKey(int[] counts, int[] ranked)
    {
        var keys = new long[ranked.Length];
        var next = 0;
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0) keys[next++] = ((long)(int.MaxValue - counts[ord]) << 32) | (uint)ord;
        }
        Array.Sort(keys);
        for (var i = 0; i < keys.Length; i++) ranked[i] = (int)keys[i];
        return ranked;
    }
}
