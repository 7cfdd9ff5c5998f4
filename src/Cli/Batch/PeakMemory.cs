using System.Globalization;

namespace DecreeParser.Cli.Batch;

/// <summary>A process's peak resident memory, as Linux counts it (VmHWM); null where /proc does not say.</summary>
public static class PeakMemory
{
    /// <param name="process">The process to ask about; this one when null.</param>
    public static double? Megabytes(int? process = null)
    {
        var status = $"/proc/{process?.ToString(CultureInfo.InvariantCulture) ?? "self"}/status";
        if (!File.Exists(status)) return null;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = line?["VmHWM:".Length..].Trim().Split(' ')[0];
        return long.TryParse(kilobytes, CultureInfo.InvariantCulture, out var value) ? value / 1024.0 : null;
    }
}
