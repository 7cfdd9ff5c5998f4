using System.Globalization;

namespace DecreeParser.Cli.Batch;

/// <summary>The process's peak resident memory, as Linux counts it (VmHWM); null where /proc does not say.</summary>
public static class PeakMemory
{
    public static double? Megabytes()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return null;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = line?["VmHWM:".Length..].Trim().Split(' ')[0];
        return long.TryParse(kilobytes, CultureInfo.InvariantCulture, out var value) ? value / 1024.0 : null;
    }
}
