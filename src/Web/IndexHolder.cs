using DecreeParser.Search.Indexing;
using DecreeParser.Search.Querying;

namespace DecreeParser.Web;

/// <summary>
/// The index the app serves, opened read-only once at start; or, when it cannot be opened, the
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

    public static IndexHolder Open(string? folder)
    {
        if (string.IsNullOrEmpty(folder)) return new IndexHolder(null, "no index given (--index)");
        try
        {
            return new IndexHolder(DecreeSearcher.Open(folder), null);
        }
        catch (SearchIndexException e)
        {
            return new IndexHolder(null, e.Message);
        }
    }

    public void Dispose() => Searcher?.Dispose();
}
