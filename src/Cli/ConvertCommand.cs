using System.CommandLine;
using System.Diagnostics;
using DecreeParser.Cli.Batch;
using DecreeParser.Ingest.Pipeline;

namespace DecreeParser.Cli;

/// <summary>
/// `decree convert &lt;files, folders or globs…&gt; --out &lt;dir&gt;`: one JSON per decree, named by its adilet
/// id, converted on every core. A rerun converts only what changed (the source's bytes or the
/// code); a bad input is reported with its reason and stage and writes nothing, and the batch goes
/// on. Ends with a summary table and `failures.jsonl`.
/// </summary>
public static class ConvertCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("inputs") { Arity = ArgumentArity.OneOrMore, Description = "Decree files, folders of them, or globs (corpus/*.pdf)." };
        var outDir = new Option<string>("--out") { Required = true, Description = "Folder for the JSON files." };
        var parallelism = new Option<int>("--parallelism") { DefaultValueFactory = _ => Environment.ProcessorCount, Description = "How many inputs to convert at once (default: the core count)." };
        var force = new Option<bool>("--force") { Description = "Convert every input again, even those whose output is up to date." };
        var fileTimeout = new Option<int>("--file-timeout")
        {
            DefaultValueFactory = _ => DefaultFileTimeoutSeconds,
            Description = $"Seconds one input may take before it is abandoned and reported with stage \"timeout\" (default {DefaultFileTimeoutSeconds}; 0 for no limit).",
        };
        var shard = new Option<string?>("--shard") { Description = "Convert only this worker's share: K/N (K from 0) by content hash, or auto/N with K from JOB_COMPLETION_INDEX." };
        var command = new Command("convert", "Convert decrees to JSON.") { inputs, outDir, parallelism, force, fileTimeout, shard };
        command.SetAction(parsed =>
        {
            Shard? share;
            try
            {
                share = parsed.GetValue(shard) is { } text ? Shard.Parse(text, Environment.GetEnvironmentVariable) : null;
            }
            catch (FormatException e)
            {
                error.WriteLine($"error: {e.Message}");
                return ExitCodes.NothingDone;
            }
            return Run(
                new BatchOptions(parsed.GetValue(inputs)!, parsed.GetValue(outDir)!, parsed.GetValue(parallelism), parsed.GetValue(force), FileTimeout(parsed.GetValue(fileTimeout)), share),
                output, error, IsTerminal(output));
        });
        return command;
    }

    /// <summary>Ten minutes: a long scan read on every core takes a few; a file past this has stalled.</summary>
    public const int DefaultFileTimeoutSeconds = 600;

    public static int Run(BatchOptions options, TextWriter output, TextWriter error, bool terminal = false)
    {
        if (options.Parallelism < 1)
        {
            error.WriteLine($"error: --parallelism {options.Parallelism}: must be 1 or more");
            return ExitCodes.NothingDone;
        }
        if (options.FileTimeout < TimeSpan.Zero)
        {
            error.WriteLine($"error: --file-timeout {options.FileTimeout.Value.TotalSeconds}: must be 0 (no limit) or more");
            return ExitCodes.NothingDone;
        }
        try
        {
            Directory.CreateDirectory(options.OutDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {options.OutDir}: the output folder cannot be created ({e.Message})");
            return ExitCodes.NothingDone;
        }
        var inputs = InputFiles.Expand(options.Inputs, excluded: options.OutDir).ToList();
        if (inputs.Count == 0)
        {
            error.WriteLine($"error: no input files in {string.Join(", ", options.Inputs)}");
            return ExitCodes.NothingDone;
        }

        var clock = Stopwatch.StartNew();
        var summary = new BatchSummary();
        var converter = new BatchConverter(OutputFolder.Open(options.OutDir, PipelineVersion.Current), options.Force, options.Shard);
        var budget = new FileBudget(options.FileTimeout);
        void Batch(IBatchProgress progress) => Parallel.ForEach(
            inputs,
            new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism },
            input =>
            {
                var outcome = budget.Run(DisplayPath.Of(input), (cancel, mayWrite) => converter.Convert(input, mayWrite, cancel));
                summary.Add(outcome);
                progress.Report(outcome);
            });
        if (terminal)
        {
            TerminalProgress.Run(Spectre.Console.AnsiConsole.Console, inputs.Count, summary, Batch);
            foreach (var failure in summary.Failures) error.WriteLine(LineProgress.ErrorLine(failure));
        }
        else
        {
            Batch(new LineProgress(output, error, options.OutDir));
        }
        FailureLog.Write(options.OutDir, summary.Failures, options.Shard);
        SummaryTable.Write(output, summary, Path.Combine(options.OutDir, FailureLog.NameFor(options.Shard)), options.OutDir, clock.Elapsed);
        return summary.ExitCode;
    }

    private static TimeSpan? FileTimeout(int seconds) => seconds == 0 ? null : TimeSpan.FromSeconds(seconds);

    /// <summary>A live progress line only for a person at a terminal; logs get one line per file.</summary>
    private static bool IsTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
}
