using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using DecreeParser.Ingest.Pipeline;

namespace DecreeParser.Cli.Bench;

/// <summary>
/// `decree bench`: documents per second for each format, the whole conversion beside the bare parse
/// of the same file by the library that reads it (OCR apart, <see cref="OcrBench"/>) — with the
/// machine the figures came from.
/// </summary>
public static class BenchCommand
{
    private static readonly (string Format, string File)[] Inputs =
    [
        ("text", "seed/000_ed493f9bc562bc01.txt"),
        ("html", "formats/P1800000897.html"),
        ("docx", "formats/P1800000897.docx"),
        ("pdf", "formats/P1800000897.pdf"),
    ];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var corpus = new Option<string>("--corpus") { Description = "The corpus folder.", DefaultValueFactory = _ => "corpus" };
        var seconds = new Option<double>("--seconds") { Description = "How long to run each measurement.", DefaultValueFactory = _ => 3 };
        var ocr = new Option<bool>("--ocr") { Description = "Measure OCR instead, on each level of the scan ladder (corpus/scans/make-ladder.sh): pages/s, peak memory, fields right." };
        var ladder = new Option<string>("--ladder") { Description = "For --ocr: the folder of the ladder's PDFs.", DefaultValueFactory = _ => OcrBench.DefaultLadder };
        var search = new Option<bool>("--search") { Description = "Measure the search index instead: build rate, query latency, size." };
        var measures = new Option<int>("--measures") { Description = "Synthetic measures for --search.", DefaultValueFactory = _ => 100_000 };
        var index = new Option<string?>("--index") { Description = "For --search: keep the index in this folder, built there when it holds none, so a second run times the search alone." };
        var batch = new Option<bool>("--batch") { Description = "Measure `decree convert` on synthetic batches instead: rate and peak memory." };
        var sizes = new Option<int[]>("--inputs") { Description = "Batch sizes for --batch.", DefaultValueFactory = _ => [1_000, 10_000], AllowMultipleArgumentsPerToken = true };
        var web = new Option<bool>("--web") { Description = "Measure `decree serve` instead: page times over the judged queries and the server's peak memory." };
        var warmUp = new Option<double>("--warm-up") { Description = "The longest warm-up, in seconds: the conversions run until the JIT has compiled their code, or this long.", DefaultValueFactory = _ => 60 };
        var stages = new Option<bool>("--stages") { Description = "Time each stage of the conversion instead (reading, repairs, plans, …), per format, in milliseconds a decree." };
        var launches = new Option<int>("--launches") { Description = "Run the bench in this many processes of its own, one after the other, and give each format's median and every launch's ratio: the ratio moves more between processes than within one.", DefaultValueFactory = _ => 1 };
        var command = new Command("bench", "Measure conversion speed per format, its stages, batch memory, search or web speed.") { corpus, seconds, warmUp, launches, ocr, ladder, search, measures, index, batch, sizes, web, stages };
        command.SetAction(parsed => parsed.GetValue(search) ? SearchBench.Run(parsed.GetValue(corpus)!, parsed.GetValue(measures), parsed.GetValue(index), output, error)
            : parsed.GetValue(web) ? WebBench.Run(parsed.GetValue(corpus)!, output, error)
            : parsed.GetValue(batch) ? BatchBench.Run(parsed.GetValue(corpus)!, parsed.GetValue(sizes)!, output, error)
            : parsed.GetValue(ocr) ? OcrBench.Run(parsed.GetValue(corpus)!, parsed.GetValue(ladder)!, output, error)
            : parsed.GetValue(launches) > 1 && !parsed.GetValue(stages) ? Launches.Run(Path.GetFullPath(parsed.GetValue(corpus)!), parsed.GetValue(seconds), parsed.GetValue(warmUp), parsed.GetValue(launches), output, error)
            : Run(parsed.GetValue(corpus)!, TimeSpan.FromSeconds(parsed.GetValue(seconds)), TimeSpan.FromSeconds(parsed.GetValue(warmUp)), parsed.GetValue(stages), output, error));
        return command;
    }

    /// <summary>The machine figures come from, printed before them.</summary>
    public static string Machine =>
        string.Create(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");

    public static int Run(string corpus, TimeSpan duration, TimeSpan longestWarmUp, bool stages, TextWriter output, TextWriter error)
    {
        output.WriteLine(Machine);
        var paths = Inputs.Select(input => (input.Format, Path: Path.Combine(corpus, input.File))).ToList();
        if (paths.FirstOrDefault(p => !File.Exists(p.Path)) is { Path: { } missing })
        {
            error.WriteLine($"error: {missing}: file not found (run from the repository root, or give --corpus)");
            return ExitCodes.NothingDone;
        }
        // Every format and its bare parse warmed up together: the code they share must be compiled
        // before any of them is timed.
        var bare = paths.Select(p => BareParse.For(p.Format, p.Path)).ToList();
        output.WriteLine(Throughput.Describe(Throughput.WarmUp(() =>
        {
            paths.ForEach(p => DecreePipeline.Convert(p.Path, p.Path));
            bare.ForEach(parse => parse());
        }, longestWarmUp)));
        if (stages) return StagesBench.Run(paths, duration, output);
        output.WriteLine(RateRow.Header);
        foreach (var (format, path) in paths)
        {
            var rates = Throughput.PerSecondInTurns([() => DecreePipeline.Convert(path, path), BareParse.For(format, path)], duration);
            output.WriteLine(new RateRow(format, rates[0], rates[1]));
        }
        return ExitCodes.Success;
    }
}
