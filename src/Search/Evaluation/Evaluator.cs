using DecreeParser.Model.Decrees;
using DecreeParser.Search.Indexing;
using DecreeParser.Search.Querying;
using Lucene.Net.Store;

namespace DecreeParser.Search.Evaluation;

/// <summary>
/// Builds an index of the same decrees with each analysis, runs the judged queries on each, and
/// averages the metrics: the figures behind <c>decree eval</c> and the test that guards them.
/// </summary>
public static class Evaluator
{
    /// <param name="anyWord">Let any word match, as the search did before every word had to: the comparison row.</param>
    public static EvaluationScore Evaluate(SearchAnalysis analysis, IReadOnlyList<(Decree Decree, string Key)> decrees, IReadOnlyList<JudgedQuery> queries, bool anyWord = false)
    {
        using var directory = new RAMDirectory();
        using (var writer = DecreeIndexWriter.Open(directory, analysis))
        {
            writer.Add(decrees);
            writer.Commit();
        }
        using var searcher = DecreeSearcher.Open(directory, analysis);
        var results = queries.Select(q => Score(searcher, q with { Request = q.Request with { AnyWord = anyWord } })).ToList();
        return new EvaluationScore(anyWord ? $"{analysis.Name} (any word)" : analysis.Name,
            results.Average(r => r.Recall), results.Average(r => r.ReciprocalRank), results.Average(r => r.Ndcg), results.Average(r => r.MatchPrecision), results);
    }

    private static QueryScore Score(DecreeSearcher searcher, JudgedQuery query)
    {
        var ranked = searcher.Search(query.Request with { Limit = RankingMetrics.Cutoff }).Hits.Select(h => h.Id).ToList();
        var matched = searcher.Search(query.Request with { Limit = SearchRequest.MostHits }).Hits.Select(h => h.Id).ToList();
        return new QueryScore(query, ranked,
            RankingMetrics.Recall(ranked, query.Relevant), RankingMetrics.ReciprocalRank(ranked, query.Relevant), RankingMetrics.Ndcg(ranked, query.Relevant),
            RankingMetrics.MatchPrecision(matched, query.Relevant));
    }
}

public sealed record EvaluationScore(string Analysis, double Recall, double ReciprocalRank, double Ndcg, double MatchPrecision, IReadOnlyList<QueryScore> Queries);

public sealed record QueryScore(JudgedQuery Query, IReadOnlyList<string> Ranked, double Recall, double ReciprocalRank, double Ndcg, double MatchPrecision);
