using System.Diagnostics;

namespace DecreeParser.Cli;

/// <summary>
/// Starts `decree` as a process of its own, for what must be measured or killed apart from the
/// caller: the batch bench's peak memory, a test's kill -9 in the middle of a batch.
/// </summary>
public static class DecreeProcess
{
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        // The dll beside this code, run by the dotnet host that runs us (or the one on the PATH).
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH")
            ?? (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet");
        var info = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(DecreeProcess).Assembly.Location);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return info;
    }

    /// <summary>Runs `decree` to its end, each line it writes handed over as it comes.</summary>
    /// <returns>Its exit code, and what it wrote to its error stream.</returns>
    public static (int Exit, string Errors) Run(IEnumerable<string> args, Action<string> eachLine)
    {
        using var process = Process.Start(StartInfo(args))!;
        // Both streams read as they come, or a full pipe would stall the child.
        var errors = process.StandardError.ReadToEndAsync();
        while (process.StandardOutput.ReadLine() is { } line) eachLine(line);
        process.WaitForExit();
        return (process.ExitCode, errors.Result);
    }
}
