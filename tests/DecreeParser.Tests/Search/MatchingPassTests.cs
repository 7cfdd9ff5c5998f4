using DecreeParser.Search.Indexing;
using DecreeParser.Search.Querying;
using DecreeParser.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace DecreeParser.Tests.Search;

/// <summary>
/// The search finds matches through the all-words fields, counts facets from cached ordinals (a large
/// match set from what it leaves out), collects segments in parallel and scores only a window of the
/// best field by field: none of that may change what a search returns while the window holds every
/// match. Checked against Lucene run plainly over the same index, with several segments and deletions.
/// </summary>
public class MatchingPassTests
{
    private static readonly SearchRequest[] Requests =
    [
        new("полиция академиясы"),
        new("ІІМ"),                                   // nearly every measure: facets counted from the complement
        new("ІІМ полиция академиясы"),                // a common word read as bits, the others walked within it
        new("денсаулық сақтау министрлігімен"),
        new("жалақы ипотека"),                        // no measure holds both: any word
        new("нысанды киім -ребрендинг"),
        new("\"жұмыс тобын\" OR ипотека"),
        new("кызметкерлердин жалакысы"),              // the folded field
        new("жылгы токсан"),                          // keyboard-folded words of the deadline, which the folded field does not hold
        new("жалақы") { Source = "РБ", Year = 2020 },
        new("приказом Министра"),                      // a Russian text's all-words field
        new("2019-2023"),                             // the range and its years; no Russian text holds any of them
    ];

    public static TheoryData<int> Cases => [.. Enumerable.Range(0, Requests.Length)];

    /// <summary>
    /// The seed, a copy of it under another key and the first adilet page committed together, each
    /// other page apart, then the copy indexed again: several segments, the first holding the copy's
    /// deleted documents beside the seed's live ones with the same facet values — a count from the
    /// complement that forgot deletions would be wrong there.
    /// </summary>
    private static readonly Lazy<RAMDirectory> Segmented = new(() =>
    {
        var directory = new RAMDirectory();
        using var writer = DecreeIndexWriter.Open(directory, SearchAnalysis.Shipped);
        var decrees = SearchCorpus.Decrees;
        var copy = (decrees[0].Decree, Key: "COPY");
        IEnumerable<(Model.Decrees.Decree, string)>[] batches = [[decrees[0], copy, decrees[1]], .. decrees.Skip(2).Select(d => new[] { d }), [copy]];
        foreach (var batch in batches)
        {
            writer.Add([.. batch]);
            writer.Commit();
        }
        return directory;
    });

