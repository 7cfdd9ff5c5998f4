using DecreeParser.Search.Indexing;
using DecreeParser.Search.Querying;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Search;

public class IndexLifecycleTests
{
    private static int Count(string folder, string query)
    {
        using var searcher = DecreeSearcher.Open(folder);
        return searcher.Search(new SearchRequest(query)).Total;
    }

    [Fact]
    public void Indexing_a_decree_again_replaces_its_documents()
    {
        using var temp = new TempDirectory();
        var folder = temp.File("index");
        for (var run = 0; run < 2; run++)
        {
            using var writer = DecreeIndexWriter.Open(folder, SearchAnalysis.Shipped);
            writer.Add(SearchCorpus.Decrees);
            writer.Commit();
        }
        using var searcher = DecreeSearcher.Open(folder);
        Assert.Equal(Seed.Decree.Measures.Count + SearchCorpus.Decrees.Count, searcher.Documents);
    }

    [Fact]
    public void A_crash_before_commit_leaves_the_last_commit_readable()
    {
        using var temp = new TempDirectory();
        var folder = temp.File("index");
        using (var writer = DecreeIndexWriter.Open(folder, SearchAnalysis.Shipped))
        {
            writer.Add([SearchCorpus.Decrees[1]]);
            writer.Commit();
        }
        var before = Count(folder, "ДСМ");
        var committedFiles = Directory.GetFiles(folder).Length;
        var crashed = temp.File("crashed");
        using (var writer = DecreeIndexWriter.Open(folder, SearchAnalysis.Shipped))
        {
            writer.Add([SearchCorpus.Decrees[0]]);
            // What a disk holds when the process dies here: new segment files, no new commit point.
            writer.Flush();
            CopyFolder(folder, crashed);
        }
        Assert.True(Directory.GetFiles(crashed).Length > committedFiles, "the flush wrote no uncommitted segment");
        Assert.Equal(before, Count(crashed, "ДСМ"));
        using var searcher = DecreeSearcher.Open(crashed);
        Assert.Equal(1, searcher.Documents);
    }

    [Fact]
    public void A_folder_holding_something_else_is_refused_and_left_as_it_was()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("notes.txt"), "mine");
        var error = Assert.Throws<SearchIndexException>(() => DecreeIndexWriter.Open(temp.Path, SearchAnalysis.Shipped));
        Assert.Contains(temp.Path, error.Message, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
