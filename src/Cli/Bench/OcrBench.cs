using System.Diagnostics;
using System.Globalization;
using DecreeParser.Ingest.Json;
using DecreeParser.Ingest.Pipeline;

namespace DecreeParser.Cli.Bench;

/// <summary>
/// `decree bench --ocr`: each level of the degradation ladder (the seed's scans as scanners make
/// them, <c>corpus/scans/make-ladder.sh</c>) converted whole, with the pages read by OCR per second
/// on all cores, the floor (the rate the OCR programs' own processor time allows on all cores), the
/// peak memory of the conversion and the programs it runs, and the share of the golden JSON's
/// measure fields that came out right (<see cref="FieldsRight"/>).
/// </summary>
public static class OcrBench
{
    public const string DefaultLadder = "artifacts/ladder";

    public static int Run(string corpus, string ladder, TextWriter output, TextWriter error)
    {
        var culture = CultureInfo.InvariantCulture;
        var golden = DecreeJson.Deserialize(File.ReadAllText(Path.Combine(corpus, "expected/P1800000897.json")))!;
        if (!Directory.Exists(ladder) || Directory.GetFiles(ladder, "*.pdf").Length == 0)
        {
            error.WriteLine($"error: {ladder}: no ladder of scans here; make it with `bash corpus/scans/make-ladder.sh` (a few minutes)");
            return ExitCodes.NothingDone;
        }
        output.WriteLine(BenchCommand.Machine);
        output.WriteLine($"{"level",-10} {"OCR pages",9} {"seconds",8} {"pages/s",8} {"floor",6} {"peak MB",8} {"measures",9} {"fields right",13}");
        foreach (var path in Directory.GetFiles(ladder, "*.pdf").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var level = name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..];
            using var memory = ProcessTreeMemory.Start();
            var toolsBefore = ChildProcessorTime.Now();
            var clock = Stopwatch.StartNew();
            var decree = DecreePipeline.Convert(path, path);
            clock.Stop();
            var pages = decree.Source.OcrPages;
            // The pages a second the tools' own processor time allows on every core: what a
            // conversion that did nothing but wait on them would reach.
            var tools = ChildProcessorTime.Now() - toolsBefore;
            var floor = tools is { TotalSeconds: > 0 } time ? pages / (time.TotalSeconds / Environment.ProcessorCount) : (double?)null;
            var right = FieldsRight.Of(golden, decree);
            output.WriteLine(string.Create(culture,
                $"{level,-10} {pages,9} {clock.Elapsed.TotalSeconds,8:F1} {pages / clock.Elapsed.TotalSeconds,8:F2} {floor,6:F2} {memory.PeakMegabytes,8:F0} {right.Found,4}/{golden.Measures.Count,-4} {right.Share * 100,12:F1}%"));
        }
        return ExitCodes.Success;
    }
}
