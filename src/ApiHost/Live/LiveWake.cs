namespace GrainMarketing.ApiHost.Live;

/// <summary>When one live feed sends its next update: soon after its tenant's numbers change, and at least once a second.</summary>
/// <remarks>Updates are at least <see cref="MinimumGap"/> apart, so a tenant whose numbers change all the time costs a few reads a second per feed.</remarks>
public sealed class LiveWake(TimeProvider clock, Action<LiveWake> leave) : IDisposable
{
    public static readonly TimeSpan MinimumGap = TimeSpan.FromMilliseconds(250);

    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset _last = clock.GetUtcNow();
    private int _left;

    /// <summary>The tenant's numbers changed; the feed wakes if it is waiting.</summary>
    public void Changed() => Volatile.Read(ref _changed).TrySetResult();

    /// <summary>Waits until the next update is due: a change, or <see cref="LiveApi.Interval"/> after the last update.</summary>
    /// <remarks>Deadlines are counted from the last update, so a clock that jumps past them ends the wait at once.</remarks>
    public async Task NextAsync(CancellationToken cancellationToken)
    {
        await UntilAsync(_last + MinimumGap, cancellationToken);
        var changed = Volatile.Read(ref _changed).Task;
        if (!changed.IsCompleted)
        {
            using var tick = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(changed, UntilAsync(_last + LiveApi.Interval, tick.Token));
            await tick.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }

        // A change told from here on wakes the next wait; one told before is in the update about to be read.
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        _last = clock.GetUtcNow();
    }

    private Task UntilAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var wait = at - clock.GetUtcNow();
        return wait > TimeSpan.Zero ? Task.Delay(wait, clock, cancellationToken) : Task.CompletedTask;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _left, 1) == 0)
        {
            leave(this);
        }
    }
}
