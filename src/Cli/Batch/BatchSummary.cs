namespace DecreeParser.Cli.Batch;

/// <summary>
/// The counts of a batch as it runs: converted, skipped, failed, warnings by code, the inputs
/// that met (two sources of one decree) and the failures. It keeps counts and short lines, never a
/// decree, so it stays small however long the batch.
/// </summary>
public sealed class BatchSummary
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> warnings = new(StringComparer.Ordinal);
    private readonly List<Failed> failures = [];
    private readonly List<(string Output, string Input, string Met)> meetings = [];

    public int ConvertedCount { get; private set; }

    public int SkippedCount { get; private set; }

    public int FailedCount => failures.Count;

    /// <summary>Inputs left to the other workers of a sharded batch.</summary>
    public int OtherShardCount { get; private set; }

    public int Done => ConvertedCount + SkippedCount + FailedCount + OtherShardCount;

    public void Add(BatchOutcome outcome)
    {
        lock (gate)
        {
            switch (outcome)
            {
                case Converted converted:
                    ConvertedCount++;
                    foreach (var code in converted.WarningCodes) warnings[code] = warnings.GetValueOrDefault(code) + 1;
                    if (converted.Met is { } met) meetings.Add((converted.Output, converted.Input, met));
                    break;
                case Skipped:
                    SkippedCount++;
                    break;
                case OtherShard:
                    OtherShardCount++;
                    break;
                case Failed failed:
                    failures.Add(failed);
                    break;
            }
        }
    }

    /// <summary>Warning counts by code, the most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> WarningsByCode =>
        [.. warnings.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)];

    /// <summary>The failures, in the order of their files' names (not of the threads that met them).</summary>
    public IReadOnlyList<Failed> Failures => [.. failures.OrderBy(f => f.Input, StringComparer.Ordinal)];

    /// <summary>Inputs that are the same decree as an earlier one, with the name each was written under.</summary>
    public IReadOnlyList<(string Output, string Input, string Met)> Meetings => [.. meetings.OrderBy(m => m.Output, StringComparer.Ordinal)];

    /// <summary>The exit code: 0 when nothing failed, 2 when some did, 1 when no input got through.</summary>
    public int ExitCode => FailedCount == 0 ? ExitCodes.Success : ConvertedCount + SkippedCount == 0 ? ExitCodes.NothingDone : ExitCodes.SomeFailed;
}
