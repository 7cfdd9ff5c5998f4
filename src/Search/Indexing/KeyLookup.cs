using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DecreeParser.Search.Indexing;

/// <summary>A live document by its key — a measure's "P1800000897/5.1", a decree's "P1800000897.ru" — through the key's term, no search.</summary>
public sealed class KeyLookup(IndexReader reader)
{
    /// <summary>The document's number in the whole index; null when no live document has the key.</summary>
    public int? DocOf(string key)
    {
        var docs = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), IndexFields.Key, new BytesRef(key));
        return docs is not null && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS ? docs.DocID : null;
    }

    /// <summary>The key of the same measure or decree in the other language, when the index has it.</summary>
    public string? TwinOf(string key) => Model.Decrees.DecreeKey.Twin(key) is { } twin && DocOf(twin) is not null ? twin : null;
}
