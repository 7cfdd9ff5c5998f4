using System.Globalization;

namespace DecreeParser.Cli.Bench;

/// <summary>
/// The peak resident memory of this process and the programs it runs (pdftoppm, tesseract), sampled
/// while a piece of work runs: OCR's memory is mostly in the tesseract processes, which this
/// process's own peak does not count. Linux only (/proc); null elsewhere.
/// </summary>
public sealed class ProcessTreeMemory : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peakKilobytes;

    private ProcessTreeMemory() => _sampling = Task.Run(Sample);

    public static ProcessTreeMemory Start() => new();

    /// <summary>The peak so far in MB, null where /proc does not say.</summary>
    public double? PeakMegabytes => Directory.Exists("/proc/self") ? Interlocked.Read(ref _peakKilobytes) / 1024.0 : null;

    private async Task Sample()
    {
        if (!Directory.Exists("/proc/self")) return;
        var self = Environment.ProcessId;
        while (!_stop.IsCancellationRequested)
        {
            var total = ResidentKilobytes(self) + Children(self).Sum(ResidentKilobytes);
            if (total > Interlocked.Read(ref _peakKilobytes)) Interlocked.Exchange(ref _peakKilobytes, total);
            try
            {
                await Task.Delay(Interval, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Every process whose parent is <paramref name="parent"/>, and theirs.</summary>
    private static IEnumerable<int> Children(int parent)
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), CultureInfo.InvariantCulture, out var pid) || ParentOf(pid) != parent) continue;
            yield return pid;
            foreach (var grandchild in Children(pid)) yield return grandchild;
        }
    }

    private static int? ParentOf(int pid) => Field(pid, "PPid:");

    private static long ResidentKilobytes(int pid) => Field(pid, "VmRSS:") ?? 0;

    private static int? Field(int pid, string name)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
            return int.TryParse(line?[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture, out var value) ? value : null;
        }
        catch (IOException)
        {
            return null;   // the process ended while being read
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _sampling.Wait();
        _stop.Dispose();
    }
}
