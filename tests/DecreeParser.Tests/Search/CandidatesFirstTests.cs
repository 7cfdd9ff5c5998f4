using DecreeParser.Cli.Bench;
using DecreeParser.Search.Indexing;
using DecreeParser.Search.Querying;
using DecreeParser.Tests.Support;
using Lucene.Net.Store;

namespace DecreeParser.Tests.Search;

/// <summary>
/// At a scale where a window of 400 holds a small share of the matches — the bundled corpus and 20 000
/// measures recombined from it, as the search bench builds them — a search that scores only a plan's
/// candidates (<see cref="CandidatesFirst"/>) answers exactly as one that scores every match: hits,
/// scores, total, facets and mode, with the request's filters too, which the plans leave to Lucene.
/// </summary>
public class CandidatesFirstTests
{
    private static readonly Lazy<RAMDirectory> Index = new(() =>
    {
        var directory = new RAMDirectory();
        using var writer = DecreeIndexWriter.Open(directory, SearchAnalysis.Shipped);
        writer.Add([.. SearchCorpus.Decrees, .. SyntheticDecrees.Make([.. SearchCorpus.Decrees.Select(d => d.Decree)], 20_000)]);
        writer.Commit();
        return directory;
    });

    // Every one of these scores only candidates at this scale (Candidates_are_scored_alone_at_this_scale), unless filtered.
    private static readonly SearchRequest[] Requests =
    [
        new("пробация қызметі"),
        new("ішкі істер органдарының құзыреті") { AnyWord = true },
        new("Экономикалық тергеу қызметі"),
        new("денсаулық сақтау министрлігімен") { AnyWord = true },
        new("жұмыс тобын құру") { AnyWord = true },
        new("Қоғамдық даму министрлігі") { AnyWord = true },
        new("кызметкерлердин жалакысы") { AnyWord = true },
        new("пробация қызметі") { Year = 2020 },
        new("денсаулық сақтау министрлігімен") { AnyWord = true, Source = "РБ" },
    ];

    public static TheoryData<int> Cases => [.. Enumerable.Range(0, Requests.Length)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_search_answers_as_when_every_match_is_scored(int which)
    {
        var request = Requests[which] with { Limit = 20 };
        using var searcher = DecreeSearcher.Open(Index.Value, SearchAnalysis.Shipped);
        var planned = searcher.Search(request);
        searcher.ScoreEveryMatch = true;
        var every = searcher.Search(request);

        Assert.True(every.Total > 0, request.Query);
        Assert.Equal(every.Mode, planned.Mode);
        Assert.Equal(every.Total, planned.Total);
        Assert.Equal(every.Hits.Select(h => (h.Id, h.Score)), planned.Hits.Select(h => (h.Id, h.Score)));
        Assert.Equal(every.Facets.ToDictionary(f => f.Key, f => f.Value.ToDictionary()), planned.Facets.ToDictionary(f => f.Key, f => f.Value.ToDictionary()));
    }

    [Fact]
    public void Candidates_are_scored_alone_at_this_scale_and_never_with_filters()
    {
        using var searcher = DecreeSearcher.Open(Index.Value, SearchAnalysis.Shipped);
        foreach (var request in Requests)
        {
            var before = searcher.CandidatePasses;
            searcher.Search(request);
            var filtered = request.Year is not null || request.Source is not null;
            Assert.True(searcher.CandidatePasses - before == (filtered ? 0 : 1), request.Query);
        }
    }
}
