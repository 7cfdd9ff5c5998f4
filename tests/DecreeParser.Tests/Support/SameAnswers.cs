using DecreeParser.Search.Evaluation;
using DecreeParser.Search.Querying;

namespace DecreeParser.Tests.Support;

/// <summary>Two searchers over the same decrees, however indexed, must answer every query alike.</summary>
public static class SameAnswers
{
    private static readonly string[] JudgedSets = ["queries.tsv", "operators.tsv", "damaged.tsv"];

    /// <summary>Every judged query, and the same again in the other match mode, paged, answered in one language and filtered.</summary>
    public static IEnumerable<SearchRequest> Requests()
    {
        var judged = JudgedSets.SelectMany(file => QuerySet.Read(Repository.File($"corpus/search/{file}")).Queries).Select(q => q.Request with { Limit = 50 }).ToList();
        foreach (var request in judged) yield return request;
        foreach (var request in judged.Take(15))
        {
            yield return request with { AnyWord = true, Limit = 30, Offset = 10 };
            yield return request with { AnswerLanguage = "kk" };
            yield return request with { Responsible = "ДСМ", Limit = 1000 };
        }
        yield return new SearchRequest("ДСМ") { Limit = 1000 };
        yield return new SearchRequest("министрлігі") { Limit = 1000, Year = 2020 };
        yield return new SearchRequest("жалакы кызметкерлердин") { Limit = 5 };
    }

    /// <summary>Same totals, hits in the same order, snippets, facets, modes and suggestions; scores too, but for float rounding (<see cref="NearTies"/>).</summary>
    public static void Assert(DecreeSearcher expected, DecreeSearcher actual)
    {
        Xunit.Assert.Equal(expected.Documents, actual.Documents);
        foreach (var request in Requests())
        {
            var (wanted, got) = (expected.Search(request), actual.Search(request));
            Xunit.Assert.Equal(WithoutScores(wanted), WithoutScores(got));
            Xunit.Assert.All(wanted.Hits.Zip(got.Hits), pair => Xunit.Assert.True(NearTies.Near(pair.First.Score, pair.Second.Score), $"{request}: {pair.First.Score:R} ≠ {pair.Second.Score:R}"));
        }
        Xunit.Assert.Equal(expected.AllFacetValues, actual.AllFacetValues);
        Xunit.Assert.Equal(expected.Expansions, actual.Expansions);
    }

    private static string WithoutScores(SearchResult result) => SearchResultJson.Serialize(result with { Hits = [.. result.Hits.Select(h => h with { Score = 0 })] });
}
