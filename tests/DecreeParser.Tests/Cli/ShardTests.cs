using System.Diagnostics;
using System.Text.Json.Nodes;
using DecreeParser.Cli;
using DecreeParser.Cli.Batch;
using DecreeParser.Cli.Bench;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Cli;

/// <summary>`convert --shard K/N`: N workers, given the same inputs, split them by content hash with no overlap, and their outputs together are one run's.</summary>
public class ShardTests
{
    [Fact]
    public void Three_worker_processes_on_one_folder_write_what_one_run_writes()
    {
        using var temp = new TempDirectory();
        var inputs = temp.File("in");
        // Twelve distinct decrees from the seed's text, the adilet pages, and a second source of one decree (its PDF).
        SyntheticInputs.Write(File.ReadAllText(Repository.SeedPath), inputs, 12);
        foreach (var page in SearchCorpus.AdiletPages) File.Copy(Repository.File(page), Path.Combine(inputs, $"{Path.GetFileName(Path.GetDirectoryName(page))}-{Path.GetFileName(page)}"));
        File.Copy(Repository.SeedPath, Path.Combine(inputs, "seed.txt"));
        File.Copy(Repository.File("corpus/formats/P1800000897.pdf"), Path.Combine(inputs, "seed.pdf"));

        var single = temp.File("single");
        Assert.Equal(ExitCodes.Success, DecreeCli.Run(["convert", inputs, "--out", single, "--parallelism", "1"], TextWriter.Null, TextWriter.Null));

        var shared = temp.File("shared");
        var workers = Enumerable.Range(0, 3).Select(k => Process.Start(DecreeProcess.StartInfo(["convert", inputs, "--out", shared, "--shard", $"{k}/3", "--parallelism", "1"]))!).ToList();
        var logs = workers.Select(w => (Output: w.StandardOutput.ReadToEndAsync(), Error: w.StandardError.ReadToEndAsync())).ToList();
        foreach (var worker in workers)
        {
            Assert.True(worker.WaitForExit(TimeSpan.FromMinutes(5)));
            Assert.Equal(ExitCodes.Success, worker.ExitCode);
        }
        // Each worker converted its share and counted the rest as other shards'; no input was converted twice.
        var converted = logs.Select(l => l.Output.Result.Split('\n').Count(line => line.Contains(" → ", StringComparison.Ordinal))).ToList();
        Assert.Equal(Directory.GetFiles(inputs).Length, converted.Sum());
        Assert.All(converted, count => Assert.True(count > 0, string.Join(", ", converted)));
        Assert.All(logs, l => Assert.Contains("in other shards", l.Output.Result, StringComparison.Ordinal));
        // Each worker's failure log under a name of its own, none written over another's.
        Assert.Equal(["failures.0-of-3.jsonl", "failures.1-of-3.jsonl", "failures.2-of-3.jsonl"], Directory.GetFiles(shared, "failures*").Select(Path.GetFileName).Order());

        // The same contents but for the source's path, under the same names — but for the decree with two sources: both
        // are there, never one over the other, and which holds the plain name is whichever was written first, in one
        // run as across workers (README "Sharded conversion").
        var (one, three) = (Outputs(single), Outputs(shared));
        Assert.Equal(one.Values.Order(), three.Values.Order());
        static string Decree(string name) => name[..name.IndexOf('.', StringComparison.Ordinal)];
        Assert.Equal(one.Keys.Where(n => Decree(n) != "P1800000897").Order(), three.Keys.Where(n => Decree(n) != "P1800000897").Order());
        Assert.Contains("P1800000897.json", three.Keys);
        Assert.Equal(2, three.Keys.Count(n => Decree(n) == "P1800000897"));
    }

    [Theory]
    [InlineData("1/3", null, 1, 3)]
    [InlineData("0/1", null, 0, 1)]
    [InlineData("auto/4", "2", 2, 4)]
    public void A_shard_is_read_from_its_option_or_from_the_indexed_jobs_variable(string text, string? job, int index, int count) =>
        Assert.Equal(new Shard(index, count), Shard.Parse(text, name => name == Shard.JobIndexVariable ? job : null));

    [Theory]
    [InlineData("3/3", "K must be below N")]
    [InlineData("1/0", "expected K/N or auto/N")]
    [InlineData("one/3", "K must be a whole number or auto")]
    [InlineData("auto/3", "JOB_COMPLETION_INDEX is not set")]
    public void A_malformed_shard_is_refused_by_the_command_with_its_reason(string text, string reason)
    {
        using var temp = new TempDirectory();
        var (code, _, error) = Command.Run("convert", Repository.SeedPath, "--out", temp.File("out"), "--shard", text);
        Assert.Equal(ExitCodes.NothingDone, code);
        Assert.Contains($"--shard {text}: {reason}", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void Every_input_falls_in_exactly_one_shard_of_any_count()
    {
        var hashes = Enumerable.Range(0, 200).Select(i => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)))).ToList();
        foreach (var count in new[] { 1, 2, 3, 7 })
        {
            Assert.All(hashes, hash => Assert.Single(Enumerable.Range(0, count), k => new Shard(k, count).Holds(hash)));
            Assert.All(Enumerable.Range(0, count), k => Assert.Contains(hashes, hash => new Shard(k, count).Holds(hash)));
        }
    }

    /// <summary>Each output by name, its JSON with the source's path left out.</summary>
    private static Dictionary<string, string> Outputs(string folder) => Directory.GetFiles(folder, "*.json").ToDictionary(file => Path.GetFileName(file), file =>
    {
        var json = JsonNode.Parse(File.ReadAllText(file))!;
        json["source"]!.AsObject().Remove("path");
        return json.ToJsonString();
    });
}
