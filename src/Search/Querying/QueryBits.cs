using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DecreeParser.Search.Querying;

/// <summary>
/// The live documents a query matches in a segment, as bits, without scoring any: a common term's kept
/// bits (<see cref="TermBits"/>), another term's postings read into bits, and the sets of a boolean or
/// disjunction combined as Lucene matches them. Only for queries made of those three; anything else
/// (a phrase, a minimum number of words to match) is left to Lucene's scorers.
/// </summary>
public static class QueryBits
{
    /// <summary>Whether <see cref="Of"/> can read this query.</summary>
    public static bool CanRead(Query query) => query switch
    {
        TermQuery => true,
        BooleanQuery boolean => boolean.MinimumNumberShouldMatch == 0 && boolean.Clauses.All(c => CanRead(c.Query)),
        DisjunctionMaxQuery disjunction => disjunction.Disjuncts.All(CanRead),
        _ => false,
    };

    /// <summary>The documents; a common term's set is the one kept for it, to be read, not changed.</summary>
    public static FixedBitSet Of(Query query, AtomicReaderContext segment, TermBits bits, TermStates states)
    {
        switch (query)
        {
            case TermQuery term:
                return bits.IsCommon(states.DocFreq(term.Term)) ? bits.Of(segment, term.Term) : TermBits.Read(segment, term.Term);
            case DisjunctionMaxQuery disjunction:
                return Any(disjunction.Disjuncts.Select(d => Of(d, segment, bits, states)), segment);
            case BooleanQuery boolean:
                var must = boolean.Clauses.Where(c => c.Occur == Occur.MUST).Select(c => Of(c.Query, segment, bits, states)).ToList();
                // SHOULD clauses narrow nothing beside a MUST one; alone, any of them will do.
                var found = must.Count switch
                {
                    0 => Any(boolean.Clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => Of(c.Query, segment, bits, states)), segment),
                    1 => must[0],
                    _ => All(must),
                };
                var excluded = boolean.Clauses.Where(c => c.Occur == Occur.MUST_NOT).ToList();
                if (excluded.Count == 0) return found;
                // A MUST clause's own set may be one kept for a term: not to be changed.
                if (must.Count == 1) found = (FixedBitSet)found.Clone();
                foreach (var clause in excluded) found.AndNot(Of(clause.Query, segment, bits, states));
                return found;
            default:
                throw new ArgumentException($"{query.GetType().Name} is not read as bits (ask CanRead first)", nameof(query));
        }
    }

    private static FixedBitSet All(List<FixedBitSet> sets)
    {
        if (sets.Count == 1) return sets[0];
        var all = (FixedBitSet)sets[0].Clone();
        foreach (var set in sets.Skip(1)) all.And(set);
        return all;
    }

    private static FixedBitSet Any(IEnumerable<FixedBitSet> sets, AtomicReaderContext segment)
    {
        var any = new FixedBitSet(segment.AtomicReader.MaxDoc);
        foreach (var set in sets) any.Or(set);
        return any;
    }
}
