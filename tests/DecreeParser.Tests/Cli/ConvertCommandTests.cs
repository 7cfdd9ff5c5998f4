using DecreeParser.Cli;
using DecreeParser.Ingest.Json;
using DecreeParser.Ingest.Pipeline;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Cli;

public class ConvertCommandTests
{
    [Fact]
    public void The_seed_folder_converts_to_one_json_named_by_the_adilet_id()
    {
        using var temp = new TempDirectory();
        var (exit, output, error) = Command.Run("convert", Path.Combine(Repository.Root, "corpus", "seed"), "--out", temp.Path);
        Assert.Equal((ExitCodes.Success, ""), (exit, error));
        Assert.Equal(["P1800000897.json", "failures.jsonl"], Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("127 measures", output, StringComparison.Ordinal);
        var written = DecreeJson.Deserialize(File.ReadAllText(temp.File("P1800000897.json")))!;
        // The file records the path it was given and the code that wrote it; everything else is the seed's decree.
        Assert.Equal(PipelineVersion.Current, written.PipelineVersion);
        Assert.Equal(DecreeJson.Serialize(Seed.Decree with { Source = written.Source, PipelineVersion = written.PipelineVersion }), DecreeJson.Serialize(written));
    }

    [Fact]
    public void Bad_inputs_get_one_line_each_and_no_output_while_the_good_one_converts()
    {
        using var temp = new TempDirectory();
        var empty = temp.File("empty.txt");
        File.WriteAllBytes(empty, []);
        var binary = temp.File("scan.txt");
        File.WriteAllBytes(binary, [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00, 0x01]);
        var missing = temp.File("missing.txt");
        var outDir = Path.Combine(temp.Path, "out");

        var (exit, _, error) = Command.Run("convert", empty, binary, missing, Repository.SeedPath, "--out", outDir);

        Assert.Equal(ExitCodes.SomeFailed, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.Contains("empty.txt: file is empty", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("scan.txt: binary file, not a text document", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("missing.txt: file not found", StringComparison.Ordinal));
        Assert.Equal(["P1800000897.json"], Directory.GetFiles(outDir, "*.json").Select(Path.GetFileName));
    }

    [Fact]
    public void Nothing_converted_is_exit_code_one()
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = Command.Run("convert", temp.File("missing.txt"), "--out", temp.File("out"));
        Assert.Equal(ExitCodes.NothingDone, exit);
        Assert.Contains("missing.txt: file not found", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.File("out"), "*.json"));
    }

    [Fact]
    public void The_same_bytes_twice_are_converted_once()
    {
        using var temp = new TempDirectory();
        var copy = temp.File("copy.txt");
        File.Copy(Repository.SeedPath, copy);
        var (exit, output, _) = Command.Run("convert", Repository.SeedPath, copy, "--out", temp.File("out"), "--parallelism", "1");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("copy.txt: the same bytes as", output, StringComparison.Ordinal);
        Assert.Equal(["P1800000897.json"], Directory.GetFiles(temp.File("out"), "*.json").Select(Path.GetFileName));
        Assert.Contains("seed", File.ReadAllText(temp.File("out/P1800000897.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_holding_notes_and_our_own_json_converts_only_the_decrees()
    {
        // The repository's corpus folder: the seed in every format and encoding, its golden JSON, a
        // SOURCES.md, scripts, real pages. One at a time, so the first source of a decree in name order
        // takes its plain name.
        using var temp = new TempDirectory();
        var (exit, _, error) = Command.Run("convert", Path.Combine(Repository.Root, "corpus"), "--out", temp.Path, "--parallelism", "1");
        Assert.Equal(ExitCodes.SomeFailed, exit);
        Assert.Contains("SOURCES.md: no decree found in it", error, StringComparison.Ordinal);
        Assert.Contains("P1800000897.json: JSON, not a decree source", error, StringComparison.Ordinal);
        var names = Directory.GetFiles(temp.Path, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        // The Kazakh and Russian twins of one order (named apart by language), one more Russian order
        // and its Windows-1251 text dump beside its page; and the PDFs of the three pages, printed
        // and typeset, which come first in name order (corpus/adilet-pdf), so the pages are named by
        // their format and the typeset PDFs by theirs.
        Assert.Equal(
            [
                "V1600014592.ru.html.json", "V1600014592.ru.json", "V1600014592.ru.pdf.json", "V1600014592.ru.text.json",
                "V1600014606.html.json", "V1600014606.json", "V1600014606.pdf.json", "V1600014606.ru.html.json", "V1600014606.ru.json", "V1600014606.ru.pdf.json",
            ],
            names.Where(name => name!.StartsWith('V')));
        // The seed: its text, five other encodings, and seven formats (the encrypted PDF is refused),
        // its Word file with the signature in one paragraph and that file's PDF; its measures in
        // three other plan layouts, each in HTML, DOCX and PDF; and five of its pages in the text PDF
        // and six levels of the scan ladder.
        Assert.Equal(13 + 2 + 9 + 7, names.Count(name => name!.StartsWith("P1800000897", StringComparison.Ordinal)));
        Assert.Contains("P1800000897.ocr.json", names);
        Assert.Contains("\"measures\"", File.ReadAllText(temp.File("P1800000897.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_folder_that_is_a_file_is_refused_before_any_work()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("taken"), "user's file");
        var (exit, _, error) = Command.Run("convert", Repository.SeedPath, "--out", temp.File("taken"));
        Assert.Equal(ExitCodes.NothingDone, exit);
        Assert.Contains("the output folder cannot be created", error, StringComparison.Ordinal);
        Assert.Equal("user's file", File.ReadAllText(temp.File("taken")));
    }

    [Fact]
    public void Bad_input_of_every_format_is_named_and_skipped_while_the_batch_goes_on()
    {
        using var temp = new TempDirectory();
        var pdf = File.ReadAllBytes(Formats.FixtureFiles.PathOf("P1800000897.pdf"));
        Dictionary<string, byte[]> bad = new()
        {
            ["truncated.pdf"] = pdf[..(pdf.Length / 3)],
            ["encrypted.pdf"] = File.ReadAllBytes(Formats.FixtureFiles.PathOf("P1800000897.encrypted.pdf")),
            ["junk.docx"] = ZipFile.Of(("notes.txt", new byte[64])),
            ["bomb.docx"] = ZipFile.Bomb(),
            ["shell.html"] = System.Text.Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><script src=\"/main.js\"></script></head><body><app-root></app-root></body></html>"),
            ["empty.txt"] = [],
            ["photo.pdf"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D],
        };
        foreach (var (name, bytes) in bad) File.WriteAllBytes(temp.File(name), bytes);
        File.Copy(Formats.FixtureFiles.PathOf("P1800000897.docx"), temp.File("good.docx"));
        var outDir = Path.Combine(temp.Path, "..", Path.GetFileName(temp.Path) + "-out");

        var (exit, _, error) = Command.Run("convert", temp.Path, "--out", outDir);

        try
        {
            Assert.Equal(ExitCodes.SomeFailed, exit);
            var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(bad.Count, lines.Length);
            Assert.All(bad.Keys, name => Assert.Single(lines, line => line.StartsWith("error: ", StringComparison.Ordinal) && line.Contains($"{name}: ", StringComparison.Ordinal)));
            Assert.Equal(["P1800000897.json"], Directory.GetFiles(outDir, "*.json").Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    [Fact]
    public void Show_prints_sections_deadline_kinds_totals_and_warnings()
    {
        var (exit, output, _) = Command.Run("show", Repository.SeedPath);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("P1800000897", output, StringComparison.Ordinal);
        Assert.Contains("IX", output, StringComparison.Ordinal);
        Assert.Contains("semiannual", output, StringComparison.Ordinal);
        Assert.Contains("adds up", output, StringComparison.Ordinal);
        Assert.Contains("emptyCell", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_the_acts_tree_to_the_depth_asked_and_its_citations_act_by_act()
    {
        var law = Repository.File("corpus/laws/kk/104086.md");
        var (exit, output, _) = Command.Run("show", law, "--depth", "1");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("  chp_1  1-тарау. Жалпы ережелер  [", output, StringComparison.Ordinal);
        Assert.DoesNotContain("chp_1__art_1 ", output, StringComparison.Ordinal);
        Assert.Contains("Citations: 79 of ", output, StringComparison.Ordinal);

        (_, output, _) = Command.Run("show", law, "--depth", "2");
        Assert.Contains("    chp_1__art_1  1-бап. Қазақстан Республикасының", output, StringComparison.Ordinal);

        (exit, _, var error) = Command.Run("show", law, "--depth", "0");
        Assert.Equal(ExitCodes.NothingDone, exit);
        Assert.Contains("--depth must be 1 or more", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_each_plan_with_its_groups_as_a_tree_and_the_indicators()
    {
        var (exit, output, _) = Command.Run("show", Repository.File("corpus/plans/P1800000897.years-kk.html"));
        Assert.Equal(ExitCodes.Success, exit);
        var lines = output.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("Plan 1 [1-қосымша]: 7 measures", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Plan 2 [2-қосымша]: 3 indicators  Нысаналы индикаторлар", StringComparison.Ordinal));
        // Directions, goals within them, tasks within those: two spaces a level.
        Assert.Contains(lines, l => l.StartsWith("  2 (direction)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("    2 (goal)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("      2.1 (task)           2 measures  Лауазымдық жалақыны көтеру", StringComparison.Ordinal));
        Assert.Contains("Totals of 2. Қызметкерлерге еңбекақы төлеу жүйесін жетілдіру: РБ 2019: 14,233", output, StringComparison.Ordinal);
        Assert.Contains("ЖБ 2019: 350.5", output, StringComparison.Ordinal);
        Assert.Contains("  3     Штаттардың жасақталуы, % — 2019: 92,3, 2020: 95, 2021: –", lines);
    }

    [Fact]
    public void Show_reads_a_converted_json_too()
    {
        using var temp = new TempDirectory();
        Command.Run("convert", Repository.SeedPath, "--out", temp.Path);
        var fromJson = Command.Run("show", temp.File("P1800000897.json"));
        var fromSource = Command.Run("show", Repository.SeedPath);
        Assert.Equal(ExitCodes.Success, fromJson.Exit);
        Assert.Equal(
            fromSource.Output.Split('\n').Where(l => !l.StartsWith("Source:", StringComparison.Ordinal)),
            fromJson.Output.Split('\n').Where(l => !l.StartsWith("Source:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Show_of_a_missing_file_names_it()
    {
        var (exit, _, error) = Command.Run("show", "/nonexistent/decree.txt");
        Assert.Equal(ExitCodes.NothingDone, exit);
        Assert.Equal("error: /nonexistent/decree.txt: file not found", error.Trim());
    }
}
