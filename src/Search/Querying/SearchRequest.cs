using DecreeParser.Model.Decrees;
using DecreeParser.Search.Indexing;

namespace DecreeParser.Search.Querying;

/// <summary>A search as a user asks it: words and quoted phrases, exact filters, how many hits.</summary>
public sealed record SearchRequest(string Query)
{
    public const int LongestQuery = 1000;
    public const int MostHits = 1000;

    /// <summary>How deep paging may go: hits beyond this rank are not shown.</summary>
    public const int DeepestHit = 10_000;

    public string? Responsible { get; init; }
    public int? Year { get; init; }
    public string? Source { get; init; }
    public string? DeadlineKind { get; init; }
    public string? Decree { get; init; }

    /// <summary>Only measures in this group (as <see cref="GroupPaths.Label"/> names it) or a group inside it.</summary>
    public string? Group { get; init; }

    /// <summary>Only texts in this language ("kk" or "ru"); null for both.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// The language the hits are shown in: a match in the other language is shown as its twin, the same
    /// measure or decree in this language, where the index has it ("a Russian query, Kazakh measures").
    /// Null shows each match in its own language.
    /// </summary>
    public string? AnswerLanguage { get; init; }

    /// <summary>The languages texts are indexed in, as <see cref="Language"/> and <see cref="AnswerLanguage"/> name them.</summary>
    public static readonly IReadOnlyList<string> Languages = [DecreeKey.DefaultLanguage, DecreeKey.TwinLanguage];

    /// <summary>Any word may match, as before every word had to: what <c>decree eval --any</c> compares against.</summary>
    public bool AnyWord { get; init; }
    public int Limit { get; init; } = 10;

    /// <summary>How many of the best hits to pass over: a page's start.</summary>
    public int Offset { get; init; }

    /// <summary>Why the request cannot run, or null when it can.</summary>
    public string? Problem() => Query switch
    {
        _ when string.IsNullOrWhiteSpace(Query) => "the query is empty",
        { Length: > LongestQuery } => $"the query is {Query.Length} characters long; the limit is {LongestQuery}",
        _ when Limit is < 1 or > MostHits => $"the limit must be between 1 and {MostHits}",
        _ when Offset < 0 || Offset + Limit > DeepestHit => $"only the first {DeepestHit} hits can be shown",
        _ when Language is { } language && !Languages.Contains(language) => $"unknown language \"{language}\" (known: {string.Join(", ", Languages)})",
        _ when AnswerLanguage is { } answer && !Languages.Contains(answer) => $"unknown answer language \"{answer}\" (known: {string.Join(", ", Languages)})",
        _ when DeadlineKind is { } kind && !DeadlineKinds.Names.Contains(kind) =>
            $"unknown deadline kind \"{kind}\" (known: {string.Join(", ", DeadlineKinds.Names)})",
        _ => null,
    };
}
