namespace DecreeParser.Cli.Batch;

/// <summary>
/// Progress for logs (CI, pipes, files): one line per input as it is done, errors on the error
/// stream, each line whole however many threads report at once.
/// </summary>
public sealed class LineProgress(TextWriter output, TextWriter error, string outDir) : IBatchProgress
{
    private readonly Lock gate = new();

    public void Report(BatchOutcome outcome)
    {
        lock (gate)
        {
            switch (outcome)
            {
                case Converted c:
                    var met = c.Met is null ? "" : $" (the same decree as {c.Met})";
                    output.WriteLine($"{c.Input} → {Path.Combine(outDir, c.Output)}: {c.Measures} measures, {c.WarningCodes.Count} warnings{met}");
                    break;
                case Skipped s:
                    output.WriteLine($"skipped {s.Input}: {s.Reason}");
                    break;
                case Failed f:
                    error.WriteLine(ErrorLine(f));
                    break;
            }
        }
    }

    /// <summary>The one line a failure gets: the file, the reason, and the stage when it is not reading.</summary>
    public static string ErrorLine(Failed failure) =>
        failure.Stage == "read" ? $"error: {failure.Input}: {failure.Reason}" : $"error: {failure.Input}: {failure.Reason} [{failure.Stage}]";
}
