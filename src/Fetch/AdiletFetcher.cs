using System.Net;
using DecreeParser.Model.Files;

namespace DecreeParser.Fetch;

/// <summary>
/// Downloads adilet documents: from the cache when it has them; otherwise from each site in turn,
/// requests spaced by the rate limit, a passing failure (429, 5xx, a timeout, a cut body) retried
/// with doubling back-off or as Retry-After says, and a site that answers with its JavaScript shell
/// or has no such document passed over for the next. Only a whole, checked body enters the cache.
/// </summary>
public sealed class AdiletFetcher(HttpClient client, FetchOptions options, TimeProvider? time = null)
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private readonly RateLimiter limiter = new(options.Delay, time ?? TimeProvider.System);

    /// <param name="refresh">Download even when the cache has the document.</param>
    /// <exception cref="FetchException">No site gave the document.</exception>
    public async Task<FetchResult> FetchAsync(FetchRequest request, bool refresh = false, CancellationToken cancellation = default)
    {
        var cached = Path.Combine(options.CacheFolder, request.RelativePath);
        if (!refresh && File.Exists(cached)) return new FetchResult(request, cached, null, []);

        var detours = new List<string>();
        foreach (var site in options.Sites)
        {
            var address = new Uri(site, request.SitePath);
            var body = await FromSiteAsync(address, request.Format, detours, cancellation).ConfigureAwait(false);
            if (body is null) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
            AtomicFile.WriteAllBytes(cached, body);
            return new FetchResult(request, cached, address, detours);
        }
        throw new FetchException(request, string.Join("; ", detours));
    }

    /// <summary>The document from one site, or null (with the reason among the detours) when this site will not give it.</summary>
    private async Task<byte[]?> FromSiteAsync(Uri address, string format, List<string> detours, CancellationToken cancellation)
    {
        for (var attempt = 0; ; attempt++)
        {
            await limiter.WaitAsync(cancellation).ConfigureAwait(false);
            var (body, problem, retryAfter) = await RequestAsync(address, format, cancellation).ConfigureAwait(false);
            if (body is not null) return body;
            detours.Add($"{address}: {problem}");
            if (retryAfter is null) return null;
            if (attempt == options.Retries)
            {
                detours.Add($"{address}: gave up after {attempt + 1} attempts");
                return null;
            }
            var wait = retryAfter.Value > TimeSpan.Zero ? retryAfter.Value : options.Backoff * Math.Pow(2, attempt);
            if (wait > options.MaxRetryAfter)
            {
                detours.Add($"{address}: asked to wait {wait.TotalSeconds:0} s, more than {options.MaxRetryAfter.TotalSeconds:0} s");
                return null;
            }
            await Task.Delay(wait, clock, cancellation).ConfigureAwait(false);
        }
    }

    /// <returns>
    /// The checked body; or the problem, with when to retry: a zero wait for the back-off, the
    /// server's Retry-After, or null when retrying this site cannot help.
    /// </returns>
    private async Task<(byte[]? Body, string? Problem, TimeSpan? RetryAfter)> RequestAsync(Uri address, string format, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var response = await client.GetAsync(address, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            {
                return (null, $"{status} {response.ReasonPhrase}", RetryAfter(response) ?? TimeSpan.Zero);
            }
            if (status >= 500) return (null, $"{status} {response.ReasonPhrase}", TimeSpan.Zero);
            if (response.StatusCode == HttpStatusCode.NotFound) return (null, "404: no such document here", null);
            if (!response.IsSuccessStatusCode) return (null, $"{status} {response.ReasonPhrase}", null);

            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            return ResponseCheck.Of(format, body) switch
            {
                (ResponseCheck.Verdict.Good, _) => (body, null, null),
                (ResponseCheck.Verdict.Truncated, var problem) => (null, problem, TimeSpan.Zero),
                (_, var problem) => (null, problem, null),
            };
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return (null, $"no whole answer in {options.Timeout.TotalSeconds:0.#} s", TimeSpan.Zero);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            // A refused connection, a reset, a body that ended before its Content-Length.
            return (null, e.Message, TimeSpan.Zero);
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
