using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace DecreeParser.Search.Indexing;

/// <summary>
/// A document's key ("P1800000897/5.1", "P1800000897.ru"): a term to find it by, stored to show it,
/// and doc values to order equal scores by it (<see cref="Querying.ResultOrder"/>), so the order of
/// a result never depends on the order the documents were indexed in: the key itself, and a number
/// drawn from it that a collector compares as cheaply as a score (<see cref="Hash"/>).
/// </summary>
public static class KeyField
{
    public static void Add(Document document, string key)
    {
        document.Add(new StringField(IndexFields.Key, key, Field.Store.YES));
        document.Add(new SortedDocValuesField(IndexFields.Key, new BytesRef(key)));
        document.Add(new NumericDocValuesField(HashField, Hash(key)));
    }

    public const string HashField = "keyHash";

    /// <summary>FNV-1a over the key's characters: the same number in every process and index, unlike string.GetHashCode.</summary>
    public static long Hash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key) hash = (hash ^ c) * 1099511628211UL;
        return unchecked((long)hash);
    }
}
