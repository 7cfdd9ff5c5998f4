using DecreeParser.Cli;
using DecreeParser.Cli.Bench;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Cli;

/// <summary>The bench runs and reports; its figures are read by people, never asserted on.</summary>
public class BenchCommandTests
{
    [Fact]
    public void The_bench_reports_every_format_with_the_machine()
    {
        var output = new StringWriter();
        var exit = DecreeCli.Run(["bench", "--corpus", Path.Combine(Repository.Root, "corpus"), "--seconds", "0.05", "--warm-up", "0.2"], output, new StringWriter());
        Assert.Equal(ExitCodes.Success, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("machine: ", lines[0], StringComparison.Ordinal);
        // Within 0.2 s the compiler may or may not have settled (the test host compiles for other tests beside it): the line says which.
        Assert.Matches(@"^warm-up: (?:[\d.]+ s, until a second of work compiled no more code|stopped after [\d.]+ s with the compiler still at work: the figures below may be low \(give a longer --warm-up\))$", lines[1]);
        Assert.Equal(["text", "html", "docx", "pdf"], lines.Skip(3).Select(line => line.Split(' ')[0]));
    }

    [Fact]
    public void Launches_run_the_bench_in_processes_of_their_own_and_give_each_formats_median()
    {
        var output = new StringWriter();
        var exit = DecreeCli.Run(["bench", "--launches", "2", "--corpus", Path.Combine(Repository.Root, "corpus"), "--seconds", "0.05", "--warm-up", "0.2"], output, new StringWriter());
        Assert.Equal(ExitCodes.Success, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("machine: ", lines[0], StringComparison.Ordinal);
        Assert.Single(lines, line => line.StartsWith("machine: ", StringComparison.Ordinal));
        var summary = Array.IndexOf(lines, "median of 2 launches; each launch's ratio after it:");
        Assert.Equal(["launch 1 of 2:", "launch 2 of 2:"], lines[..summary].Where(line => line.StartsWith("launch ", StringComparison.Ordinal)));
        var launched = lines[..summary].Select(line => RateRow.TryParse(line.Trim(), out var row) ? row : null).OfType<RateRow>().ToList();
        Assert.Equal(8, launched.Count);
        var medians = lines[(summary + 2)..];
        Assert.Equal(["text", "html", "docx", "pdf"], medians.Select(line => line.Split(' ')[0]));
        foreach (var line in medians)
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var both = launched.Where(row => row.Format == fields[0]).ToList();
            // Of two launches, the median is their mean; every launch's ratio follows, in order.
            Assert.Equal((both[0].Convert + both[1].Convert) / 2, double.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), 0.06);
            Assert.Equal((both[0].Bare + both[1].Bare) / 2, double.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture), 0.06);
            Assert.Equal(both.Select(row => row.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]), fields[4..]);
        }
    }

    [Fact]
    public void A_rate_row_reads_back_as_it_was_written()
    {
        var row = new RateRow("html", 312.46, 598.04);
        Assert.True(RateRow.TryParse(row.ToString(), out var read));
        Assert.Equal(new RateRow("html", 312.5, 598.0), read);
        Assert.Equal("1.9x", read.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]);
        Assert.False(RateRow.TryParse(RateRow.Header, out _));
        Assert.False(RateRow.TryParse("warm-up: 15.2 s, until a second of work compiled no more code", out _));
    }

    [Fact]
    public void The_stages_bench_times_every_stage_of_every_format()
    {
        var output = new StringWriter();
        var exit = DecreeCli.Run(["bench", "--stages", "--corpus", Path.Combine(Repository.Root, "corpus"), "--seconds", "0.05", "--warm-up", "0.2"], output, new StringWriter());
        Assert.Equal(ExitCodes.Success, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("warm-up: ", lines[1], StringComparison.Ordinal);
        Assert.Equal(["text", "html", "docx", "pdf"], lines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)[3..]);
        var apart = Array.IndexOf(lines, "in turns, each in a loop of its own");
        var stages = lines[3..apart];
        Assert.Equal(["read", "repairs", "glossary, metadata", "plans", "body, tables, points, signatory", "act tree", "citations", "amendments, history", "whole conversion"], stages.Select(Label));
        Assert.Equal(["whole conversion", "read alone", "repairs and structure alone", "the two halves apart"], lines[(apart + 1)..].Select(Label));
        foreach (var column in Enumerable.Range(0, 4))
        {
            double Value(string line) => double.Parse(line[32..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[column], System.Globalization.CultureInfo.InvariantCulture);
            // The whole is the stages added up, in every column; the halves apart are the two halves added up.
            Assert.Equal(stages.SkipLast(1).Sum(Value), Value(stages[^1]), 0.05);
            Assert.Equal(Value(lines[^3]) + Value(lines[^2]), Value(lines[^1]), 0.015);
            Assert.All(lines[(apart + 1)..], line => Assert.True(Value(line) > 0, line));
        }
    }

    private static string Label(string line) => line[..32].Trim();

    [Fact]
    public void The_warm_up_runs_the_work_until_the_compiler_settles_or_its_time_is_up()
    {
        var runs = 0;
        var (spent, settled) = Throughput.WarmUp(() => runs++, TimeSpan.FromSeconds(0.3));
        Assert.True(runs > 0);
        // One window of work at least: a compiler that looks settled before any work ran has not been asked.
        Assert.True(spent >= TimeSpan.FromSeconds(0.3));
        Assert.Contains(settled ? "until a second of work compiled no more code" : "stopped after", Throughput.Describe((spent, settled)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_search_bench_reports_build_rate_latency_and_size()
    {
        var output = new StringWriter();
        var exit = DecreeCli.Run(["bench", "--search", "--measures", "300", "--corpus", Path.Combine(Repository.Root, "corpus")], output, new StringWriter());
        Assert.Equal(ExitCodes.Success, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("machine: ", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^index: 300 measures in 3 decrees, \d+ measures/s, [\d.]+ MB", lines[1]);
        // The first pass, before the code is optimized, timed apart from the searches after the warm-up.
        Assert.Matches(@"^first pass after opening \(118 queries, code not yet optimized\): p50 [\d.]+ ms, p99 [\d.]+ ms; 3 passes before the timed searches$", lines[2]);
        Assert.Matches(@"^search: 2000 queries .* p50 [\d.]+ ms, p99 [\d.]+ ms$", lines[3]);
    }

    [Fact]
    public void A_kept_index_is_built_once_then_searched_again_and_the_window_is_compared_with_full_scoring()
    {
        using var temp = new TempDirectory();
        var kept = temp.File("index");
        string Run()
        {
            var output = new StringWriter();
            Assert.Equal(ExitCodes.Success, DecreeCli.Run(["bench", "--search", "--measures", "300", "--index", kept, "--corpus", Path.Combine(Repository.Root, "corpus")], output, new StringWriter()));
            return output.ToString();
        }
        var first = Run();
        Assert.Matches(@"(?m)^index: 300 measures in 3 decrees", first);
        Assert.Equal(5, first.Split('\n').Count(line => line.StartsWith("  slowest: ", StringComparison.Ordinal)));
        Assert.Matches(@"(?m)^rescore window 400: top 10 as with every match scored in \d+ of 118 queries, first hit in \d+, [\d.]+ % of the top 10 shared$", first);
        Assert.True(Directory.Exists(kept));

        var second = Run();
        Assert.Matches(@"(?m)^index: kept in .*index, [\d.]+ MB; not built again$", second);
        Assert.Matches(@"(?m)^search: 2000 queries", second);
    }

    [Fact]
    public void A_kept_folder_that_holds_something_else_is_refused_and_left_as_it_was()
    {
        using var temp = new TempDirectory();
        var folder = temp.File("notes");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "mine.txt"), "keep me");
        var error = new StringWriter();
        var exit = DecreeCli.Run(["bench", "--search", "--measures", "300", "--index", folder, "--corpus", Path.Combine(Repository.Root, "corpus")], new StringWriter(), error);
        Assert.Equal(ExitCodes.NothingDone, exit);
        Assert.Contains(folder, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(["mine.txt"], Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(folder, "mine.txt")));
    }

    [Fact]
    public void The_web_bench_serves_pages_from_a_server_of_its_own_and_reports_times_and_memory()
    {
        var (exit, output, error) = Command.Run("bench", "--web", "--corpus", Path.Combine(Repository.Root, "corpus"));
        Assert.Equal((ExitCodes.Success, ""), (exit, error));
        Assert.Matches(@"web: 200 search pages .* p50 [\d.]+ ms, p99 [\d.]+ ms; server peak RSS \d+ MB over 4 decrees", output);
    }

    [Fact]
    public void The_batch_bench_runs_a_batch_in_a_process_of_its_own_and_reports_its_peak_memory()
    {
        var (exit, output, error) = Command.Run("bench", "--batch", "--inputs", "20", "--corpus", Path.Combine(Repository.Root, "corpus"));
        Assert.Equal((ExitCodes.Success, ""), (exit, error));
        Assert.Matches(@"batch +20 inputs: [\d.]+ s, [\d.]+ inputs/s, peak RSS \d+ MB", output);
    }

    [Fact]
    public void A_missing_corpus_is_named()
    {
        var error = new StringWriter();
        Assert.Equal(ExitCodes.NothingDone, DecreeCli.Run(["bench", "--corpus", "/nonexistent"], new StringWriter(), error));
        Assert.Contains("/nonexistent/seed/000_ed493f9bc562bc01.txt: file not found", error.ToString(), StringComparison.Ordinal);
    }
}
