using DecreeParser.Search.Indexing;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DecreeParser.Search.Querying;

/// <summary>
/// The order of a result: best score first, equal scores by key (and near-equal ones, <see cref="NearTies"/>).
/// Lucene breaks a tie by document number, which follows the order decrees were indexed in — so an
/// index built in one go, one built in several runs and one merged from shards (`decree index --merge`)
/// would rank ties differently.
/// </summary>
public static class ResultOrder
{
    public static readonly Sort ByScoreThenKey = new(SortField.FIELD_SCORE, new SortField(IndexFields.Key, SortFieldType.STRING));

    /// <summary>A collector of the best <paramref name="n"/> in this order, scores kept, documents taken in any order.</summary>
    public static TopFieldCollector Collector(int n) =>
        TopFieldCollector.Create(ByScoreThenKey, n, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);

    /// <summary>The key of a document a collector in this order found.</summary>
    public static string KeyOf(ScoreDoc found) => ((BytesRef)((FieldDoc)found).Fields[1]).Utf8ToString();

    /// <summary>Found documents best first, near-equal scores by key.</summary>
    public static List<ScoreDoc> Ranked(IEnumerable<ScoreDoc> found) => NearTies.ByKey(found, d => d.Score, KeyOf);
}
