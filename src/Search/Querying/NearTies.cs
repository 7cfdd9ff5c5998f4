namespace DecreeParser.Search.Querying;

/// <summary>
/// Scores equal but for float rounding, ordered by key. Lucene sums a document's clause scores in an
/// order that follows its segment's statistics, so one document scores 17.036537 in one index and
/// 17.03654 in another holding the same decrees in other segments — and of two identical measures,
/// either may come first. Within a run of scores each within <see cref="Tolerance"/> of the next,
/// the order is by key, so an index built in one go, in several runs, or merged from shards ranks
/// alike. Scores that truly differ differ by far more: a rounding error is about 1e-7 of a score.
/// </summary>
public static class NearTies
{
    public const float Tolerance = 1e-5f;

    public static bool Near(float a, float b) => Math.Abs(a - b) <= Tolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>
    /// Items ranked best first by score, each run of near-equal scores reordered by key — each run that
    /// reaches into the places shown, [<paramref name="shownFrom"/>, <paramref name="shownTo"/>): the
    /// order of the others is never seen, and their keys are not read.
    /// </summary>
    public static List<T> ByKey<T, TKey>(IEnumerable<T> ranked, Func<T, float> score, Func<T, TKey> key, IComparer<TKey> comparer, int shownFrom = 0, int shownTo = int.MaxValue)
    {
        var ordered = new List<T>();
        foreach (var run in Runs([.. ranked], score))
        {
            var shown = ordered.Count < shownTo && ordered.Count + run.Count > shownFrom;
            if (run.Count == 1 || !shown) ordered.AddRange(run);
            else ordered.AddRange(run.Select(item => (Item: item, Key: key(item))).OrderBy(x => x.Key, comparer).Select(x => x.Item));
        }
        return ordered;
    }

    /// <summary>How many of the items ranked best first to keep so as to hold at least <paramref name="count"/> and never split a run.</summary>
    public static int Cut<T>(IReadOnlyList<T> ranked, int count, Func<T, float> score)
    {
        var end = Math.Min(count, ranked.Count);
        while (end > 0 && end < ranked.Count && Near(score(ranked[end - 1]), score(ranked[end]))) end++;
        return end;
    }

    private static IEnumerable<List<T>> Runs<T>(List<T> ranked, Func<T, float> score)
    {
        var run = new List<T>();
        foreach (var item in ranked)
        {
            if (run.Count > 0 && !Near(score(run[^1]), score(item)))
            {
                yield return run;
                run = [];
            }
            run.Add(item);
        }
        if (run.Count > 0) yield return run;
    }
}
