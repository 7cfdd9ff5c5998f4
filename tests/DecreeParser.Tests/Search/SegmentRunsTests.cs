using DecreeParser.Search.Indexing;
using DecreeParser.Search.Querying;
using DecreeParser.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DecreeParser.Tests.Search;

/// <summary>How the matching pass shares an index's segments among the cores (<see cref="SegmentSearch.Runs"/>).</summary>
public class SegmentRunsTests
{
    /// <summary>A small segment (one adilet page) written before a large one (the seed and the other pages).</summary>
    private static DirectoryReader SmallThenLarge()
    {
        var directory = new RAMDirectory();
        using (var writer = DecreeIndexWriter.Open(directory, SearchAnalysis.Shipped))
        {
            var decrees = SearchCorpus.Decrees;
            writer.Add([decrees[3]]);
            writer.Commit();
            writer.Add([decrees[0], decrees[1], decrees[2]]);
            writer.Commit();
        }
        return DirectoryReader.Open(directory);
    }

    [Fact]
    public void Two_segments_of_unequal_size_are_searched_on_two_cores()
    {
        using var reader = SmallThenLarge();
        Assert.Equal(2, reader.Leaves.Count);
        Assert.True(reader.Leaves[0].AtomicReader.MaxDoc * 2 < reader.Leaves[1].AtomicReader.MaxDoc, "the first segment is under half the documents");

        var runs = SegmentSearch.Runs(reader.Leaves, 2);

        Assert.Equal(2, runs.Count);
        Assert.All(runs, run => Assert.Single(run));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    public void Every_segment_is_in_one_run_and_no_run_is_empty(int cores)
    {
        using var reader = SmallThenLarge();

        var runs = SegmentSearch.Runs(reader.Leaves, cores);

        Assert.Equal(Math.Min(cores, reader.Leaves.Count), runs.Count);
        Assert.All(runs, run => Assert.NotEmpty(run));
        Assert.Equal(reader.Leaves.Select(l => l.Ord).Order(), runs.SelectMany(run => run.Select(s => s.Ord)).Order());
    }
}
