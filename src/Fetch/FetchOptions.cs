namespace DecreeParser.Fetch;

/// <summary>How a fetcher behaves towards the site. The defaults are polite to adilet.zan.kz.</summary>
public sealed record FetchOptions
{
    /// <summary>The sites to ask, in order: the new adilet first, the old one when the new answers with its JavaScript shell.</summary>
    public IReadOnlyList<Uri> Sites { get; init; } = [new("https://adilet.zan.kz"), new("https://old.adilet.zan.kz")];

    /// <summary>The least time between two requests to the sites.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many times a request that failed for a passing reason (429, 5xx, a timeout, a cut body) is tried again.</summary>
    public int Retries { get; init; } = 4;

    /// <summary>The wait before the first retry; it doubles with each one. A Retry-After header is obeyed instead.</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait a Retry-After header can impose before the site is given up.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one response may take, headers and body.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Where downloads are kept by id, language and format, so a rerun asks the site nothing.</summary>
    public required string CacheFolder { get; init; }

    /// <summary>The cache folder when none is given: $XDG_CACHE_HOME/decreeparser/adilet, or ~/.cache/….</summary>
    public static string DefaultCacheFolder =>
        Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "decreeparser", "adilet");
}
