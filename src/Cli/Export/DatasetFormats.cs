namespace DecreeParser.Cli.Export;

/// <summary>The file formats an export writes (`--format jsonl,csv,parquet,akn`).</summary>
[Flags]
public enum DatasetFormats
{
    JsonLines = 1,
    Csv = 2,
    Parquet = 4,
    Akn = 8,
}

public static class DatasetFormatNames
{
    /// <summary>What an export writes when not told: the JSON Lines and CSV files.</summary>
    public const string Default = "jsonl,csv";

    private static readonly Dictionary<string, DatasetFormats> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jsonl"] = DatasetFormats.JsonLines,
        ["csv"] = DatasetFormats.Csv,
        ["parquet"] = DatasetFormats.Parquet,
        ["akn"] = DatasetFormats.Akn,
    };

    /// <summary>"jsonl,parquet" as formats; an unknown or missing name is a <see cref="FormatException"/> that lists the known ones.</summary>
    public static DatasetFormats Parse(string list)
    {
        var formats = default(DatasetFormats);
        foreach (var name in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            formats |= Names.TryGetValue(name, out var format) ? format : throw new FormatException($"--format: unknown format \"{name}\" (known: {string.Join(", ", Names.Keys)})");
        }
        return formats == default ? throw new FormatException($"--format: no format named (known: {string.Join(", ", Names.Keys)})") : formats;
    }
}
