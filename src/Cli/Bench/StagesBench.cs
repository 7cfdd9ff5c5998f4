using System.Diagnostics;
using System.Globalization;
using DecreeParser.Ingest.Pipeline;
using DecreeParser.Ingest.Reading;

namespace DecreeParser.Cli.Bench;

/// <summary>
/// `decree bench --stages`: where a conversion's time goes, stage by stage, for each format of the
/// seed — the profile to read before making any of them faster. Run after the warm-up of
/// <see cref="BenchCommand"/>, as the rates are. Below the stages, the conversion's two halves
/// (reading; repairs and structure) each in a loop of its own, in turns with the whole conversion:
/// what they add up to apart, beside the whole, is what each half costs the other by evicting its
/// code and data from the processor's caches — time that no stage's own profile shows.
/// </summary>
public static class StagesBench
{
    public static int Run(IReadOnlyList<(string Format, string Path)> inputs, TimeSpan duration, TextWriter output)
    {
        var columns = new List<(string Format, IReadOnlyList<(string Stage, TimeSpan Spent)> Spent, int Runs)>();
        var inTurns = new List<IReadOnlyList<double>>();
        foreach (var (format, path) in inputs)
        {
            var times = new StageTimes();
            var runs = 0;
            for (var clock = Stopwatch.StartNew(); clock.Elapsed < duration; runs++) DecreePipeline.Convert(path, path, times);
            columns.Add((format, times.Spent, runs));
            var document = DocumentReader.Read(path, path);
            var rates = Throughput.PerSecondInTurns([() => DecreePipeline.Convert(path, path), () => DocumentReader.Read(path, path), () => DecreePipeline.Structure(document)], duration);
            inTurns.Add([.. rates.Select(rate => 1000 / rate)]);
        }
        var culture = CultureInfo.InvariantCulture;
        void Line(string label, IEnumerable<double> values) =>
            output.WriteLine(string.Create(culture, $"{label,-32}") + string.Concat(values.Select(value => string.Create(culture, $"{value,9:F2}"))));
        output.WriteLine(string.Create(culture, $"{"ms a decree",-32}") + string.Concat(columns.Select(c => string.Create(culture, $"{c.Format,9}"))));
        void Row(string label, Func<IReadOnlyList<(string Stage, TimeSpan Spent)>, TimeSpan> spent) =>
            Line(label, columns.Select(c => spent(c.Spent).TotalMilliseconds / c.Runs));
        foreach (var stage in columns.SelectMany(c => c.Spent.Select(s => s.Stage)).Distinct())
        {
            Row(stage, spent => spent.FirstOrDefault(s => s.Stage == stage).Spent);
        }
        Row("whole conversion", spent => spent.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Spent));
        output.WriteLine();
        output.WriteLine("in turns, each in a loop of its own");
        Line("whole conversion", inTurns.Select(ms => ms[0]));
        Line("read alone", inTurns.Select(ms => ms[1]));
        Line("repairs and structure alone", inTurns.Select(ms => ms[2]));
        Line("the two halves apart", inTurns.Select(ms => ms[1] + ms[2]));
        return ExitCodes.Success;
    }
}
