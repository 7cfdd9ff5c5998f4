using Lucene.Net.Search.Similarities;

namespace DecreeParser.Search.Indexing;

/// <summary>
/// How matches are scored, the same for writing and searching: BM25, which suits short fields like a
/// measure's title, with the share of the query's words a document matches as a factor. Lucene's BM25
/// leaves that factor out, and then one word matched in a title outranks three matched in the list of
/// responsible bodies.
/// </summary>
public static class Ranking
{
    public static Similarity Similarity { get; } = new CoordinatedBm25();

    private sealed class CoordinatedBm25 : BM25Similarity
    {
        public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1 : (float)overlap / maxOverlap;
    }
}
