using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DecreeParser.Search.Querying;

/// <summary>
/// A query's matches collected on every core at once: the best n by the query's own score, the total,
/// and the facet counts, in one pass. The segments are split into as many runs of neighbouring
/// segments as there are cores, each run collected apart and the results merged — Lucene.Net's
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
            (tops[run], counters[run]) = (top, facets);
        });
        return (BestByScoreCollector.Merge(tops, n), FacetCounter.Counts(counters));
    }

    /// <summary>The segments as up to <paramref name="count"/> runs of neighbours, of about equal documents.</summary>
    private static List<List<AtomicReaderContext>> Runs(IList<AtomicReaderContext> segments, int count)
    {
        var total = segments.Sum(s => (long)s.AtomicReader.MaxDoc);
        var runs = new List<List<AtomicReaderContext>> { new() };
        var filled = 0L;
        foreach (var segment in segments)
        {
            // A run is full once it holds its share; the next segment starts the next run.
            if (runs[^1].Count > 0 && runs.Count < count && filled >= total * runs.Count / count) runs.Add([]);
            runs[^1].Add(segment);
            filled += segment.AtomicReader.MaxDoc;
        }
        return runs;
    }
}
