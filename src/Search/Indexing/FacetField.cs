using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace DecreeParser.Search.Indexing;

/// <summary>An exact value that filters match by term and facets count from doc values: both, always together.</summary>
public static class FacetField
{
    public static void Add(Document document, string field, string value)
    {
        document.Add(new StringField(field, value, Field.Store.YES));
        document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
}
