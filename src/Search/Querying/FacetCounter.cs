using DecreeParser.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DecreeParser.Search.Querying;

/// <summary>
/// Counts, over every matching document, the values of the facet fields from their sorted-set doc
/// values (Lucene.Net.Facet is not available to us): by ordinal within a segment, by value across them.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = IndexFields.Facets.ToDictionary(f => f, _ => new Dictionary<string, int>());
    private readonly List<(string Field, SortedSetDocValues Values, int[] Counts)> _segment = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        foreach (var field in IndexFields.Facets)
        {
            if (context.AtomicReader.GetSortedSetDocValues(field) is { } values) _segment.Add((field, values, new int[values.ValueCount]));
        }
    }

    public void Collect(int doc)
    {
        foreach (var (_, values, counts) in _segment)
        {
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) counts[ord]++;
        }
    }

    /// <summary>Each facet's values, most frequent first, then by value.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts()
    {
        FlushSegment();
        return _counts.ToDictionary(
            f => f.Key,
            f => (IReadOnlyDictionary<string, int>)f.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .ToDictionary(v => v.Key, v => v.Value));
    }

    private void FlushSegment()
    {
        var value = new BytesRef();
        foreach (var (field, values, counts) in _segment)
        {
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                values.LookupOrd(ord, value);
                var name = value.Utf8ToString();
                _counts[field][name] = _counts[field].GetValueOrDefault(name) + counts[ord];
            }
        }
        _segment.Clear();
    }
}
