using System.Diagnostics;
using DecreeParser.Cli;
using DecreeParser.Cli.Bench;
using DecreeParser.Ingest.Json;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Cli;

/// <summary>Alone: the batch it kills takes both cores, which would stretch the timing of tests running beside it.</summary>
[CollectionDefinition(nameof(BatchKillTests), DisableParallelization = true)]
public sealed class RunsAlone;

[Collection(nameof(BatchKillTests))]
public class BatchKillTests
{
    [Fact]
    public void A_batch_killed_mid_run_leaves_every_output_whole_or_absent_and_a_rerun_finishes_it()
    {
        using var temp = new TempDirectory();
        const int inputs = 300;
        SyntheticInputs.Write(Seed.Text, temp.File("in"), inputs);
        var outDir = temp.File("out");

        using (var batch = Process.Start(DecreeProcess.StartInfo(["convert", temp.File("in"), "--out", outDir, "--parallelism", "2"]))!)
        {
            _ = batch.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
            _ = batch.StandardError.BaseStream.CopyToAsync(Stream.Null);
            var clock = Stopwatch.StartNew();
            while (!batch.HasExited && (!Directory.Exists(outDir) || Directory.GetFiles(outDir, "*.json").Length < 20))
            {
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "the batch wrote nothing in two minutes");
                Thread.Sleep(10);
            }
            Assert.False(batch.HasExited, "the batch finished before it could be killed");
            batch.Kill(entireProcessTree: true); // SIGKILL: no handler, no finally block runs
            batch.WaitForExit();
        }

        var survivors = Directory.GetFiles(outDir, "*.json");
        Assert.InRange(survivors.Length, 20, inputs - 1);
        Assert.All(survivors, file =>
        {
            var json = File.ReadAllText(file);
            var decree = DecreeJson.Deserialize(json)!;
            Assert.Equal(127, decree.Measures.Count);
            Assert.Equal(json, DecreeJson.Serialize(decree));
        });

        var output = new StringWriter();
        var exit = DecreeCli.Run(["convert", temp.File("in"), "--out", outDir], output, new StringWriter());
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal((survivors.Length, inputs - survivors.Length), (SummaryRows.Count(output.ToString(), "skipped"), SummaryRows.Count(output.ToString(), "converted")));
        Assert.Equal(inputs, Directory.GetFiles(outDir, "*.json").Length);
        Assert.Empty(Directory.GetFiles(outDir, ".*.tmp"));
    }
}
