using System.CommandLine;
using System.Globalization;
using DecreeParser.Ingest.Reading;
using DecreeParser.Search.Evaluation;
using DecreeParser.Search.Indexing;

namespace DecreeParser.Cli.Search;

/// <summary>
/// `decree eval --queries corpus/search/queries.tsv [--queries …] [inputs…]`: recall@10, MRR, nDCG@10
/// and the match set's precision of each analyzer over the same decrees and the same judged queries,
/// side by side, one table per query set (each over the decrees its "#inputs" line names, else over
/// the inputs given); with `--any`, each also with any word matching, as the search did before every
/// word had to.
/// </summary>
public static class EvalCommand
{
    public static readonly string[] DefaultInputs = ["corpus/seed", "corpus/adilet"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("inputs") { Arity = ArgumentArity.ZeroOrMore, Description = "Decrees to index (JSON or documents); the bundled corpus by default." };
        var queries = new Option<string[]>("--queries")
        {
            Description = "A file of judged queries; repeat it to measure several sets.",
            DefaultValueFactory = _ => ["corpus/search/queries.tsv"],
        };
        var analyzers = new Option<string>("--analyzers")
        {
            Description = $"Comma-separated analyzers to compare: {string.Join(", ", SearchAnalysis.Names)}.",
            DefaultValueFactory = _ => $"{SearchAnalysis.StandardName},{SearchAnalysis.ShippedName}",
        };
        var misses = new Option<bool>("--misses") { Description = "List, for the last analyzer, each query that missed relevant ids." };
        var any = new Option<bool>("--any") { Description = "Measure each analyzer also with any word matching (the search before every word had to)." };
        var command = new Command("eval", "Measure search quality on judged queries.") { inputs, queries, analyzers, misses, any };
        command.SetAction(parsed => Run(
            parsed.GetValue(inputs) is { Length: > 0 } given ? given : DefaultInputs,
            parsed.GetValue(queries)!, parsed.GetValue(analyzers)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            parsed.GetValue(misses), output, error, parsed.GetValue(any)));
        return command;
    }

    public static int Run(IReadOnlyList<string> inputs, IReadOnlyList<string> queryFiles, IReadOnlyList<string> analyzers, bool misses, TextWriter output, TextWriter error, bool any = false)
    {
        List<(QuerySet Set, List<(Model.Decrees.Decree, string)> Decrees)> sets;
        List<SearchAnalysis> analyses;
        try
        {
            analyses = [.. analyzers.Select(SearchAnalysis.ByName)];
            // Sets judged on the same decrees share one conversion of them.
            var loaded = new Dictionary<string, List<(Model.Decrees.Decree, string)>>(StringComparer.Ordinal);
            List<(Model.Decrees.Decree, string)> Decrees(IReadOnlyList<string> paths)
            {
                var key = string.Join('\n', paths);
                if (!loaded.TryGetValue(key, out var decrees)) loaded[key] = decrees = Load(paths);
                return decrees;
            }
            sets = [.. queryFiles.Select(QuerySet.Read).Select(set => (set, Decrees(set.Inputs ?? inputs)))];
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or DecreeInputException)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.NothingDone;
        }
        var unavailable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (set, decrees) in sets)
        {
            if (sets.Count > 1) output.WriteLine();
            var culture = CultureInfo.InvariantCulture;
            output.WriteLine(string.Create(culture, $"{set.Path}: {set.Queries.Count} queries, {decrees.Count} decrees, {decrees.Sum(d => d.Item1.Measures.Count)} measures"));
            output.WriteLine(string.Create(culture, $"{"analyzer",-36} {"recall@10",9} {"MRR",6} {"nDCG@10",8} {"precision",9}"));
            EvaluationScore? last = null;
            foreach (var analysis in analyses.Where(a => !unavailable.Contains(a.Name)))
            {
                foreach (var anyWord in any ? new[] { false, true } : [false])
                {
                    try
                    {
                        last = Evaluator.Evaluate(analysis, decrees, set.Queries, anyWord);
                    }
                    catch (FileNotFoundException e)
                    {
                        // The hunspell analyzers need Debian's dictionary; say so once and measure the rest.
                        error.WriteLine($"error: {analysis.Name}: {e.Message}");
                        unavailable.Add(analysis.Name);
                        break;
                    }
                    output.WriteLine(string.Create(culture, $"{last.Analysis,-36} {last.Recall,9:F3} {last.ReciprocalRank,6:F3} {last.Ndcg,8:F3} {last.MatchPrecision,9:F3}"));
                }
            }
            if (misses && last is not null) WriteMisses(last, output);
        }
        return ExitCodes.Success;
    }

    private static List<(Model.Decrees.Decree, string)> Load(IReadOnlyList<string> inputs) => [.. InputFiles.Expand(inputs).Select(DecreeFiles.Load)];

    private static void WriteMisses(EvaluationScore score, TextWriter output)
    {
        foreach (var query in score.Queries.Where(q => q.Recall < 1))
        {
            var missing = query.Query.Relevant.Where(id => !query.Ranked.Contains(id));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"line {query.Query.Line}: \"{query.Query.Request.Query}\" recall {query.Recall:F2}; missing {string.Join(" ", missing)}; got {string.Join(" ", query.Ranked.Take(5))}"));
        }
    }
}
