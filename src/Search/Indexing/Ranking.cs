using Lucene.Net.Search.Similarities;

namespace DecreeParser.Search.Indexing;

/// <summary>How matches are scored, the same for writing and searching: BM25, which suits short fields like a measure's title.</summary>
public static class Ranking
{
    public static Similarity Similarity { get; } = new BM25Similarity();
}
