using DecreeParser.Search.Querying;

namespace DecreeParser.Web.Pages;

/// <summary>What every page takes from the index besides its own content: the filter values and the bodies' full names.</summary>
public sealed class PageContext(DecreeSearcher searcher)
{
    public IEnumerable<string> Values(string facet) =>
        searcher.AllFacetValues.TryGetValue(facet, out var counts) ? counts.Keys.Order(StringComparer.Ordinal) : [];

    /// <summary>A responsible body as the filter shows it: its full name and its abbreviation, or the text as written.</summary>
    public string ResponsibleLabel(string code) =>
        searcher.Expansions.TryGetValue(code, out var expansion) ? $"{expansion} ({code})" : code;
}
