using DecreeParser.Ingest.Pipeline;
using DecreeParser.Model.Decrees;
using DecreeParser.Search.Querying;
using DecreeParser.Tests.Support;
using DecreeParser.Tests.Twins;

namespace DecreeParser.Tests.Search;

/// <summary>Search over a decree in both languages (the year-column plan in Kazakh and Russian) beside a Russian order without a Kazakh text here.</summary>
public class TwinSearchTests
{
    private static readonly Lazy<DecreeSearcher> Shared = new(() => SearchCorpus.Searcher(decrees:
    [
        (TwinPlans.Kk, "P1800000897"),
        (TwinPlans.Ru, "P1800000897.ru"),
        (DecreePipeline.Convert(Repository.File("corpus/adilet/ru/V1600014592.html"), "V1600014592"), "V1600014592.ru"),
    ]));

    private static SearchResult Search(string query, string? language = null, string? answer = null) =>
        Shared.Value.Search(new SearchRequest(query) { Language = language, AnswerLanguage = answer, Limit = 100 });

    [Fact]
    public void Every_hit_names_its_twin_when_the_index_has_it()
    {
        var result = Search("полиция");

        Assert.Contains(result.Hits, h => h.Language == "ru");
        Assert.All(result.Hits.Where(h => h.Decree.StartsWith("P1800000897", StringComparison.Ordinal)), h => Assert.Equal(DecreeKey.Twin(h.Id), h.Twin));
        Assert.Null(Assert.Single(Search("лимит долга").Hits, h => h.Decree == "V1600014592.ru").Twin);
    }

    [Fact]
    public void The_language_filter_keeps_one_language_and_its_facets()
    {
        var russian = Search("полиция", language: "ru");

        Assert.NotEmpty(russian.Hits);
        Assert.All(russian.Hits, h => Assert.Equal("ru", h.Language));
        Assert.Equal(["МВД"], russian.Facets["responsible"].Keys.Where(k => k is "МВД" or "ІІМ"));
    }

    [Fact]
    public void Shown_in_kazakh_each_measure_comes_once_whichever_text_matched()
    {
        // "полиция" matches measures in both texts: each pair is one Kazakh hit.
        var both = Search("полиция");
        var kazakh = Search("полиция", answer: "kk");

        var pairs = both.Hits.Select(h => h.Language == "ru" ? DecreeKey.Twin(h.Id)! : h.Id).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(pairs, kazakh.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(kazakh.Hits.Count, kazakh.Total);
        Assert.All(kazakh.Hits, h => Assert.Equal("kk", h.Language));
        Assert.Equal("kk", kazakh.AnswerLanguage);
    }

    [Fact]
    public void A_russian_match_is_shown_as_its_kazakh_twin_and_names_the_match()
    {
        var result = Search("должностных окладов", language: "ru", answer: "kk");

        var first = result.Hits[0];
        Assert.Equal(("P1800000897/3", "P1800000897.ru/3", "kk"), (first.Id, first.Via, first.Language));
        Assert.StartsWith("Полиция және ҚАЖ қызметкерлерінің лауазымдық жалақысын", first.Title, StringComparison.Ordinal);
        // The facets count the Kazakh measures shown, in their own codes.
        Assert.Equal(2, result.Facets["responsible"]["ІІМ"]);
        Assert.False(result.Facets["responsible"].ContainsKey("МВД"));
    }

    [Fact]
    public void A_match_with_no_twin_is_shown_as_it_is()
    {
        var hit = Assert.Single(Search("лимит долга", answer: "kk").Hits, h => h.Decree == "V1600014592.ru");

        Assert.Equal(("ru", null), (hit.Language, hit.Via));
    }

    [Theory]
    [InlineData("en", null, "unknown language \"en\" (known: kk, ru)")]
    [InlineData(null, "de", "unknown answer language \"de\" (known: kk, ru)")]
    public void An_unknown_language_is_refused_by_name(string? language, string? answer, string problem) =>
        Assert.Equal(problem, new SearchRequest("x") { Language = language, AnswerLanguage = answer }.Problem());
}
