using System.Globalization;
using DecreeParser.Search.Querying;
using Microsoft.AspNetCore.Http;

namespace DecreeParser.Web;

/// <summary>
/// A search as the page's address holds it (q, the filters, the texts' language and the answer's, page, size, lang), read with limits
/// and turned back into addresses for facet links, paging and dropping a filter.
/// </summary>
public sealed record SearchQuery(string Q, string? Responsible, int? Year, string? Source, string? Kind, string? Decree, int Page, int Size, string Lang)
{
    public string? Group { get; init; }

    /// <summary>Only texts in this language (the "language" parameter): "kk", "ru", or null for both.</summary>
    public string? Language { get; init; }

    /// <summary>Every hit shown in this language (the "answer" parameter), a match in the other as its twin; null: each as found.</summary>
    public string? Answer { get; init; }

    public const int DefaultSize = 20;
    public const int MostPerPage = 100;

    public static (SearchQuery Query, string? Problem) From(IQueryCollection query)
    {
        string? Value(string name) => query[name].FirstOrDefault() is { Length: > 0 } value ? value : null;
        int? Number(string name) => int.TryParse(Value(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        var parsed = new SearchQuery(
            Value("q") ?? "", Value("responsible"), Number("year"), Value("source"), Value("deadlineKind"), Value("decree"),
            Number("page") ?? 1, Number("size") ?? DefaultSize, Value("lang") == "ru" ? "ru" : "kk")
        {
            Group = Value("group"),
            Language = Value("language"),
            Answer = Value("answer"),
        };
        string? problem = null;
        if (Value("year") is { } year && parsed.Year is null) problem = $"year \"{year}\" is not a year";
        else if (Value("page") is { } page && Number("page") is null or < 1) problem = $"page \"{page}\" is not a page number";
        else if (parsed.Size is < 1 or > MostPerPage) problem = $"a page shows 1 to {MostPerPage} results, not {parsed.Size}";
        else if (parsed.Q.Length > 0) problem = parsed.ToRequest().Problem();
        return (parsed, problem);
    }

    public SearchRequest ToRequest(int? limit = null) => new(Q)
    {
        Responsible = Responsible,
        Year = Year,
        Source = Source,
        DeadlineKind = Kind,
        Decree = Decree,
        Group = Group,
        Language = Language,
        AnswerLanguage = Answer,
        Limit = limit ?? Size,
        Offset = limit is null ? (Page - 1) * Size : 0,
    };

    /// <summary>The filters set, as (address name, value).</summary>
    public IEnumerable<(string Name, string Value)> Filters =>
        new (string Name, string? Value)[]
        {
            ("responsible", Responsible), ("year", Year?.ToString(CultureInfo.InvariantCulture)), ("source", Source), ("deadlineKind", Kind), ("group", Group), ("decree", Decree), ("language", Language),
        }.Where(f => f.Value is not null).Select(f => (f.Name, f.Value!));

    public SearchQuery With(string filter, string? value) => filter switch
    {
        "responsible" => this with { Responsible = value, Page = 1 },
        "year" => this with { Year = int.TryParse(value, CultureInfo.InvariantCulture, out var y) ? y : null, Page = 1 },
        "source" => this with { Source = value, Page = 1 },
        "deadlineKind" => this with { Kind = value, Page = 1 },
        "decree" => this with { Decree = value, Page = 1 },
        "group" => this with { Group = value, Page = 1 },
        "language" => this with { Language = value, Page = 1 },
        _ => this,
    };

    /// <summary>This search's address under <paramref name="path"/> ("/" for the page, "/api/search.csv" for a download).</summary>
    public string Url(string path = "/")
    {
        var parameters = new List<KeyValuePair<string, string?>> { new("q", Q) };
        parameters.AddRange(Filters.Select(f => new KeyValuePair<string, string?>(f.Name, f.Value)));
        if (Page > 1) parameters.Add(new("page", Page.ToString(CultureInfo.InvariantCulture)));
        if (Size != DefaultSize) parameters.Add(new("size", Size.ToString(CultureInfo.InvariantCulture)));
        if (Answer is not null) parameters.Add(new("answer", Answer));
        if (Lang != "kk") parameters.Add(new("lang", Lang));
        return path + QueryString.Create(parameters);
    }
}
