using DecreeParser.Cli;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Cli;

/// <summary>A command line that is wrong is one line naming what is wrong and exit code 1; nothing runs, no word is taken for a file.</summary>
public class UsageErrorTests
{
    [Theory]
    [InlineData("--bogus", "convert", "{seed}", "--out", "{out}", "--bogus")]
    [InlineData("-x", "convert", "{seed}", "-x", "--out", "{out}")]
    [InlineData("--bogus", "fetch", "P1800000897", "--bogus", "--out", "{out}")]
    [InlineData("--bogus", "index", "{seed}", "--index", "{out}", "--bogus")]
    [InlineData("--bogus", "search", "жалақы", "--index", "{out}", "--bogus")]
    [InlineData("'abc' for option '--parallelism'", "convert", "{seed}", "--out", "{out}", "--parallelism", "abc")]
    [InlineData("'twenty' for option '--year'", "search", "жалақы", "--index", "{out}", "--year", "twenty")]
    [InlineData("'--out' is required", "convert", "{seed}")]
    [InlineData("'frobnicate'", "frobnicate")]
    public void A_wrong_command_line_is_one_line_and_exit_code_one(string named, params string[] words)
    {
        using var temp = new TempDirectory();
        var args = words.Select(w => w.Replace("{seed}", Repository.SeedPath, StringComparison.Ordinal).Replace("{out}", temp.File("out"), StringComparison.Ordinal)).ToArray();
        var (exit, output, error) = Command.Run(args);
        Assert.Equal(ExitCodes.NothingDone, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.DoesNotContain("file not found", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void After_a_double_dash_a_word_with_a_dash_is_a_file()
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = Command.Run("convert", "--out", temp.File("out"), "--", "-no-such-file.txt");
        Assert.Equal(ExitCodes.NothingDone, exit);
        Assert.Contains("-no-such-file.txt", error, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown option", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_still_shows_the_options()
    {
        var (exit, output, _) = Command.Run("convert", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--parallelism", output, StringComparison.Ordinal);
    }
}
