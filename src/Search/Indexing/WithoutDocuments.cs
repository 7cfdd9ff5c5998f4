using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DecreeParser.Search.Indexing;

/// <summary>
/// A segment with some of its documents left out, as if deleted: what <see cref="IndexMerger"/> hands
/// to AddIndexes, which copies only live documents. The segment itself is only read.
/// </summary>
public sealed class WithoutDocuments : FilterAtomicReader
{
    private readonly FixedBitSet _live;
    private readonly int _count;

    public WithoutDocuments(AtomicReader segment, ISet<int> left) : base(segment)
    {
        _live = new FixedBitSet(segment.MaxDoc);
        var live = segment.LiveDocs;
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            if ((live is null || live.Get(doc)) && !left.Contains(doc)) _live.Set(doc);
        }
        _count = _live.Cardinality;
    }

    public override IBits LiveDocs => _live;

    public override int NumDocs => _count;
}
