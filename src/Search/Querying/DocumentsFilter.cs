using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DecreeParser.Search.Querying;

/// <summary>A fixed set of documents, by their index-wide numbers, as a filter.</summary>
public sealed class DocumentsFilter(IEnumerable<int> documents) : Filter
{
    private readonly int[] _documents = [.. documents.Order()];

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var (first, end) = (context.DocBase, context.DocBase + context.AtomicReader.MaxDoc);
        var from = Array.BinarySearch(_documents, first);
        if (from < 0) from = ~from;
        if (from == _documents.Length || _documents[from] >= end) return null;
        var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
        for (var i = from; i < _documents.Length && _documents[i] < end; i++) bits.Set(_documents[i] - first);
        return BitsFilteredDocIdSet.Wrap(bits, acceptDocs);
    }
}
