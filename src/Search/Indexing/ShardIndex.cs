using DecreeParser.Model.Decrees;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DecreeParser.Search.Indexing;

/// <summary>
/// One of several indexes used together — merged (<see cref="IndexMerger"/>) or searched as one
/// (<see cref="Querying.DecreeSearcher"/>) — open read-only, with what the merge asks of it.
/// </summary>
public sealed class ShardIndex : IDisposable
{
    private static readonly ISet<string> DecreeFields = new HashSet<string>([IndexFields.Key, DecreeDocument.Glossary], StringComparer.Ordinal);

    private readonly FSDirectory _directory;

    private ShardIndex(string folder, FSDirectory directory, DirectoryReader reader, SearchAnalysis analysis)
    {
        Folder = folder;
        _directory = directory;
        Reader = reader;
        Analysis = analysis;
    }

    public string Folder { get; }

    public DirectoryReader Reader { get; }

    public SearchAnalysis Analysis { get; }

    /// <summary>Opens an index; refused when it is not one, or was built with another analysis than <paramref name="first"/>.</summary>
    public static ShardIndex Open(string folder, ShardIndex? first)
    {
        var (directory, reader, analysis) = IndexFolder.Open(folder);
        var shard = new ShardIndex(folder, directory, reader, analysis);
        if (first is not null && first.Analysis.Name != analysis.Name)
        {
            shard.Dispose();
            throw new SearchIndexException(folder, $"was built with the {analysis.Name} analyzer, {first.Folder} with {first.Analysis.Name}: indexes used together share one");
        }
        return shard;
    }

    /// <summary>Every decree the index holds, by key, with its glossary.</summary>
    public IEnumerable<(string Key, IReadOnlyList<GlossaryEntry> Glossary)> Decrees() =>
        DecreeDocuments.Live(Reader, DecreeFields).Select(d => (d.Stored(IndexFields.Key)!, DecreeDocument.GlossaryOf(d)));

    /// <summary>The decrees (but those left out) with a measure whose aliases differ by the whole merge's glossaries.</summary>
    public HashSet<string> StaleDecrees(AbbreviationRegistry registry, ISet<string> left)
    {
        var stale = new HashSet<string>(StringComparer.Ordinal);
        string[] fields = [IndexFields.Kind, IndexFields.Decree, IndexFields.Language, IndexFields.Json, IndexFields.Aliases, IndexFields.InLanguage(IndexFields.Aliases, "ru")];
        foreach (var document in Live(new HashSet<string>(fields, StringComparer.Ordinal)))
        {
            var decree = document.Stored(IndexFields.Decree)!;
            if (document.Stored(IndexFields.Kind) != IndexFields.MeasureKind || left.Contains(decree) || stale.Contains(decree)) continue;
            var measure = SearchJson.Measure(document.Stored(IndexFields.Json)!)!;
            var indexed = document.StoredValues(IndexFields.InLanguage(IndexFields.Aliases, document.Stored(IndexFields.Language)!));
            if (!indexed.SequenceEqual(MeasureDocument.Aliases(measure, registry))) stale.Add(decree);
        }
        return stale;
    }

    /// <summary>The index's segments without the documents of the decrees named.</summary>
    public IEnumerable<AtomicReader> SegmentsWithout(ISet<string> decrees)
    {
        foreach (var leaf in Reader.Leaves)
        {
            var left = new HashSet<int>();
            foreach (var decree in decrees)
            {
                var docs = leaf.AtomicReader.GetTermDocsEnum(new Term(IndexFields.Decree, decree));
                while (docs is not null && docs.NextDoc() != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS) left.Add(docs.DocID);
            }
            yield return left.Count == 0 ? leaf.AtomicReader : new WithoutDocuments(leaf.AtomicReader, left);
        }
    }

    private IEnumerable<Lucene.Net.Documents.Document> Live(ISet<string> fields)
    {
        var live = MultiFields.GetLiveDocs(Reader);
        for (var doc = 0; doc < Reader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc)) yield return Reader.Document(doc, fields);
        }
    }

    public void Dispose()
    {
        Reader.Dispose();
        _directory.Dispose();
    }
}
