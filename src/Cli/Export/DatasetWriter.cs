using System.Reflection;
using System.Text;
using DecreeParser.Model.Decrees;
using DecreeParser.Model.Files;
using DecreeParser.Model.Twins;

namespace DecreeParser.Cli.Export;

/// <summary>
/// Writes a dataset's files, a decree at a time (nothing but counts and a Parquet row group are kept
/// between decrees), in each format asked for (<see cref="IDatasetFormat"/>), each to a staged file;
/// <see cref="Commit"/> puts them all in place once every one is whole, so a failed export leaves the
/// previous dataset as it was. The duplicates list, the datasheet and the schemas come with every format.
/// </summary>
public sealed class DatasetWriter : IDisposable
{
    public static readonly string[] Schemas = ["decree.schema.json", "measure-line.schema.json", "indicator-line.schema.json", "measure-pair-line.schema.json"];

    private readonly string folder;
    private readonly List<IDatasetFormat> formats = [];

    public DatasetWriter(string folder, DatasetFormats formats)
    {
        this.folder = folder;
        Formats = formats;
        if (formats.HasFlag(DatasetFormats.JsonLines)) this.formats.Add(new JsonLinesFormat(Stage));
        if (formats.HasFlag(DatasetFormats.Csv)) this.formats.Add(new CsvFormat(Stage));
        if (formats.HasFlag(DatasetFormats.Parquet)) this.formats.Add(new Parquet.ParquetFormat(Stage));
        if (formats.HasFlag(DatasetFormats.Akn)) this.formats.Add(new Akn.AknFormat(Stage));
    }

    public DatasetFormats Formats { get; }

    public DatasetCounts Counts { get; } = new();

    public int Decrees { get; private set; }

    public void Add(Decree decree, string key)
    {
        Decrees++;
        Counts.Add(decree);
        foreach (var format in formats) format.Add(decree, key);
    }

    /// <summary>Pairs the measures of a decree's Kazakh and Russian texts (both already added) and checks that they agree.</summary>
    public void AddTwins(Decree kk, string kkKey, Decree ru, string ruKey)
    {
        Counts.AddTwins();
        foreach (var pair in MeasurePair.Of(kk, ru))
        {
            var line = MeasurePairLine.Of(kk, kkKey, pair, ru, ruKey);
            Counts.AddPair(line.Agrees);
            foreach (var format in formats) format.AddPair(line);
        }
    }

    /// <summary>Writes the duplicates list, the datasheet and the schemas, then moves every file into place.</summary>
    public void Commit(IReadOnlyList<DuplicateRow> duplicates)
    {
        foreach (var format in formats) format.Finish();
        using var duplicateFile = Stage("duplicates.csv");
        using (var rows = new CsvWriter(duplicateFile.Stream))
        {
            rows.Row("decree", "kept", "dropped", "reason");
            foreach (var row in duplicates) rows.Row(row.Decree, row.Kept, row.Dropped, row.Reason);
        }
        using var datasheet = Stage("datasheet.md");
        datasheet.Stream.Write(Encoding.UTF8.GetBytes(Datasheet.Write(Counts, Decrees, duplicates, Formats)));
        var schemas = Schemas.Select(name =>
        {
            var staged = Stage(name);
            using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)!;
            resource.CopyTo(staged.Stream);
            return staged;
        }).ToList();
        try
        {
            foreach (var file in formats.SelectMany(f => f.Files).Concat([duplicateFile, datasheet]).Concat(schemas)) file.Commit();
        }
        finally
        {
            schemas.ForEach(s => s.Dispose());
        }
    }

    /// <summary>Without a commit, removes the staged files and leaves the folder as it was.</summary>
    public void Dispose()
    {
        foreach (var format in formats) format.Dispose();
    }

    private AtomicFile.Staged Stage(string name) => new(Path.Combine(folder, name));
}
