using System.Globalization;

namespace DecreeParser.Cli.Bench;

/// <summary>
/// `decree bench --launches N`: the bench run in N processes of its own, one after the other, each
/// launch's report shown, then each format's median and every launch's ratio. The HTML ratio moves
/// more between processes than inside one: on 5 December five launches gave 1.8, 2.1, 1.9, 1.9 and
/// 2.0× while DOCX gave 1.7× and PDF 1.5× in all five, and a scratch harness timing the two in turns
/// found the conversion at 2.95–3.11 ms in four processes and the bare parse at 1.35–1.60 ms, with
/// the same number of collections a document in all four. Whatever a process settles on (most
/// likely the code its profile-guided compiler makes) is drawn once a process, so only several
/// processes show the spread.
/// </summary>
public static class Launches
{
    public static int Run(string corpus, double seconds, double warmUp, int count, TextWriter output, TextWriter error)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(BenchCommand.Machine);
        var rows = new List<RateRow>();
        for (var launch = 1; launch <= count; launch++)
        {
            output.WriteLine($"launch {launch} of {count}:");
            var (exit, errors) = DecreeProcess.Run(["bench", "--corpus", corpus, "--seconds", seconds.ToString(culture), "--warm-up", warmUp.ToString(culture)], line =>
            {
                if (line.StartsWith("machine: ", StringComparison.Ordinal)) return;
                output.WriteLine($"  {line}");
                if (RateRow.TryParse(line, out var row)) rows.Add(row);
            });
            if (exit != ExitCodes.Success)
            {
                error.WriteLine($"error: launch {launch} of the bench ended with exit code {exit}: {errors.Trim()}");
                return ExitCodes.NothingDone;
            }
        }
        output.WriteLine($"median of {count} launches; each launch's ratio after it:");
        output.WriteLine(RateRow.Header);
        foreach (var format in rows.Select(row => row.Format).Distinct())
        {
            var launches = rows.Where(row => row.Format == format).ToList();
            var ratios = string.Join(" ", launches.Select(row => string.Create(culture, $"{row.Ratio:F1}x")));
            var median = RateRow.Line(format, Median(launches.Select(row => row.Convert)), Median(launches.Select(row => row.Bare)), Median(launches.Select(row => row.Ratio)));
            output.WriteLine($"{median}   {ratios}");
        }
        return ExitCodes.Success;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
