using System.Diagnostics;
using System.Globalization;
using DecreeParser.Cli.Batch;
using DecreeParser.Cli.Search;
using DecreeParser.Search.Evaluation;
using DecreeParser.Search.Indexing;
using DecreeParser.Search.Querying;

namespace DecreeParser.Cli.Bench;

/// <summary>
/// `decree bench --search`: index build rate, query latency and index size on a synthetic corpus
/// recombined from the bundled decrees' measures, queried with the judged queries; the slowest
/// queries named, since a p99 is made of them.
/// </summary>
public static class SearchBench
{
    public const int Searches = 2000;

    private const int Slowest = 5;

    /// <summary>
    /// Passes over the judged queries before the timed searches. .NET first compiles a method quickly
    /// and recompiles it optimized once it has run some thirty times (tiered compilation), so a freshly
    /// opened searcher's first passes run partly unoptimized code: after one pass, that first pass's
    /// searches were some 20 of the 40 slowest of 2 000. Timed apart, as a server's first seconds.
    /// </summary>
    public const int WarmUpPasses = 3;

    /// <param name="keep">A folder to keep the index in (built there when it holds none); a temporary one, deleted after, when null.</param>
    public static int Run(string corpus, int measures, string? keep, TextWriter output, TextWriter error)
    {
        var queriesFile = Path.Combine(corpus, "search/queries.tsv");
        if (!File.Exists(queriesFile))
        {
            error.WriteLine($"error: {queriesFile}: file not found (run from the repository root, or give --corpus)");
            return ExitCodes.NothingDone;
        }
        output.WriteLine(BenchCommand.Machine);
        var queries = JudgedQuery.ReadFile(queriesFile);
        var folder = keep ?? Directory.CreateTempSubdirectory("decree-bench-index-").FullName;
        try
        {
            if (keep is not null && Directory.Exists(keep) && Directory.EnumerateFileSystemEntries(keep).Any())
            {
                output.WriteLine($"index: kept in {keep}, {Size(keep)}; not built again");
            }
            else
            {
                Build(corpus, measures, folder, output);
            }
            using var searcher = DecreeSearcher.Open(folder);
            Time(searcher, queries, output);
            if (PeakMemory.Megabytes() is { } peak) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak memory: {peak:F0} MB"));
            return ExitCodes.Success;
        }
        catch (SearchIndexException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.NothingDone;
        }
        finally
        {
            if (keep is null) Directory.Delete(folder, recursive: true);
        }
    }

    private static void Build(string corpus, int measures, string folder, TextWriter output)
    {
        var real = DecreeFiles.Bundled(corpus).Select(d => d.Decree).ToList();
        var decrees = SyntheticDecrees.Make(real, measures).ToList();
        var clock = Stopwatch.StartNew();
        using (var writer = DecreeIndexWriter.Open(folder, SearchAnalysis.Shipped))
        {
            writer.Add(decrees);
            writer.Commit();
        }
        var bytes = new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index: {measures} measures in {decrees.Count} decrees, {measures / clock.Elapsed.TotalSeconds:F0} measures/s, {Size(folder)} ({bytes / (double)measures:F0} bytes/measure)"));
    }

    private static string Size(string folder) =>
        string.Create(CultureInfo.InvariantCulture, $"{new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length) / 1048576.0:F1} MB");

    private static void Time(DecreeSearcher searcher, IReadOnlyList<JudgedQuery> queries, TextWriter output)
    {
        var culture = CultureInfo.InvariantCulture;
        var first = queries.Select(query => Timed(searcher, query.Request).Milliseconds).Order().ToList();
        for (var pass = 1; pass < WarmUpPasses; pass++)
        {
            foreach (var query in queries) searcher.Search(query.Request);
        }
        output.WriteLine(string.Create(culture, $"first pass after opening ({queries.Count} queries, code not yet optimized): p50 {Percentile(first, 0.50):F2} ms, p99 {Percentile(first, 0.99):F2} ms; {WarmUpPasses} passes before the timed searches"));
        var latencies = new List<double>(Searches);
        var worst = new double[queries.Count];
        var matches = new int[queries.Count];
        for (var i = 0; i < Searches; i++)
        {
            var (result, milliseconds) = Timed(searcher, queries[i % queries.Count].Request);
            latencies.Add(milliseconds);
            worst[i % queries.Count] = Math.Max(worst[i % queries.Count], milliseconds);
            matches[i % queries.Count] = result.Total;
        }
        latencies.Sort();
        output.WriteLine(string.Create(culture, $"search: {Searches} queries (the {queries.Count} judged ones, with their filters and facets), p50 {Percentile(latencies, 0.50):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms"));
        foreach (var i in Enumerable.Range(0, queries.Count).OrderByDescending(i => worst[i]).Take(Slowest))
        {
            output.WriteLine(string.Create(culture, $"  slowest: {worst[i],7:F2} ms  {matches[i],8} matches  \"{queries[i].Request.Query}\""));
        }
        Agreement(searcher, queries, output);
    }

    private static (SearchResult Result, double Milliseconds) Timed(DecreeSearcher searcher, SearchRequest request)
    {
        var timer = Stopwatch.StartNew();
        var result = searcher.Search(request);
        return (result, timer.Elapsed.TotalMilliseconds);
    }

    /// <summary>
    /// How far the rescore window's top 10 is the top 10 of every match scored field by field: the
    /// price of scoring only the window, measured on the same queries.
    /// </summary>
    private static void Agreement(DecreeSearcher searcher, IReadOnlyList<JudgedQuery> queries, TextWriter output)
    {
        var window = searcher.RescoreWindow;
        var (same, shared, first) = (0, 0.0, 0);
        foreach (var query in queries)
        {
            searcher.RescoreWindow = window;
            var windowed = searcher.Search(query.Request).Hits.Select(h => h.Id).ToList();
            searcher.RescoreWindow = searcher.Documents;
            var exact = searcher.Search(query.Request).Hits.Select(h => h.Id).ToList();
            same += windowed.SequenceEqual(exact) ? 1 : 0;
            first += windowed.FirstOrDefault() == exact.FirstOrDefault() ? 1 : 0;
            shared += exact.Count == 0 ? 1 : windowed.Intersect(exact).Count() / (double)exact.Count;
        }
        searcher.RescoreWindow = window;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rescore window {window}: top 10 as with every match scored in {same} of {queries.Count} queries, first hit in {first}, {shared / queries.Count:P1} of the top 10 shared"));
    }

    /// <summary>The value at rank p of a sorted list (nearest rank).</summary>
    public static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}
