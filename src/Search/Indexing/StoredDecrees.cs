using DecreeParser.Model.Decrees;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DecreeParser.Search.Indexing;

/// <summary>
/// Decrees and measures as the index stores them, whole: a decree from its own document and its
/// measures' documents (<see cref="DecreeDocument.Whole"/>), for the pages and for a merge that
/// indexes a decree again.
/// </summary>
public sealed class StoredDecrees(IndexSearcher searcher)
{
    private readonly IndexReader _reader = searcher.IndexReader;

    /// <summary>A decree by its key ("P1800000897", "V1600014606.ru"), whole; null when the index has none.</summary>
    public Decree? Find(string key) =>
        Single(IndexFields.DecreeKind, key) is { } document && DecreeDocument.DecreeOf(document) is { } decree
            ? decree with { Measures = MeasuresOf(key) }
            : null;

    /// <summary>A measure by its id ("P1800000897/5.1") and the key of its decree; null when the index has none.</summary>
    public (Measure Measure, string Decree)? FindMeasure(string id) =>
        Single(IndexFields.MeasureKind, id) is { } document && document.Stored(IndexFields.Json) is { } json && SearchJson.Measure(json) is { } measure
            ? (measure, document.Stored(IndexFields.Decree)!)
            : null;

    /// <summary>A decree's measures from their own documents, in the order they were indexed: the decree's.</summary>
    private List<Measure> MeasuresOf(string key)
    {
        // The decree's documents, deleted ones too, bound how many there can be: one search, not a count first.
        var most = _reader.DocFreq(new Term(IndexFields.Decree, key));
        return most == 0 ? [] : [.. searcher.Search(OfKind(IndexFields.MeasureKind, IndexFields.Decree, key), null, most, Sort.INDEXORDER).ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc).Stored(IndexFields.Json) is { } json ? SearchJson.Measure(json) : null).OfType<Measure>()];
    }

    private Document? Single(string kind, string key)
    {
        var hits = searcher.Search(OfKind(kind, IndexFields.Key, key), 1).ScoreDocs;
        return hits.Length == 0 ? null : searcher.Doc(hits[0].Doc);
    }

    /// <summary>The documents of a kind (measure or decree) whose exact field holds a value.</summary>
    private static BooleanQuery OfKind(string kind, string field, string value) => new()
    {
        { new TermQuery(new Term(IndexFields.Kind, kind)), Occur.MUST },
        { new TermQuery(new Term(field, value)), Occur.MUST },
    };
}
