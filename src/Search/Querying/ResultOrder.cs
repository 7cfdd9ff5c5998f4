using DecreeParser.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DecreeParser.Search.Querying;

/// <summary>
/// The order of a result: best score first, equal (and near-equal, <see cref="NearTies"/>) scores by
/// key (<see cref="Ranked"/>). Lucene breaks a tie by document number, which follows the order decrees were indexed in — so
/// an index built in one go, one built in several runs and one merged from shards (`decree index
/// --merge`) would rank ties differently.
/// </summary>
public static class ResultOrder
{
    /// <summary>
    /// Documents found, best score first, near-equal scores by key where they reach into the places
    /// shown (<see cref="NearTies.ByKey"/>); each key read from its segment's doc values.
    /// </summary>
    public static List<ScoreDoc> Ranked(IndexReader reader, IEnumerable<ScoreDoc> found, int shownFrom = 0, int shownTo = int.MaxValue)
    {
        var leaves = reader.Leaves;
        var keys = new SortedDocValues?[leaves.Count];
        var key = new BytesRef();
        string KeyOf(ScoreDoc document)
        {
            var leaf = ReaderUtil.SubIndex(document.Doc, leaves);
            keys[leaf] ??= leaves[leaf].AtomicReader.GetSortedDocValues(IndexFields.Key);
            keys[leaf]!.Get(document.Doc - leaves[leaf].DocBase, key);
            return key.Utf8ToString();
        }
        return NearTies.ByKey(found.OrderByDescending(d => d.Score), d => d.Score, KeyOf, shownFrom, shownTo);
    }
}
