namespace DecreeParser.Fetch;

/// <summary>A document fetched: where it is in the cache, where it came from, and what the sites said on the way.</summary>
/// <param name="CachePath">The file in the cache.</param>
/// <param name="Source">The address that gave it; null when it came from the cache.</param>
/// <param name="Detours">What made the fetcher retry or move on ("adilet.zan.kz: its JavaScript shell, not the text").</param>
public sealed record FetchResult(FetchRequest Request, string CachePath, Uri? Source, IReadOnlyList<string> Detours)
{
    public bool FromCache => Source is null;
}
