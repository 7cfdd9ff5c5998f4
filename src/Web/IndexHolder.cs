using DecreeParser.Search.Indexing;
using DecreeParser.Search.Querying;
using Microsoft.Extensions.Configuration;

namespace DecreeParser.Web;

/// <summary>
/// The index the app serves (or several, as one), opened read-only once at start; or, when it cannot be opened, the
/// reason, which every page then shows with status 503 instead of failing one by one.
/// </summary>
public sealed class IndexHolder : IDisposable
{
    private IndexHolder(DecreeSearcher? searcher, string? problem)
    {
        Searcher = searcher;
        Problem = problem;
    }

    public DecreeSearcher? Searcher { get; }

    public string? Problem { get; }

    /// <summary>The index in the setting "index", or the indexes in "index:0", "index:1"… served as one.</summary>
    public static IndexHolder Open(IConfiguration configuration)
    {
        var section = configuration.GetSection("index");
        IReadOnlyList<string> folders = section.Value is { Length: > 0 } folder ? [folder] : [.. section.GetChildren().Select(c => c.Value).OfType<string>()];
        if (folders.Count == 0) return new IndexHolder(null, "no index given (--index)");
        try
        {
            return new IndexHolder(DecreeSearcher.Open(folders), null);
        }
        catch (SearchIndexException e)
        {
            return new IndexHolder(null, e.Message);
        }
    }

    public void Dispose() => Searcher?.Dispose();
}
