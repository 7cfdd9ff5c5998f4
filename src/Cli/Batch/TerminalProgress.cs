using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace DecreeParser.Cli.Batch;

/// <summary>
/// Progress for a person at a terminal (Spectre.Console): files done, rate, errors so far and
/// time left on one live line; the failures are listed when the batch ends.
/// </summary>
public sealed class TerminalProgress(ProgressTask task, BatchSummary summary) : IBatchProgress
{
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public static void Run(IAnsiConsole console, int total, BatchSummary summary, Action<IBatchProgress> batch)
    {
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context => batch(new TerminalProgress(context.AddTask("converting", maxValue: total), summary)));
    }

    public void Report(BatchOutcome outcome)
    {
        var rate = summary.Done / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        task.Description = string.Create(CultureInfo.InvariantCulture, $"{summary.Done}/{task.MaxValue:0} files · {rate:0.0}/s · {summary.FailedCount} errors");
        task.Increment(1);
    }
}
