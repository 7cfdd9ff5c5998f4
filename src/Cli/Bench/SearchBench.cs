using System.Diagnostics;
using System.Globalization;
using DecreeParser.Cli.Search;
using DecreeParser.Search.Evaluation;
using DecreeParser.Search.Indexing;
using DecreeParser.Search.Querying;

namespace DecreeParser.Cli.Bench;

/// <summary>
/// `decree bench --search`: index build rate, query latency and index size on a synthetic corpus
/// recombined from the bundled decrees' measures, queried with the judged queries.
/// </summary>
public static class SearchBench
{
    public const int Searches = 2000;

    public static int Run(string corpus, int measures, TextWriter output, TextWriter error)
    {
        var culture = CultureInfo.InvariantCulture;
        var queriesFile = Path.Combine(corpus, "search/queries.tsv");
        if (!File.Exists(queriesFile))
        {
            error.WriteLine($"error: {queriesFile}: file not found (run from the repository root, or give --corpus)");
            return ExitCodes.NothingDone;
        }
        output.WriteLine(BenchCommand.Machine);
        var real = DecreeFiles.Bundled(corpus).Select(d => d.Decree).ToList();
        var queries = JudgedQuery.ReadFile(queriesFile);
        var folder = Directory.CreateTempSubdirectory("decree-bench-index-").FullName;
        try
        {
            var decrees = SyntheticDecrees.Make(real, measures).ToList();
            var clock = Stopwatch.StartNew();
            using (var writer = DecreeIndexWriter.Open(folder, SearchAnalysis.Shipped))
            {
                writer.Add(decrees);
                writer.Commit();
            }
            var build = clock.Elapsed;
            var size = new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
            output.WriteLine(string.Create(culture, $"index: {measures} measures in {decrees.Count} decrees, {measures / build.TotalSeconds:F0} measures/s, {size / 1048576.0:F1} MB ({size / (double)measures:F0} bytes/measure)"));

            using var searcher = DecreeSearcher.Open(folder);
            foreach (var query in queries) searcher.Search(query.Request);  // warm-up
            var latencies = new List<double>(Searches);
            for (var i = 0; i < Searches; i++)
            {
                var request = queries[i % queries.Count].Request;
                var timer = Stopwatch.StartNew();
                searcher.Search(request);
                latencies.Add(timer.Elapsed.TotalMilliseconds);
            }
            latencies.Sort();
            output.WriteLine(string.Create(culture, $"search: {Searches} queries (the {queries.Count} judged ones, with their filters and facets), p50 {Percentile(latencies, 0.50):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms"));
            return ExitCodes.Success;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The value at rank p of a sorted list (nearest rank).</summary>
    public static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}
