using DecreeParser.Model.Decrees;
using DecreeParser.Search.Indexing;
using Lucene.Net.Index;

namespace DecreeParser.Search.Querying;

/// <summary>A match as it is shown: the document shown, its score, and the other language's match it stands for (null when it matched itself).</summary>
public sealed record AnsweredMatch(int Doc, string Key, float Score, string? Via);

/// <summary>
/// Shows a match set in one language: a match in the other language becomes its twin (the same
/// measure or decree, by key), scored as the best match among those it stands for; a match with no
/// twin in the index is shown as it is. Each document is shown once.
/// </summary>
public static class AnswerLanguage
{
    public static IReadOnlyList<AnsweredMatch> Of(IReadOnlyList<(string Key, float Score)> matches, string language, KeyLookup keys)
    {
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var (key, score) in matches)
        {
            var shown = DecreeKey.LanguageOf(key) == language ? key : keys.TwinOf(key) ?? key;
            if (!answers.TryGetValue(shown, out var answer)) answers[shown] = answer = new Answer();
            answer.Add(shown == key ? null : key, score);
        }
        return NearTies.ByKey(answers.Select(a => new AnsweredMatch(keys.DocOf(a.Key)!.Value, a.Key, a.Value.Score, a.Value.Via))
            .OrderByDescending(a => a.Score).ThenBy(a => a.Key, StringComparer.Ordinal), a => a.Score, a => a.Key, StringComparer.Ordinal);
    }

    private sealed class Answer
    {
        private bool _matchedItself;
        private float _viaScore = float.MinValue;
        private string? _via;

        public float Score { get; private set; } = float.MinValue;

        /// <summary>The other language's best match it stands for; null when the document matched itself.</summary>
        public string? Via => _matchedItself ? null : _via;

        public void Add(string? via, float score)
        {
            Score = Math.Max(Score, score);
            if (via is null) _matchedItself = true;
            else if (score > _viaScore) (_via, _viaScore) = (via, score);
        }
    }

    /// <summary>Facet counts over the documents shown, segment by segment, as a search's collector counts them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets(IndexReader reader, FacetCache cache, IEnumerable<int> docs)
    {
        var counter = new FacetCounter(cache);
        var sorted = docs.Order().ToList();
        var next = 0;
        foreach (var leaf in reader.Leaves)
        {
            counter.SetNextReader(leaf);
            for (; next < sorted.Count && sorted[next] < leaf.DocBase + leaf.Reader.MaxDoc; next++) counter.Collect(sorted[next] - leaf.DocBase);
        }
        return counter.Counts();
    }
}
