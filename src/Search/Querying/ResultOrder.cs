using Lucene.Net.Search;

namespace DecreeParser.Search.Querying;

/// <summary>
/// The order of a result: best score first, equal (and near-equal, <see cref="NearTies"/>) scores by
/// key (<see cref="Ranked"/>). Lucene breaks a tie by document number, which follows the order
/// decrees were indexed in — so an index built in one go, one built in several runs and one merged
/// from shards (`decree index --merge`) would rank ties differently.
/// </summary>
public static class ResultOrder
{
    /// <summary>
    /// Documents found, best score first, near-equal scores in key order (<see cref="KeyRanks"/>) where
    /// they reach into the places shown (<see cref="NearTies.ByKey"/>).
    /// </summary>
    public static List<ScoreDoc> Ranked(int[] keyRanks, IEnumerable<ScoreDoc> found, int shownFrom = 0, int shownTo = int.MaxValue) =>
        NearTies.ByKey(found.OrderByDescending(d => d.Score).ThenBy(d => keyRanks[d.Doc]), d => d.Score, d => keyRanks[d.Doc], Comparer<int>.Default, shownFrom, shownTo);
}
