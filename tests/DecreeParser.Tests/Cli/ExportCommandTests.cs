using System.Globalization;
using System.Text.Json.Nodes;
using DecreeParser.Cli;
using DecreeParser.Cli.Export;
using DecreeParser.Ingest.Json;
using DecreeParser.Tests.Support;
using Json.Schema;

namespace DecreeParser.Tests.Cli;

/// <summary>The bundled corpus converted once (seed text, its text-layer PDF, the three adilet pages), exported per test.</summary>
public sealed class ConvertedCorpus : IDisposable
{
    private readonly TempDirectory temp = new();

    public ConvertedCorpus()
    {
        var exit = DecreeCli.Run(
            ["convert", Repository.SeedPath, Repository.File("corpus/formats/P1800000897.pdf"), Repository.File("corpus/adilet"), "--out", Folder, "--parallelism", "1"],
            TextWriter.Null, TextWriter.Null);
        Assert.Equal(ExitCodes.Success, exit);
    }

    public string Folder => temp.File("json");

    /// <summary>A copy of the converted files, to change for one test.</summary>
    public string CopyTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Folder, "*.json")) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    public void Dispose() => temp.Dispose();
}

public class ExportCommandTests(ConvertedCorpus corpus) : IClassFixture<ConvertedCorpus>
{
    private static readonly string[] DatasetFiles =
        ["amounts.csv", "datasheet.md", "decree.schema.json", "decrees.jsonl", "duplicates.csv", "glossary.csv", "indicator-line.schema.json", "indicators.jsonl", "measure-line.schema.json", "measure-pair-line.schema.json", "measures-kk-ru.jsonl", "measures.jsonl"];

    private static (int Exit, string Output, string Error) Export(string inDir, string outDir) => Command.Run("export", "--in", inDir, "--out", outDir);

    /// <summary>The rows of a CSV file as RFC 4180 reads them (no field here spans lines).</summary>
    private static List<string[]> Csv(string path)
    {
        var text = File.ReadAllText(path);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        return [.. text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(ParseCsvLine)];
    }

    private static string[] ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (quoted && line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (line[i] == '"') quoted = !quoted;
            else if (line[i] == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(line[i]);
        }
        fields.Add(field.ToString());
        return [.. fields];
    }

