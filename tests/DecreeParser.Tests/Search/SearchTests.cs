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
        // Every word of "құру жұмыс тобын" stands in measures 1.1 and 30.1, but not in that order.
        Assert.Equal(["P1800000897/1.1", "P1800000897/30.1"], Measures(Search("құру жұмыс тобын", limit: 100)).Order(StringComparer.Ordinal));
        Assert.Empty(Search("\"құру жұмыс тобын\"").Hits);
        Assert.Equal(["P1800000897/1.1", "P1800000897/30.1"], Measures(Search("\"жұмыс тобын құру\"", limit: 100)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_word_must_match_so_the_facets_count_what_was_asked_for()
    {
        // "денсаулық сақтау министрлігімен" once found 124 of 127 measures (any ministry matched);
        // every word must be found now, the body's name through its code's expansion.
        var result = Search(new SearchRequest("денсаулық сақтау министрлігімен") { Limit = 100 });
        Assert.Equal(MatchMode.All, result.Mode);
        Assert.Equal(ResponsibleFor("ДСМ"), Measures(result).ToHashSet());
        Assert.Equal(ResponsibleFor("ДСМ").Count, result.Facets["responsible"]["ДСМ"]);
        Assert.True(result.Facets["responsible"].GetValueOrDefault("ІІМ") <= ResponsibleFor("ДСМ").Count);
    }

    [Fact]
    public void When_no_document_holds_every_word_any_word_will_do_and_the_result_says_so()
    {
        var both = Search("жалақы ипотека");
        Assert.Equal(MatchMode.Any, both.Mode);
        Assert.Contains("P1800000897/6.3", both.Ids());
        Assert.Contains("P1800000897/5", both.Ids());
        Assert.Equal(MatchMode.All, Search("жалақы").Mode);
    }

    [Fact]
    public void OR_joins_alternatives_and_a_minus_excludes()
    {
        Assert.Equal(MatchMode.All, Search("жалақы OR ипотека").Mode);
        Assert.Equal(Search("жалақы ипотека", limit: 50).Ids().ToHashSet(), Search("жалақы OR ипотека", limit: 50).Ids().ToHashSet());
        var withoutRb = Search("жалақы -РБ", limit: 50).Ids();
        Assert.DoesNotContain("P1800000897/5", withoutRb);
        Assert.Contains("P1800000897/5.1", withoutRb);
        Assert.Empty(Search("жалақы -жалақы").Hits);
    }

    [Fact]
    public void Words_standing_together_lift_a_measure()
    {
        // Two measures of the same words and length, the first with "жалақыны" and "көтеру" apart, the
        // second with them together: alike to BM25, so only nearness can put the second first.
        var decree = Seed.Build("Қазақстан Республикасы Үкіметінің 2018 жылғы 27 желтоқсандағы № 897 қаулысы.\n\n" +
            "№\tІс-шаралар\tОрындау мерзімі\tЖауапты орындаушылар\n" +
            "1.\tЖалақыны оңтайландыру және кейін көтеру мәселесі\t2019 жыл\tІІМ\n" +
            "2.\tЖалақыны көтеру және кейін оңтайландыру мәселесі\t2019 жыл\tІІМ\n");
        using var searcher = SearchCorpus.Searcher(decrees: [(decree, "P1800000897")]);
        Assert.Equal(["P1800000897/2", "P1800000897/1"], searcher.Search(new SearchRequest("жалақыны көтеру")).Ids().Where(id => id.Contains('/', StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("жалакы", "жалақы")]                                  // Kazakh typed on a Russian keyboard
    [InlineData("кызметкерлердин жалакысы", "қызметкерлерінің жалақысы")]
    [InlineData("денсаулык сактау", "денсаулық сақтау")]
    [InlineData("тажирибе", "тәжірибе")]
    [InlineData("ж а л а қ ы", "жалақы")]                              // letter-spaced, pasted from a damaged text
    [InlineData("п р о б а ц и я", "пробация")]
    [InlineData("Д С М", "ДСМ")]
    public void A_damaged_query_finds_what_its_mended_form_finds(string damaged, string mended)
    {
        var expected = Search(mended, limit: 100).Ids().ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Search(damaged, limit: 100).Ids().ToHashSet());
    }

    [Fact]
    public void The_exact_Kazakh_spelling_ranks_above_a_keyboard_folded_match()
    {
        // One measure spells "жалақы", the other was typed on a Russian keyboard: "жалакы".
        var decree = Seed.Build("Қазақстан Республикасы Үкіметінің 2018 жылғы 27 желтоқсандағы № 897 қаулысы.\n\n" +
            "№\tІс-шаралар\tОрындау мерзімі\tЖауапты орындаушылар\n" +
            "1.\tЖалакы төлеу тәртібі\t2019 жыл\tІІМ\n" +
            "2.\tЖалақы төлеу тәртібі\t2019 жыл\tІІМ\n");
        using var searcher = SearchCorpus.Searcher(decrees: [(decree, "P1800000897")]);
        Assert.Equal(["P1800000897/2", "P1800000897/1"], searcher.Search(new SearchRequest("жалақы")).Ids().Where(id => id.Contains('/', StringComparison.Ordinal)));
        Assert.Equal(["P1800000897/1", "P1800000897/2"], searcher.Search(new SearchRequest("жалакы")).Ids().Where(id => id.Contains('/', StringComparison.Ordinal)));
    }

    [Fact]
    public void A_keyboard_folded_query_finds_the_words_of_every_field_as_the_written_query_does()
    {
        // "тоқсан" stands only in deadlines, which the scored folded field does not hold; the all-words field does.
        var written = Search("жылғы тоқсан", limit: SearchRequest.MostHits);
        Assert.True(written.Total > 50, $"{written.Total}");
        Assert.Equal(written.Hits.Select(h => h.Id).ToHashSet(), Search("жылгы токсан", limit: SearchRequest.MostHits).Hits.Select(h => h.Id).ToHashSet());
    }

    [Fact]
    public void A_Kazakh_name_finds_its_Russian_spelling_in_the_twin()
    {
        // The Kazakh order is signed "Сұлтанов", its Russian twin "Султанов".
        Assert.Contains("V1600014606.ru", Search("Сұлтанов").Ids());
        Assert.Contains("V1600014606", Search("Сұлтанов").Ids());
    }

    [Fact]
    public void A_word_that_matches_nothing_gets_the_index_s_nearest_word()
    {
        var result = Search("ипотекк");
        Assert.Empty(result.Hits);
        Assert.Equal("ипотека", result.DidYouMean["ипотекк"]);
        Assert.Equal("Полиция", Search("полицея академиясы").DidYouMean["полицея"]);
        Assert.Empty(Search("ипотека").DidYouMean);
    }

    [Theory]
    [InlineData("тұроқты", "тұрақты")]              // one edit; "Тұрғын", two edits but more common, had been offered
    [InlineData("құролуының", "құрылуының")]        // not "құру"
    public void The_nearest_word_is_offered_before_a_more_common_one(string typed, string nearest)
    {
        Assert.Equal(nearest, Search(typed).DidYouMean[typed]);
    }

    [Theory]
    [InlineData("ипотекк теңге", "теңге")]            // a financing cell's word, in no title: "тергеу" had been offered
    [InlineData("ипотекк анықтама", "анықтама")]      // a completion form's word ("анықтау")
    [InlineData("ипотекк сайын", "сайын")]            // a deadline's word ("санын")
    public void A_word_found_in_any_field_is_not_said_to_match_nothing(string query, string found)
    {
        var result = Search(query);
        Assert.Equal(MatchMode.Any, result.Mode);
        Assert.True(result.Total > 0, query);
        Assert.Equal("ипотека", result.DidYouMean["ипотекк"]);
        Assert.False(result.DidYouMean.ContainsKey(found), $"{found} → {result.DidYouMean.GetValueOrDefault(found)}");
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
