namespace DecreeParser.Fetch;

/// <summary>
/// Lets requests go at least <c>delay</c> apart, however many callers ask at once. The time is
/// taken when a caller is let through, not when it asked: a wait that a busy machine stretched
/// never lets the next request follow on its heels.
/// </summary>
public sealed class RateLimiter(TimeSpan delay, TimeProvider time)
{
    private readonly Lock gate = new();
    private DateTimeOffset next = DateTimeOffset.MinValue;

    public async Task WaitAsync(CancellationToken cancellation)
    {
        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                var now = time.GetUtcNow();
                if (now >= next)
                {
                    next = now + delay;
                    return;
                }
                wait = next - now;
            }
            await Task.Delay(wait, time, cancellation).ConfigureAwait(false);
        }
    }
}
