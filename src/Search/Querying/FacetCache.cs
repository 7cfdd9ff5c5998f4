using DecreeParser.Search.Indexing;
using Lucene.Net.Index;

namespace DecreeParser.Search.Querying;

/// <summary>
/// Every segment's <see cref="FacetOrdinals"/> of one open reader, read the first time a search counts,
/// and each facet's values across the segments: the index-wide ordinal of each segment's ordinal, so a
/// search adds its counts in arrays and turns ordinals into values once, at the end. Merging by value
/// instead (ten thousand decrees' keys, per segment, per search) took over a quarter of a search's
/// time at a million measures.
/// </summary>
public sealed class FacetCache(IndexReader reader)
{
    private readonly Lazy<(FacetOrdinals[] Segments, int[][][] ToGlobal, string[][] Values)> _read = new(() => Read(reader));

    public FacetOrdinals For(AtomicReaderContext segment) => _read.Value.Segments[segment.Ord];

    /// <summary>By facet, by a segment's ordinal: the index-wide ordinal.</summary>
    public int[][] ToGlobal(AtomicReaderContext segment) => _read.Value.ToGlobal[segment.Ord];

    /// <summary>By facet, by index-wide ordinal: the value, in ordinal string order.</summary>
    public string[][] Values => _read.Value.Values;

    private static (FacetOrdinals[], int[][][], string[][]) Read(IndexReader reader)
    {
        var segments = reader.Leaves.Select(leaf => FacetOrdinals.Read(leaf.AtomicReader)).ToArray();
        var values = Enumerable.Range(0, IndexFields.Facets.Count)
            .Select(facet => segments.SelectMany(s => s.Values[facet]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray())
            .ToArray();
        var toGlobal = segments
            .Select(segment => values.Select((all, facet) => segment.Values[facet].Select(value => Array.BinarySearch(all, value, StringComparer.Ordinal)).ToArray()).ToArray())
            .ToArray();
        return (segments, toGlobal, values);
    }
}
