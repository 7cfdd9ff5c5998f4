using Lucene.Net.Search;

namespace DecreeParser.Search.Querying;

/// <summary>
/// Scores the documents the matching pass chose (<see cref="DecreeQueryBuilder.Match"/>) with the full
/// query (<see cref="DecreeQueryBuilder.Text"/>), field by field, as Elasticsearch's rescore window
/// does: the full query skips to each chosen document instead of walking every match. A chosen
/// document the full query does not match (a word's parts found in two different fields) follows
/// the rest with score 0.
/// </summary>
public static class Rescorer
{
    /// <param name="shownFrom">The first place shown (a page's offset): equal scores are put in key order where shown.</param>
    /// <param name="shownTo">The place after the last shown.</param>
    public static IReadOnlyList<ScoreDoc> Rank(IndexSearcher searcher, Query text, ScoreDoc[] chosen, int[] keyRanks, int shownFrom, int shownTo)
    {
        if (chosen.Length == 0) return [];
        var only = new FilteredQuery(text, new DocumentsFilter(chosen.Select(c => c.Doc)), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);
        var scored = searcher.Search(only, chosen.Length).ScoreDocs;
        var seen = scored.Select(s => s.Doc).ToHashSet();
        return [.. ResultOrder.Ranked(keyRanks, scored, shownFrom, shownTo), .. chosen.Where(c => !seen.Contains(c.Doc)).Select(c => new ScoreDoc(c.Doc, 0f))];
    }
}
