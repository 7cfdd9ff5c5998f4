using DecreeParser.Search.Indexing;
using DecreeParser.Search.Querying;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Search;

public class SearchTests
{
    private static readonly Lazy<DecreeSearcher> Shared = new(() => SearchCorpus.Searcher());

    private static SearchResult Search(string query, int limit = 10) => Shared.Value.Search(new SearchRequest(query) { Limit = limit });

    private static SearchResult Search(SearchRequest request) => Shared.Value.Search(request);

    private static IReadOnlyList<string> Measures(SearchResult result) => [.. result.Hits.Where(h => h.Kind == IndexFields.MeasureKind).Select(h => h.Id)];

    // The ids the seed's JSON says a body answers for: the index must find exactly these, by code and by name.
    private static HashSet<string> ResponsibleFor(string code) =>
        Seed.Decree.Measures.Where(m => m.Responsible.Any(p => p.Code == code)).Select(m => m.Id).ToHashSet();

    [Theory]
    [InlineData("ДСМ", "ДСМ")]
    [InlineData("денсаулық сақтау министрлігімен", "ДСМ")]
    [InlineData("БҒМ", "БҒМ")]
    [InlineData("Білім және ғылым министрлігіне", "БҒМ")]
    public void A_body_is_found_by_its_code_and_by_its_name_in_any_form(string query, string code)
    {
        var expected = ResponsibleFor(code);
        var found = Measures(Search(query, limit: 50)).Take(expected.Count).ToHashSet();
        Assert.Equal(expected, found);
    }

    [Fact]
    public void An_inflected_form_not_in_the_text_finds_the_measure_first()
    {
        Assert.Equal("P1800000897/52", Search("облыстарының").Ids()[0]);
        Assert.StartsWith("P1800000897/28", Search("нысанды киімдерін").Ids()[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_analysis_misses_what_ours_finds()
    {
        using var standard = SearchCorpus.Searcher(SearchAnalysis.Standard);
        Assert.Empty(standard.Search(new SearchRequest("облыстарының")).Hits);
        Assert.NotEmpty(Search("облыстарының").Hits);
    }

    [Fact]
    public void Filters_narrow_to_what_the_JSON_says()
    {
        var result = Search(new SearchRequest("полиция") { Year = 2020, Limit = 100 });
        var expected = Seed.Decree.Measures
            .Where(m => MeasureDocument.Years(m).Contains(2020))
            .Select(m => m.Id).ToHashSet();
        Assert.NotEmpty(result.Hits);
        Assert.All(result.Ids(), id => Assert.Contains(id, expected));

        var funded = Search(new SearchRequest("жалақы") { Source = "РБ", Year = 2020 });
        Assert.Equal(["P1800000897/5"], funded.Ids());
        Assert.All(Search(new SearchRequest("пысықтау") { Responsible = "ДСМ", Limit = 100 }).Ids(), id => Assert.Contains(id, ResponsibleFor("ДСМ")));
        Assert.Equal(["P1800000897/28.5"], Search(new SearchRequest("Қаржымині") { DeadlineKind = "yearRange" }).Ids());
        Assert.Empty(Search(new SearchRequest("полиция") { Decree = "V1600014606" }).Hits);
    }

    [Fact]
    public void Facets_count_every_match_from_doc_values()
    {
        var result = Search(new SearchRequest("ІІМ") { Limit = 1 });
        var matched = Seed.Decree.Measures.Where(m => m.Responsible.Any(p => p.Code == "ІІМ")).ToList();
        Assert.Equal(matched.Count, result.Facets["responsible"]["ІІМ"]);
        Assert.Equal(matched.Count(m => m.Responsible.Any(p => p.Code == "ДСМ")), result.Facets["responsible"]["ДСМ"]);
        Assert.Equal(matched.Count(m => m.Deadline.Kind == Model.Decrees.DeadlineKind.Quarter), result.Facets["deadlineKind"]["quarter"]);
        Assert.Equal(matched.Count(m => m.Financing.Sources.Contains("РБ")), result.Facets["source"]["РБ"]);
        Assert.True(result.Total > result.Hits.Count);
    }

    [Theory]
    [InlineData("\"ішкі істер")]
    [InlineData("қ/ж")]
    [InlineData("title:полиция")]
    [InlineData("(полиция]")]
    [InlineData("полиция* ~2 ^3 AND OR NOT -+!{}")]
    [InlineData("\\\"")]
    public void User_input_is_never_Lucene_syntax(string query) => Search(query);

    [Fact]
    public void A_quoted_phrase_is_a_phrase()
    {
        var loose = Measures(Search("жұмыс тобын құру", limit: 100));
        var phrase = Measures(Search("\"жұмыс тобын құру\"", limit: 100));
        Assert.Equal(["P1800000897/1.1", "P1800000897/30.1"], phrase.Order(StringComparer.Ordinal));
        Assert.True(loose.Count > phrase.Count);
    }

    [Fact]
    public void Decree_numbers_amounts_and_decrees_are_found()
    {
        Assert.Equal(["P1800000897/5.5", "P1800000897/5.6"], Search("№ 646").Ids().Order(StringComparer.Ordinal));
        Assert.Equal("P1800000897/5", Search("10 171").Ids()[0]);
        Assert.Equal("V1600014592.ru", Search("лимит долга").Ids()[0]);
    }

    [Fact]
    public void Highlights_point_at_the_matched_words_in_the_snippet()
    {
        var hit = Search("облыстарының").Hits[0];
        var highlighted = hit.Highlights.Select(h => hit.Snippet[h.Start..h.End]).ToList();
        Assert.Equal(["облыстардың"], highlighted);
    }

    [Fact]
    public void A_query_of_stop_words_finds_nothing_rather_than_everything() => Assert.Equal(0, Search("және үшін").Total);
}
