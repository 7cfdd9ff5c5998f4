using DecreeParser.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DecreeParser.Search.Querying;

/// <summary>
/// Every match's key and score, read from the key's terms (uninverted once per segment and cached by
/// Lucene's field cache), for the searches that must see the whole match set by key.
/// </summary>
public sealed class MatchedKeys : ICollector
{
    private readonly List<(string Key, float Score)> _matches = [];
    private BinaryDocValues? _keys;
    private Scorer? _scorer;
    private readonly BytesRef _key = new();

    public IReadOnlyList<(string Key, float Score)> Matches => _matches;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _keys = FieldCache.DEFAULT.GetTerms(context.AtomicReader, IndexFields.Key, setDocsWithField: false);

    public void Collect(int doc)
    {
        _keys!.Get(doc, _key);
        _matches.Add((_key.Utf8ToString(), _scorer!.GetScore()));
    }
}
