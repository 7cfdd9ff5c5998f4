using System.Diagnostics;

namespace DecreeParser.Cli.Bench;

/// <summary>
/// Runs a piece of work over and over for a while, after one warm-up run, and says how many times
/// a second it ran.
/// </summary>
public static class Throughput
{
    // Two pieces of work take turns in slices this long, so a shared machine's slow minute slows both.
    private static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(250);

    public static double PerSecond(Action work, TimeSpan duration)
    {
        work();
        var (runs, elapsed) = Run(work, duration);
        return runs / elapsed.TotalSeconds;
    }

    /// <summary>
    /// Two pieces of work timed in turns, a slice of each, for about <paramref name="duration"/> each:
    /// their ratio is what the machine's speed of the moment cannot move, as timing one after the
    /// other lets it (runs a minute apart differed by a third on a shared virtual machine).
    /// </summary>
    public static (double First, double Second) PerSecondInTurns(Action first, Action second, TimeSpan duration)
    {
        first();
        second();
        var (firstRuns, secondRuns) = (0, 0);
        var (firstTime, secondTime) = (TimeSpan.Zero, TimeSpan.Zero);
        while (firstTime < duration || secondTime < duration)
        {
            var (runs, elapsed) = Run(first, Slice);
            (firstRuns, firstTime) = (firstRuns + runs, firstTime + elapsed);
            (runs, elapsed) = Run(second, Slice);
            (secondRuns, secondTime) = (secondRuns + runs, secondTime + elapsed);
        }
        return (firstRuns / firstTime.TotalSeconds, secondRuns / secondTime.TotalSeconds);
    }

    private static (int Runs, TimeSpan Elapsed) Run(Action work, TimeSpan duration)
    {
        var runs = 0;
        var clock = Stopwatch.StartNew();
        do
        {
            work();
            runs++;
        }
        while (clock.Elapsed < duration);
        return (runs, clock.Elapsed);
    }
}
