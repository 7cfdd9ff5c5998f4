using DecreeParser.Model.Decrees;
using DecreeParser.Search.Querying;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Search;

/// <summary>Equal scores come in key order, whatever order the decrees were indexed in and however many tie.</summary>
public class TieOrderTests
{
    [Fact]
    public void Many_equal_scores_past_the_window_come_in_key_order()
    {
        // Sixty copies of the seed indexed in a shuffled order: each measure ties with its sixty copies.
        var copies = Enumerable.Range(1, 60).Select(i => $"C{i:D3}").ToList();
        var shuffled = copies.OrderBy(key => KeyOrderSeed.Next()).Select(key => (Seed.Decree with { Id = key }, key)).ToList();
        using var searcher = SearchCorpus.Searcher(decrees: shuffled);
        searcher.RescoreWindow = 20;

        var result = searcher.Search(new SearchRequest("жалақысын арттыруды") { Limit = 30 });

        // The best measure of every copy scores alike; the first page is the first copies by key, in key order.
        var best = result.Hits[0].Number;
        Assert.All(result.Hits.Take(30), h => Assert.Equal(best, h.Number));
        Assert.Equal(copies.Take(30).Select(key => DecreeKey.Item(key, 1, best!)), result.Hits.Select(h => h.Id));
        Assert.Equal(copies.Skip(10).Take(10).Select(key => DecreeKey.Item(key, 1, best!)),
            searcher.Search(new SearchRequest("жалақысын арттыруды") { Offset = 10, Limit = 10 }).Hits.Select(h => h.Id));
    }

    private static readonly Random KeyOrderSeed = new(897);
}
