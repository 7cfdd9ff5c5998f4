using System.Globalization;

namespace DecreeParser.Cli.Bench;

/// <summary>
/// The processor time of the programs this process ran and waited for (tesseract, pdftoppm), as
/// Linux counts it for a process's ended children (/proc/self/stat: cutime + cstime); null where
/// /proc does not say. OCR's floor: no conversion runs faster than its tesseract runs on all cores.
/// </summary>
public static class ChildProcessorTime
{
    // The kernel's clock ticks per second (USER_HZ), 100 on every Linux the project runs on.
    private const double TicksPerSecond = 100;

    public static TimeSpan? Now()
    {
        const string stat = "/proc/self/stat";
        if (!File.Exists(stat)) return null;
        // Fields after the command name, which is in parentheses and may hold spaces.
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        // cutime and cstime are fields 16 and 17 of the line, 14 and 15 after the name.
        var ticks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
