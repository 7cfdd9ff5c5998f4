using DecreeParser.Cli;
using DecreeParser.Cli.Bench;
using DecreeParser.Model.Decrees;
using DecreeParser.Search.Indexing;
using DecreeParser.Search.Querying;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Search;

/// <summary>`decree index --merge`: shards' indexes merged answer every query as one index built in one go from the same decrees.</summary>
public class IndexMergeTests
{
    /// <summary>
    /// The bundled corpus, three hundred recombined measures, and the seed again under another key, the last
    /// four without a glossary: their measures name "ҚАЖ" and other abbreviations that only the seed's
    /// glossary expands, and the seed falls in another shard than most of them.
    /// </summary>
    private static readonly Lazy<List<(Decree Decree, string Key)>> Decrees = new(() =>
    [
        .. SearchCorpus.Decrees,
        .. SyntheticDecrees.Make([.. SearchCorpus.Decrees.Select(d => d.Decree)], 300).Select(d => (d.Decree with { Glossary = [] }, d.Key)),
        (Seed.Decree with { Id = "P1800000898", Glossary = [] }, "P1800000898"),
    ]);

    [Fact]
    public void Three_shards_merged_answer_every_query_as_one_index_built_in_one_go()
    {
        using var temp = new TempDirectory();
        var decrees = Decrees.Value;
        var shards = Enumerable.Range(0, 3).Select(k => temp.File($"shard-{k}")).ToList();
        for (var k = 0; k < 3; k++) SearchCorpus.WriteIndex(shards[k], [.. decrees.Where((_, i) => i % 3 == k)]);
        // Built in one go from the decrees in another order: ties must not follow the order of indexing.
        SearchCorpus.WriteIndex(temp.File("one"), [.. Enumerable.Reverse(decrees)]);

        var (code, output, error) = Command.Run(["index", "--merge", .. shards, "--index", temp.File("merged")]);

        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains($"merged 3 indexes into {temp.File("merged")}: {decrees.Count} decrees,", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" 0 indexed again", output, StringComparison.Ordinal);
        using var one = DecreeSearcher.Open(temp.File("one"));
        using var merged = DecreeSearcher.Open(temp.File("merged"));
        SameAnswers.Assert(one, merged);
        foreach (var (_, key) in decrees) Assert.Equal(SearchJson.Serialize(one.FindDecree(key)!), SearchJson.Serialize(merged.FindDecree(key)!));
    }

    [Fact]
    public void A_measure_finds_another_shards_abbreviation_once_merged()
    {
        using var temp = new TempDirectory();
        var (seed, copy) = (Decrees.Value[0], Decrees.Value[^1]);
        SearchCorpus.WriteIndex(temp.File("a"), [seed]);
        SearchCorpus.WriteIndex(temp.File("b"), [copy]);
        // "Қылмыстық-атқару жүйесі" is written out in the seed's glossary; most of the copy's measures say only "ҚАЖ".
        var query = new SearchRequest("қылмыстық-атқару жүйесі") { Decree = copy.Key, Limit = 1000 };
        int alone;
        using (var shard = DecreeSearcher.Open(temp.File("b"))) alone = shard.Search(query).Total;

        var (code, output, _) = Command.Run("index", "--merge", temp.File("a"), temp.File("b"), "--index", temp.File("merged"));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("1 indexed again for another shard's abbreviations", output, StringComparison.Ordinal);
        using var merged = DecreeSearcher.Open(temp.File("merged"));
        using var one = SearchCorpus.Searcher(decrees: [seed, copy]);
        Assert.True(merged.Search(query).Total > alone, $"{merged.Search(query).Total} measures merged, {alone} alone");
        Assert.Equal(one.Search(query).Ids(), merged.Search(query).Ids());
    }

    [Fact]
    public void A_decree_in_two_shards_is_kept_from_the_first_named_and_reported()
    {
        using var temp = new TempDirectory();
        SearchCorpus.WriteIndex(temp.File("a"), [.. SearchCorpus.Decrees.Take(2)]);
        SearchCorpus.WriteIndex(temp.File("b"), [.. SearchCorpus.Decrees.Skip(1)]);

        var (code, _, error) = Command.Run("index", "--merge", temp.File("a"), temp.File("b"), "--index", temp.File("merged"));

        Assert.Equal(ExitCodes.SomeFailed, code);
        var twice = SearchCorpus.Decrees[1].Key;
        Assert.Contains($"warning: {temp.File("b")}: decree {twice} is in {temp.File("a")} too; kept from {temp.File("a")}", error, StringComparison.Ordinal);
        using var merged = DecreeSearcher.Open(temp.File("merged"));
        using var one = SearchCorpus.Searcher();
        Assert.Equal(one.Documents, merged.Documents);
    }

    [Fact]
    public void A_merge_never_writes_into_a_folder_that_holds_something_and_leaves_nothing_when_a_shard_is_not_an_index()
    {
        using var temp = new TempDirectory();
        SearchCorpus.WriteIndex(temp.File("a"), [SearchCorpus.Decrees[0]]);
        Directory.CreateDirectory(temp.File("not-an-index"));
        File.WriteAllText(temp.File("not-an-index/notes.txt"), "mine");

        var (taken, _, takenError) = Command.Run("index", "--merge", temp.File("a"), "--index", temp.File("not-an-index"));
        var (foreign, _, foreignError) = Command.Run("index", "--merge", temp.File("a"), temp.File("not-an-index"), "--index", temp.File("out"));
        var (both, _, bothError) = Command.Run("index", Repository.SeedPath, "--merge", temp.File("a"), "--index", temp.File("out"));

        Assert.Equal(ExitCodes.NothingDone, taken);
        Assert.Contains($"{temp.File("not-an-index")}: already exists and is not empty", takenError, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(temp.File("not-an-index/notes.txt")));
        Assert.Equal(ExitCodes.NothingDone, foreign);
        Assert.Contains($"{temp.File("not-an-index")}: no index in this folder", foreignError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NothingDone, both);
        Assert.Contains("not both", bothError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("out")));
        Assert.Equal(["a", "not-an-index"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order());
    }
}
