using DecreeParser.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace DecreeParser.Search.Querying;

/// <summary>
/// Searches an index read-only, with the analysis it was built with: ranked hits with highlighted
/// snippets, and facet counts over every match. Every word must match; when no document holds them
/// all, the search is made again with any word, and the result says so (<see cref="SearchResult.Mode"/>).
/// </summary>
public sealed class DecreeSearcher : IDisposable
{
    private static readonly string[] MeasureSnippetFields =
        [IndexFields.Title, IndexFields.Parties, IndexFields.Aliases, IndexFields.Financing, IndexFields.Form, IndexFields.Deadline, IndexFields.Section];

    private static readonly string[] DecreeSnippetFields = [IndexFields.Title, IndexFields.Body];

    private readonly IndexReader _reader;
    private readonly IReadOnlyList<IDisposable> _owned;
    private readonly IndexSearcher _searcher;
    private readonly DecreeQueryBuilder _queries;
    private readonly KeyLookup _keys;
    private readonly FacetCache _facets;
    private readonly TermBits _termBits;
    private readonly StoredDecrees _stored;
    private readonly KeyRanks _keyRanks;
    private readonly Lazy<IReadOnlyDictionary<string, string>> _expansions;
    private readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>> _allFacets;

    private DecreeSearcher(IndexReader reader, SearchAnalysis analysis, IReadOnlyList<IDisposable> owned)
    {
        _reader = reader;
        _owned = owned;
        Analysis = analysis;
        _searcher = new IndexSearcher(reader) { Similarity = Ranking.Similarity };
        _queries = new DecreeQueryBuilder(analysis.Analyzer);
        _keys = new KeyLookup(reader);
        _facets = new FacetCache(reader);
        _termBits = new TermBits(reader);
        _stored = new StoredDecrees(_searcher);
        _keyRanks = new KeyRanks(reader);
        _expansions = new Lazy<IReadOnlyDictionary<string, string>>(() => AbbreviationRegistry.Load(reader).Entries
            .GroupBy(e => e.Abbreviation, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Expansion).Order(StringComparer.Ordinal).First(), StringComparer.Ordinal));
        _allFacets = new Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>>(() =>
        {
            var counter = new FacetCounter(_facets);
            _searcher.Search(new MatchAllDocsQuery(), counter);
            return counter.Counts();
        });
    }

    public SearchAnalysis Analysis { get; }

    public int Documents => _reader.NumDocs;

    /// <summary>Opens the index in a folder; a missing, foreign or damaged index is a <see cref="SearchIndexException"/>.</summary>
    public static DecreeSearcher Open(string folder)
    {
        var (directory, reader, analysis) = IndexFolder.Open(folder);
        return new DecreeSearcher(reader, analysis, [directory]);
    }

    /// <summary>
    /// Several indexes as one (the shards of a sharded run, each read-only), through Lucene's MultiReader:
    /// totals, scores and facets over them all. Refused when they were built with different analyses or
    /// hold the same decree. A measure's aliases were found at indexing time in its own index's glossaries
    /// only: where an abbreviation is written out only in another index's decrees, a merged index
    /// (`decree index --merge`) finds more.
    /// </summary>
    public static DecreeSearcher Open(IReadOnlyList<string> folders)
    {
        if (folders.Count == 1) return Open(folders[0]);
        var opened = new List<ShardIndex>();
        try
        {
            var holder = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var folder in folders)
            {
                opened.Add(ShardIndex.Open(folder, opened.FirstOrDefault()));
                foreach (var key in DecreeDocuments.Keys(opened[^1].Reader))
                {
                    if (!holder.TryAdd(key, folder)) throw new SearchIndexException(folder, $"holds decree {key}, which {holder[key]} holds too: serve indexes of different decrees, or merge them");
                }
            }
            // The shards close their readers and folders themselves.
            return new DecreeSearcher(new MultiReader([.. opened.Select(o => (IndexReader)o.Reader)], closeSubReaders: false), opened[0].Analysis, opened);
        }
        catch
        {
            foreach (var shard in opened) shard.Dispose();
            throw;
        }
    }

    public static DecreeSearcher Open(Lucene.Net.Store.Directory directory, SearchAnalysis analysis) => new(DirectoryReader.Open(directory), analysis, []);

    public SearchResult Search(SearchRequest request)
    {
        if (request.Problem() is { } problem) throw new ArgumentException(problem, nameof(request));
        // The every-word queries hold every term of the any-word ones (they only add the proximity phrase):
        // the terms the first search looked up serve the fallback.
        TermStates? states = null;
        var result = request.AnyWord ? Search(request, MatchMode.Any, ref states) : Search(request, MatchMode.All, ref states);
        if (result.Total == 0 && !request.AnyWord && _queries.Sought(request) > 1) result = Search(request, MatchMode.Any, ref states);
        // A word that matches nothing gets the index's nearest word, when every word could not be matched.
        return result.Mode == MatchMode.All && result.Total > 0 ? result : result with { DidYouMean = new Suggester(_searcher, _reader, Analysis.Analyzer).For(_queries.SoughtWords(request)) };
    }

    /// <summary>
    /// How many of the best matches by the matching pass the full query scores (at least a page's end):
    /// the rest keep the matching pass's order. Every match is counted, in the total and the facets.
    /// </summary>
    public int RescoreWindow { get; set; } = DefaultRescoreWindow;

    // 400, not 200, since the matching pass ranks by its rarer words alone (CommonWords): at 100 000 synthetic
    // measures the top 10 then matched every match's scoring in 78 of the 118 judged queries, against 63 with 200.
    public const int DefaultRescoreWindow = 400;

    /// <summary>The matching pass scores every match, never only a plan's candidates (<see cref="CandidatesFirst"/>): for tests that compare the two.</summary>
    internal bool ScoreEveryMatch { get; set; }

    /// <summary>How many matching passes scored only a plan's candidates: for tests that must see it happen.</summary>
    internal int CandidatePasses => _candidatePasses;

    // Searches run side by side on one searcher (`decree serve`).
    private int _candidatePasses;

    /// <summary>How many documents past the window a run of near-equal scores may reach and still be scored whole.</summary>
    public const int NearTiesBeyondWindow = 20;

    private SearchResult Search(SearchRequest request, MatchMode mode, ref TermStates? states)
    {
        var text = _queries.Text(request, mode) ?? new BooleanQuery();
        var filter = DecreeQueryBuilder.Filters(request) is { } filters ? new QueryWrapperFilter(filters) : null;
        Query Filtered(Query query) => filter is null ? query : new FilteredQuery(query, filter);
        var terms = new HashSet<Term>();
        text.ExtractTerms(terms);
        var snippets = new SnippetBuilder(Analysis.Analyzer, terms.Select(t => (t.Field, t.Text)).ToHashSet());
        if (request.AnswerLanguage is { } language) return Answered(request, mode, Filtered(text), language, snippets);

        // Matches are found and counted through the all-words fields, and only the best of them scored field by field.
        var match = _queries.Match(request, mode) ?? new BooleanQuery();
        states ??= TermStates.Of(_searcher, text, match);
        match = AbsentTerms.Prune(match, states);
        if (mode == MatchMode.All) match = CommonWords.Split(match, _termBits, states);
        var window = Math.Clamp(Math.Max(RescoreWindow, request.Offset + request.Limit), 1, Math.Max(1, _reader.MaxDoc));
        match = states.Attach(match);
        var chosen = window + NearTiesBeyondWindow;
        // Without the request's filters, the matches that cannot reach the window may go unscored.
        var candidates = filter is null && !ScoreEveryMatch ? CandidatesFirst.Run(_searcher, match, chosen, _facets, _keyRanks.ByDocument, _termBits, states) : null;
        if (candidates is not null) Interlocked.Increment(ref _candidatePasses);
        var (found, facets) = candidates ?? SegmentSearch.Run(_searcher, Filtered(match), chosen, _facets, _keyRanks.ByDocument);
        var ranked = Rescorer.Rank(_searcher, states.Attach(text), Window(found, window), _keyRanks.ByDocument, request.Offset, request.Offset + request.Limit);
        var hits = ranked.Skip(request.Offset).Take(request.Limit).Select(d => Hit(d.Doc, d.Score, snippets)).ToList();
        return new SearchResult(request.Query, found.TotalHits, hits, facets) { Mode = mode };
    }

    /// <summary>
    /// The window's documents: the best by the matching pass, and every one whose score is within
    /// float rounding of the last of them (NearTies), so that which are scored never depends on how
    /// the index was built — up to <see cref="NearTiesBeyondWindow"/> more, collected for such a run.
    /// Scores that tie exactly are chosen in key order (<see cref="BestByScoreCollector"/>), however many.
    /// </summary>
    private static ScoreDoc[] Window(TopDocs found, int window) => found.ScoreDocs[..NearTies.Cut(found.ScoreDocs, window, d => d.Score)];

    /// <summary>The match set shown in one language (<see cref="AnswerLanguage"/>): every match is needed, to show each twin once and count the facets of what is shown.</summary>
    private SearchResult Answered(SearchRequest request, MatchMode mode, Query query, string language, SnippetBuilder snippets)
    {
        var matched = new MatchedKeys();
        _searcher.Search(query, matched);
        var answers = AnswerLanguage.Of(matched.Matches, language, _keys);
        var hits = answers.Skip(request.Offset).Take(request.Limit).Select(a => Hit(a.Doc, a.Score, snippets) with { Via = a.Via }).ToList();
        return new SearchResult(request.Query, answers.Count, hits, AnswerLanguage.Facets(_reader, _facets, answers.Select(a => a.Doc))) { Mode = mode, AnswerLanguage = language };
    }

    /// <summary>The key of the same measure or decree in the other language ("P1800000897/5.1" → "P1800000897.ru/5.1"); null when the index has no twin.</summary>
    public string? TwinOf(string key) => _keys.TwinOf(key);

    /// <summary>Whether the index holds a decree or measure by this key: a look-up of its term, nothing read.</summary>
    public bool Holds(string key) => _keys.DocOf(key) is not null;

    /// <summary>The indexed acts that cite the act with this adilet id, in key order, without their measures: their citations say where.</summary>
    public IReadOnlyList<(string Key, Model.Decrees.Decree Decree)> Citing(string adiletId) => Referring(IndexFields.Cites, adiletId);

    /// <summary>The indexed acts whose instructions amend the act with this adilet id, in key order, without their measures.</summary>
    public IReadOnlyList<(string Key, Model.Decrees.Decree Decree)> Amending(string adiletId) => Referring(IndexFields.Amends, adiletId);

    private List<(string Key, Model.Decrees.Decree Decree)> Referring(string field, string adiletId)
    {
        var found = _searcher.Search(new TermQuery(new Term(field, adiletId)), Math.Max(1, _reader.MaxDoc));
        return found.ScoreDocs.Select(d => _searcher.Doc(d.Doc))
            .Select(document => (Key: document.Stored(IndexFields.Key)!, Decree: DecreeDocument.DecreeOf(document)))
            .Where(pair => pair.Decree is not null)
            .Select(pair => (pair.Key, pair.Decree!))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A decree by its key ("P1800000897", "V1600014606.ru"), whole; null when the index has none.</summary>
    public Model.Decrees.Decree? FindDecree(string key) => _stored.Find(key);

    /// <summary>A measure by its id ("P1800000897/5.1") and the key of its decree; null when the index has none.</summary>
    public (Model.Decrees.Measure Measure, string Decree)? FindMeasure(string id) => _stored.FindMeasure(id);

    /// <summary>Every value of every facet in the index, with its count: what the filters can choose from.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> AllFacetValues => _allFacets.Value;

    /// <summary>Every abbreviation the indexed decrees define, with its expansion (the first in ordinal order, where decrees differ: not the first indexed, which depends on how the index was built).</summary>
    public IReadOnlyDictionary<string, string> Expansions => _expansions.Value;

    /// <summary>
    /// The stored fields a hit shows: its identity and its texts in both languages' names. Not the
    /// decree's or the measure's JSON, which a decree document holds by the hundred kilobytes and a
    /// hit does not show.
    /// </summary>
    private static readonly ISet<string> HitFields = new HashSet<string>(
        new[] { IndexFields.Kind, IndexFields.Language, IndexFields.Key, IndexFields.Decree, IndexFields.Number }
            .Concat(MeasureSnippetFields.Concat(DecreeSnippetFields).SelectMany(f => new[] { f, f + IndexFields.RussianSuffix })),
        StringComparer.Ordinal);

    private SearchHit Hit(int doc, float score, SnippetBuilder snippets)
    {
        var visitor = new HitFieldsVisitor(HitFields);
        _searcher.Doc(doc, visitor);
        var document = visitor.Document;
        var kind = document.Stored(IndexFields.Kind)!;
        var language = document.Stored(IndexFields.Language)!;
        string? Text(string field) => document.Stored(IndexFields.InLanguage(field, language));
        var title = Text(IndexFields.Title) ?? "";

        var (snippet, highlights) = (title, (IReadOnlyList<Highlight>)[]);
        foreach (var field in kind == IndexFields.MeasureKind ? MeasureSnippetFields : DecreeSnippetFields)
        {
            var name = IndexFields.InLanguage(field, language);
            foreach (var value in document.StoredValues(name))
            {
                // The value with the most of the query's words: a title's, or the one body named.
                var found = snippets.Highlights(name, value);
                if (found.Count > highlights.Count) (snippet, highlights) = (value, found);
            }
            if (highlights.Count > 0) break;
        }
        var (window, shifted) = SnippetBuilder.Window(snippet, highlights);
        var key = document.Stored(IndexFields.Key)!;
        return new SearchHit(key, kind, document.Stored(IndexFields.Decree)!,
            kind == IndexFields.MeasureKind ? document.Stored(IndexFields.Number) : null, score, title, window, shifted)
        {
            Language = language,
            Twin = _keys.TwinOf(key),
        };
    }

    public void Dispose()
    {
        _reader.Dispose();
        foreach (var owned in _owned) owned.Dispose();
    }
}
