using DecreeParser.Model.Text;
using DecreeParser.Search.Analysis;
using DecreeParser.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DecreeParser.Search.Querying;

/// <summary>
/// Turns a request into a Lucene query without Lucene's query syntax, as Elasticsearch's `match`
/// with `operator: and` does: each word the user typed must be found (by its analysed form; an
/// abbreviation and its expansion are one word, through the aliases field; stop words are not
/// words), in any text field — the best field counts, the others a little. Words joined by OR are
/// one clause, any of them will do; -words and -"phrases" must not be found; "quoted phrases" must
/// match as phrases. A measure where the words stand together is lifted by a loose phrase of them
/// all. <see cref="MatchMode.Any"/> is the fallback when no document holds every word: any word may
/// match, documents matching more of them first (see <see cref="Indexing.Ranking"/>).
/// </summary>
public sealed class DecreeQueryBuilder(Analyzer analyzer)
{
    // Any Kazakh text field: the analyzer's tokens there tell where the user's words are.
    private const string WordField = IndexFields.Title;

    // A word's match in a second field adds a tenth of its score: a title match outranks a title+section one only slightly.
    private const float TieBreaker = 0.1f;

    // How far apart the words may stand for the proximity lift, and how much it weighs.
    private const int ProximitySlop = 3;
    private const float ProximityBoost = 0.5f;

    private static readonly string[] ProximityFields = [IndexFields.Title, IndexFields.Parties, IndexFields.Aliases];

    private readonly QueryBuilder _builder = new(analyzer);

    /// <summary>The scoring part of the request: null when no word survives analysis (all stop words).</summary>
    public Query? Text(SearchRequest request, MatchMode mode) => Build(request, mode, scoring: true);

    /// <summary>
    /// The same documents as <see cref="Text"/> (a word's tokens may stand in different fields here),
    /// found through each language's <see cref="IndexFields.All"/> field, which holds every word's
    /// written and keyboard-folded forms: a Kazakh word is mostly one posting list there, not one a
    /// field. Ranked by those fields alone, which only chooses the documents <see cref="Text"/> then scores.
    /// </summary>
    public Query? Match(SearchRequest request, MatchMode mode) => Build(request, mode, scoring: false);

    /// <summary>How many words or phrases the request seeks: with one, there is nothing to fall back to.</summary>
    public int Sought(SearchRequest request) => Clauses(Parse(request), InEveryField).Clauses.Count;

    private BooleanQuery? Build(SearchRequest request, MatchMode mode, bool scoring)
    {
        var text = Parse(request);
        var (clauses, excluded) = Clauses(text, scoring ? InEveryField : InMatchFields);
        if (clauses.Count == 0) return null;
        var query = new BooleanQuery();
        foreach (var (clause, phrase) in clauses) query.Add(clause, mode == MatchMode.All || phrase ? Occur.MUST : Occur.SHOULD);
        foreach (var clause in excluded) query.Add(clause, Occur.MUST_NOT);
        if (mode == MatchMode.All && scoring && Proximity(text) is { } near) query.Add(near, Occur.SHOULD);
        return query;
    }

    /// <summary>
    /// A word found in any text field, the best field counting, the others a little — or found only
    /// in the all-words fields, which score nothing: a word whose folded twin or compound parts stand
    /// there and in no one field is still a match, so the full query matches exactly what the matching
    /// pass found (<see cref="Match"/>).
    /// </summary>
    private Query? InEveryField(string word)
    {
        var fields = AcrossFields(f => _builder.CreateBooleanQuery(f, InFieldLetters(f, word), Occur.MUST));
        if (fields is not null && InMatchFields(word) is { } matching)
        {
            matching.Boost = 0;
            fields.Add(matching);
        }
        return fields;
    }

    /// <summary>Each language's all-words field, which holds every text field's words: where the matching pass finds them.</summary>
    public static readonly IReadOnlyList<string> MatchFields = [IndexFields.All, IndexFields.All + IndexFields.RussianSuffix];

