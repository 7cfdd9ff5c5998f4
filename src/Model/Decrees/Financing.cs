namespace DecreeParser.Model.Decrees;

/// <summary>
/// The financing cell. <see cref="Required"/> is false for "талап етілмейді", null for an empty or unread cell.
/// </summary>
public sealed record Financing(
    string Text,
    bool? Required,
    bool WithinAllocatedFunds,
    IReadOnlyList<string> Sources,
    IReadOnlyList<Amount> Amounts);

/// <summary>An amount planned for one year from one source, in million tenge.</summary>
public sealed record Amount(string? Source, int Year, decimal MillionTenge);
