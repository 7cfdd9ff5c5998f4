using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace DecreeParser.Search.Querying;

/// <summary>
/// A facet's counted values, most frequent first, then in value order, as a read-only dictionary that
/// enumerates in that order. Held as the counts by index-wide ordinal and the ordinals in rank order:
/// a decree facet has ten thousand values at a million measures, and a dictionary of them (every key
/// hashed, a large-object-heap array) built for each search was work no reader of the counts asked
/// for — they are enumerated; a look-up builds one, once.
/// </summary>
public sealed class RankedCountDictionary : IReadOnlyDictionary<string, int>
{
    private readonly string[] _values;
    private readonly int[] _counts;
    private readonly int[] _ranked;
    private Dictionary<string, int>? _byValue;

    /// <param name="values">By ordinal, the values, in value order.</param>
    /// <param name="counts">By ordinal, the count; values counted 0 are left out.</param>
    public RankedCountDictionary(string[] values, int[] counts)
    {
        (_values, _counts) = (values, counts);
        _ranked = Rank(counts);
    }

    /// <summary>
    /// The ordinals counted more than 0, by count (highest first), then by ordinal: placed by count, ordinals
    /// taken in order (a counting sort, linear); sorted when the highest count is far above the number of values.
    /// </summary>
    private static int[] Rank(int[] counts)
    {
        var (found, highest) = (0, 0);
        foreach (var count in counts)
        {
            if (count <= 0) continue;
            found++;
            highest = Math.Max(highest, count);
        }
        var ranked = new int[found];
        if (found == 0) return ranked;
        if (highest > 4 * found + 1024) return SortedByKey(counts, ranked);
        // Where each count's ordinals start: after every higher count's.
        var start = new int[highest + 2];
        foreach (var count in counts)
        {
            if (count > 0) start[highest - count + 1]++;
        }
        for (var i = 1; i < start.Length; i++) start[i] += start[i - 1];
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0) ranked[start[highest - counts[ord]]++] = ord;
        }
        return ranked;
    }

    /// <summary>Few values with large counts: each as one number, the count's complement above the ordinal, sorted as numbers.</summary>
    private static int[] SortedByKey(int[] counts, int[] ranked)
    {
        var keys = new long[ranked.Length];
        var next = 0;
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0) keys[next++] = ((long)(int.MaxValue - counts[ord]) << 32) | (uint)ord;
        }
        Array.Sort(keys);
        for (var i = 0; i < keys.Length; i++) ranked[i] = (int)keys[i];
        return ranked;
    }

    public int Count => _ranked.Length;

    public int this[string key] => ByValue[key];

    public IEnumerable<string> Keys => _ranked.Select(ord => _values[ord]);

    public IEnumerable<int> Values => _ranked.Select(ord => _counts[ord]);

    public bool ContainsKey(string key) => ByValue.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out int value) => ByValue.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, int>> GetEnumerator()
    {
        foreach (var ord in _ranked) yield return new KeyValuePair<string, int>(_values[ord], _counts[ord]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Dictionary<string, int> ByValue => _byValue ??= this.ToDictionary(StringComparer.Ordinal);
}
