using System.Diagnostics;

namespace DecreeParser.Cli.Bench;

/// <summary>
/// Runs a piece of work over and over for a while, after one warm-up run, and says how many times
/// a second it ran.
/// </summary>
public static class Throughput
{
    public static double PerSecond(Action work, TimeSpan duration)
    {
        work();
        var runs = 0;
        var clock = Stopwatch.StartNew();
        do
        {
            work();
            runs++;
        }
        while (clock.Elapsed < duration);
        return runs / clock.Elapsed.TotalSeconds;
    }
}
