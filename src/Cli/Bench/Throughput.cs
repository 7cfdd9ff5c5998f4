using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace DecreeParser.Cli.Bench;

/// <summary>
/// Runs a piece of work over and over for a while, after one warm-up run, and says how many times
/// a second it ran.
/// </summary>
public static class Throughput
{
    // Two pieces of work take turns in slices this long, so a shared machine's slow minute slows both.
    private static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(250);

    // A second of work in which the JIT compiled no more than this many methods: what is left to
    // compile is code a run seldom reaches, not the loop being timed (the seed's HTML converted in
    // turns gains one to thirteen methods a second once its rate has settled).
    private static readonly TimeSpan WarmUpWindow = TimeSpan.FromSeconds(1);
    private const int SettledCompilations = 20;

    /// <summary>
    /// Runs the work until the JIT is done with it, or for <paramref name="longest"/> at most. .NET
    /// compiles a method quickly first and again, optimized, on a background thread once it has been
    /// called some thirty times — for seconds, in code as large as a conversion: converting the seed's
    /// text ran at 16, 8, 5, 2.4, then 1.6 ms a decree in its first seven seconds, and a fixed warm-up of
    /// three seconds timed the compiler in the text row (315 docs/s, 564 after ten seconds).
    /// </summary>
    /// <returns>How long the warm-up ran, and whether the compiler settled within it.</returns>
    public static (TimeSpan Spent, bool Settled) WarmUp(Action work, TimeSpan longest)
    {
        var clock = Stopwatch.StartNew();
        var compiled = JitInfo.GetCompiledMethodCount();
        while (clock.Elapsed < longest)
        {
            Run(work, WarmUpWindow < longest ? WarmUpWindow : longest);
            var now = JitInfo.GetCompiledMethodCount();
            if (now - compiled <= SettledCompilations) return (clock.Elapsed, true);
            compiled = now;
        }
        return (clock.Elapsed, false);
    }

    /// <summary>The warm-up as a line of the bench's report.</summary>
    public static string Describe((TimeSpan Spent, bool Settled) warmUp) => warmUp.Settled
        ? string.Create(CultureInfo.InvariantCulture, $"warm-up: {warmUp.Spent.TotalSeconds:F1} s, until a second of work compiled no more code")
        : string.Create(CultureInfo.InvariantCulture, $"warm-up: stopped after {warmUp.Spent.TotalSeconds:F1} s with the compiler still at work: the figures below may be low (give a longer --warm-up)");

    /// <summary>
    /// Pieces of work timed in turns, a slice of each, for about <paramref name="duration"/> each:
    /// their ratios are what the machine's speed of the moment cannot move, as timing one after the
    /// other lets it (runs a minute apart differed by a third on a shared virtual machine).
    /// </summary>
    /// <returns>Each piece's runs a second, in the order given.</returns>
    public static IReadOnlyList<double> PerSecondInTurns(IReadOnlyList<Action> works, TimeSpan duration)
    {
        foreach (var work in works) work();
        var runs = new int[works.Count];
        var times = new TimeSpan[works.Count];
        while (times.Any(time => time < duration))
        {
            for (var i = 0; i < works.Count; i++)
            {
                var (ran, elapsed) = Run(works[i], Slice);
                (runs[i], times[i]) = (runs[i] + ran, times[i] + elapsed);
            }
        }
        return [.. runs.Select((ran, i) => ran / times[i].TotalSeconds)];
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
