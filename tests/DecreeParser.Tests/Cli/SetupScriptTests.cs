using DecreeParser.Ingest.Reading.Legacy;
using DecreeParser.Ingest.Reading.Pdf.Ocr;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Cli;

/// <summary>One list of Debian packages (scripts/packages.txt) for the test set-up and CI, and it holds every package our error messages tell a user to install.</summary>
public class SetupScriptTests
{
    private static IReadOnlyList<string> Packages =>
        [.. File.ReadAllLines(Repository.File("scripts/packages.txt")).Select(line => line.Split('#')[0].Trim()).Where(line => line.Length > 0)];

    [Theory]
    [InlineData(ScannedPages.PopplerHint)]
    [InlineData(ScannedPages.TesseractHint)]
    [InlineData(LegacyConverter.InstallHint)]
    public void Every_package_a_hint_names_is_in_the_list(string hint)
    {
        foreach (var package in hint.Replace("apt-get install", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Contains(package, Packages);
        }
    }

    [Fact]
    public void Ci_runs_the_readme_test_command()
    {
        var readme = File.ReadAllText(Repository.File("README.md"));
        Assert.Contains("bash scripts/test.sh", readme.Split("```")[1], StringComparison.Ordinal);
        Assert.Contains("bash scripts/test.sh", File.ReadAllText(Repository.File(".ci/run")), StringComparison.Ordinal);
    }
}
