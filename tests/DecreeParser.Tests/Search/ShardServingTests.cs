using System.Text.Json.Nodes;
using DecreeParser.Cli;
using DecreeParser.Cli.Bench;
using DecreeParser.Model.Decrees;
using DecreeParser.Search.Indexing;
using DecreeParser.Search.Querying;
using DecreeParser.Tests.Support;
using DecreeParser.Tests.Web;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DecreeParser.Tests.Search;

/// <summary>Several indexes searched and served as one (`--index A B C`), without merging them first.</summary>
public sealed class ShardServingTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly List<string> _shards;

    /// <summary>The bundled corpus and three hundred recombined measures in three shards, every shard holding the seed's glossary.</summary>
    public ShardServingTests()
    {
        List<(Decree Decree, string Key)> decrees =
        [
            .. SyntheticDecrees.Make([.. SearchCorpus.Decrees.Select(d => d.Decree)], 300),
            .. SearchCorpus.Decrees,
        ];
        _shards = [.. Enumerable.Range(0, 3).Select(k => _temp.File($"shard-{k}"))];
        for (var k = 0; k < 3; k++) SearchCorpus.WriteIndex(_shards[k], [.. decrees.Where((_, i) => i % 3 == k)]);
        SearchCorpus.WriteIndex(_temp.File("one"), decrees);
    }

    [Fact]
    public void Shards_searched_as_one_answer_as_one_index()
    {
        using var one = DecreeSearcher.Open(_temp.File("one"));
        using var shards = DecreeSearcher.Open(_shards);

        SameAnswers.Assert(one, shards);
        Assert.Equal(SearchJson.Serialize(one.FindDecree("P1800000897")!), SearchJson.Serialize(shards.FindDecree("P1800000897")!));
    }

    [Fact]
    public async Task The_search_command_and_the_web_app_take_several_indexes()
    {
        var (code, output, error) = Command.Run(["search", "полиция академиясы", "--index", .. _shards, "--json"]);
        var (_, single, _) = Command.Run("search", "полиция академиясы", "--index", _temp.File("one"), "--json");
        Assert.True(code == ExitCodes.Success, error);
        Assert.Equal(Ids(single), Ids(output));

        using var app = new WebApplicationFactory<DecreeParser.Web.Program>().WithWebHostBuilder(web =>
        {
            for (var k = 0; k < _shards.Count; k++) web.UseSetting($"index:{k}", _shards[k]);
        });
        var (status, body) = await app.Get("/api/search?q=полиция+академиясы");
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Equal(Ids(single), Ids(body));
    }

    [Fact]
    public void Indexes_that_hold_the_same_decree_are_refused_naming_both()
    {
        SearchCorpus.WriteIndex(_temp.File("again"), [SearchCorpus.Decrees[0]]);

        var (code, _, error) = Command.Run("search", "полиция", "--index", _shards[0], _shards[1], _shards[2], _temp.File("again"));

        Assert.Equal(ExitCodes.NothingDone, code);
        var holder = _shards.Single(s => { using var one = DecreeSearcher.Open(s); return one.FindDecree(SearchCorpus.Decrees[0].Key) is not null; });
        Assert.Contains($"error: {_temp.File("again")}: holds decree {SearchCorpus.Decrees[0].Key}, which {holder} holds too", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_index_built_with_another_analysis_is_refused_for_search_and_merge_naming_it()
    {
        using (var writer = DecreeIndexWriter.Open(_temp.File("standard"), SearchAnalysis.Standard))
        {
            writer.Add([SearchCorpus.Decrees[1]]);
            writer.Commit();
        }

        var (searched, _, searchError) = Command.Run("search", "полиция", "--index", _shards[0], _temp.File("standard"));
        var (merged, _, mergeError) = Command.Run("index", "--merge", _shards[0], _temp.File("standard"), "--index", _temp.File("merged"));

        Assert.Equal(ExitCodes.NothingDone, searched);
        Assert.Equal(ExitCodes.NothingDone, merged);
        var reason = $"{_temp.File("standard")}: was built with the standard analyzer, {_shards[0]} with kazakh: indexes used together share one";
        Assert.Contains(reason, searchError, StringComparison.Ordinal);
        Assert.Contains(reason, mergeError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.File("merged")));
    }

    private static List<string> Ids(string json) => [.. JsonNode.Parse(json)!["hits"]!.AsArray().Select(h => (string)h!["id"]!)];

    public void Dispose() => _temp.Dispose();
}
