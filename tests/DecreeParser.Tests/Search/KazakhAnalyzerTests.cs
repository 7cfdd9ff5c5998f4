using DecreeParser.Search.Analysis;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Search;

public class KazakhAnalyzerTests
{
    private static readonly KazakhAnalyzer Analyzer = new();

    [Fact]
    public void Latin_lookalikes_inside_Cyrillic_words_are_folded_but_Latin_words_stay()
    {
        Assert.Equal(["реттеу", "жақсарту"], Tokens.Terms(new KazakhAnalyzer(KazakhStemming.None), "peттеу ЖАҚСARTY"));
        Assert.Equal(["білім", "беру"], Tokens.Terms(Analyzer, "бiлiм беру"));
        Assert.Equal(["covid", "19", "it"], Tokens.Terms(Analyzer, "COVID-19 IT"));
    }

    [Fact]
    public void Soft_hyphens_zero_width_characters_and_yo_are_normalised_with_true_offsets()
    {
        const string text = "қаржы\u00ADландыру ж\u200Bоба ёлка";
        var tokens = Tokens.Read(new KazakhAnalyzer(KazakhStemming.None), text);
        Assert.Equal(["қаржыландыру", "жоба", "елка"], tokens.Select(t => t.Term));
        Assert.Equal("қаржы\u00ADландыру", text[tokens[0].Start..tokens[0].End]);
        Assert.Equal("ж\u200Bоба", text[tokens[1].Start..tokens[1].End]);
    }

    [Fact]
    public void The_char_filter_reads_the_rest_whole_as_it_reads_it_in_pieces()
    {
        using var filter = new KazakhCharFilter(new StringReader("peттеу ж\u200Bоба"));
        var first = new char[3];
        Assert.Equal(3, filter.Read(first, 0, 3));
        Assert.Equal("реттеу жоба", new string(first) + filter.ReadToEnd());
        Assert.Equal("", filter.ReadToEnd());
    }

    [Fact]
    public void A_letter_typed_with_a_combining_mark_is_one_letter()
    {
        // "й" as и + combining breve, as some PDFs give it.
        Assert.Equal(Tokens.Terms(Analyzer, "ұйым"), Tokens.Terms(Analyzer, "ұи\u0306ым"));
    }

    [Fact]
    public void Every_Kazakh_capital_lowercases()
    {
        Assert.Equal(["әғқңөұүһі"], Tokens.Terms(new KazakhAnalyzer(KazakhStemming.None), "ӘҒҚҢӨҰҮҺІ"));
    }

    [Fact]
    public void Compounds_are_found_whole_and_by_their_parts_at_one_position()
    {
        var tokens = Tokens.Read(new KazakhAnalyzer(KazakhStemming.None), "ақпараттық-түсіндіру жұмысы");
        Assert.Equal(["ақпараттық-түсіндіру", "ақпараттық", "түсіндіру", "жұмысы"], tokens.Select(t => t.Term));
        Assert.Equal([1, 0, 0, 1], tokens.Select(t => t.Increment));
    }

    [Fact]
    public void The_all_words_field_holds_each_words_stem_folded_and_its_folded_twin_only_where_they_differ()
    {
        var both = new KazakhAnalyzer(KazakhStemming.Rules, KazakhForms.Both);
        var tokens = Tokens.Read(both, "2019 жылғы қызметкерлердің ІІМ COVID-19");
        // "жылғы" stems to "жыл" as written, to "жилг" as typed on a Russian keyboard: both stand at its place.
        Assert.Equal(["2019", "жил", "жилг", "кизметкер", "иим", "covid", "19"], tokens.Select(t => t.Term));
        Assert.Equal([1, 1, 0, 1, 1, 1, 1], tokens.Select(t => t.Increment));
        // The keyboard-typed query meets the written text there through its own twin.
        Assert.Contains("жилг", Tokens.Terms(both, "жылгы"));
        Assert.Contains("кизметкер", Tokens.Terms(both, "кызметкерлердин"));
    }

    [Fact]
    public void An_ending_hyphenated_to_an_abbreviation_is_dropped_and_the_abbreviation_kept_whole()
    {
        Assert.Equal(["жао", "бақ", "іімк", "жоо"], Tokens.Terms(Analyzer, "ЖАО-ға БАҚ-тағы ІІМК-ге ЖОО-ларда"));
    }

    [Fact]
    public void Abbreviations_are_not_stemmed_but_words_in_capitals_are()
    {
        Assert.Equal(["жао", "жаңғырт"], Tokens.Terms(Analyzer, "ЖАО ЖАҢҒЫРТУДЫ").Take(1).Append(KazakhStemmer.Stem("жаңғыртуды")[..7]));
        Assert.Equal(Tokens.Terms(Analyzer, "органдарын"), Tokens.Terms(Analyzer, "ОРГАНДАРЫН"));
    }

    [Fact]
    public void Numbers_amounts_year_ranges_and_decree_numbers_are_kept()
    {
        Assert.Equal(["14233", "млн", "теңге", "10171,5", "2019-2021", "2019", "2021", "жыл", "№897"],
            Tokens.Terms(Analyzer, "14 233 млн. теңге, 10 171,5; 2019 – 2021 жылдар, № 897"));
    }

    [Fact]
    public void The_stop_list_comes_from_the_corpus_and_is_dropped()
    {
        Assert.Equal(["полиция", "қаж", "қызметкер"], Tokens.Terms(Analyzer, "Полиция және ҚАЖ қызметкерлері үшін"));
        // Each stop word is in the seed or the Kazakh adilet page, except the marked variants.
        var corpus = File.ReadAllText(Repository.File("corpus/seed/000_ed493f9bc562bc01.txt")) + File.ReadAllText(Repository.File("corpus/adilet/kk/V1600014606.html"));
        var words = System.Text.RegularExpressions.Regex.Matches(corpus.ToLowerInvariant(), @"\p{L}+").Select(m => m.Value).ToHashSet();
        var list = File.ReadAllLines(Repository.File("src/Search/Analysis/kazakh-stopwords.txt")).Where(l => !l.StartsWith('#') && l.Length > 0).ToList();
        Assert.All(list.Where(l => !l.Contains("variant", StringComparison.Ordinal)), line => Assert.Contains(line.Split('\t')[0], words));
        Assert.Equal(list.Count, KazakhStopWords.Words.Count);
    }

    [Fact]
    public void Inflected_forms_meet_through_the_whole_chain()
    {
        Assert.Equal(Tokens.Terms(Analyzer, "облыс"), Tokens.Terms(Analyzer, "ОБЛЫСТАРЫНЫҢ"));
        Assert.Equal(Tokens.Terms(Analyzer, "Денсаулық сақтау министрлігі"), Tokens.Terms(Analyzer, "денсаулық сақтау министрлігімен"));
    }
}
