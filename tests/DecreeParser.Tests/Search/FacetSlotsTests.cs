using DecreeParser.Search.Querying;

namespace DecreeParser.Tests.Search;

/// <summary>
/// A segment's facet slots count the same whether held in two bytes (up to 65 536 slots, every segment
/// of the bundled index) or four (more), and whether a list of documents is long enough to be read
/// ahead or not: each listed document adds its slots, a complement's step takes them away.
/// </summary>
public class FacetSlotsTests
{
    [Theory]
    [InlineData(12, 1)]
    [InlineData(65_536, 2)]
    [InlineData(65_537, 3)]
    [InlineData(300_000, 4)]
    public void Every_listed_document_s_slots_are_counted(int slotCount, int seed)
    {
        var random = new Random(seed);
        var documents = 3_000;
        var starts = new int[documents + 1];
        var slots = new List<int>();
        for (var doc = 0; doc < documents; doc++)
        {
            starts[doc] = slots.Count;
            for (var i = random.Next(0, 9); i > 0; i--) slots.Add(random.Next(2) == 0 ? slotCount - 1 : random.Next(slotCount));
        }
        starts[documents] = slots.Count;
        var held = FacetSlots.Of(slots, slotCount);
        Assert.Equal(slots.Count, held.Length);

        foreach (var (listed, step) in new[] { (5, 1), (1_000, 1), (2_500, -1) })
        {
            var chosen = Enumerable.Range(0, documents).Where(_ => random.Next(documents) < listed).ToArray();
            var counts = new int[slotCount];
            held.Add(chosen, starts, counts, step);
            var expected = new int[slotCount];
            foreach (var doc in chosen)
            {
                for (var at = starts[doc]; at < starts[doc + 1]; at++) expected[slots[at]] += step;
            }
            Assert.Equal(expected, counts);
        }
    }
}
