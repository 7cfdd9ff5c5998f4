using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DecreeParser.Ingest.Reading;
using DecreeParser.Search.Indexing;

namespace DecreeParser.Cli.Search;

/// <summary>
/// `decree index &lt;json files or folders…&gt; --index &lt;dir&gt;`: adds decrees to a search index,
/// replacing those indexed before. Every input is read before the index is touched, so a file that
/// is not a decree is reported and never half-indexed; the rest are committed in one atomic step.
/// With --merge, merges indexes instead (<see cref="IndexMergeCommand"/>).
/// </summary>
public static class IndexCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("inputs") { Arity = ArgumentArity.ZeroOrMore, Description = "Decree JSON files (or decree documents), or folders of them." };
        var index = new Option<string>("--index") { Required = true, Description = "The index folder (created when missing)." };
        var merge = new Option<string[]>("--merge")
        {
            Description = "Index folders to merge into --index, a new folder, instead of decrees: the shards of a sharded run, in shard order.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("index", "Add decrees to a search index, or merge indexes.") { inputs, index, merge };
        command.SetAction(parsed =>
        {
            var (decrees, shards) = (parsed.GetValue(inputs) ?? [], parsed.GetValue(merge) ?? []);
            if (decrees.Length > 0 == shards.Length > 0)
            {
                error.WriteLine(decrees.Length > 0 ? "error: give decrees to index or --merge with indexes, not both" : "error: nothing to index: give decree files or folders, or --merge with index folders");
                return ExitCodes.NothingDone;
            }
            return shards.Length > 0 ? IndexMergeCommand.Run(shards, parsed.GetValue(index)!, output, error) : Run(decrees, parsed.GetValue(index)!, output, error);
        });
        return command;
    }

    public static int Run(IReadOnlyList<string> inputs, string index, TextWriter output, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        var files = InputFiles.Expand(inputs, ".json").ToList();
        var decrees = new List<(Model.Decrees.Decree, string)>();
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                var (decree, key) = DecreeFiles.Load(file);
                if (keys.TryGetValue(key, out var earlier)) throw new DecreeInputException(file, $"is the same decree ({key}) as {earlier}; indexed once");
                keys[key] = file;
                decrees.Add((decree, key));
            }
            catch (DecreeInputException e)
            {
                failed++;
                error.WriteLine($"error: {e.Message}");
            }
        }
        if (decrees.Count == 0)
        {
            error.WriteLine($"error: nothing to index; {index} is untouched");
            return ExitCodes.NothingDone;
        }
        try
        {
            using var writer = DecreeIndexWriter.Open(index, SearchAnalysis.Shipped);
            var progress = Progress(decrees.Count, output);
            var counts = writer.Add(decrees, progress);
            writer.Commit();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"indexed {counts.Decrees} decrees, {counts.Measures} measures into {index} ({counts.Abbreviations} abbreviations known) in {clock.Elapsed.TotalSeconds:F1} s"));
        }
        catch (SearchIndexException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.NothingDone;
        }
        return failed == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
    }

    /// <summary>A line every tenth of a long run; nothing for a short one.</summary>
    private static Action<int>? Progress(int total, TextWriter output)
    {
        if (total < 100) return null;
        var step = total / 10;
        return done =>
        {
            if (done % step == 0) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {done}/{total} decrees"));
        };
    }
}
