namespace GrainMarketing.Alerts;

/// <summary>The channel tests whose outcome a caller may still wait for; past <see cref="MaxWaiters"/> the oldest is forgotten.</summary>
public sealed class ChannelTestWaiters
{
    public const int MaxWaiters = 100;

    /// <summary>The longest a caller may wait for a test's outcome.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private readonly Dictionary<Guid, TaskCompletionSource<AlertDeliveryAttempt>> _waiters = [];
    private readonly Queue<Guid> _order = new();

    /// <summary>Starts waiting for the outcome of the test delivery <paramref name="deliveryId"/>.</summary>
    public void Expect(Guid deliveryId)
    {
        while (_waiters.Count >= MaxWaiters)
        {
            _waiters.Remove(_order.Dequeue());
        }

        _waiters[deliveryId] = new TaskCompletionSource<AlertDeliveryAttempt>(TaskCreationOptions.RunContinuationsAsynchronously);
        _order.Enqueue(deliveryId);
    }

    /// <summary>Hands the attempt to whoever waits for <paramref name="deliveryId"/>; a delivery that is no test has no waiter.</summary>
    public void Complete(Guid deliveryId, AlertDeliveryAttempt attempt)
    {
        if (_waiters.TryGetValue(deliveryId, out var waiter))
        {
            waiter.TrySetResult(attempt);
        }
    }

    /// <summary>The test's outcome, or null when it is unknown or did not come within <paramref name="timeout"/> (at most <see cref="MaxWait"/>).</summary>
    public async Task<AlertDeliveryAttempt?> WaitAsync(Guid deliveryId, TimeSpan timeout)
    {
        if (!_waiters.TryGetValue(deliveryId, out var waiter))
        {
            return null;
        }

        try
        {
            return await waiter.Task.WaitAsync(timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout > MaxWait ? MaxWait : timeout);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }
}
