using DecreeParser.Cli;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Cli;

public class EvalCommandTests
{
    [Fact]
    public void Each_query_set_gets_its_own_table_over_its_own_decrees()
    {
        var operators = Repository.File("corpus/search/operators.tsv");
        var bilingual = Repository.File("corpus/search/bilingual.tsv");
        var (code, output, error) = Command.Run("eval", Repository.SeedPath, "--analyzers", "kazakh", "--queries", operators, "--queries", bilingual);
        Assert.Equal(0, code);
        Assert.Equal("", error);
        // operators.tsv has no #inputs line: it runs on the seed given; bilingual.tsv on the two plans it names.
        Assert.Contains($"{operators}: 12 queries, 1 decrees, 127 measures", output, StringComparison.Ordinal);
        Assert.Contains($"{bilingual}: 13 queries, 2 decrees, 14 measures", output, StringComparison.Ordinal);
        Assert.Equal(2, output.Split('\n').Count(line => line.StartsWith("kazakh ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_missing_query_set_is_named_and_nothing_is_measured()
    {
        using var temp = new TempDirectory();
        var missing = temp.File("none.tsv");
        var (code, output, error) = Command.Run("eval", Repository.SeedPath, "--queries", Repository.File("corpus/search/operators.tsv"), "--queries", missing);
        Assert.NotEqual(0, code);
        Assert.Contains("none.tsv", error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }
}
