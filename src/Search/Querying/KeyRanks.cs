using DecreeParser.Search.Indexing;
using Lucene.Net.Index;

namespace DecreeParser.Search.Querying;

/// <summary>
/// Each document's place in key order across the whole index ("P1800000001/5.2" before
/// "P1800000002/5.2"), read once from the keys' doc values through Lucene's ordinal map: an int a
/// document, four megabytes a million. Equal scores are ordered by it (<see cref="BestByScoreCollector"/>,
/// <see cref="ResultOrder"/>) as cheaply as by document number, and in the same order in every index
/// of the same decrees, however built.
/// </summary>
public sealed class KeyRanks(IndexReader reader)
{
    private readonly Lazy<int[]> _ranks = new(() => Read(reader));

    /// <summary>By index-wide document number: the rank of the document's key.</summary>
    public int[] ByDocument => _ranks.Value;

    private static int[] Read(IndexReader reader)
    {
        var leaves = reader.Leaves;
        var keys = leaves.Select(leaf => leaf.AtomicReader.GetSortedDocValues(IndexFields.Key) ?? DocValues.EMPTY_SORTED).ToArray();
        var map = leaves.Count > 1 ? new MultiDocValues.OrdinalMap(reader.CoreCacheKey, [.. keys.Select(k => k.GetTermsEnum())]) : null;
        var ranks = new int[reader.MaxDoc];
        for (var segment = 0; segment < leaves.Count; segment++)
        {
            var (first, count) = (leaves[segment].DocBase, leaves[segment].AtomicReader.MaxDoc);
            for (var doc = 0; doc < count; doc++)
            {
                var ord = keys[segment].GetOrd(doc);
                ranks[first + doc] = ord < 0 ? int.MaxValue : map is null ? ord : (int)map.GetGlobalOrd(segment, ord);
            }
        }
        return ranks;
    }
}
