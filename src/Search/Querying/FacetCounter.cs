using System.Numerics;
using DecreeParser.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DecreeParser.Search.Querying;

/// <summary>
/// Counts the values of the facet fields over every matching document (Lucene.Net.Facet is not
/// available to us): a segment's matches are gathered as bits, then counted by ordinal from the
/// segment's <see cref="FacetOrdinals"/> — or, when they are more than half the segment, counted as
/// all its documents less those that did not match, which is fewer to read — and added up by the
/// index-wide ordinal <see cref="FacetCache"/> gives each value.
/// </summary>
public sealed class FacetCounter(FacetCache cache) : ICollector
{
    private readonly int[][] _counts = [.. cache.Values.Select(values => new int[values.Length])];
    private FixedBitSet? _matched;
    private AtomicReaderContext? _segment;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _segment = context;
        _matched = new FixedBitSet(context.AtomicReader.MaxDoc);
    }

    public void Collect(int doc) => _matched!.Set(doc);

    /// <summary>A segment's matches counted at once, from bits gathered elsewhere (<see cref="QueryBits"/>), which are only read.</summary>
    public void Count(AtomicReaderContext segment, FixedBitSet matched)
    {
        FlushSegment();
        (_segment, _matched) = (segment, matched);
        FlushSegment();
    }

    /// <summary>
    /// Counts the last segment's matches now, on the core that collected them, not later in
    /// <see cref="Counts(IReadOnlyList{FacetCounter})"/>, which counts every counter's last segment on one core, one after another.
    /// </summary>
    public void Finish() => FlushSegment();

    /// <summary>Each facet's values, most frequent first, then by value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts() => Counts([this]);

    /// <summary>The counts of counters that each saw other segments, added.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts(IReadOnlyList<FacetCounter> counters)
    {
        foreach (var counter in counters) counter.FlushSegment();
        var values = counters[0].Values;
        var facets = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        for (var facet = 0; facet < IndexFields.Facets.Count; facet++)
        {
            var sum = new int[values[facet].Length];
            foreach (var counter in counters)
            {
                for (var ord = 0; ord < sum.Length; ord++) sum[ord] += counter._counts[facet][ord];
            }
            var ranked = CountRank.Ordinals(sum);
            var counts = new Dictionary<string, int>(ranked.Length, StringComparer.Ordinal);
            foreach (var ord in ranked) counts[values[facet][ord]] = sum[ord];
            facets[IndexFields.Facets[facet]] = counts;
        }
        return facets;
    }

    private string[][] Values => cache.Values;

    private void FlushSegment()
    {
        if (_segment is null || _matched is null) return;
        var ordinals = cache.For(_segment);
        var toGlobal = cache.ToGlobal(_segment);
        var matched = _matched.Cardinality;
        if (matched > 0)
        {
            var complement = matched > ordinals.LiveDocs / 2;
            var counts = complement ? (int[])ordinals.AllCounts.Clone() : new int[ordinals.AllCounts.Length];
            Count(_matched.GetBits(), _segment.AtomicReader.MaxDoc, complement, _segment.AtomicReader.LiveDocs, ordinals.Starts, ordinals.Slots, counts);
            for (var facet = 0; facet < _counts.Length; facet++)
            {
                var first = ordinals.FirstSlot[facet];
                for (var ord = 0; ord < toGlobal[facet].Length; ord++) _counts[facet][toGlobal[facet][ord]] += counts[first + ord];
            }
        }
        (_segment, _matched) = (null, null);
    }

    /// <summary>How many documents are listed at a time for <see cref="FacetSlots.Add"/>, which reads ahead within a list.</summary>
    private const int ListedAtOnce = 1024;

    /// <summary>Adds each matched document's slots to the counts; for a complement, takes away each live unmatched document's.</summary>
    private static void Count(long[] bits, int maxDoc, bool complement, IBits? live, int[] starts, FacetSlots slots, int[] counts)
    {
        var step = complement ? -1 : 1;
        Span<int> listed = stackalloc int[ListedAtOnce];
        var count = 0;
        for (var word = 0; word < bits.Length; word++)
        {
            var set = complement ? ~bits[word] : bits[word];
            while (set != 0)
            {
                var doc = (word << 6) + BitOperations.TrailingZeroCount(set);
                set &= set - 1;
                if (doc >= maxDoc) break;
                if (complement && live is not null && !live.Get(doc)) continue;
                listed[count++] = doc;
                if (count < ListedAtOnce) continue;
                slots.Add(listed, starts, counts, step);
                count = 0;
            }
        }
        slots.Add(listed[..count], starts, counts, step);
    }
}
