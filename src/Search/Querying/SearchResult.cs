namespace DecreeParser.Search.Querying;

/// <summary>
/// What a search found: the shape <c>decree search --json</c> prints and scripts read. Facet counts
/// are over every match, not only the hits shown. <see cref="Mode"/> says whether every word had to
/// match (<see cref="MatchMode.All"/>), or, since no document held them all, any (<see cref="MatchMode.Any"/>).
/// </summary>
public sealed record SearchResult(
    string Query,
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets)
{
    public MatchMode Mode { get; init; } = MatchMode.All;

    /// <summary>For each query word that matches nothing, the index's nearest word ("жалыкы" → "жалақы"); empty when every word matched.</summary>
    public IReadOnlyDictionary<string, string> DidYouMean { get; init; } = new Dictionary<string, string>();

    /// <summary>The language the hits were asked in (<see cref="SearchRequest.AnswerLanguage"/>); null when each is shown in its own.</summary>
    public string? AnswerLanguage { get; init; }
}

/// <param name="Id">"P1800000897/5.1" for a measure, the decree's key for a decree.</param>
/// <param name="Number">The measure's number; null for a decree.</param>
/// <param name="Snippet">The matching passage, plain text.</param>
/// <param name="Highlights">Where in the snippet the query's words are: [start, end) character offsets.</param>
public sealed record SearchHit(
    string Id,
    string Kind,
    string Decree,
    string? Number,
    float Score,
    string Title,
    string Snippet,
    IReadOnlyList<Highlight> Highlights)
{
    /// <summary>The text's language: "kk" or "ru".</summary>
    public string Language { get; init; } = "kk";

    /// <summary>The id of the same measure or decree in the other language, when the index has it.</summary>
    public string? Twin { get; init; }

    /// <summary>When the hits are shown in one language: the other language's match this hit stands for (null when it matched itself).</summary>
    public string? Via { get; init; }
}

public sealed record Highlight(int Start, int End);
