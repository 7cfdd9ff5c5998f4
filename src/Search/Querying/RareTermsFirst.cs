using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace DecreeParser.Search.Querying;

/// <summary>
/// Candidates for a query some of whose terms are common (<see cref="TermBits"/>) and the others rare:
/// the matches holding a rare term. "2019-2023" is the range, 2023 and the common 2019, which alone
/// holds 918 000 of a million measures; a match holding no rare term scores at most its common terms'
/// bounds together (<see cref="ScoreBound"/>), 0.19 for 2019 there, where one holding 2023 scores
/// several times that.
/// </summary>
public static class RareTermsFirst
{
    /// <summary>The plan, or null when no term is common, none is rare, or the rare ones' documents are not few beside the matches.</summary>
    public static CandidatePlan? Plan(Query match, TermBits bits, TermStates states, int maxDoc, BM25Similarity similarity)
    {
        var terms = new HashSet<Term>();
        match.ExtractTerms(terms);
        var rare = terms.Where(t => !bits.IsCommon(states.DocFreq(t))).ToHashSet();
        if (rare.Count == 0 || rare.Count == terms.Count || rare.Sum(t => (long)states.DocFreq(t)) * TermBits.CommonShare > maxDoc) return null;
        return new CandidatePlan(
            segment =>
            {
                // The rare terms' postings, read to find the matches, serve to find the holders.
                var read = new Dictionary<Term, FixedBitSet>();
                var matched = QueryBits.Of(match, segment, bits, states, read);
                var holders = new FixedBitSet(segment.AtomicReader.MaxDoc);
                foreach (var term in rare) holders.Or(read.TryGetValue(term, out var set) ? set : TermBits.Read(segment, term));
                holders.And(matched);
                return [matched, holders];
            },
            [null, ScoreBound.Of(match, rare, states, maxDoc, similarity)]);
    }
}
