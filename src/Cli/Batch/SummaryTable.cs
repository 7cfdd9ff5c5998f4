using System.Globalization;
using Spectre.Console;

namespace DecreeParser.Cli.Batch;

/// <summary>
/// The table a batch ends with: converted, skipped, failed, warnings by code; then the inputs that
/// met and the time taken. Drawn by Spectre.Console, without colour, on any writer.
/// </summary>
public static class SummaryTable
{
    /// <param name="failureLog">Where the failures were written.</param>
    public static void Write(TextWriter writer, BatchSummary summary, string failureLog, string outDir, TimeSpan elapsed)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        var table = new Table().Border(TableBorder.Rounded).AddColumn("inputs").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("converted", Count(summary.ConvertedCount));
        table.AddRow("skipped", Count(summary.SkippedCount));
        table.AddRow("failed", Count(summary.FailedCount));
        if (summary.OtherShardCount > 0) table.AddRow("in other shards", Count(summary.OtherShardCount));
        foreach (var (code, count) in summary.WarningsByCode) table.AddRow(Markup.Escape($"warning {code}"), Count(count));
        console.Write(table);

        foreach (var (output, input, met) in summary.Meetings)
        {
            writer.WriteLine($"met: {input} is the same decree as {met}; written as {Path.Combine(outDir, output)}");
        }
        var rate = summary.Done / Math.Max(elapsed.TotalSeconds, 0.001);
        var memory = PeakMemory.Megabytes() is { } megabytes ? string.Create(CultureInfo.InvariantCulture, $", peak memory {megabytes:0} MB") : "";
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{summary.Done} inputs in {elapsed.TotalSeconds:0.0} s ({rate:0.0} inputs/s){memory}"));
        if (summary.FailedCount > 0) writer.WriteLine($"failures: {failureLog}");
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
