namespace GrainMarketing.Connectors.Sync;

/// <summary>
/// One account's request budget for one pull: calls are spaced to stay within the platform's configured
/// requests per minute, and the platform's own usage signal is kept to show as the remaining quota.
/// </summary>
public sealed class RequestPacer(TimeProvider clock, int requestsPerMinute)
{
    private readonly TimeSpan _spacing = TimeSpan.FromMinutes(1) / Math.Max(1, requestsPerMinute);
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    /// <summary>Requests sent so far.</summary>
    public int Requests { get; private set; }

    /// <summary>The platform's latest word on its request budget (Meta's usage percentages, for example).</summary>
    public string? Quota { get; set; }

    /// <summary>Waits until the next request is within the budget, and counts it.</summary>
    public async Task WaitAsync(CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        if (_next > now)
        {
            await Task.Delay(_next - now, clock, cancellation);
            now = _next;
        }

        _next = now + _spacing;
        Requests++;
    }
}
