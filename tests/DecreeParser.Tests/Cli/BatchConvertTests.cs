using System.Text.Json;
using System.Text.Json.Nodes;
using DecreeParser.Cli;
using DecreeParser.Cli.Batch;
using DecreeParser.Cli.Bench;
using DecreeParser.Ingest.Json;
using DecreeParser.Ingest.Pipeline;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Cli;

public class BatchConvertTests
{
    private static string[] JsonFiles(string folder) =>
        [.. Directory.GetFiles(folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Fact]
    public void A_rerun_skips_what_is_unchanged_and_says_so_and_force_redoes_it()
    {
        using var temp = new TempDirectory();
        var outDir = temp.File("out");
        var first = Command.Run("convert", Repository.SeedPath, Repository.File("corpus/adilet"), "--out", outDir);
        Assert.Equal((ExitCodes.Success, 4, 0), (first.Exit, SummaryRows.Count(first.Output, "converted"), SummaryRows.Count(first.Output, "skipped")));
        var written = File.GetLastWriteTimeUtc(Path.Combine(outDir, "P1800000897.json"));

        var second = Command.Run("convert", Repository.SeedPath, Repository.File("corpus/adilet"), "--out", outDir);
        Assert.Equal((ExitCodes.Success, 0, 4), (second.Exit, SummaryRows.Count(second.Output, "converted"), SummaryRows.Count(second.Output, "skipped")));
        Assert.Contains("unchanged since it was converted to P1800000897.json", second.Output, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(outDir, "P1800000897.json")));

        var forced = Command.Run("convert", Repository.SeedPath, Repository.File("corpus/adilet"), "--out", outDir, "--force");
        Assert.Equal((ExitCodes.Success, 4, 0), (forced.Exit, SummaryRows.Count(forced.Output, "converted"), SummaryRows.Count(forced.Output, "skipped")));
        Assert.Equal(["P1800000897.json", "V1600014592.ru.json", "V1600014606.json", "V1600014606.ru.json"], JsonFiles(outDir));
    }

