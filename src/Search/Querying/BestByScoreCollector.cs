using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DecreeParser.Search.Querying;

/// <summary>
/// The best n documents by score, as Lucene's TopScoreDocCollector keeps them, but an exact tie broken
/// by the document's key (its <see cref="KeyRanks"/>), not by document number: which of many equal
/// scores are kept is then the same in every index of the same decrees, however built, and the first
/// in key order. Lucene's TopFieldCollector sorting by score and then key read the key of every
/// document entering the best n, a fifth of a search. Every document collected is counted.
/// </summary>
public sealed class BestByScoreCollector(int n, int[] keyRanks) : ICollector
{
    private readonly Queue _best = new(n);
    private Scorer? _scorer;
    private int _docBase;

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
    }

    public void Collect(int doc)
    {
        Total++;
        var score = _scorer!.GetScore();
        if (_best.Count < n)
        {
            _best.Add(new Hit(_docBase + doc, score, keyRanks[_docBase + doc]));
            return;
        }
        var worst = _best.Top;
        if (score < worst.Score) return;
        var rank = keyRanks[_docBase + doc];
        if (score == worst.Score && rank >= worst.Rank) return;
        (worst.Doc, worst.Score, worst.Rank) = (_docBase + doc, score, rank);
        _best.UpdateTop();
    }

    /// <summary>Several collectors' best, as one: best score first, an exact tie in key order; and their total.</summary>
    public static TopDocs Merge(IEnumerable<BestByScoreCollector> collectors, int n)
    {
        var all = collectors.ToList();
        var hits = all.SelectMany(c => c._best.Hits).OrderByDescending(h => h.Score).ThenBy(h => h.Rank).Take(n).Select(h => new ScoreDoc(h.Doc, h.Score)).ToArray();
        return new TopDocs(all.Sum(c => c.Total), hits, hits.Length == 0 ? float.NaN : hits[0].Score);
    }

    private sealed class Hit(int doc, float score, int rank)
    {
        public int Doc = doc;
        public float Score = score;
        public int Rank = rank;
    }

    /// <summary>The worst kept on top: a lower score, or an equal score and a later key.</summary>
    private sealed class Queue(int size) : Lucene.Net.Util.PriorityQueue<Hit>(size)
    {
        public IEnumerable<Hit> Hits => Enumerable.Range(1, Count).Select(i => HeapArray[i]!);

        protected override bool LessThan(Hit a, Hit b) => a.Score < b.Score || (a.Score == b.Score && a.Rank > b.Rank);
    }
}
