using System.Globalization;
using System.Text.RegularExpressions;

namespace DecreeParser.Cli.Bench;

/// <summary>
/// `decree bench --batch`: runs `decree convert` in a process of its own on 1 000 and on 10 000
/// synthetic inputs and prints each run's rate and peak resident memory. Memory that stays flat
/// from the first to the second is what streaming buys; memory that grew tenfold would mean the
/// batch collects its decrees.
/// </summary>
public static partial class BatchBench
{
    public static int Run(string corpus, IReadOnlyList<int> sizes, TextWriter output, TextWriter error)
    {
        var seed = Path.Combine(corpus, "seed", "000_ed493f9bc562bc01.txt");
        if (!File.Exists(seed))
        {
            error.WriteLine($"error: {seed}: file not found (run from the repository root, or give --corpus)");
            return ExitCodes.NothingDone;
        }
        output.WriteLine(BenchCommand.Machine);
        var work = Directory.CreateTempSubdirectory("decree-batch-bench-").FullName;
        try
        {
            foreach (var size in sizes)
            {
                var inputs = Path.Combine(work, $"in-{size}");
                SyntheticInputs.Write(File.ReadAllText(seed), inputs, size);
                var (exit, summary) = Convert(inputs, Path.Combine(work, $"out-{size}"));
                var figures = SummaryLine().Match(summary);
                if (exit != ExitCodes.Success || !figures.Success)
                {
                    error.WriteLine($"error: the batch of {size} ended with exit code {exit}: {summary}");
                    return ExitCodes.NothingDone;
                }
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"batch {size,6} inputs: {figures.Groups["seconds"].Value} s, {figures.Groups["rate"].Value} inputs/s, peak RSS {figures.Groups["memory"].Value} MB"));
                Directory.Delete(inputs, recursive: true);
                Directory.Delete(Path.Combine(work, $"out-{size}"), recursive: true);
            }
            return ExitCodes.Success;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static (int Exit, string Summary) Convert(string inputs, string outDir)
    {
        string? last = null;
        var (exit, errors) = DecreeProcess.Run(["convert", inputs, "--out", outDir], line =>
        {
            if (SummaryLine().IsMatch(line)) last = line;
        });
        return (exit, last ?? errors);
    }

    [GeneratedRegex(@"inputs in (?<seconds>[\d.]+) s \((?<rate>[\d.]+) inputs/s\), peak memory (?<memory>\d+) MB")]
    private static partial Regex SummaryLine();
}