    [Fact]
    public void A_changed_source_or_another_pipeline_version_is_converted_again_under_the_same_name()
    {
        using var temp = new TempDirectory();
        var input = temp.File("P1800000897.txt");
        File.WriteAllText(input, Seed.Text);
        var outDir = temp.File("out");
        Command.Run("convert", input, "--out", outDir);

        File.WriteAllText(input, Seed.With("Жол картасы) бекітілсін", "Жол картасы)  бекітілсін"));
        var changed = Command.Run("convert", input, "--out", outDir);
        Assert.Equal(1, SummaryRows.Count(changed.Output, "converted"));
        Assert.Equal(["P1800000897.json"], JsonFiles(outDir));

        // An output written by other code: its pipelineVersion differs from ours.
        var path = Path.Combine(outDir, "P1800000897.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["pipelineVersion"] = "0.3.0+000000000000";
        File.WriteAllText(path, json.ToJsonString());
        var upgraded = Command.Run("convert", input, "--out", outDir);
        Assert.Equal(1, SummaryRows.Count(upgraded.Output, "converted"));
        Assert.Equal(PipelineVersion.Current, DecreeJson.Deserialize(File.ReadAllText(path))!.PipelineVersion);
    }

    [Fact]
    public void Two_sources_of_one_decree_both_get_an_output_and_the_summary_says_they_met()
    {
        using var temp = new TempDirectory();
        var (exit, output, _) = Command.Run("convert", Repository.SeedPath, Repository.File("corpus/formats/P1800000897.html"), Repository.File("corpus/formats/P1800000897.docx"),
            "--out", temp.Path, "--parallelism", "1");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(["P1800000897.docx.json", "P1800000897.html.json", "P1800000897.json"], JsonFiles(temp.Path));
        Assert.Contains("met: corpus/formats/P1800000897.html is the same decree as corpus/seed/000_ed493f9bc562bc01.txt", output.Replace(Repository.Root + "/", ""), StringComparison.Ordinal);
        Assert.Equal("html", DecreeJson.Deserialize(File.ReadAllText(temp.File("P1800000897.html.json")))!.Source.Format);

        // A rerun keeps every name: each output still belongs to its own source.
        var again = Command.Run("convert", Repository.SeedPath, Repository.File("corpus/formats/P1800000897.html"), Repository.File("corpus/formats/P1800000897.docx"), "--out", temp.Path, "--force");
        Assert.Equal(3, SummaryRows.Count(again.Output, "converted"));
        Assert.Equal(["P1800000897.docx.json", "P1800000897.html.json", "P1800000897.json"], JsonFiles(temp.Path));
    }

    [Fact]
    public void A_json_of_the_users_own_in_the_output_folder_is_never_written_over()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("P1800000897.json"), "{\"mine\": true}");
        var (exit, output, _) = Command.Run("convert", Repository.SeedPath, "--out", temp.Path);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("{\"mine\": true}", File.ReadAllText(temp.File("P1800000897.json")));
        Assert.Contains("a file not written by decree convert", output, StringComparison.Ordinal);
        Assert.Equal(127, DecreeJson.Deserialize(File.ReadAllText(temp.File("P1800000897.text.json")))!.Measures.Count);
    }

    [Fact]
    public void Failures_go_to_failures_jsonl_with_file_stage_and_reason()
    {
        using var temp = new TempDirectory();
        File.WriteAllBytes(temp.File("empty.txt"), []);
        File.WriteAllText(temp.File("notes.txt"), "Бұл жай ғана жазба, қаулы емес.");
        var outDir = temp.File("out");
        var (exit, _, error) = Command.Run("convert", temp.File("empty.txt"), temp.File("notes.txt"), Repository.SeedPath, "--out", outDir);

        Assert.Equal(ExitCodes.SomeFailed, exit);
        Assert.Equal(2, error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var failures = File.ReadAllLines(Path.Combine(outDir, FailureLog.FileName)).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(
            [("empty.txt", "read", "file is empty"), ("notes.txt", "structure", "no decree found in it: no act line, no operative points, no articles or chapters, no roadmap")],
            failures.Select(f => (Path.GetFileName(f.GetProperty("file").GetString()!), f.GetProperty("stage").GetString(), f.GetProperty("reason").GetString())));

        // A rerun where all goes well leaves an empty failures file, not the old one.
        Command.Run("convert", Repository.SeedPath, "--out", outDir);
        Assert.Equal("", File.ReadAllText(Path.Combine(outDir, FailureLog.FileName)));
    }

    [Fact]
    public void Nothing_that_could_run_is_exit_code_one_and_some_failed_is_two()
    {
        using var temp = new TempDirectory();
        File.WriteAllBytes(temp.File("empty.txt"), []);
        Assert.Equal(ExitCodes.NothingDone, Command.Run("convert", temp.File("empty.txt"), "--out", temp.File("a")).Exit);
        Assert.Equal(ExitCodes.SomeFailed, Command.Run("convert", temp.File("empty.txt"), Repository.SeedPath, "--out", temp.File("b")).Exit);
        Assert.Equal(ExitCodes.NothingDone, Command.Run("convert", temp.File("no-such-folder/*.txt"), "--out", temp.File("c")).Exit);
        Assert.Equal(ExitCodes.NothingDone, Command.Run("convert", Repository.SeedPath, "--out", temp.File("d"), "--parallelism", "0").Exit);
    }

    [Fact]
    public void Globs_pick_files_and_an_output_folder_inside_an_input_folder_is_not_read()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("in/kk"));
        File.Copy(Repository.File("corpus/adilet/kk/V1600014606.html"), temp.File("in/kk/V1600014606.html"));
        File.Copy(Repository.SeedPath, temp.File("in/P1800000897.txt"));
        var outDir = temp.File("in/out");

        var html = Command.Run("convert", temp.File("in") + "/**/*.html", "--out", outDir);
        Assert.Equal((ExitCodes.Success, 1), (html.Exit, SummaryRows.Count(html.Output, "converted")));

        // The folder itself, output inside it: the outputs are not read back as inputs.
        var all = Command.Run("convert", temp.File("in"), "--out", outDir);
        Assert.Equal((ExitCodes.Success, "", 1, 1), (all.Exit, all.Error, SummaryRows.Count(all.Output, "converted"), SummaryRows.Count(all.Output, "skipped")));
    }

    [Fact]
    public void Parallel_and_serial_runs_write_the_same_bytes()
    {
        using var temp = new TempDirectory();
        SyntheticInputs.Write(Seed.Text, temp.File("in"), 8);
        Command.Run("convert", temp.File("in"), "--out", temp.File("serial"), "--parallelism", "1");
        Command.Run("convert", temp.File("in"), "--out", temp.File("parallel"), "--parallelism", "4");
        var names = JsonFiles(temp.File("serial"));
        Assert.Equal(8, names.Length);
        Assert.Equal(names, JsonFiles(temp.File("parallel")));
        Assert.All(names, name => Assert.Equal(File.ReadAllBytes(Path.Combine(temp.File("serial"), name)), File.ReadAllBytes(Path.Combine(temp.File("parallel"), name))));
    }

    [Fact]
    public void Leftovers_of_a_killed_run_are_removed_and_nothing_else()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File($".P1800000897.json.{Guid.NewGuid():N}.tmp"), "{\"half");
        File.WriteAllText(temp.File(".notes.tmp"), "the user's");
        Command.Run("convert", Repository.SeedPath, "--out", temp.Path);
        Assert.Equal([".notes.tmp"], Directory.GetFiles(temp.Path, ".*").Select(Path.GetFileName));
    }

    [Fact]
    public void The_header_of_an_output_is_read_from_its_start_and_a_cut_file_has_none()
    {
        using var temp = new TempDirectory();
        var json = DecreeJson.Serialize(Seed.Decree with { PipelineVersion = "1.0.0+abc" });
        File.WriteAllText(temp.File("whole.json"), json);
        File.WriteAllText(temp.File("cut.json"), json[..200]);
        File.WriteAllText(temp.File("other.json"), "[1, 2, 3]");
        // A title longer than the first read puts the source further in: the header is still found.
        File.WriteAllText(temp.File("long.json"), DecreeJson.Serialize(Seed.Decree with { Title = new string('ж', 10_000) }));
        Assert.Equal(Seed.Decree.Source.Sha256, OutputHeader.Read(temp.File("long.json"))!.SourceSha256);
        Assert.Equal(new OutputHeader("1.0.0+abc", Seed.Decree.Source.Path, Seed.Decree.Source.Sha256), OutputHeader.Read(temp.File("whole.json")));
        Assert.Null(OutputHeader.Read(temp.File("cut.json")));
        Assert.Null(OutputHeader.Read(temp.File("other.json")));
    }
}
