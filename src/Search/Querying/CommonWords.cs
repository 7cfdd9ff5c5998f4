using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DecreeParser.Search.Querying;

/// <summary>
/// The matching pass with its common words read from bits (<see cref="TermBits"/>): a word each of
/// whose terms stands in at least an eighth of the documents ("министрлігі", "ішкі", "2019") becomes a
/// filter, the common words' documents intersected 64 at a time, and only the other words' postings
/// are walked, within it. Such words' postings were most of the pass at a million measures (a million
/// documents each, at some 8 ns a document). The pass then ranks by the other words alone: a term in
/// an eighth of the documents or more weighs at most ln 8 in BM25 (a term in one document in a
/// thousand weighs ln 1000, over three times as much), and the pass only
/// chooses the documents the full query scores (<see cref="DecreeSearcher.RescoreWindow"/>). When every
/// word is common, the rarest is still walked, to rank by. Only for every-word searches: with any
/// word, a common word's documents are not a filter on the others.
/// </summary>
public static class CommonWords
{
    public static Query Split(Query match, TermBits bits, TermStates states)
    {
        if (match is not BooleanQuery query || query.Clauses.Any(c => c.Occur == Occur.SHOULD)) return match;
        var (common, rest) = (new List<Query>(), new BooleanQuery(query.CoordDisabled) { Boost = query.Boost });
        foreach (var clause in query.Clauses)
        {
            if (clause.Occur == Occur.MUST && IsCommon(clause.Query, bits, states)) common.Add(clause.Query);
            else rest.Add(clause.Query, clause.Occur);
        }
        if (common.Count > 0 && !rest.Clauses.Any(c => c.Occur == Occur.MUST))
        {
            var rarest = common.MinBy(word => MostDocuments(word, states))!;
            common.Remove(rarest);
            rest.Add(rarest, Occur.MUST);
        }
        return common.Count == 0 ? match : new FilteredQuery(rest, new Filter(common, bits, states));
    }

    /// <summary>A term, or terms any or all of which must match, every one of them common.</summary>
    private static bool IsCommon(Query word, TermBits bits, TermStates states) => word switch
    {
        TermQuery term => bits.IsCommon(states.DocFreq(term.Term)),
        BooleanQuery boolean => boolean.MinimumNumberShouldMatch == 0 && Combines(boolean) is not null && boolean.Clauses.All(c => IsCommon(c.Query, bits, states)),
        _ => false,
    };

    /// <summary>SHOULD when any clause will do, MUST when all must match; null for a mix, or any MUST_NOT.</summary>
    private static Occur? Combines(BooleanQuery query) =>
        query.Clauses.Select(c => c.Occur).Distinct().ToList() is [var only] && only != Occur.MUST_NOT ? only : null;

    private static int MostDocuments(Query word, TermStates states)
    {
        var terms = new HashSet<Term>();
        word.ExtractTerms(terms);
        return terms.Max(states.DocFreq);
    }

    /// <summary>The documents holding every common word, a segment at a time.</summary>
    private sealed class Filter(IReadOnlyList<Query> words, TermBits bits, TermStates states) : Lucene.Net.Search.Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            var all = (FixedBitSet)QueryBits.Of(words[0], context, bits, states).Clone();
            foreach (var word in words.Skip(1)) all.And(QueryBits.Of(word, context, bits, states));
            return BitsFilteredDocIdSet.Wrap(all, acceptDocs);
        }
    }
}
