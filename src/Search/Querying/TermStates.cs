using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DecreeParser.Search.Querying;

/// <summary>
/// Every term of a search looked up once in each segment, on every core, and handed to the queries
/// that score it (<see cref="Attach"/>). Left to itself, Lucene looks a term up in every segment each
/// time a query over it is weighed (<see cref="TermContext.Build"/>), one segment after another with a
/// new terms enumerator each time: the full query's dozens of terms took 3–6 ms of a rescoring at a
/// million measures, and the all-words terms were looked up again for their document counts
/// (<see cref="AbsentTerms"/>, <see cref="CommonWords"/>) and for the matching pass. Here a segment's
/// terms are sought field by field with one enumerator, in term order. The states are Lucene's own, so
/// scores are those of <see cref="TermContext.Build"/>.
/// </summary>
public sealed class TermStates
{
    private readonly Dictionary<Term, TermContext> _states;

    private TermStates(Dictionary<Term, TermContext> states) => _states = states;

    /// <summary>The terms of these queries (phrases' and excluded words' included), looked up in every segment of the searcher's reader.</summary>
    public static TermStates Of(IndexSearcher searcher, params Query?[] queries)
    {
        var terms = new HashSet<Term>();
        foreach (var query in queries) Collect(query, terms);
        var sorted = terms.Order().ToArray();
        var top = searcher.TopReaderContext;
        var runs = SegmentSearch.Runs(top.Leaves, Environment.ProcessorCount);
        var found = new List<(int Term, AtomicReaderContext Segment, TermState State, int DocFreq, long TotalTermFreq)>[runs.Count];
        Parallel.For(0, runs.Count, run =>
        {
            found[run] = [];
            foreach (var segment in runs[run]) Seek(segment, sorted, found[run]);
        });
        var states = sorted.ToDictionary(term => term, _ => new TermContext(top));
        // TermContext.Register adds up as it goes and is not for several threads: registered here, on one.
        foreach (var (term, segment, state, docFreq, totalTermFreq) in found.SelectMany(f => f))
        {
            states[sorted[term]].Register(state, segment.Ord, docFreq, totalTermFreq);
        }
        return new TermStates(states);
    }

    /// <summary>A query's terms, those of its MUST_NOT clauses too, which Lucene's ExtractTerms leaves out (they are not scored) but <see cref="AbsentTerms"/> asks about.</summary>
    private static void Collect(Query? query, HashSet<Term> terms)
    {
        switch (query)
        {
            case null:
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses) Collect(clause.Query, terms);
                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction.Disjuncts) Collect(disjunct, terms);
                break;
            default:
                query.ExtractTerms(terms);
                break;
        }
    }

    /// <summary>Each term's state in one segment: the terms of a field sought in order by one enumerator, which keeps the blocks it has read.</summary>
    private static void Seek(AtomicReaderContext segment, Term[] sorted, List<(int, AtomicReaderContext, TermState, int, long)> found)
    {
        var (field, enumerator) = ((string?)null, (TermsEnum?)null);
        for (var i = 0; i < sorted.Length; i++)
        {
            var term = sorted[i];
            if (!string.Equals(term.Field, field, StringComparison.Ordinal))
            {
                field = term.Field;
                enumerator = segment.AtomicReader.GetTerms(field)?.GetEnumerator();
            }
            if (enumerator is not null && enumerator.SeekExact(term.Bytes))
            {
                found.Add((i, segment, enumerator.GetTermState(), enumerator.DocFreq, enumerator.TotalTermFreq));
            }
        }
    }

    /// <summary>How many documents hold the term, deleted ones included (as <see cref="IndexReader.DocFreq(Term)"/>); for a term of the queries only.</summary>
    public int DocFreq(Term term) => _states.TryGetValue(term, out var state)
        ? state.DocFreq
        : throw new ArgumentException($"{term} is not a term of the queries these states were built for", nameof(term));

    /// <summary>The query with each term query carrying its looked-up states, so that weighing it looks nothing up again; otherwise the same query.</summary>
    public Query Attach(Query query)
    {
        switch (query)
        {
            case TermQuery term when _states.TryGetValue(term.Term, out var state):
                return new TermQuery(term.Term, state) { Boost = term.Boost };
            case BooleanQuery boolean:
                var attached = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses) attached.Add(Attach(clause.Query), clause.Occur);
                return attached;
            case DisjunctionMaxQuery disjunction:
                var either = new DisjunctionMaxQuery(disjunction.TieBreakerMultiplier) { Boost = disjunction.Boost };
                foreach (var disjunct in disjunction.Disjuncts) either.Add(Attach(disjunct));
                return either;
            case FilteredQuery filtered:
                return new FilteredQuery(Attach(filtered.Query), filtered.Filter, filtered.Strategy) { Boost = filtered.Boost };
            default:
                return query;
        }
    }
}
