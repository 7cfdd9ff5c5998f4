using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DecreeParser.Search.Indexing;

/// <summary>The live decree documents of an index (not its measures'), with the stored fields asked for.</summary>
public static class DecreeDocuments
{
    public static IEnumerable<Document> Live(IndexReader reader, ISet<string> fields)
    {
        var searcher = new IndexSearcher(reader);
        var decrees = searcher.Search(new TermQuery(new Term(IndexFields.Kind, IndexFields.DecreeKind)), Math.Max(1, reader.MaxDoc));
        return decrees.ScoreDocs.Select(hit => reader.Document(hit.Doc, fields));
    }

    /// <summary>The keys of the decrees an index holds.</summary>
    public static IEnumerable<string> Keys(IndexReader reader) =>
        Live(reader, new HashSet<string>([IndexFields.Key], StringComparer.Ordinal)).Select(d => d.Stored(IndexFields.Key)!);
}
