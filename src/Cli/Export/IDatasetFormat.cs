using DecreeParser.Model.Decrees;
using DecreeParser.Model.Files;

namespace DecreeParser.Cli.Export;

/// <summary>
/// One format's files of a dataset, written a decree at a time to staged files that
/// <see cref="DatasetWriter"/> commits with the rest, or drops when the export fails.
/// </summary>
public interface IDatasetFormat : IDisposable
{
    void Add(Decree decree, string key);

    /// <summary>A measure of a decree's Kazakh text beside its Russian text's; only JSON Lines has a file for pairs, the others pass it by.</summary>
    void AddPair(MeasurePairLine pair)
    {
    }

    /// <summary>Writes what is still held and closes the files; <see cref="Files"/> are then whole.</summary>
    void Finish();

    IReadOnlyList<AtomicFile.Staged> Files { get; }
}
