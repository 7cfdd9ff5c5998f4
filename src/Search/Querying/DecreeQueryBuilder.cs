using DecreeParser.Search.Analysis;
using DecreeParser.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DecreeParser.Search.Querying;

/// <summary>
/// Turns a request into a Lucene query without Lucene's query syntax: each word the user typed is
/// looked for in every text field (the best field counts, the others a little) and any may match,
/// documents matching more of them first (see <see cref="Indexing.Ranking"/>); measured on the judged
/// queries, requiring all but one word lost recall@10 0.958 → 0.946. Quoted phrases must match as
/// phrases, and filters narrow without scoring.
/// </summary>
public sealed class DecreeQueryBuilder(Analyzer analyzer)
{
    // Any Kazakh text field: the analyzer's tokens there tell where the user's words are.
    private const string WordField = IndexFields.Title;

    // A word's match in a second field adds a tenth of its score: a title match outranks a title+section one only slightly.
    private const float TieBreaker = 0.1f;

    private readonly QueryBuilder _builder = new(analyzer);

    /// <summary>The scoring part of the request: null when no word survives analysis (all stop words).</summary>
    public Query? Text(SearchRequest request)
    {
        var text = QueryText.Parse(request.Query);
        var query = new BooleanQuery();
        foreach (var word in Words(text.Loose))
        {
            if (AcrossFields(f => _builder.CreateBooleanQuery(f, word, Occur.MUST)) is { } clause) query.Add(clause, Occur.SHOULD);
        }
        foreach (var phrase in text.Phrases)
        {
            if (AcrossFields(f => _builder.CreatePhraseQuery(f, phrase)) is { } clause) query.Add(clause, Occur.MUST);
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>The request's filters as one query, or null when it has none.</summary>
    public static Query? Filters(SearchRequest request)
    {
        var filters = new BooleanQuery();
        void Exact(string field, string? value)
        {
            if (value is not null) filters.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
        Exact(IndexFields.Responsible, request.Responsible);
        Exact(IndexFields.Source, request.Source);
        Exact(IndexFields.DeadlineKind, request.DeadlineKind);
        Exact(IndexFields.Decree, request.Decree);
        Exact(IndexFields.Group, request.Group);
        if (request.Year is { } year) filters.Add(NumericRangeQuery.NewInt32Range(IndexFields.Year, year, year, true, true), Occur.MUST);
        return filters.Clauses.Count == 0 ? null : filters;
    }

    /// <summary>
    /// The words of a text as the analyzer cuts them, by their spans in it: "№ 646" and "10 171" are one
    /// word each, as they are in the index.
    /// </summary>
    private IEnumerable<string> Words(string text) =>
        AnalyzedText.Tokens(analyzer, WordField, text).Where(t => t.PositionIncrement > 0).Select(t => text[t.Start..t.End]).Distinct(StringComparer.Ordinal);

    private static DisjunctionMaxQuery? AcrossFields(Func<string, Query?> perField)
    {
        var fields = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (name, boost) in IndexFields.Text)
        {
            foreach (var field in new[] { name, name + IndexFields.RussianSuffix })
            {
                if (perField(field) is not { } query) continue;
                query.Boost = boost;
                fields.Add(query);
            }
        }
        return fields.Disjuncts.Count == 0 ? null : fields;
    }
}
