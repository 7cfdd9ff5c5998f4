using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace DecreeParser.Search.Querying;

/// <summary>
/// The matching pass without scoring every match: every match is found as bits (<see cref="QueryBits"/>)
/// and counted in the total and the facets, but only the candidates of a plan are scored — the matches
/// holding a rare term (<see cref="RareTermsFirst"/>), or the matches of the most words in an any-word
/// search (<see cref="MostWordsFirst"/>) — when the best n of them all score above what any match left
/// out can (<see cref="ScoreBound"/>). Scores are the query's own, by Lucene's scorer skipping to each
/// candidate. Otherwise, or for queries of other shapes, null: the caller scores every match.
/// </summary>
public static class CandidatesFirst
{
    // Lucene adds up scores in float: a bound raised by a thousandth is above any rounding of it.
    private const double Margin = 1.001;

    // How many postings for each document chosen a query's terms must hold for a plan to be tried: at 100 000
    // measures "лимит долга", any word, spent 0.4 ms on a plan that could not hold, and scored its matches in 0.1.
    private const int FewMatchesPerChosen = 16;

    /// <summary>The best n by the query's score, the total and the facets, as <see cref="SegmentSearch.Run"/> gives them; null where no plan applies or holds.</summary>
    public static (TopDocs Top, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets)? Run(
        IndexSearcher searcher, Query match, int n, FacetCache cache, int[] keyRanks, TermBits bits, TermStates states)
    {
        if (!QueryBits.CanRead(match) || searcher.Similarity is not BM25Similarity bm25) return null;
        var terms = new HashSet<Term>();
        match.ExtractTerms(terms);
        // A plan pays where the matches far outnumber the window: reading every match as bits costs more than scoring a few.
        if (terms.Sum(t => (long)states.DocFreq(t)) < (long)n * FewMatchesPerChosen) return null;
        var maxDoc = searcher.IndexReader.MaxDoc;
        var plan = RareTermsFirst.Plan(match, bits, states, maxDoc, bm25) ?? MostWordsFirst.Plan(match, bits, states, maxDoc, bm25);
        return plan is null ? null : Run(searcher, match, plan, n, cache, keyRanks);
    }

    /// <summary>The pass by one plan.</summary>
    internal static (TopDocs Top, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets)? Run(
        IndexSearcher searcher, Query match, CandidatePlan plan, int n, FacetCache cache, int[] keyRanks)
    {
        var reader = searcher.IndexReader;
        var runs = SegmentSearch.Runs(reader.Leaves, Environment.ProcessorCount);
        var levels = new FixedBitSet[reader.Leaves.Count][];
        Parallel.For(0, runs.Count, run =>
        {
            foreach (var segment in runs[run]) levels[segment.Ord] = plan.Levels(segment);
        });
        var weight = searcher.CreateNormalizedWeight(match);
        // The narrowest set with n candidates first (or with none left out); a wider one when its best do not clear the bound.
        for (var level = plan.Outside.Count - 1; level > 0; level--)
        {
            var outside = plan.Outside[level];
            if (outside is not null && levels.Sum(l => (long)l[level].Cardinality) < n) continue;
            var best = Score(runs, levels, level, weight, n, keyRanks);
            if (outside is { } most && (best.ScoreDocs.Length < n || best.ScoreDocs[^1].Score <= most * Margin)) continue;
            return (new TopDocs(levels.Sum(l => l[0].Cardinality), best.ScoreDocs, best.MaxScore), Facets(runs, levels, cache));
        }
        return null;
    }

    /// <summary>The best n of one level's candidates, scored on every core.</summary>
    private static TopDocs Score(List<List<AtomicReaderContext>> runs, FixedBitSet[][] levels, int level, Weight weight, int n, int[] keyRanks)
    {
        var tops = new BestByScoreCollector[runs.Count];
        Parallel.For(0, runs.Count, run =>
        {
            tops[run] = new BestByScoreCollector(n, keyRanks);
            foreach (var segment in runs[run]) Collect(levels[segment.Ord][level], segment, weight, tops[run]);
        });
        return BestByScoreCollector.Merge(tops, n);
    }

    /// <summary>Scores, by the query's own scorer, each candidate of a segment.</summary>
    private static void Collect(FixedBitSet candidates, AtomicReaderContext segment, Weight weight, BestByScoreCollector top)
    {
        if (candidates.Cardinality == 0 || weight.GetScorer(segment, segment.AtomicReader.LiveDocs) is not { } scorer) return;
        top.SetNextReader(segment);
        top.SetScorer(scorer);
        var iterator = candidates.GetIterator();
        for (var doc = iterator.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.NextDoc())
        {
            if (scorer.DocID < doc && scorer.Advance(doc) == DocIdSetIterator.NO_MORE_DOCS) return;
            if (scorer.DocID == doc) top.Collect(doc);
        }
    }

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets(List<List<AtomicReaderContext>> runs, FixedBitSet[][] levels, FacetCache cache)
    {
        var counters = new FacetCounter[runs.Count];
        Parallel.For(0, runs.Count, run =>
        {
            counters[run] = new FacetCounter(cache);
            foreach (var segment in runs[run]) counters[run].Count(segment, levels[segment.Ord][0]);
            counters[run].Finish();
        });
        return FacetCounter.Counts(counters);
    }
}
