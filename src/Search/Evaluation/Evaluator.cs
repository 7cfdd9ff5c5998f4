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
    public static EvaluationScore Evaluate(SearchAnalysis analysis, IReadOnlyList<(Decree Decree, string Key)> decrees, IReadOnlyList<JudgedQuery> queries)
    {
        using var directory = new RAMDirectory();
        using (var writer = DecreeIndexWriter.Open(directory, analysis))
        {
            writer.Add(decrees);
            writer.Commit();
        }
        using var searcher = DecreeSearcher.Open(directory, analysis);
        var results = queries.Select(q => Score(searcher, q)).ToList();
        return new EvaluationScore(analysis.Name, results.Average(r => r.Recall), results.Average(r => r.ReciprocalRank), results.Average(r => r.Ndcg), results);
    }

    private static QueryScore Score(DecreeSearcher searcher, JudgedQuery query)
    {
        var ranked = searcher.Search(query.Request with { Limit = RankingMetrics.Cutoff }).Hits.Select(h => h.Id).ToList();
        return new QueryScore(query, ranked,
            RankingMetrics.Recall(ranked, query.Relevant), RankingMetrics.ReciprocalRank(ranked, query.Relevant), RankingMetrics.Ndcg(ranked, query.Relevant));
    }
}

public sealed record EvaluationScore(string Analysis, double Recall, double ReciprocalRank, double Ndcg, IReadOnlyList<QueryScore> Queries);

public sealed record QueryScore(JudgedQuery Query, IReadOnlyList<string> Ranked, double Recall, double ReciprocalRank, double Ndcg);
