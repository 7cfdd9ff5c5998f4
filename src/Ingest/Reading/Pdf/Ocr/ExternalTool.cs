using System.ComponentModel;
using System.Diagnostics;

namespace DecreeParser.Ingest.Reading.Pdf.Ocr;

/// <summary>
/// Runs a program the OCR needs (pdftoppm, tesseract) with a time limit. A program that is not
/// installed is reported with the Debian packages that bring it. When the conversion it serves is
/// abandoned (<paramref name="cancel"/>), the program is killed at once, not left to finish.
/// </summary>
public static class ExternalTool
{
    public static string Run(string program, IEnumerable<string> arguments, string installHint, TimeSpan limit, CancellationToken cancel)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // One page at a time already keeps the cores busy; tesseract's own threads only contend.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new ToolException($"{program} did not start");
        }
        catch (Win32Exception)
        {
            throw new ToolException($"{program} is not installed ({installHint})");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            wait.CancelAfter(limit);
            try
            {
                process.WaitForExitAsync(wait.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancel.ThrowIfCancellationRequested();
                throw new ToolException($"{program} took longer than {limit.TotalSeconds:0} s");
            }
            if (process.ExitCode != 0) throw new ToolException($"{program} failed: {errors.Result.Trim()}");
            return output.Result;
        }
    }
}

/// <summary>An external program needed for reading could not do its part; the message says why.</summary>
public sealed class ToolException(string message) : Exception(message);
