using DecreeParser.Cli.Batch;
using Spectre.Console.Testing;

namespace DecreeParser.Tests.Cli;

public class TerminalProgressTests
{
    [Fact]
    public void The_live_line_shows_files_done_rate_errors_and_time_left()
    {
        var console = new TestConsole().Interactive();
        var summary = new BatchSummary();
        BatchOutcome[] outcomes =
        [
            new Converted("a.txt", "A.json", 127, [], null),
            new Failed("b.txt", "read", "file is empty"),
            new Skipped("c.txt", "unchanged since it was converted to C.json"),
        ];

        TerminalProgress.Run(console, outcomes.Length, summary, progress =>
        {
            foreach (var outcome in outcomes)
            {
                summary.Add(outcome);
                progress.Report(outcome);
            }
        });

        var shown = console.Output;
        Assert.Contains("3/3 files", shown, StringComparison.Ordinal);
        Assert.Contains("/s · 1 errors", shown, StringComparison.Ordinal);
        // The percentage, then the time left (none, at the end).
        Assert.Matches(@"100% +00:00:00", shown);
    }
}
