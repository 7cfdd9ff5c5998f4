using System.Diagnostics;
using System.Text.Json;
using DecreeParser.Cli;
using DecreeParser.Cli.Batch;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Cli;

/// <summary>A file that stalls its reader is abandoned when its time budget runs out; the batch goes on and ends.</summary>
public class FileTimeoutTests
{
    [Fact]
    public async Task A_stalled_reader_cannot_stall_the_batch()
    {
        using var temp = new TempDirectory();
        // A named pipe nobody writes to: opening it to read blocks until a writer comes, which is
        // how a reader stalls on a hung network share. It is the first input, the seed the second.
        var pipe = temp.File("0-stalled.txt");
        using (var mkfifo = Process.Start("mkfifo", [pipe])) mkfifo.WaitForExit();
        var inputs = temp.File("in");
        Directory.CreateDirectory(inputs);
        File.Move(pipe, Path.Combine(inputs, "0-stalled.txt"));
        File.Copy(Repository.SeedPath, Path.Combine(inputs, "1-seed.txt"));
        var outDir = temp.File("out");

        var batch = Task.Run(() => Command.Run("convert", inputs, "--out", outDir, "--parallelism", "1", "--file-timeout", "2"));
        try
        {
            var (exit, output, error) = await batch.WaitAsync(TimeSpan.FromMinutes(2));
            Assert.Equal(ExitCodes.SomeFailed, exit);
            Assert.Contains("not converted within 2 s (--file-timeout); abandoned [timeout]", error, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(outDir, "P1800000897.json")));
            Assert.Equal(1, SummaryRows.Count(output, "converted"));
            var failure = JsonDocument.Parse(File.ReadLines(Path.Combine(outDir, "failures.jsonl")).Single()).RootElement;
            Assert.Equal("timeout", failure.GetProperty("stage").GetString());
        }
        finally
        {
            // Give the abandoned reader its writer, so its thread can end: it must not write an output.
            File.WriteAllText(Path.Combine(inputs, "0-stalled.txt"), Seed.Text);
        }
        await Task.Delay(500);
        Assert.Equal(["P1800000897.json"], Directory.GetFiles(outDir, "*.json").Select(Path.GetFileName));
    }

    [Fact]
    public void A_conversion_that_claims_its_write_in_time_is_not_abandoned()
    {
        var budget = new FileBudget(TimeSpan.FromMilliseconds(100));
        var outcome = budget.Run("slow-writer", (_, mayWrite) =>
        {
            Assert.True(mayWrite());
            Thread.Sleep(400);   // writing its output, past the budget
            return new Converted("slow-writer", "out.json", 1, [], null);
        });
        Assert.IsType<Converted>(outcome);
    }

    [Fact]
    public void A_bad_file_timeout_is_a_usage_error()
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = Command.Run("convert", Repository.SeedPath, "--out", temp.File("out"), "--file-timeout", "-5");
        Assert.Equal(ExitCodes.NothingDone, exit);
        Assert.Contains("--file-timeout", error, StringComparison.Ordinal);
    }
}
