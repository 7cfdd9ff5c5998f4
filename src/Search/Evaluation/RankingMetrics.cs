namespace DecreeParser.Search.Evaluation;

/// <summary>
/// The measures of a ranking against relevance judgements, at a cut-off of k results: recall@k
/// (relevant found in the first k, out of all relevant, or of k when there are more), reciprocal
/// rank (1 / rank of the first relevant hit) and nDCG@k (binary gains, log2 discount); and of the
/// whole match set, the share of it that is relevant — what the facet counts beside the results
/// describe, so what a researcher reads as findings.
/// </summary>
public static class RankingMetrics
{
    public const int Cutoff = 10;

    public static double Recall(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant, int k = Cutoff) =>
        (double)ranked.Take(k).Count(relevant.Contains) / Math.Min(k, relevant.Count);

    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            if (relevant.Contains(ranked[i])) return 1.0 / (i + 1);
        }
        return 0;
    }

    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant, int k = Cutoff)
    {
        var gain = ranked.Take(k).Select((id, i) => relevant.Contains(id) ? Discount(i) : 0).Sum();
        var ideal = Enumerable.Range(0, Math.Min(k, relevant.Count)).Sum(Discount);
        return gain / ideal;
    }

    /// <summary>The share of every match that is relevant; 0 when nothing matched.</summary>
    public static double MatchPrecision(IReadOnlyList<string> matched, IReadOnlySet<string> relevant) =>
        matched.Count == 0 ? 0 : (double)matched.Count(relevant.Contains) / matched.Count;

    private static double Discount(int index) => 1 / Math.Log2(index + 2);
}
