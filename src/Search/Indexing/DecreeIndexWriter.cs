using DecreeParser.Model.Decrees;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DecreeParser.Search.Indexing;

/// <summary>
/// Writes decrees into an index: a document per measure and one per decree. Indexing a decree again
/// replaces all its documents in one step. Nothing is visible until <see cref="Commit"/>, and Lucene's
/// commit is atomic: a crash before or during it leaves the index as the last commit left it.
/// </summary>
public sealed class DecreeIndexWriter : IDisposable
{
    private readonly IndexWriter _writer;
    private readonly SearchAnalysis _analysis;

    private DecreeIndexWriter(Lucene.Net.Store.Directory directory, SearchAnalysis analysis)
    {
        _analysis = analysis;
        var config = new IndexWriterConfig(Analysis.KazakhAnalyzer.Version, analysis.Analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Ranking.Similarity,
        };
        _writer = new IndexWriter(directory, config);
        Registry = LoadRegistry(directory);
    }

    /// <summary>Glossaries of the decrees already in the index and of those added since.</summary>
    public AbbreviationRegistry Registry { get; }

    /// <summary>Opens (or creates) the index in a folder; a folder that holds something else is refused.</summary>
    public static DecreeIndexWriter Open(string folder, SearchAnalysis analysis)
    {
        if (System.IO.Directory.Exists(folder) && System.IO.Directory.EnumerateFileSystemEntries(folder).Any())
        {
            using var existing = FSDirectory.Open(folder);
            if (!DirectoryReader.IndexExists(existing)) throw new SearchIndexException(folder, "the folder is not empty and holds no index; refusing to write into it");
            IndexInfo.Read(existing, folder).RequireAnalysis(analysis.Name, folder);
        }
        return new DecreeIndexWriter(FSDirectory.Open(folder), analysis);
    }

    public static DecreeIndexWriter Open(Lucene.Net.Store.Directory directory, SearchAnalysis analysis) => new(directory, analysis);

    /// <summary>Adds or replaces decrees: first every glossary, so each measure sees every abbreviation.</summary>
    public IndexedCounts Add(IReadOnlyList<(Decree Decree, string Key)> decrees, Action<int>? progress = null)
    {
        foreach (var entry in decrees.SelectMany(d => d.Decree.Glossary)) Registry.Add(entry);
        var measures = 0;
        for (var i = 0; i < decrees.Count; i++)
        {
            var (decree, key) = decrees[i];
            var context = new DecreeContext(decree, key);
            var documents = decree.Measures.Select(m => MeasureDocument.Build(m, context, Registry)).Append(DecreeDocument.Build(decree, context)).ToList();
            _writer.UpdateDocuments(new Term(IndexFields.Decree, key), documents);
            measures += decree.Measures.Count;
            progress?.Invoke(i + 1);
        }
        return new IndexedCounts(decrees.Count, measures, Registry.Count);
    }

    /// <summary>
    /// Adds other indexes' documents as they are, through Lucene's own AddIndexes: a segment each, so a
    /// merged index keeps segments for <see cref="Querying.SegmentSearch"/> to search on every core.
    /// Readers, not folders: a shard's folder may be mounted read-only, and readers take no lock on it.
    /// </summary>
    public void AddSegments(IEnumerable<Lucene.Net.Index.AtomicReader> segments)
    {
        foreach (var segment in segments) _writer.AddIndexes(segment);
    }

    /// <summary>Writes pending documents to segment files without committing them, as a long run does on its own.</summary>
    public void Flush() => _writer.Flush(triggerMerge: false, applyAllDeletes: true);

    public void Commit()
    {
        _writer.SetCommitData(IndexInfo.For(_analysis.Name).ToCommitData());
        _writer.Commit();
    }

    public void Dispose() => _writer.Dispose(waitForMerges: true);

    private static AbbreviationRegistry LoadRegistry(Lucene.Net.Store.Directory directory)
    {
        if (!DirectoryReader.IndexExists(directory)) return new AbbreviationRegistry();
        using var reader = DirectoryReader.Open(directory);
        return AbbreviationRegistry.Load(reader);
    }
}

public sealed record IndexedCounts(int Decrees, int Measures, int Abbreviations);