    /// <summary>A word found in either language's all-words field.</summary>
    private BooleanQuery? InMatchFields(string word)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var field in MatchFields)
        {
            if (_builder.CreateBooleanQuery(field, InFieldLetters(field, word), Occur.MUST) is { } query) any.Add(query, Occur.SHOULD);
        }
        return any.Clauses.Count == 0 ? null : any;
    }

    /// <summary>The sought words (not phrases, not excluded) as the user wrote them, for "did you mean".</summary>
    public IEnumerable<string> SoughtWords(SearchRequest request) =>
        Parse(request).Items.Where(i => i.Kind == QueryItemKind.Words && !i.Excluded).SelectMany(i => Words(i.Text));

    /// <summary>
    /// The query as the documents were: mended as the repair stage mends them — letter-spaced words
    /// pasted from a damaged text joined ("ж а л а қ ы", "Д С М"); Latin look-alikes are folded by the
    /// analyzer's char filter, as in the documents.
    /// </summary>
    private static QueryText Parse(SearchRequest request) => QueryText.Parse(SpacedLetters.Join(request.Query).Text);

    /// <summary>Each sought word, phrase or OR-group as one clause (marked when a phrase), and the excluded ones.</summary>
    private (List<(Query Clause, bool Phrase)> Clauses, List<Query> Excluded) Clauses(QueryText text, Func<string, Query?> word)
    {
        var clauses = new List<(List<Query> Alternatives, bool Phrase)>();
        var excluded = new List<Query>();
        var or = false;
        foreach (var item in text.Items)
        {
            if (item.Kind == QueryItemKind.Or)
            {
                or = true;
                continue;
            }
            var terms = item.Kind == QueryItemKind.Phrase
                ? [AcrossFields(f => _builder.CreatePhraseQuery(f, item.Text))]
                : Words(item.Text).Select(word).ToList();
            var found = terms.OfType<Query>().ToList();
            if (item.Excluded) excluded.AddRange(found);
            else
            {
                for (var i = 0; i < found.Count; i++)
                {
                    if (i == 0 && or && clauses.Count > 0) clauses[^1].Alternatives.Add(found[i]);
                    else clauses.Add(([found[i]], item.Kind == QueryItemKind.Phrase));
                }
            }
            or = false;
        }
        return (clauses.Select(c => (c.Alternatives.Count == 1 ? c.Alternatives[0] : Either(c.Alternatives), c.Phrase)).ToList(), excluded);
    }

    /// <summary>A word as a field's text would spell it: a Russian text spells a Kazakh name with Russian letters.</summary>
    public static string InFieldLetters(string field, string word) => IndexFields.IsRussian(field) ? KeyboardFold.ToRussianLetters(word) : word;

    private static BooleanQuery Either(List<Query> alternatives)
    {
        var either = new BooleanQuery();
        foreach (var alternative in alternatives) either.Add(alternative, Occur.SHOULD);
        return either;
    }

    /// <summary>The sought words as a loose phrase over the fields where words stand together, or null for fewer than two.</summary>
    private DisjunctionMaxQuery? Proximity(QueryText text)
    {
        var words = Words(text.Sought).ToList();
        if (words.Count < 2) return null;
        var near = new DisjunctionMaxQuery(TieBreaker);
        foreach (var field in ProximityFields.SelectMany(f => new[] { f, f + IndexFields.RussianSuffix }))
        {
            if (_builder.CreatePhraseQuery(field, string.Join(' ', words), ProximitySlop) is { } phrase) near.Add(phrase);
        }
        if (near.Disjuncts.Count == 0) return null;
        near.Boost = ProximityBoost;
        return near;
    }

    /// <summary>The request's filters as one query, or null when it has none.</summary>
    public static Query? Filters(SearchRequest request)
    {
        var filters = new BooleanQuery();
        void Exact(string field, string? value)
        {
            if (value is not null) filters.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
        Exact(IndexFields.Responsible, request.Responsible);
        Exact(IndexFields.Source, request.Source);
        Exact(IndexFields.DeadlineKind, request.DeadlineKind);
        Exact(IndexFields.Decree, request.Decree);
        Exact(IndexFields.Group, request.Group);
        Exact(IndexFields.Language, request.Language);
        if (request.Year is { } year) filters.Add(NumericRangeQuery.NewInt32Range(IndexFields.Year, year, year, true, true), Occur.MUST);
        return filters.Clauses.Count == 0 ? null : filters;
    }

    /// <summary>
    /// The words of a text as the analyzer cuts them, by their spans in it: "№ 646" and "10 171" are one
    /// word each, as they are in the index.
    /// </summary>
    private IEnumerable<string> Words(string text) =>
        AnalyzedText.Tokens(analyzer, WordField, text).Where(t => t.PositionIncrement > 0).Select(t => text[t.Start..t.End]).Distinct(StringComparer.Ordinal);

    private static DisjunctionMaxQuery? AcrossFields(Func<string, Query?> perField)
    {
        var fields = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (name, boost) in IndexFields.Text)
        {
            foreach (var field in new[] { name, name + IndexFields.RussianSuffix })
            {
                if (perField(field) is not { } query) continue;
                query.Boost = boost;
                fields.Add(query);
            }
        }
        return fields.Disjuncts.Count == 0 ? null : fields;
    }
}
