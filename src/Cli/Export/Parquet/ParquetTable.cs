using DecreeParser.Model.Files;
using Parquet;
using Parquet.Serialization;

namespace DecreeParser.Cli.Export.Parquet;

/// <summary>
/// A Parquet file written a row group at a time: rows are held until a group is full, then appended
/// (Parquet.Net reads the file's footer back and writes the group over it), so an export holds at
/// most one group of each table however large the dataset.
/// </summary>
public sealed class ParquetTable<T>(AtomicFile.Staged file)
{
    // Large enough for DuckDB and Spark to read fast, small enough to hold: a measure row is a few hundred bytes.
    private const int RowGroup = 50_000;

    private readonly List<T> rows = [];
    private bool started;

    public AtomicFile.Staged File => file;

    public void Add(T row)
    {
        rows.Add(row);
        if (rows.Count >= RowGroup) Flush();
    }

    public void AddRange(IEnumerable<T> more)
    {
        foreach (var row in more) Add(row);
    }

    /// <summary>Writes the rows held; a table with no rows at all is still written, with its schema.</summary>
    public void Flush()
    {
        if (rows.Count == 0 && started) return;
        ParquetSerializer.SerializeAsync(rows, file.Stream, new ParquetOptions { Append = started }).GetAwaiter().GetResult();
        started = true;
        rows.Clear();
    }
}
