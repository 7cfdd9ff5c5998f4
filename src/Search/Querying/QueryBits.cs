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

    /// <summary>
    /// The documents; a common term's set is the one kept for it, to be read, not changed. Another term's
    /// postings are read once: into <paramref name="read"/>, when given, for the caller to use again.
    /// </summary>
    public static FixedBitSet Of(Query query, AtomicReaderContext segment, TermBits bits, TermStates states, IDictionary<Term, FixedBitSet>? read = null)
    {
        FixedBitSet Part(Query part) => Of(part, segment, bits, states, read);
        switch (query)
        {
            case TermQuery term when bits.IsCommon(states.DocFreq(term.Term)):
                return bits.Of(segment, term.Term);
            case TermQuery term:
                if (read?.TryGetValue(term.Term, out var known) == true) return known;
                var found = TermBits.Read(segment, term.Term);
                read?.Add(term.Term, found);
                return found;
            case DisjunctionMaxQuery disjunction:
                return Any(disjunction.Disjuncts.Select(Part), segment);
            case BooleanQuery boolean:
                var must = boolean.Clauses.Where(c => c.Occur == Occur.MUST).Select(c => Part(c.Query)).ToList();
                // SHOULD clauses narrow nothing beside a MUST one; alone, any of them will do.
                var matched = must.Count switch
                {
                    0 => Any(boolean.Clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => Part(c.Query)), segment),
                    1 => must[0],
                    _ => All(must),
                };
                var excluded = boolean.Clauses.Where(c => c.Occur == Occur.MUST_NOT).ToList();
                if (excluded.Count == 0) return matched;
                // A MUST clause's own set may be one kept for a term, or read for the caller: not to be changed.
                if (must.Count == 1) matched = (FixedBitSet)matched.Clone();
                foreach (var clause in excluded) matched.AndNot(Part(clause.Query));
                return matched;
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
