namespace DecreeParser.Cli.Batch;

/// <summary>What became of one input of a batch.</summary>
public abstract record BatchOutcome(string Input);

/// <param name="Met">The input that already owns the decree's plain name, when this one had to take another.</param>
public sealed record Converted(string Input, string Output, int Measures, IReadOnlyList<string> WarningCodes, string? Met) : BatchOutcome(Input);

public sealed record Skipped(string Input, string Reason) : BatchOutcome(Input);

/// <summary>An input another worker of a sharded batch converts (<see cref="Shard"/>): not logged, counted.</summary>
public sealed record OtherShard(string Input) : BatchOutcome(Input);

/// <param name="Stage">Where it failed: read (the file and its format), structure (no decree in it), write, timeout (past its time budget), or internal (a fault of ours).</param>
public sealed record Failed(string Input, string Stage, string Reason) : BatchOutcome(Input);
