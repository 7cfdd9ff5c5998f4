using DecreeParser.Search.Querying;

namespace DecreeParser.Tests.Search;

/// <summary>
/// Facet counts come out most frequent first, then in value order, whichever way they were ranked:
/// by a counting sort (counts low beside the number of values, as a decree facet's) or by sorting
/// (a few values counted in the hundreds of thousands, as a year facet's at a million measures).
/// </summary>
public class RankedCountDictionaryTests
{
    private static readonly string[] Years = ["2019", "2020", "2021", "2022", "2023"];

    [Fact]
    public void Values_come_by_count_then_in_value_order_and_uncounted_ones_are_left_out()
    {
        var counts = new RankedCountDictionary(Years, [3, 0, 7, 3, 1]);
        Assert.Equal(["2021", "2019", "2022", "2023"], counts.Keys);
        Assert.Equal([7, 3, 3, 1], counts.Values);
        Assert.Equal(4, counts.Count);
        Assert.Equal(3, counts["2022"]);
        Assert.False(counts.ContainsKey("2020"));
        Assert.False(counts.TryGetValue("2020", out _));
    }

    [Fact]
    public void Counts_far_above_the_number_of_values_rank_the_same()
    {
        var counts = new RankedCountDictionary(Years, [917_957, 0, 917_957, 12, 300_001]);
        Assert.Equal(["2019", "2021", "2023", "2022"], counts.Keys);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Any_counts_rank_as_a_sort_by_count_then_ordinal_does(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var values = Enumerable.Range(0, random.Next(0, 300)).Select(i => i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var highest = random.Next(2) == 0 ? 5 : 5_000_000;
            var sum = values.Select(_ => random.Next(3) == 0 ? 0 : random.Next(1, highest)).ToArray();
            var expected = Enumerable.Range(0, values.Length).Where(o => sum[o] > 0).OrderByDescending(o => sum[o]).ThenBy(o => o).Select(o => values[o]);
            Assert.Equal(expected, new RankedCountDictionary(values, sum).Keys);
        }
    }
}
