using DecreeParser.Search.Querying;

namespace DecreeParser.Tests.Search;

/// <summary>
/// Facet values are ranked most frequent first, then in value order, whichever way they were ranked:
/// by a counting sort (counts low beside the number of values, as a decree facet's) or by sorting
/// (a few values counted in the hundreds of thousands, as a year facet's at a million measures).
/// </summary>
public class CountRankTests
{
    [Fact]
    public void Values_come_by_count_then_by_ordinal_and_uncounted_ones_are_left_out() =>
        Assert.Equal([2, 0, 3, 4], CountRank.Ordinals([3, 0, 7, 3, 1]));

    [Fact]
    public void Counts_far_above_the_number_of_values_rank_the_same() =>
        Assert.Equal([0, 2, 4, 3], CountRank.Ordinals([917_957, 0, 917_957, 12, 300_001]));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Any_counts_rank_as_a_sort_by_count_then_ordinal_does(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var highest = random.Next(2) == 0 ? 5 : 5_000_000;
            var counts = Enumerable.Range(0, random.Next(0, 300)).Select(_ => random.Next(3) == 0 ? 0 : random.Next(1, highest)).ToArray();
            var expected = Enumerable.Range(0, counts.Length).Where(o => counts[o] > 0).OrderByDescending(o => counts[o]).ThenBy(o => o);
            Assert.Equal(expected, CountRank.Ordinals(counts));
        }
    }

    [Fact]
    public void A_search_s_facets_come_in_that_order()
    {
        using var searcher = Support.SearchCorpus.Searcher();
        var responsible = searcher.Search(new SearchRequest("жалақы")).Facets[DecreeParser.Search.Indexing.IndexFields.Responsible];
        var expected = responsible.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal);
        Assert.True(responsible.Count > 3);
        Assert.Equal(expected, responsible);
    }
}
