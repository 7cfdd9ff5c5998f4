using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DecreeParser.Search.Querying;

/// <summary>
/// A query's matches collected on every core at once: the best n by the query's own score, the total,
/// and the facet counts, in one pass. The segments are split into as many runs as there are cores
/// (<see cref="Runs"/>), each run collected apart and the results merged — Lucene.Net's
/// IndexSearcher searches segments in parallel only for its own top-documents collector.
/// </summary>
public static class SegmentSearch
{
    /// <summary>The best n (<see cref="BestByScoreCollector"/>), the total and the facets.</summary>
    public static (TopDocs Top, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets) Run(IndexSearcher searcher, Query query, int n, FacetCache cache, int[] keyRanks)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var runs = Runs(searcher.IndexReader.Leaves, Environment.ProcessorCount);
        var tops = new BestByScoreCollector[runs.Count];
        var counters = new FacetCounter[runs.Count];
        Parallel.For(0, runs.Count, run =>
        {
            var top = new BestByScoreCollector(n, keyRanks);
            var facets = new FacetCounter(cache);
            var collector = MultiCollector.Wrap(top, facets);
            foreach (var segment in runs[run])
            {
                collector.SetNextReader(segment);
                weight.GetBulkScorer(segment, !collector.AcceptsDocsOutOfOrder, segment.AtomicReader.LiveDocs)?.Score(collector);
            }
            facets.Finish();
            (tops[run], counters[run]) = (top, facets);
        });
        return (BestByScoreCollector.Merge(tops, n), FacetCounter.Counts(counters));
    }

    /// <summary>
    /// The segments as up to <paramref name="count"/> runs of about equal documents: each segment, the
    /// largest first, joins the run holding the fewest so far. Cutting the list of segments into
    /// neighbours instead left a merged index of a 410 000- and a 600 000-document segment as one run,
    /// searched on one core.
    /// </summary>
    public static List<List<AtomicReaderContext>> Runs(IList<AtomicReaderContext> segments, int count)
    {
        var runs = Enumerable.Range(0, Math.Max(1, Math.Min(count, segments.Count))).Select(_ => new List<AtomicReaderContext>()).ToList();
        var documents = new long[runs.Count];
        foreach (var segment in segments.OrderByDescending(s => s.AtomicReader.MaxDoc))
        {
            var lightest = Array.IndexOf(documents, documents.Min());
            runs[lightest].Add(segment);
            documents[lightest] += segment.AtomicReader.MaxDoc;
        }
        return runs;
    }
}
