using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace DecreeParser.Search.Querying;

/// <summary>
/// The most a query of terms, booleans and disjunctions can score a document under BM25, from the
/// terms' document counts alone: BM25 gives a term at most its idf times k1 + 1, however often the
/// term stands in a document, no coordination factor exceeds 1, and a disjunction's best plus a share
/// of the rest is at most their sum. MaxScore's bound (Turtle and Flood, 1995), which lets a matching
/// pass leave unscored the matches that cannot reach its best (<see cref="CandidatesFirst"/>).
/// </summary>
public static class ScoreBound
{
    /// <summary>The bound for a document holding none of the <paramref name="absent"/> terms; null when such a document cannot match.</summary>
    public static double? Of(Query query, IReadOnlySet<Term> absent, TermStates states, int maxDoc, BM25Similarity similarity)
    {
        double? Part(Query q) => Of(q, absent, states, maxDoc, similarity);
        double? sum = query switch
        {
            TermQuery term => absent.Contains(term.Term) ? null : Weight(states.DocFreq(term.Term), maxDoc, similarity),
            DisjunctionMaxQuery disjunction => Sum(disjunction.Disjuncts.Select(Part).ToList(), required: 0),
            BooleanQuery boolean => Sum([.. boolean.Clauses.Where(c => c.Occur == Occur.MUST).Select(c => Part(c.Query)),
                                         .. boolean.Clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => Part(c.Query))],
                                        required: boolean.Clauses.Count(c => c.Occur == Occur.MUST)),
            _ => throw new ArgumentException($"{query.GetType().Name} has no bound here", nameof(query)),
        };
        return sum * query.Boost;
    }

    /// <summary>
    /// The most a term scores in a document, unboosted: BM25's idf, as Lucene's BM25Similarity computes it
    /// from the document count of the whole index, times k1 + 1, which its share of a document's terms only nears.
    /// </summary>
    public static double Weight(int docFreq, int maxDoc, BM25Similarity similarity) =>
        Math.Log(1 + (maxDoc - docFreq + 0.5) / (docFreq + 0.5)) * (similarity.K1 + 1);

    /// <summary>The parts' bounds added: null when one of the first <paramref name="required"/> cannot match, or none of the parts can.</summary>
    private static double? Sum(List<double?> parts, int required) =>
        parts.Take(required).Any(p => p is null) || parts.All(p => p is null) ? null : parts.Sum(p => p ?? 0);
}
