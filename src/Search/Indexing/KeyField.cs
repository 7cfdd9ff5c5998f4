using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace DecreeParser.Search.Indexing;

/// <summary>
/// A document's key ("P1800000897/5.1", "P1800000897.ru"): a term to find it by, stored to show it,
/// and doc values to order equal scores by it (<see cref="Querying.KeyRanks"/>), so the order of a
/// result never depends on the order the documents were indexed in.
/// </summary>
public static class KeyField
{
    public static void Add(Document document, string key)
    {
        document.Add(new StringField(IndexFields.Key, key, Field.Store.YES));
        document.Add(new SortedDocValuesField(IndexFields.Key, new BytesRef(key)));
    }
}
