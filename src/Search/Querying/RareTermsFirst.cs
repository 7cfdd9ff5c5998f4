using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace DecreeParser.Search.Querying;

/// <summary>
/// The matching pass without scoring every match, for a query some of whose terms are common
/// (<see cref="TermBits"/>) and the others rare: "2019-2023" is the range, 2023 and the common 2019,
/// which alone holds 918 000 of a million measures. BM25 gives a term at most its weight, its idf
/// times k1 + 1, however often it stands in a document, so a match holding no rare term scores at
/// most its common terms' weights together — under a tenth of a rare term's. Only the matches holding
/// a rare term are scored; every match is still found, as bits (<see cref="QueryBits"/>), and counted
/// in the total and the facets. The bound is MaxScore's (Turtle and Flood, 1995). When the best n
/// scored do not all score above the bound, a match without a rare term might belong among them, and
/// the pass is left to Lucene (null).
/// </summary>
public static class RareTermsFirst
{
    // Lucene adds up scores in float: a bound raised by a thousandth is above any rounding of it.
    private const double Margin = 1.001;

    /// <summary>The best n by the query's score, the total and the facets, as <see cref="SegmentSearch.Run"/> gives them; null where this pass does not apply.</summary>
    public static (TopDocs Top, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets)? Run(
        IndexSearcher searcher, Query match, int n, FacetCache cache, int[] keyRanks, TermBits bits, TermStates states)
    {
        if (!QueryBits.CanRead(match) || searcher.Similarity is not BM25Similarity bm25) return null;
        var terms = new HashSet<Term>();
        match.ExtractTerms(terms);
        var rare = terms.Where(t => !bits.IsCommon(states.DocFreq(t))).ToHashSet();
        var reader = searcher.IndexReader;
        // Worth it when some terms are common and others rare, the rare ones' documents few beside the matches.
        if (rare.Count == 0 || rare.Count == terms.Count || rare.Sum(t => (long)states.DocFreq(t)) * TermBits.CommonShare > reader.MaxDoc) return null;
        var bound = Bound(match, rare, states, reader.MaxDoc, bm25);

        var weight = searcher.CreateNormalizedWeight(match);
        var runs = SegmentSearch.Runs(reader.Leaves, Environment.ProcessorCount);
        var (matched, tops) = (new FixedBitSet[reader.Leaves.Count], new BestByScoreCollector[runs.Count]);
        Parallel.For(0, runs.Count, run =>
        {
            tops[run] = new BestByScoreCollector(n, keyRanks);
            foreach (var segment in runs[run])
            {
                matched[segment.Ord] = QueryBits.Of(match, segment, bits, states);
                ScoreHoldersOf(rare, matched[segment.Ord], segment, weight, tops[run]);
            }
        });
        var best = BestByScoreCollector.Merge(tops, n);
        // With fewer than n holding a rare term, or the last of the n not clear of the bound, a match not scored might belong among them.
        if (bound is { } most && (best.ScoreDocs.Length < n || best.ScoreDocs[^1].Score <= most * Margin)) return null;

        var counters = new FacetCounter[runs.Count];
        Parallel.For(0, runs.Count, run =>
        {
            counters[run] = new FacetCounter(cache);
            foreach (var segment in runs[run]) counters[run].Count(segment, matched[segment.Ord]);
            counters[run].Finish();
        });
        return (new TopDocs(matched.Sum(m => m.Cardinality), best.ScoreDocs, best.MaxScore), FacetCounter.Counts(counters));
    }

    /// <summary>Scores, by the query's own scorer, each match holding a rare term.</summary>
    private static void ScoreHoldersOf(HashSet<Term> rare, FixedBitSet matched, AtomicReaderContext segment, Weight weight, BestByScoreCollector top)
    {
        var holders = new FixedBitSet(segment.AtomicReader.MaxDoc);
        foreach (var term in rare) holders.Or(TermBits.Read(segment, term));
        holders.And(matched);
        if (holders.Cardinality == 0 || weight.GetScorer(segment, segment.AtomicReader.LiveDocs) is not { } scorer) return;
        top.SetNextReader(segment);
        top.SetScorer(scorer);
        var iterator = holders.GetIterator();
        for (var doc = iterator.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.NextDoc())
        {
            if (scorer.DocID < doc && scorer.Advance(doc) == DocIdSetIterator.NO_MORE_DOCS) return;
            if (scorer.DocID == doc) top.Collect(doc);
        }
    }

    /// <summary>
    /// The most a match holding none of the rare terms can score: each common term's weight (its idf times
    /// k1 + 1, times the boosts above it) added up, as no coordination factor exceeds 1 and a disjunction's
    /// best plus a share of the rest is at most their sum. Null when no match can lack every rare term.
    /// </summary>
    private static double? Bound(Query query, HashSet<Term> rare, TermStates states, int maxDoc, BM25Similarity similarity)
    {
        double? Of(Query q) => Bound(q, rare, states, maxDoc, similarity);
        double? sum = query switch
        {
            TermQuery term => rare.Contains(term.Term) ? null : Weight(states.DocFreq(term.Term), maxDoc, similarity),
            DisjunctionMaxQuery disjunction => Sum(disjunction.Disjuncts.Select(Of).ToList(), required: 0),
            BooleanQuery boolean => Sum([.. boolean.Clauses.Where(c => c.Occur == Occur.MUST).Select(c => Of(c.Query)),
                                         .. boolean.Clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => Of(c.Query))],
                                        required: boolean.Clauses.Count(c => c.Occur == Occur.MUST)),
            _ => throw new ArgumentException($"{query.GetType().Name} has no bound here", nameof(query)),
        };
        return sum * query.Boost;
    }

    /// <summary>The parts' bounds added: null when one of the first <paramref name="required"/> cannot match, or none of the parts can.</summary>
    private static double? Sum(List<double?> parts, int required) =>
        parts.Take(required).Any(p => p is null) || parts.All(p => p is null) ? null : parts.Sum(p => p ?? 0);

    /// <summary>
    /// The most a term scores in a document, unboosted: BM25's idf, as Lucene's BM25Similarity computes it
    /// from the document count of the whole index, times k1 + 1, which its share of a document's terms only nears.
    /// </summary>
    public static double Weight(int docFreq, int maxDoc, BM25Similarity similarity) =>
        Math.Log(1 + (maxDoc - docFreq + 0.5) / (docFreq + 0.5)) * (similarity.K1 + 1);
}