    [Fact]
    public void Every_file_loads_back_with_the_counts_and_types_the_datasheet_gives()
    {
        using var temp = new TempDirectory();
        var (exit, output, error) = Export(corpus.Folder, temp.Path);
        Assert.Equal((ExitCodes.Success, ""), (exit, error));
        Assert.Equal(DatasetFiles, Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // decrees.jsonl: every line a whole decree; the seed's two copies are one decree.
        var decrees = File.ReadAllLines(temp.File("decrees.jsonl")).Select(line => DecreeJson.Deserialize(line)!).ToList();
        Assert.Equal(["P1800000897", "V1600014592", "V1600014606", "V1600014606"], decrees.Select(d => d.Id!));
        Assert.Equal(["kk", "ru", "kk", "ru"], decrees.Select(d => d.Language));

        // measures.jsonl: every line follows the published schema.
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List };
        options.SchemaRegistry.Register(JsonSchema.FromText(File.ReadAllText(temp.File("decree.schema.json"))));
        var lineSchema = JsonSchema.FromText(File.ReadAllText(temp.File("measure-line.schema.json")));
        var lines = File.ReadAllLines(temp.File("measures.jsonl"));
        Assert.Equal(decrees.Sum(d => d.Measures.Count), lines.Length);
        Assert.Equal(127, lines.Length);
        Assert.All(lines, line => Assert.True(lineSchema.Evaluate(JsonNode.Parse(line), options).IsValid, line[..80]));
        // The schema reaches into the decree schema's definitions: a deadline kind it does not know fails.
        Assert.False(lineSchema.Evaluate(JsonNode.Parse(lines[0].Replace("\"kind\":\"quarter\"", "\"kind\":\"soon\"", StringComparison.Ordinal)), options).IsValid);
        var measures = lines.Select(line => ExportJson.ReadMeasure(line)!).ToList();
        var measure = measures.Single(m => m.Id == "P1800000897/5");
        Assert.Equal(("P1800000897", "kk", "II"), (measure.Decree, measure.Language, measure.Section!.Numeral));
        Assert.Contains(measures, m => m.Responsible.Any(r => r.Expansion == "Қазақстан Республикасы Ішкі істер министрлігі"));

        // amounts.csv: one row per amount of measures.jsonl, typed; the seed's 2019 budget adds up to its totals row.
        var amounts = Csv(temp.File("amounts.csv"));
        Assert.Equal(["decree", "language", "measure", "source", "year", "million_tenge", "plan", "group", "budget_programme"], amounts[0]);
        Assert.Equal(measures.Sum(m => m.Financing.Amounts.Count), amounts.Count - 1);
        var rows = amounts.Skip(1).Select(r => (Measure: r[2], Source: r[3], Year: int.Parse(r[4], CultureInfo.InvariantCulture), Million: decimal.Parse(r[5], CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(14233m, rows.Where(r => r.Source == "РБ" && r.Year == 2019).Sum(r => r.Million));

        // glossary.csv: every entry of every decree kept.
        var glossary = Csv(temp.File("glossary.csv"));
        Assert.Equal(["decree", "language", "abbreviation", "expansion"], glossary[0]);
        Assert.Equal(decrees.Sum(d => d.Glossary.Count), glossary.Count - 1);
        Assert.Contains(glossary, row => row[2] == "ІІМ" && row[3] == "Қазақстан Республикасы Ішкі істер министрлігі");

        // The datasheet's counts are the files' counts; the schemas are the published ones.
        var datasheet = File.ReadAllText(temp.File("datasheet.md"));
        Assert.Contains($"| `measures.jsonl` | a plan's measure with its decree, language, plan and groups (`measure-line.schema.json`) | {lines.Length} |", datasheet, StringComparison.Ordinal);
        Assert.Contains($"| {amounts.Count - 1} |", datasheet, StringComparison.Ordinal);
        Assert.Contains("art. 8", datasheet, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Repository.File("docs/measure-line.schema.json")), File.ReadAllText(temp.File("measure-line.schema.json")));
        Assert.Contains("exported 4 decrees, 127 measures", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_inputs_give_byte_identical_files_wherever_they_lie()
    {
        using var temp = new TempDirectory();
        var elsewhere = corpus.CopyTo(temp.File("elsewhere"));
        Export(corpus.Folder, temp.File("a"));
        Export(elsewhere, temp.File("b"));
        Assert.All(DatasetFiles, name => Assert.Equal(File.ReadAllBytes(temp.File($"a/{name}")), File.ReadAllBytes(temp.File($"b/{name}"))));
    }

    [Fact]
    public void Copies_of_one_decree_keep_text_over_ocr_and_pdf_and_list_the_others()
    {
        using var temp = new TempDirectory();
        var input = corpus.CopyTo(temp.File("in"));
        // The same text, as if it had come from a scan.
        var scan = JsonNode.Parse(File.ReadAllText(Path.Combine(input, "P1800000897.pdf.json")))!;
        scan["source"]!["ocrPages"] = 17;
        File.WriteAllText(Path.Combine(input, "P1800000897.ocr.json"), scan.ToJsonString());

        var (exit, output, _) = Export(input, temp.File("out"));

        Assert.Equal(ExitCodes.Success, exit);
        var duplicates = Csv(temp.File("out/duplicates.csv"));
        Assert.Equal(
            [["decree", "kept", "dropped", "reason"],
             ["P1800000897", "P1800000897.json", "P1800000897.pdf.json", "pdf, where the kept copy is text"],
             ["P1800000897", "P1800000897.json", "P1800000897.ocr.json", "read by OCR (17 pages) where the kept copy has text"]],
            duplicates);
        Assert.Contains("left out P1800000897.ocr.json for P1800000897.json", output, StringComparison.Ordinal);
        Assert.Contains("`P1800000897.ocr.json` left out for `P1800000897.json`", File.ReadAllText(temp.File("out/datasheet.md")), StringComparison.Ordinal);
        Assert.Equal("text", DecreeJson.Deserialize(File.ReadLines(temp.File("out/decrees.jsonl")).First())!.Source.Format);
    }

    [Fact]
    public void A_bad_file_is_named_and_the_rest_exported_and_nothing_to_export_is_exit_code_one()
    {
        using var temp = new TempDirectory();
        var input = corpus.CopyTo(temp.File("in"));
        File.WriteAllText(Path.Combine(input, "broken.json"), "{\"schemaVersion\": \"1.2\", \"measures\": [");
        var (exit, output, error) = Export(input, temp.File("out"));
        Assert.Equal(ExitCodes.SomeFailed, exit);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains("broken.json: is not a decree JSON", error, StringComparison.Ordinal);
        Assert.Contains("exported 4 decrees", output, StringComparison.Ordinal);

        Directory.CreateDirectory(temp.File("empty"));
        Assert.Equal(ExitCodes.NothingDone, Export(temp.File("empty"), temp.File("out2")).Exit);
        Assert.False(Directory.Exists(temp.File("out2")));
        Assert.Equal(ExitCodes.NothingDone, Export(temp.File("missing"), temp.File("out3")).Exit);
        File.WriteAllText(temp.File("taken"), "the user's file");
        var (takenExit, _, takenError) = Export(input, temp.File("taken"));
        Assert.Equal(ExitCodes.NothingDone, takenExit);
        Assert.Contains("taken: the dataset cannot be written there", takenError, StringComparison.Ordinal);
        Assert.Equal("the user's file", File.ReadAllText(temp.File("taken")));
        var (sameExit, _, sameError) = Export(input, input);
        Assert.Equal(ExitCodes.NothingDone, sameExit);
        Assert.Contains("cannot go into the folder it is read from", sameError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Утративший силу", "Действующий")]
    [InlineData("Күшін жойған", "Қолданыстағы")]
    [InlineData("Обновленный", "Действующий")]
    [InlineData("Действующий", null)]
    public void The_copy_with_the_newer_status_is_kept(string newer, string? older)
    {
        var copies = new[]
        {
            new ExportCandidate("a.json", "V1600014606.ru", 0, DecreeStatus.Rank(older), null, "html"),
            new ExportCandidate("b.json", "V1600014606.ru", 0, DecreeStatus.Rank(newer), null, "html"),
        };
        var (kept, dropped) = DuplicateRule.Choose(copies);
        Assert.Equal("b.json", kept.File);
        Assert.Equal("an older status than the kept copy's", Assert.Single(dropped).Reason);
    }

    [Fact]
    public void Of_two_copies_with_one_status_the_later_edition_is_kept_and_a_tie_goes_by_name()
    {
        var earlier = new ExportCandidate("b.json", "K", 0, 2, new DateOnly(2017, 8, 24), "html");
        var later = new ExportCandidate("c.json", "K", 0, 2, new DateOnly(2025, 6, 10), "html");
        Assert.Equal("c.json", DuplicateRule.Choose([earlier, later]).Kept.File);
        var twin = earlier with { File = "a.json" };
        Assert.Equal("a.json", DuplicateRule.Choose([earlier, twin]).Kept.File);
    }

    [Fact]
    public void Plans_of_other_layouts_export_their_groups_units_programmes_and_indicators()
    {
        using var temp = new TempDirectory();
        var converted = temp.File("json");
        var exit = DecreeCli.Run(
            ["convert", Repository.File("corpus/plans/P1800000897.years-kk.html"), Repository.File("corpus/plans/P1800000897.years-ru.html"), "--out", converted, "--parallelism", "1"],
            TextWriter.Null, TextWriter.Null);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(ExitCodes.Success, Export(converted, temp.File("out")).Exit);

        var measure = File.ReadAllLines(temp.File("out/measures.jsonl")).Select(line => ExportJson.ReadMeasure(line)!).First(m => m.Decree == "P1800000897" && m.Number == "3");
        Assert.Equal([("2", "direction"), ("2", "goal"), ("2.1", "task")], measure.Groups.Select(g => (g.Numeral!, g.Kind)));
        Assert.Equal(measure.Groups[^1], measure.Section);
        Assert.Equal(("%", "001; 015", 1), (measure.Unit, measure.BudgetProgramme, measure.Plan));
        Assert.Equal("жалақы өсті", measure.Extra!["Күтілетін нәтиже"]);

        // indicators.jsonl: every line follows its schema, which reaches into the other two.
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List };
        options.SchemaRegistry.Register(JsonSchema.FromText(File.ReadAllText(temp.File("out/decree.schema.json"))));
        options.SchemaRegistry.Register(JsonSchema.FromText(File.ReadAllText(temp.File("out/measure-line.schema.json"))));
        var schema = JsonSchema.FromText(File.ReadAllText(temp.File("out/indicator-line.schema.json")));
        var lines = File.ReadAllLines(temp.File("out/indicators.jsonl"));
        Assert.Equal(6, lines.Length);
        Assert.All(lines, line => Assert.True(schema.Evaluate(JsonNode.Parse(line), options).IsValid, line[..80]));
        var trust = ExportJson.ReadIndicator(lines[0])!;
        Assert.Equal(("P1800000897/2/1", 2, "%"), (trust.Id, trust.Plan, trust.Unit));
        Assert.Equal(45.5m, trust.Values[0].Value);
        Assert.All(File.ReadAllLines(temp.File("out/measures.jsonl")), line => Assert.True(JsonSchema.FromText(File.ReadAllText(temp.File("out/measure-line.schema.json"))).Evaluate(JsonNode.Parse(line), options).IsValid));

        // amounts.csv: thousands of tenge in the Russian plan are millions here, with their plan, groups and programme.
        var amounts = Csv(temp.File("out/amounts.csv"));
        var russian = amounts.Where(r => r[0] == "P1800000897.ru" && r[2] == "P1800000897/3" && r[3] == "РБ" && r[4] == "2019").Single();
        Assert.Equal(["10171", "1", "2. Совершенствование системы оплаты труда сотрудников / 2. Повышение социальной защищенности сотрудников полиции / 2.1. Повышение должностных окладов", "001; 015"], russian[5..]);
        Assert.Contains("| `indicators.jsonl` | a target indicator", File.ReadAllText(temp.File("out/datasheet.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_decrees_Kazakh_and_Russian_measures_are_exported_side_by_side_and_where_they_differ_is_listed()
    {
        using var temp = new TempDirectory();
        var converted = temp.File("json");
        // The Kazakh plan from its page, the Russian one from its PDF: twins by their adilet id, whatever the format.
        var exit = DecreeCli.Run(
            ["convert", Repository.File("corpus/plans/P1800000897.years-kk.html"), Repository.File("corpus/plans/P1800000897.years-ru.pdf"), "--out", converted, "--parallelism", "1"],
            TextWriter.Null, TextWriter.Null);
        Assert.Equal(ExitCodes.Success, exit);
        var (agreeingExit, agreeing, _) = Export(converted, temp.File("agreeing"));
        Assert.Equal(ExitCodes.Success, agreeingExit);
        Assert.Contains("paired 7 measures of 1 decrees in Kazakh and Russian: 0 where the texts differ", agreeing, StringComparison.Ordinal);

        var options = new EvaluationOptions { OutputFormat = OutputFormat.List };
        options.SchemaRegistry.Register(JsonSchema.FromText(File.ReadAllText(temp.File("agreeing/decree.schema.json"))));
        options.SchemaRegistry.Register(JsonSchema.FromText(File.ReadAllText(temp.File("agreeing/measure-line.schema.json"))));
        var schema = JsonSchema.FromText(File.ReadAllText(temp.File("agreeing/measure-pair-line.schema.json")));
        var lines = File.ReadAllLines(temp.File("agreeing/measures-kk-ru.jsonl"));
        Assert.All(lines, line => Assert.True(schema.Evaluate(JsonNode.Parse(line), options).IsValid, line[..80]));
        var pairs = lines.Select(line => JsonNode.Parse(line)!).ToList();
        Assert.Equal(["1", "1.1", "1.2", "2", "3", "3.1", "4"], pairs.Select(p => (string)p["number"]!));
        Assert.All(pairs, p => Assert.True((bool)p["agrees"]!));
        var third = pairs[4];
        Assert.Equal(("P1800000897/3", "P1800000897.ru"), ((string)third["kk"]!["id"]!, (string)third["ru"]!["decree"]!));
        Assert.Equal(("ІІМ", "МВД"), ((string)third["kk"]!["responsible"]![0]!["code"]!, (string)third["ru"]!["responsible"]![0]!["code"]!));
        Assert.Equal("10171", third["ru"]!["financing"]!["amounts"]![0]!["millionTenge"]!.ToJsonString());

        // The Russian text moves measure 3's deadline a quarter: that pair, and only it, disagrees.
        var russianFile = Directory.GetFiles(converted, "*.ru.json").Single();
        var russian = JsonNode.Parse(File.ReadAllText(russianFile))!;
        var deadline = russian["measures"]!.AsArray().Single(m => (string)m!["number"]! == "3")!["deadline"]!;
        deadline["from"] = "2019-Q4";
        deadline["to"] = "2019-Q4";
        File.WriteAllText(russianFile, russian.ToJsonString());
        var (_, differing, _) = Export(converted, temp.File("differing"));
        Assert.Contains("paired 7 measures of 1 decrees in Kazakh and Russian: 1 where the texts differ", differing, StringComparison.Ordinal);
        var moved = File.ReadAllLines(temp.File("differing/measures-kk-ru.jsonl")).Select(line => JsonNode.Parse(line)!).Single(p => !(bool)p["agrees"]!);
        Assert.Equal("3", (string)moved["number"]!);
        Assert.Equal("""[{"field":"deadline","kk":"quarter 2019-Q3","ru":"quarter 2019-Q4"}]""", moved["disagreements"]!.ToJsonString());
        Assert.Contains("- Decrees in both Kazakh and Russian: 1; their measures paired: 7, of which the two texts differ: 1.", File.ReadAllText(temp.File("differing/datasheet.md")), StringComparison.Ordinal);
    }
}
