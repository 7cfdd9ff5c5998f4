using DecreeParser.Ingest.Reading.Legacy;
using DecreeParser.Ingest.Reading.Pdf.Ocr;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Cli;

/// <summary>
/// One list of Debian packages (scripts/packages.txt) for the test set-up, CI and the container image,
/// and it holds every package our error messages tell a user to install. No container runtime runs
/// here: the Dockerfile is checked as data.
/// </summary>
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

    /// <summary>The packages the image gets: the list's lines not marked "tests only", as the Dockerfile filters them.</summary>
    private static IReadOnlyList<string> ImagePackages =>
        [.. File.ReadAllLines(Repository.File("scripts/packages.txt")).Where(line => !line.Contains("tests only", StringComparison.Ordinal))
            .Select(line => line.Split('#')[0].Trim()).Where(line => line.Length > 0)];

    [Fact]
    public void The_image_installs_the_list_itself_less_what_only_the_tests_need()
    {
        var dockerfile = File.ReadAllLines(Repository.File("Dockerfile"));
        Assert.Contains("COPY scripts/packages.txt /tmp/packages.txt", dockerfile);
        Assert.Contains(dockerfile, line => line.Contains("grep -v 'tests only' /tmp/packages.txt", StringComparison.Ordinal));
        Assert.Contains(dockerfile, line => line.Contains("xargs apt-get install", StringComparison.Ordinal));
        // No package is named in the Dockerfile itself: a second list would drift from the first.
        Assert.All(Packages, package => Assert.DoesNotContain(dockerfile, line => !line.TrimStart().StartsWith('#') && line.Split(' ').Contains(package)));

        // What a conversion needs is in the image; the browser and the fuzzer are not.
        Assert.Equal(["poppler-utils", "tesseract-ocr", "tesseract-ocr-kaz", "tesseract-ocr-rus", "tesseract-ocr-osd", "libgtk-3-0", "libreoffice-writer-nogui", "libicu-dev"], ImagePackages);
        Assert.Equal(["chromium", "afl++"], Packages.Except(ImagePackages));
    }

    [Fact]
    public void The_image_runs_the_cli_on_the_runtime_serve_needs()
    {
        var dockerfile = File.ReadAllText(Repository.File("Dockerfile"));
        Assert.Contains("RUN dotnet publish src/Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /app", dockerfile, StringComparison.Ordinal);
        Assert.Contains("FROM mcr.microsoft.com/dotnet/aspnet:10.0", dockerfile, StringComparison.Ordinal);
        Assert.Contains("FROM mcr.microsoft.com/dotnet/sdk:10.0", dockerfile, StringComparison.Ordinal);
        var assembly = System.Xml.Linq.XDocument.Load(Repository.File("src/Cli/DecreeParser.Cli.csproj")).Descendants("AssemblyName").Single().Value;
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"/app/{assembly}.dll\"]", dockerfile, StringComparison.Ordinal);
        Assert.Contains("**/bin/", File.ReadAllLines(Repository.File(".dockerignore")));
    }

    [Fact]
    public void Ci_runs_the_readme_test_command()
    {
        var readme = File.ReadAllText(Repository.File("README.md"));
        Assert.Contains("bash scripts/test.sh", readme.Split("```")[1], StringComparison.Ordinal);
        Assert.Contains("bash scripts/test.sh", File.ReadAllText(Repository.File(".ci/run")), StringComparison.Ordinal);
    }
}
