using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using DecreeParser.Cli.Search;
using DecreeParser.Search.Evaluation;
using DecreeParser.Search.Indexing;
using DecreeParser.Web;

namespace DecreeParser.Cli.Bench;

/// <summary>
/// `decree bench --web`: indexes the bundled corpus, starts `decree serve` in a process of its own,
/// asks it for 200 search pages (the judged queries with their filters, in turn) after a warm-up of
/// 20, and prints the page times as the client saw them (p50, p99) and the server's peak memory.
/// </summary>
public static partial class WebBench
{
    public const int Pages = 200;
    private const int WarmUp = 20;

    public static int Run(string corpus, TextWriter output, TextWriter error)
    {
        var queriesFile = Path.Combine(corpus, "search/queries.tsv");
        if (!File.Exists(queriesFile))
        {
            error.WriteLine($"error: {queriesFile}: file not found (run from the repository root, or give --corpus)");
            return ExitCodes.NothingDone;
        }
        output.WriteLine(BenchCommand.Machine);
        var queries = JudgedQuery.ReadFile(queriesFile);
        var folder = Directory.CreateTempSubdirectory("decree-bench-web-").FullName;
        try
        {
            var decrees = DecreeFiles.Bundled(corpus);
            using (var writer = DecreeIndexWriter.Open(folder, SearchAnalysis.Shipped))
            {
                writer.Add(decrees);
                writer.Commit();
            }
            using var server = Process.Start(DecreeProcess.StartInfo(["serve", "--index", folder, "--port", "0"]))!;
            try
            {
                var address = Address(server) ?? throw new InvalidOperationException("decree serve printed no address");
                _ = server.StandardError.ReadToEndAsync();
                using var client = new HttpClient { BaseAddress = address };
                string Page(int i)
                {
                    var r = queries[i % queries.Count].Request;
                    return new SearchQuery(r.Query, r.Responsible, r.Year, r.Source, r.DeadlineKind, r.Decree, 1, SearchQuery.DefaultSize, "kk").Url();
                }
                for (var i = 0; i < WarmUp; i++) Fetch(client, Page(i));
                var times = new List<double>(Pages);
                for (var i = 0; i < Pages; i++)
                {
                    var clock = Stopwatch.StartNew();
                    Fetch(client, Page(i));
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
                times.Sort();
                var memory = Batch.PeakMemory.Megabytes(server.Id);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"web: {Pages} search pages (the {queries.Count} judged queries with their filters, after {WarmUp} to warm up), p50 {SearchBench.Percentile(times, 0.50):F2} ms, p99 {SearchBench.Percentile(times, 0.99):F2} ms; server peak RSS {memory:F0} MB over {decrees.Count} decrees"));
                return ExitCodes.Success;
            }
            finally
            {
                server.Kill(entireProcessTree: true);
                server.WaitForExit();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Fetch(HttpClient client, string path)
    {
        using var response = client.GetAsync(new Uri(path, UriKind.Relative)).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
        response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
    }

    /// <summary>The address `decree serve` prints once it listens.</summary>
    private static Uri? Address(Process server)
    {
        while (server.StandardOutput.ReadLine() is { } line)
        {
            if (Serving().Match(line) is { Success: true } match)
            {
                _ = server.StandardOutput.ReadToEndAsync();
                return new Uri(match.Groups["address"].Value);
            }
        }
        return null;
    }

    [GeneratedRegex(@"^serving .* at (?<address>http://[^ ,]+)")]
    private static partial Regex Serving();
}
