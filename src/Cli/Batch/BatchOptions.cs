namespace DecreeParser.Cli.Batch;

/// <param name="Inputs">Files, folders and globs as the user gave them.</param>
/// <param name="OutDir">The folder the outputs go to.</param>
/// <param name="Parallelism">How many inputs are converted at once.</param>
/// <param name="Force">Convert inputs whose output is up to date, too.</param>
/// <param name="FileTimeout">How long one input may take before it is abandoned; null for no limit.</param>
/// <param name="Shard">This worker's share of the inputs; null for all of them.</param>
public sealed record BatchOptions(IReadOnlyList<string> Inputs, string OutDir, int Parallelism, bool Force, TimeSpan? FileTimeout = null, Shard? Shard = null);
