using DecreeParser.Model.Decrees;
using DecreeParser.Search.Querying;

namespace DecreeParser.Web.Pages;

/// <summary>
/// Where a decree page sends a reader from its citations and amendments: a cited act the index holds
/// to its page here, any other to its text on adilet.zan.kz; and the indexed acts that cite this
/// decree or amend it.
/// </summary>
public sealed class CitationLinks
{
    private readonly DecreeSearcher _searcher;
    private readonly string _language;

    public CitationLinks(DecreeSearcher searcher, Decree decree, string language)
    {
        _searcher = searcher;
        _language = language;
        CitedBy = decree.Id is { } id ? [.. searcher.Citing(id).Select(act => (act.Key, act.Decree.Title))] : [];
        AmendedBy = decree.Id is { } amended ? [.. searcher.Amending(amended).Select(act => (act.Key, act.Decree.Title))] : [];
    }

    public IReadOnlyList<(string Key, string? Title)> CitedBy { get; }

    /// <summary>The indexed acts whose instructions amend this decree.</summary>
    public IReadOnlyList<(string Key, string? Title)> AmendedBy { get; }

    public string To(string adiletId) => _searcher.Holds(DecreeKey.For(adiletId, _language))
        ? Paths.Decree(DecreeKey.For(adiletId, _language), _language)
        : $"https://adilet.zan.kz/{(_language == "ru" ? "rus" : "kaz")}/docs/{adiletId}";
}
