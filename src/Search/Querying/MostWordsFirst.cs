using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace DecreeParser.Search.Querying;

/// <summary>
/// Candidates for an any-word search (<see cref="MatchMode.Any"/>), whose score is the matched words'
/// scores times the share of the words matched: the matches of at least k words, for each k. A match of
/// fewer words scores at most that share times its best words' bounds (<see cref="ScoreBound"/>), so when
/// "Қаржы министрінің бұйрығы" finds no measure holding all three words, the 217 000 holding any of them
/// at a million measures need not all be scored: the 21 830 holding two hold the best.
/// </summary>
public static class MostWordsFirst
{
    /// <summary>The plan for a boolean of two or more words any of which will do, weighed by the share matched; null for any other query.</summary>
    public static CandidatePlan? Plan(Query match, TermBits bits, TermStates states, int maxDoc, BM25Similarity similarity)
    {
        if (match is not BooleanQuery query || query.CoordDisabled || query.MinimumNumberShouldMatch != 0 || query.Clauses.Any(c => c.Occur == Occur.MUST)) return null;
        var words = query.Clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => c.Query).ToList();
        var excluded = query.Clauses.Where(c => c.Occur == Occur.MUST_NOT).Select(c => c.Query).ToList();
        if (words.Count < 2) return null;
        var best = words.Select(w => ScoreBound.Of(w, new HashSet<Term>(), states, maxDoc, similarity) ?? 0).OrderDescending().ToList();
        // Outside the matches of at least k words: those of m < k words, each at most coord(m) times its m best words' bounds.
        var outside = Enumerable.Range(0, words.Count)
            .Select(k => k == 0 ? (double?)null : Enumerable.Range(1, k).Max(m => similarity.Coord(m, words.Count) * best.Take(m).Sum()) * query.Boost)
            .ToList();
        return new CandidatePlan(segment => AtLeast(words, excluded, segment, bits, states), outside);
    }

    /// <summary>By k from 1: the segment's documents matching at least k of the words, none of the excluded.</summary>
    private static FixedBitSet[] AtLeast(List<Query> words, List<Query> excluded, AtomicReaderContext segment, TermBits bits, TermStates states)
    {
        var atLeast = words.Select(_ => new FixedBitSet(segment.AtomicReader.MaxDoc)).ToArray();
        foreach (var word in words)
        {
            var found = QueryBits.Of(word, segment, bits, states);
            // One more word for those already matching k - 1, highest first so that a word counts once.
            for (var k = atLeast.Length - 1; k > 0; k--)
            {
                var raised = (FixedBitSet)atLeast[k - 1].Clone();
                raised.And(found);
                atLeast[k].Or(raised);
            }
            atLeast[0].Or(found);
        }
        foreach (var word in excluded)
        {
            var found = QueryBits.Of(word, segment, bits, states);
            foreach (var set in atLeast) set.AndNot(found);
        }
        return atLeast;
    }
}
