using DecreeParser.Ingest.Pipeline;
using DecreeParser.Model.Decrees;
using DecreeParser.Search.Indexing;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Search;

/// <summary>A decree is stored without its measures and put back together from theirs: what the pages and the API show must be the decree as converted.</summary>
public class StoredDecreeTests
{
    [Fact]
    public void Every_decree_comes_back_whole_with_its_measures_in_order()
    {
        var twoPlans = Repository.File("corpus/plans/P1800000897.two-plans-kk.html");
        var plans = DecreePipeline.Convert(twoPlans, twoPlans);
        IReadOnlyList<(Decree Decree, string Key)> decrees = [.. SearchCorpus.Decrees, (plans, "TWO-PLANS")];
        using var searcher = SearchCorpus.Searcher(decrees: decrees);
        foreach (var (decree, key) in decrees)
        {
            var found = searcher.FindDecree(key);
            Assert.NotNull(found);
            Assert.Equal(SearchJson.Serialize(decree), SearchJson.Serialize(found));
        }
        Assert.Contains(decrees, d => d.Decree.Plans.Count > 1);
        Assert.Null(searcher.FindDecree("P0000000000"));
    }
}
