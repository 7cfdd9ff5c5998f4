using System.Globalization;
using System.Text.RegularExpressions;
using DecreeParser.Search.Evaluation;
using DecreeParser.Search.Indexing;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Search;

/// <summary>Our analyzer must score at least what the README's "Search quality" table records, on the judged queries.</summary>
public partial class SearchQualityTests
{
    private static readonly IReadOnlyList<JudgedQuery> Queries = JudgedQuery.ReadFile(Repository.File("corpus/search/queries.tsv"));

    [Fact]
    public void The_judged_queries_are_at_least_sixty_and_name_only_ids_that_exist()
    {
        Assert.True(Queries.Count >= 60, $"{Queries.Count} queries");
        var ids = SearchCorpus.Decrees.SelectMany(d => d.Decree.Measures.Select(m => $"{d.Key}/{m.Number}").Append(d.Key)).ToHashSet();
        Assert.All(Queries.SelectMany(q => q.Relevant), id => Assert.Contains(id, ids));
    }

    [Fact]
    public void Ours_scores_at_least_the_README_figures_and_beats_the_standard_analyzer()
    {
        var recorded = Recorded(SearchAnalysis.ShippedName);
        var ours = Evaluator.Evaluate(SearchAnalysis.Shipped, SearchCorpus.Decrees, Queries);
        var standard = Evaluator.Evaluate(SearchAnalysis.Standard, SearchCorpus.Decrees, Queries);
        // The README rounds to three places.
        Assert.True(ours.Recall >= recorded.Recall - 0.0005, $"recall@10 {ours.Recall:F3} < {recorded.Recall:F3}");
        Assert.True(ours.ReciprocalRank >= recorded.Mrr - 0.0005, $"MRR {ours.ReciprocalRank:F3} < {recorded.Mrr:F3}");
        Assert.True(ours.Ndcg >= recorded.Ndcg - 0.0005, $"nDCG@10 {ours.Ndcg:F3} < {recorded.Ndcg:F3}");
        Assert.True(ours.MatchPrecision >= recorded.Precision - 0.0005, $"precision {ours.MatchPrecision:F3} < {recorded.Precision:F3}");
        Assert.True(ours.Recall > standard.Recall && ours.ReciprocalRank > standard.ReciprocalRank && ours.Ndcg > standard.Ndcg);
    }

    private static (double Recall, double Mrr, double Ndcg, double Precision) Recorded(string analyzer)
    {
        var readme = File.ReadAllLines(Repository.File("README.md"));
        var row = readme.Select(l => Row().Match(l)).First(m => m.Success && m.Groups["name"].Value == analyzer);
        double Value(string group) => double.Parse(row.Groups[group].Value, CultureInfo.InvariantCulture);
        return (Value("recall"), Value("mrr"), Value("ndcg"), Value("precision"));
    }

    [GeneratedRegex(@"^\| (?<name>[\w-]+)[^|]*\| (?<recall>[\d.]+) \| (?<mrr>[\d.]+) \| (?<ndcg>[\d.]+) \| (?<precision>[\d.]+) \|$")]
    private static partial Regex Row();
}
