namespace DecreeParser.Fetch;

/// <summary>
/// Spaces requests at least <c>delay</c> apart, however many callers ask at once: each caller
/// reserves the next free slot under a lock, then waits for it outside.
/// </summary>
public sealed class RateLimiter(TimeSpan delay, TimeProvider time)
{
    private readonly Lock gate = new();
    private DateTimeOffset next = DateTimeOffset.MinValue;

    public Task WaitAsync(CancellationToken cancellation)
    {
        TimeSpan wait;
        lock (gate)
        {
            var now = time.GetUtcNow();
            var slot = next > now ? next : now;
            next = slot + delay;
            wait = slot - now;
        }
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellation) : Task.CompletedTask;
    }
}
