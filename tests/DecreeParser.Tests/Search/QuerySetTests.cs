using System.Globalization;
using System.Text.RegularExpressions;
using DecreeParser.Cli.Search;
using DecreeParser.Model.Decrees;
using DecreeParser.Search.Evaluation;
using DecreeParser.Search.Indexing;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Search;

/// <summary>
/// Each judged query set of one behaviour (the query syntax, damaged queries, both languages) must
/// score at least what the README's "quality by query type" table records, with our analyzer, on the
/// decrees it was judged on; and every id it calls relevant must exist there.
/// </summary>
public partial class QuerySetTests
{
    public static TheoryData<string> Sets => new() { "operators.tsv", "damaged.tsv", "bilingual.tsv" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void The_set_names_only_ids_that_exist_in_its_decrees(string file)
    {
        var (set, decrees) = Load(file);
        Assert.NotEmpty(set.Queries);
        var ids = decrees.SelectMany(d => d.Decree.Measures.Select(m => $"{d.Key}/{m.Number}").Append(d.Key)).ToHashSet();
        Assert.All(set.Queries.SelectMany(q => q.Relevant), id => Assert.Contains(id, ids));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Ours_scores_at_least_the_README_figures_and_beats_the_standard_analyzer(string file)
    {
        var (set, decrees) = Load(file);
        var recorded = Recorded(file);
        var ours = Evaluator.Evaluate(SearchAnalysis.Shipped, decrees, set.Queries);
        var standard = Evaluator.Evaluate(SearchAnalysis.Standard, decrees, set.Queries);
        Assert.Equal(recorded.Queries, set.Queries.Count);
        // The README rounds to three places.
        Assert.True(ours.Recall >= recorded.Recall - 0.0005, $"recall@10 {ours.Recall:F3} < {recorded.Recall:F3}");
        Assert.True(ours.ReciprocalRank >= recorded.Mrr - 0.0005, $"MRR {ours.ReciprocalRank:F3} < {recorded.Mrr:F3}");
        Assert.True(ours.Ndcg >= recorded.Ndcg - 0.0005, $"nDCG@10 {ours.Ndcg:F3} < {recorded.Ndcg:F3}");
        Assert.True(ours.MatchPrecision >= recorded.Precision - 0.0005, $"precision {ours.MatchPrecision:F3} < {recorded.Precision:F3}");
        Assert.True(ours.Recall > standard.Recall, $"recall@10 {ours.Recall:F3} is not above the standard analyzer's {standard.Recall:F3}");
    }

    /// <summary>The set and its decrees: those its "#inputs" line names, keyed as `decree eval` keys them, else the bundled corpus.</summary>
    private static (QuerySet Set, IReadOnlyList<(Decree Decree, string Key)> Decrees) Load(string file)
    {
        var set = QuerySet.Read(Repository.File($"corpus/search/{file}"));
        return (set, set.Inputs is { } inputs ? [.. inputs.Select(DecreeFiles.Load)] : SearchCorpus.Decrees);
    }

    private static (int Queries, double Recall, double Mrr, double Ndcg, double Precision) Recorded(string file)
    {
        var row = File.ReadLines(Repository.File("README.md")).Select(l => Row().Match(l)).First(m => m.Success && m.Groups["file"].Value == file);
        double Value(string group) => double.Parse(row.Groups[group].Value, CultureInfo.InvariantCulture);
        return (int.Parse(row.Groups["queries"].Value, CultureInfo.InvariantCulture), Value("recall"), Value("mrr"), Value("ndcg"), Value("precision"));
    }

    [GeneratedRegex(@"^\| `(?<file>[\w.-]+)`[^|]*\| (?<queries>\d+) \| (?<recall>[\d.]+) \| (?<mrr>[\d.]+) \| (?<ndcg>[\d.]+) \| (?<precision>[\d.]+) \|")]
    private static partial Regex Row();
}
