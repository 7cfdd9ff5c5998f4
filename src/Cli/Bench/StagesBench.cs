using System.Diagnostics;
using System.Globalization;
using DecreeParser.Ingest.Pipeline;

namespace DecreeParser.Cli.Bench;

/// <summary>
/// `decree bench --stages`: where a conversion's time goes, stage by stage, for each format of the
/// seed — the profile to read before making any of them faster. Run after the warm-up of
/// <see cref="BenchCommand"/>, as the rates are.
/// </summary>
public static class StagesBench
{
    public static int Run(IReadOnlyList<(string Format, string Path)> inputs, TimeSpan duration, TextWriter output)
    {
        var culture = CultureInfo.InvariantCulture;
        var columns = new List<(string Format, IReadOnlyList<(string Stage, TimeSpan Spent)> Spent, int Runs)>();
        foreach (var (format, path) in inputs)
        {
            var times = new StageTimes();
            var runs = 0;
            for (var clock = Stopwatch.StartNew(); clock.Elapsed < duration; runs++) DecreePipeline.Convert(path, path, times);
            columns.Add((format, times.Spent, runs));
        }
        output.WriteLine(string.Create(culture, $"{"ms a decree",-32}") + string.Concat(columns.Select(c => string.Create(culture, $"{c.Format,9}"))));
        void Row(string label, Func<IReadOnlyList<(string Stage, TimeSpan Spent)>, TimeSpan> spent) =>
            output.WriteLine(string.Create(culture, $"{label,-32}") + string.Concat(columns.Select(c => string.Create(culture, $"{spent(c.Spent).TotalMilliseconds / c.Runs,9:F2}"))));
        foreach (var stage in columns.SelectMany(c => c.Spent.Select(s => s.Stage)).Distinct())
        {
            Row(stage, spent => spent.FirstOrDefault(s => s.Stage == stage).Spent);
        }
        Row("whole conversion", spent => spent.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Spent));
        return ExitCodes.Success;
    }
}