    [Fact]
    public void The_index_has_several_segments_and_deleted_documents()
    {
        using var reader = DirectoryReader.Open(Segmented.Value);
        Assert.True(reader.Leaves.Count > 1, $"{reader.Leaves.Count} segment");
        Assert.True(reader.Leaves[0].AtomicReader.NumDeletedDocs > 0);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hits_total_and_facets_are_those_of_the_full_query_run_plainly(int which)
    {
        var request = Requests[which] with { Limit = SearchRequest.MostHits };
        using var searcher = DecreeSearcher.Open(Segmented.Value, SearchAnalysis.Shipped);
        var result = searcher.Search(request);
        Assert.True(result.Total > 0, request.Query);

        using var reader = DirectoryReader.Open(Segmented.Value);
        var plain = new IndexSearcher(reader) { Similarity = Ranking.Similarity };
        var builder = new DecreeQueryBuilder(SearchAnalysis.Shipped.Analyzer);
        var text = builder.Text(request, result.Mode)!;
        Query query = DecreeQueryBuilder.Filters(request) is { } filters ? new FilteredQuery(text, new QueryWrapperFilter(filters)) : text;
        // In the result's order: best first, equal (and near-equal) scores by key.
        var expected = plain.Search(query, SearchRequest.MostHits);
        var ranked = ResultOrder.Ranked(new KeyRanks(reader).ByDocument, expected.ScoreDocs);

        Assert.Equal(expected.TotalHits, result.Total);
        Assert.Equal(ranked.Select(d => Key(plain, d.Doc)), result.Hits.Select(h => h.Id));
        Assert.Equal(ranked.Select(d => d.Score), result.Hits.Select(h => h.Score));
        Assert.Equal(FacetsOf(reader, expected.ScoreDocs.Select(d => d.Doc)), result.Facets.ToDictionary(f => f.Key, f => f.Value.ToDictionary()));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_narrow_window_changes_the_order_beyond_it_but_not_the_total_or_the_facets(int which)
    {
        var request = Requests[which] with { Limit = SearchRequest.MostHits };
        using var searcher = DecreeSearcher.Open(Segmented.Value, SearchAnalysis.Shipped);
        var wide = searcher.Search(request);
        searcher.RescoreWindow = 1;
        var narrow = searcher.Search(request with { Limit = 1 });
        Assert.Equal(wide.Total, narrow.Total);
        Assert.Equal(wide.Facets.ToDictionary(f => f.Key, f => f.Value.ToDictionary()), narrow.Facets.ToDictionary(f => f.Key, f => f.Value.ToDictionary()));
        // The one hit scored is one of the matches, with the full query's score for it.
        var hit = Assert.Single(narrow.Hits);
        Assert.Equal(wide.Hits.Single(h => h.Id == hit.Id).Score, hit.Score);
    }

    [Fact]
    public void The_matching_pass_reads_common_words_as_bits_and_walks_no_absent_term()
    {
        using var reader = DirectoryReader.Open(Segmented.Value);
        var builder = new DecreeQueryBuilder(SearchAnalysis.Shipped.Analyzer);
        var bits = new TermBits(reader);
        var match = Pruned(builder, reader, "ІІМ полиция академиясы", out var states);
        var terms = new HashSet<Term>();
        match.ExtractTerms(terms);
        Assert.All(terms, term => Assert.True(reader.DocFreq(term) > 0, term.ToString()));
        // "ІІМ" and "полиция" stand in most of the seed's measures: a filter of bits, and the rarer word walked within it.
        var split = Assert.IsType<FilteredQuery>(CommonWords.Split(match, bits, states));
        var walked = new HashSet<Term>();
        split.Query.ExtractTerms(walked);
        Assert.Equal(["академия"], walked.Select(term => term.Text));
        // A word whose Russian spellings no text holds is walked as its Kazakh alternatives alone, not beside an empty disjunction.
        var range = Pruned(builder, reader, "2019-2023", out _);
        var rangeTerms = new HashSet<Term>();
        range.ExtractTerms(rangeTerms);
        Assert.Equal(["2019", "2019-2023", "2023"], rangeTerms.Select(term => term.Text).Order(StringComparer.Ordinal));
        Assert.All(rangeTerms, term => Assert.Equal(IndexFields.All, term.Field));
        // A word alone is walked, common or not: it ranks the pass.
        Assert.IsNotType<FilteredQuery>(CommonWords.Split(Pruned(builder, reader, "ІІМ", out var alone), bits, alone));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Terms_looked_up_once_count_the_documents_Lucene_counts_and_leave_the_query_as_it_was(int which)
    {
        using var reader = DirectoryReader.Open(Segmented.Value);
        var builder = new DecreeQueryBuilder(SearchAnalysis.Shipped.Analyzer);
        var text = (BooleanQuery)builder.Text(Requests[which], MatchMode.All)!;
        var match = (BooleanQuery)builder.Match(Requests[which], MatchMode.All)!;
        var states = TermStates.Of(new IndexSearcher(reader), text, match);
        // Excluded words' terms too ("-ребрендинг"), which Lucene's ExtractTerms leaves out.
        var terms = new HashSet<Term>();
        foreach (var query in new[] { text, match })
        {
            query.ExtractTerms(terms);
            foreach (var excluded in query.Clauses.Where(c => c.Occur == Occur.MUST_NOT)) excluded.Query.ExtractTerms(terms);
        }
        Assert.NotEmpty(terms);
        Assert.All(terms, term => Assert.Equal(reader.DocFreq(term), states.DocFreq(term)));
        Assert.Equal(text.ToString(), states.Attach(text).ToString());
        Assert.Equal(match.ToString(), states.Attach(match).ToString());
    }

    /// <summary>
    /// "2019-2023" is the range, 2023 and 2019, which stands in nearly every measure of the seed; "Е-кадр"
    /// has the common "кадр" beside rare parts. Scoring only the matches that hold a rare term chooses the
    /// same best, with the same scores, and counts the same total and facets as scoring every match, while
    /// the best it is asked for score above what a match without a rare term can (here the two best of
    /// each); asked for more, it declines (null) and Lucene scores every match.
    /// </summary>
    [Theory]
    [InlineData("2019-2023", 2)]
    [InlineData("Е-кадр", 2)]
    public void Rare_terms_first_chooses_what_scoring_every_match_chooses(string query, int cleared)
    {
        using var reader = DirectoryReader.Open(Segmented.Value);
        var bits = new TermBits(reader);
        var match = Pruned(new DecreeQueryBuilder(SearchAnalysis.Shipped.Analyzer), reader, query, MatchMode.All, out var states);
        var terms = new HashSet<Term>();
        match.ExtractTerms(terms);
        Assert.Contains(terms, t => bits.IsCommon(states.DocFreq(t)));
        Assert.Contains(terms, t => !bits.IsCommon(states.DocFreq(t)));
        var plan = RareTermsFirst.Plan(match, bits, states, reader.MaxDoc, Bm25);
        AssertChoosesAsScoringEvery(reader, states.Attach(match), plan!, cleared);
    }

    /// <summary>
    /// An any-word search of three words, one measure holding all three and three holding two: the
    /// matches of the most words are scored, the rest only counted, and the best are those of scoring
    /// every match — as long as they clear the bound of a match of fewer words (here the best one),
    /// beyond which the pass declines.
    /// </summary>
    [Theory]
    [InlineData("Қаржы министрінің бұйрығы", 1)]
    public void Most_words_first_chooses_what_scoring_every_match_chooses(string query, int cleared)
    {
        using var reader = DirectoryReader.Open(Segmented.Value);
        var match = Pruned(new DecreeQueryBuilder(SearchAnalysis.Shipped.Analyzer), reader, query, MatchMode.Any, out var states);
        var plan = MostWordsFirst.Plan(match, new TermBits(reader), states, reader.MaxDoc, Bm25);
        AssertChoosesAsScoringEvery(reader, states.Attach(match), plan!, cleared);
    }

    /// <summary>The plan's sets, by k: the documents matching at least k of the words, as Lucene matches each word.</summary>
    [Theory]
    [InlineData("Қаржы министрінің бұйрығы")]
    [InlineData("жалақы ипотека полиция -академиясы")]
    public void Most_words_first_sets_hold_the_documents_of_at_least_k_words(string query)
    {
        using var reader = DirectoryReader.Open(Segmented.Value);
        var searcher = new IndexSearcher(reader);
        var match = (BooleanQuery)Pruned(new DecreeQueryBuilder(SearchAnalysis.Shipped.Analyzer), reader, query, MatchMode.Any, out var states);
        var plan = MostWordsFirst.Plan(match, new TermBits(reader), states, reader.MaxDoc, Bm25)!;
        var excluded = match.Clauses.Where(c => c.Occur == Occur.MUST_NOT).SelectMany(c => searcher.Search(c.Query, reader.MaxDoc).ScoreDocs.Select(d => d.Doc)).ToHashSet();
        var words = match.Clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => searcher.Search(c.Query, reader.MaxDoc).ScoreDocs.Select(d => d.Doc).ToHashSet()).ToList();
        var sets = reader.Leaves.Select(segment => (segment.DocBase, Sets: plan.Levels(segment))).ToList();
        Assert.True(words.Count >= 3);
        for (var k = 1; k <= words.Count; k++)
        {
            var expected = Enumerable.Range(0, reader.MaxDoc).Where(doc => !excluded.Contains(doc) && words.Count(w => w.Contains(doc)) >= k);
            var found = sets.SelectMany(s => Enumerable.Range(0, s.Sets[k - 1].Length).Where(s.Sets[k - 1].Get).Select(doc => s.DocBase + doc));
            Assert.Equal(expected, found);
        }
        Assert.NotEmpty(sets.SelectMany(s => Enumerable.Range(0, s.Sets[1].Length).Where(s.Sets[1].Get)));
    }

    private static readonly Lucene.Net.Search.Similarities.BM25Similarity Bm25 = (Lucene.Net.Search.Similarities.BM25Similarity)Ranking.Similarity;

    /// <summary>For the best 1 to <paramref name="cleared"/>, the same as scoring every match; for two more, declined.</summary>
    private static void AssertChoosesAsScoringEvery(IndexReader reader, Query match, CandidatePlan plan, int cleared)
    {
        var searcher = new IndexSearcher(reader) { Similarity = Ranking.Similarity };
        var (facets, ranks) = (new FacetCache(reader), new KeyRanks(reader).ByDocument);
        for (var n = 1; n <= cleared + 2; n++)
        {
            var chosen = CandidatesFirst.Run(searcher, match, plan, n, facets, ranks);
            if (n > cleared)
            {
                Assert.Null(chosen);
                continue;
            }
            var every = SegmentSearch.Run(searcher, match, n, facets, ranks);
            Assert.NotNull(chosen);
            Assert.Equal(every.Top.TotalHits, chosen.Value.Top.TotalHits);
            Assert.Equal(every.Top.ScoreDocs.Select(d => (d.Doc, d.Score)), chosen.Value.Top.ScoreDocs.Select(d => (d.Doc, d.Score)));
            Assert.Equal(every.Facets.ToDictionary(f => f.Key, f => f.Value.ToDictionary()), chosen.Value.Facets.ToDictionary(f => f.Key, f => f.Value.ToDictionary()));
        }
    }

    /// <summary>
    /// The bound the pass trusts: no document scores more for a common term than the term's idf times
    /// k1 + 1, as computed apart from Lucene — checked on every common term of the all-words field, by
    /// Lucene's own best score for it.
    /// </summary>
    [Fact]
    public void No_document_scores_a_term_above_its_bound()
    {
        using var reader = DirectoryReader.Open(Segmented.Value);
        var searcher = new IndexSearcher(reader) { Similarity = Ranking.Similarity };
        var bits = new TermBits(reader);
        var checkedTerms = 0;
        var terms = MultiFields.GetTerms(reader, IndexFields.All).GetEnumerator();
        while (terms.MoveNext())
        {
            if (!bits.IsCommon(terms.DocFreq)) continue;
            var term = new Term(IndexFields.All, terms.Term.Utf8ToString());
            var best = searcher.Search(new TermQuery(term), 1).ScoreDocs[0].Score;
            Assert.True(best <= ScoreBound.Weight(terms.DocFreq, reader.MaxDoc, Bm25), $"{term}: {best}");
            checkedTerms++;
        }
        Assert.True(checkedTerms > 10, $"{checkedTerms} common terms");
    }

    /// <summary>The matching pass of a query, its absent terms dropped, and the states of its terms.</summary>
    private static Query Pruned(DecreeQueryBuilder builder, IndexReader reader, string query, out TermStates states) =>
        Pruned(builder, reader, query, MatchMode.All, out states);

    private static Query Pruned(DecreeQueryBuilder builder, IndexReader reader, string query, MatchMode mode, out TermStates states)
    {
        var match = builder.Match(new SearchRequest(query), mode)!;
        states = TermStates.Of(new IndexSearcher(reader), match);
        return AbsentTerms.Prune(match, states);
    }

    private static string? Key(IndexSearcher searcher, int doc) => searcher.Doc(doc).Stored(IndexFields.Key);

    /// <summary>Facet counts read the plain way, document by document through Lucene's doc values, with no cache.</summary>
    private static Dictionary<string, Dictionary<string, int>> FacetsOf(IndexReader reader, IEnumerable<int> docs)
    {
        var counts = IndexFields.Facets.ToDictionary(f => f, _ => new Dictionary<string, int>());
        foreach (var doc in docs)
        {
            var segment = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
            foreach (var field in IndexFields.Facets)
            {
                if (segment.AtomicReader.GetSortedSetDocValues(field) is not { } values) continue;
                values.SetDocument(doc - segment.DocBase);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                {
                    var value = new Lucene.Net.Util.BytesRef();
                    values.LookupOrd(ord, value);
                    counts[field][value.Utf8ToString()] = counts[field].GetValueOrDefault(value.Utf8ToString()) + 1;
                }
            }
        }
        return counts;
    }
}
